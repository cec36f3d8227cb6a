import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/policy';
import { add, ctx, img, opt, request } from '@/lib/policy/testing/builders';
import { countsMessage, formatAttestedAt, groupResults, sameResult } from './group-results';

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
