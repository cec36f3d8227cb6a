import { describe, expect, it } from 'vitest';
import { buildComplianceSummary } from './summary';
import { codeSpan, escapeMarkdown, renderSummaryMarkdown } from './summary-markdown';
import { helmForm, storedChart, summaryInput } from './testing';

/* What is left once every backslash escape is taken out: markup can only form from these characters. */
const unescaped = (md: string) => md.replace(/\\[!-/:-@[-`{-~]/g, '');
/* Code spans are literal text in Markdown; the rest must hold no markup. */
const outsideCode = (md: string) => unescaped(md).replace(/(`+) [^\n]*? \1/g, '');

const EVIL =
  'Fix [me](https://evil.example/x) ![i](x.png) <img src=x onerror=alert(1)> **bold** `c` | a\n# Heading\n- item www.evil.example';

describe('escapeMarkdown', () => {
  it('leaves no markup character unescaped and keeps the text on one line', () => {
    const out = escapeMarkdown(EVIL);
    expect(out).not.toContain('\n');
    expect(unescaped(out)).not.toMatch(/[[\]()<>*`|#!:_~.-]/);
    expect(out.replace(/\\(.)/g, '$1')).toBe(EVIL.replace(/\s*\n\s*/g, ' '));
  });

  it('code spans survive backticks inside', () => {
    expect(codeSpan('a`b')).toBe('`` a`b ``');
    expect(codeSpan('plain')).toBe('` plain `');
  });
});

describe('renderSummaryMarkdown', () => {
  const input = summaryInput({
    form: helmForm(EVIL),
    charts: { helm1: storedChart('chart-image-not-hardcoded') },
  });
  input.draft.title = EVIL;
  input.draft.productTitle = '[ClairAI](javascript:alert(1))';
  const md = renderSummaryMarkdown(buildComplianceSummary(input));

  it('a title or product name cannot inject a heading, link, image or HTML', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe(`# Compliance summary: ${escapeMarkdown(EVIL)}`);
    expect(lines.filter((l) => /^#\s/.test(l))).toHaveLength(1);
    expect(outsideCode(md)).not.toMatch(/\]\(|<img|javascript:|https:\/\/evil/);
    expect(md).toContain(codeSpan(EVIL));
  });

  it('states the server’s counts, who it was made for and when, and the chart digest with file:line', () => {
    const s = buildComplianceSummary(input);
    expect(md).toContain(
      `**${s.counts.failed} failing, ${s.counts.warnings} warnings, ${s.counts.manual} to confirm, ${s.counts.passed} passed**`,
    );
    expect(md).toContain('Generated at 2026-11-22T09:00:00.000Z for Rita Reviewer');
    expect(md).toContain(`SHA-256: \` ${'ab'.repeat(32)} \``);
    expect(md).toContain('` templates/backend-deployment.yaml:16 `');
    expect(md).toContain('prevents ` INVALID_HELM_CHART `');
  });
});
