/*
 * The compliance summary as Markdown, for the export. Every text a user typed (titles, option names,
 * field values, file names from an uploaded chart) is escaped, so none of it can become markup, a
 * link or an image in whatever renders the file. Pure.
 */
import type { RuleStatus } from '@/lib/policy';
import { SCAN_LABELS } from './images';
import type { ComplianceSummary, SummaryAttestation, SummaryRule } from './summary-types';

export const STATUS_LABELS: Record<RuleStatus, string> = {
  fail: 'Error',
  warn: 'Warning',
  manual: 'To confirm',
  attested: 'Confirmed',
  pass: 'Passed',
  'n/a': 'Not applicable',
};

/**
 * Inline text with every ASCII punctuation mark backslash-escaped (CommonMark allows it for all of
 * them): no emphasis, link, image, heading, list, table cell, HTML tag or autolink ("https\://") can
 * form. Line breaks become spaces so a value cannot start a block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** A code span that no backtick inside can close early; line breaks become spaces. */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${flat} ${fence}`;
}

const e = escapeMarkdown;
/* Server timestamps stay readable; anything else that arrives in their place is escaped. */
const when = (s: string) => (/^[\d:.TZ-]+$/.test(s) ? s : e(s));

function attestationLine(a: SummaryAttestation): string {
  const line = `Confirmed by ${e(a.byName)} at ${when(a.at)} (revision ${a.revision})`;
  return a.contradiction ? `${line}. **Contradicted by the evidence:** ${e(a.contradiction.message)}` : line;
}

function ruleBlock(r: SummaryRule): string[] {
  const source = r.source.code
    ? `${e(r.source.document)}; prevents ${codeSpan(r.source.code)}`
    : e(r.source.document);
  const out = [`### ${e(STATUS_LABELS[r.status])}: ${e(r.title)}`, '', `- Rule: ${codeSpan(r.id)}`];
  out.push(`- Source: ${source}`);
  for (const f of r.findings.slice(0, 20)) {
    const loc = f.location
      ? `${codeSpan(f.location.line ? `${f.location.file}:${f.location.line}` : f.location.file)} `
      : '';
    out.push(`- Finding: ${loc}${e(f.message)}`);
  }
  if (r.findings.length > 20) out.push(`- … and ${r.findings.length - 20} more findings`);
  for (const v of r.evidence) out.push(`- Value at ${codeSpan(v.path)}: ${codeSpan(v.value)}`);
  if (r.attestation) out.push(`- ${attestationLine(r.attestation)}`);
  if (r.status === 'fail' || r.status === 'warn') out.push(`- Fix: ${e(r.fix)}`);
  return [...out, ''];
}

const cell = (s: string) => e(s);

/** The whole summary as one Markdown document. */
export function renderSummaryMarkdown(s: ComplianceSummary): string {
  const c = s.counts;
  const out = [
    `# Compliance summary: ${e(s.draft.title)}`,
    '',
    `- Product: ${e(s.draft.productTitle)} (${codeSpan(s.draft.productId)})`,
    `- Change type: ${codeSpan(s.draft.changeType)}; revision ${s.draft.revision}; status ${e(s.draft.status)}`,
    `- Last saved: ${when(s.draft.updatedAt)}`,
    `- Generated at ${when(s.generatedAt)} for ${e(s.generatedBy.name)}`,
    '',
    `**${c.failed} failing, ${c.warnings} warnings, ${c.manual} to confirm, ${c.passed} passed** (${s.notApplicable} not applicable).`,
    '',
    c.blocking
      ? '> Submission is blocked until the failing items are fixed and every required confirmation is given.'
      : '> Nothing blocks submission.',
    '',
  ];
  for (const g of s.groups) {
    const n = g.counts;
    out.push(
      `## ${e(g.title)}`,
      '',
      `${n.failed} failing, ${n.warnings} warnings, ${n.manual} to confirm, ${n.passed} passed.`,
      '',
    );
    for (const r of g.rules) out.push(...ruleBlock(r));
  }
  out.push('## Chart preflight', '');
  if (s.charts.length === 0) out.push('No chart was uploaded for this revision.', '');
  for (const ch of s.charts) {
    out.push(`### ${e(ch.option)}: ${e(ch.filename)}`, '', `- SHA-256: ${codeSpan(ch.sha256)}`);
    out.push(`- Checked at ${when(ch.analysedAt)} by ${e(ch.analysedBy)}`);
    if (ch.isStale) out.push('- The option changed after this check; the chart must be checked again.');
    for (const f of ch.findings) {
      const at = f.file ? `${codeSpan(f.line ? `${f.file}:${f.line}` : f.file)} ` : '';
      out.push(`- ${e(f.severity)}: ${at}${e(f.message)}`);
    }
    if (ch.findings.length === 0) out.push('- No findings.');
    out.push('');
  }
  out.push('## Images', '');
  if (s.images.length === 0) out.push('No images in this revision.', '');
  else {
    out.push('| Image | Scan |', '| --- | --- |');
    for (const i of s.images) out.push(`| ${cell(i.image)} | ${SCAN_LABELS[i.scan]} |`);
    out.push('');
  }
  if (s.diff) {
    out.push('## Changes against the live version', '');
    if (s.diff.length === 0) out.push('No changes.', '');
    else {
      out.push('| Where | Field | Before | After |', '| --- | --- | --- | --- |');
      for (const d of s.diff)
        out.push(`| ${cell(d.where)} | ${cell(d.field)} | ${cell(d.before)} | ${cell(d.after)} |`);
      out.push('');
    }
  }
  out.push('## Confirmations', '');
  if (s.attestations.length === 0) out.push('None.', '');
  for (const a of s.attestations) out.push(`- ${e(a.title)}: ${attestationLine(a)}`);
  return `${out.join('\n').trimEnd()}\n`;
}
