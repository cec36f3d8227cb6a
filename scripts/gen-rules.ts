/**
 * Generates docs/rules.md from the policy catalog, the chart analyser's rules when lib/chart
 * provides them, and lib/draft's code registry. Run: npx tsx scripts/gen-rules.ts   (add --check to fail when the file is stale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CODE_TABLE } from '@/lib/draft/codes/registry';
import { renderRuleTableMarkdown, type RuleMeta } from '@/lib/policy';

export const RULES_MD = path.resolve(import.meta.dirname, '../docs/rules.md');

/** The chart rules, if the chart analyser is present (it may be built later, or separately). */
async function chartRules(): Promise<RuleMeta[]> {
  const specifier = '@/lib/chart/rules';
  try {
    const mod = (await import(/* @vite-ignore */ specifier)) as { CHART_RULES?: RuleMeta[] };
    return Array.isArray(mod.CHART_RULES) ? mod.CHART_RULES : [];
  } catch {
    return [];
  }
}

/** The full content of docs/rules.md. */
export async function generateRulesMarkdown(): Promise<string> {
  return renderRuleTableMarkdown(await chartRules(), CODE_TABLE);
}

async function cli(): Promise<void> {
  const md = await generateRulesMarkdown();
  if (process.argv.includes('--check')) {
    const current = readFileSync(RULES_MD, 'utf8');
    if (current !== md) {
      console.error('docs/rules.md is stale: run npx tsx scripts/gen-rules.ts');
      process.exit(1);
    }
    return;
  }
  writeFileSync(RULES_MD, md);
  console.log(`wrote ${path.relative(process.cwd(), RULES_MD)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await cli();
