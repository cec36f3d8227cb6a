import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/policy';
import { evaluateDraft } from './evaluate-draft';
import { emptyWizardForm } from './form';
import { hasContent, isRevealed, pendingFinding, revealedAt } from './reveal-findings';

const product = { id: 'prod-abcdefghijklm', title: 'Demo' };
const base = { touched: {}, values: {}, revealAll: false };

describe('isRevealed (when a finding on a field shows as an error)', () => {
  it('waits while the field is untouched and empty', () => {
    expect(isRevealed('versionTitle', base)).toBe(false);
    expect(isRevealed('options.0.title', { ...base, values: { options: [{ title: '  ' }] } })).toBe(false);
  });
  it('shows once the field is touched', () => {
    expect(isRevealed('versionTitle', { ...base, touched: { versionTitle: true } })).toBe(true);
    const touched = { options: [{ images: [{ uri: true }] }] };
    expect(isRevealed('options.0.images', { ...base, touched })).toBe(true);
    expect(isRevealed('options.0.title', { ...base, touched })).toBe(false);
  });
  it('shows when the field holds something (typed earlier, or carried from the live version)', () => {
    expect(isRevealed('releaseNotes', { ...base, values: { releaseNotes: 'x' } })).toBe(true);
  });
  it('shows everything once the Review step was reached or a submit was tried', () => {
    expect(isRevealed('versionTitle', { ...base, revealAll: true })).toBe(true);
    expect(revealedAt(undefined, '', true)).toBe(true);
  });
  it('always shows findings that have no form field', () => {
    expect(isRevealed(undefined, base)).toBe(true);
  });
  it('reads content the way a seller would', () => {
    expect([hasContent(''), hasContent([]), hasContent([{ uri: '' }]), hasContent(null)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect([hasContent('a'), hasContent([{ uri: 'a' }]), hasContent(0), hasContent(false)]).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('pendingFinding on a new Add form', () => {
  const form = emptyWizardForm('AddDeliveryOptions');
  const verdict = evaluateDraft({ form, product, snapshot: undefined, charts: undefined, attestations: {} });
  const errors = verdict.evaluation.findings.filter((f) => f.severity === 'error');

  it('lets every error on the untouched form wait, while the verdict still blocks', () => {
    expect(errors.length).toBeGreaterThan(0);
    expect(verdict.evaluation.blocking).toBe(true);
    const pending = pendingFinding({ touched: {}, values: form, revealAll: false }, verdict.optionIndex);
    expect(errors.filter((f) => !pending(f)).map((f) => f.message)).toEqual([]);
  });
  it('shows the touched field’s error and keeps the others waiting', () => {
    const pending = pendingFinding(
      { touched: { versionTitle: true }, values: form, revealAll: false },
      verdict.optionIndex,
    );
    const shown = errors.filter((f) => !pending(f));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((f) => f.path.includes('VersionTitle'))).toBe(true);
    expect(errors.some(pending)).toBe(true);
  });
  it('shows all after Review, and never holds back warnings or chart findings', () => {
    const all = pendingFinding({ touched: {}, values: form, revealAll: true }, verdict.optionIndex);
    expect(errors.some(all)).toBe(false);
    const pending = pendingFinding({ touched: {}, values: form, revealAll: false }, verdict.optionIndex);
    const warning: Finding = { rule: 'r', severity: 'warning', path: errors[0]!.path, message: 'm' };
    expect(pending(warning)).toBe(false);
  });
});
