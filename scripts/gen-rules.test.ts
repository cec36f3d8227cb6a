import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_TABLE } from '@/lib/draft/codes/registry';
import { RULES } from '@/lib/policy';
import { generateRulesMarkdown, RULES_MD } from './gen-rules';

describe('docs/rules.md', () => {
  it('equals the generated output (run npx tsx scripts/gen-rules.ts after changing rules)', async () => {
    expect(readFileSync(RULES_MD, 'utf8')).toBe(await generateRulesMarkdown());
  });

  it('lists every rule and every seed 001 code', async () => {
    const md = await generateRulesMarkdown();
    for (const r of RULES) expect(md).toContain(`\`${r.id}\``);
    for (const c of CODE_TABLE) expect(md).toContain(`| \`${c.code}\` | ${c.status} |`);
  });
});
