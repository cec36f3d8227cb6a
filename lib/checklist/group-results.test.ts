import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/policy';
import { add, ctx, img, opt, request } from '@/lib/policy/testing/builders';
import {
  blockingNote,
  countsMessage,
  formatAttestedAt,
  groupResults,
  presentResult,
  sameResult,
  shownCounts,
  summaryLine,
} from './group-results';

const failing = evaluate(ctx(request(add([opt('helm', { ContainerImages: [img('app', 'latest')] })]))));

describe('groupResults', () => {
  const sections = groupResults(failing);
  it('leaves out rules that do not apply', () => {
    expect(sections.flatMap((s) => s.results).some((r) => r.status === 'n/a')).toBe(false);
    expect(sections.some((s) => s.title === 'Restrict')).toBe(false);
  });
  it('puts failures first and opens sections that need attention', () => {
    const images = sections.find((s) => s.title === 'Images');
    expect(images?.results[0]?.rule.id).toBe('image-no-latest');
    expect(images?.needsAttention).toBe(true);
    expect(sections.find((s) => s.title === 'Version')?.needsAttention).toBe(false);
  });
  it('counts by section add up to the evaluation counts', () => {
    const sum = sections.reduce((n, s) => n + s.counts.failed, 0);
    expect(sum).toBe(failing.counts.failed);
  });
});

describe('waiting findings ("to complete")', () => {
  const all = () => true;
  it('shows a failing rule whose errors all wait as to complete, and counts it so', () => {
    const r = failing.results.find((x) => x.rule.id === 'image-no-latest')!;
    expect(presentResult(r, all).status).toBe('todo');
    expect(presentResult(r, all).findings.every((f) => f.pending)).toBe(true);
    expect(presentResult(r).status).toBe('fail');
    const c = shownCounts(failing, all);
    expect(c.failed).toBe(0);
    expect(c.toComplete).toBe(failing.counts.failed);
    expect(shownCounts(failing).failed).toBe(failing.counts.failed);
  });
  it('keeps a rule failed while one of its errors shows, listing the shown ones first', () => {
    const r = failing.results.find((x) => x.rule.id === 'image-no-latest')!;
    const two = { ...r, findings: [{ ...r.findings[0]!, path: 'wait' }, r.findings[0]!] };
    const shown = presentResult(two, (f) => f.path === 'wait');
    expect(shown.status).toBe('fail');
    expect(shown.findings.map((f) => Boolean(f.pending))).toEqual([false, true]);
  });
  it('keeps waiting sections open and says what remains', () => {
    const images = groupResults(failing, all).find((s) => s.title === 'Images')!;
    expect(images.needsAttention).toBe(true);
    expect(images.counts).toMatchObject({ failed: 0, toComplete: 1 });
    expect(countsMessage(shownCounts(failing, all))).toMatch(/^0 checks failed, 1 item to complete, /);
    expect(blockingNote(true, shownCounts(failing, all))).toMatch(/^Complete the remaining items/);
    expect(blockingNote(true, shownCounts(failing))).toMatch(/^Submission is blocked/);
  });
});

describe('phone-width summary line', () => {
  it('says what needs doing, waiting items as "to complete"', () => {
    expect(summaryLine({ failed: 1, toComplete: 7, warnings: 0, manual: 3, passed: 20 })).toBe(
      '1 error · 7 to complete · 3 to confirm',
    );
    expect(summaryLine(shownCounts(failing, () => true))).toMatch(/^1 to complete/);
  });
  it('says all passed when nothing does', () => {
    expect(summaryLine({ failed: 0, toComplete: 0, warnings: 0, manual: 0, passed: 12 })).toBe(
      'all 12 checks passed',
    );
  });
});

describe('helpers', () => {
  it('announces counts in words', () => {
    expect(countsMessage({ passed: 1, failed: 2, warnings: 0, manual: 1 })).toBe(
      '2 checks failed, 0 warnings, 1 item to confirm, 1 check passed',
    );
  });
  it('formats attestation times without the locale', () => {
    expect(formatAttestedAt('2026-11-21T10:05:09.000Z')).toBe('2026-11-21 10:05 UTC');
  });
  it('treats re-evaluated but unchanged results as equal, and changed ones as different', () => {
    const again = evaluate(ctx(request(add([opt('helm', { ContainerImages: [img('app', 'latest')] })]))));
    const a = failing.results.find((r) => r.rule.id === 'image-no-latest')!;
    const b = again.results.find((r) => r.rule.id === 'image-no-latest')!;
    expect(a).not.toBe(b);
    expect(sameResult(a, b)).toBe(true);
    const passing = evaluate(ctx(request(add()))).results.find((r) => r.rule.id === 'image-no-latest')!;
    expect(sameResult(a, passing)).toBe(false);
  });
});
