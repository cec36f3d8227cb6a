import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/policy';
import { FIELD_LABELS } from '@/lib/policy/labels';
import { CHART_RULES } from '@/lib/chart/rules';
import { CODES } from './codes/registry';
import { CHANGE_FIELDS, OPTION_FIELDS, VERSION_FIELDS } from './fields/registry';

/* Whatever a seller reads (rule titles and fixes, AWS error advice) uses the field registry's labels,
   not wire names, rule ids or notes meant for developers. */

const registry = [OPTION_FIELDS, VERSION_FIELDS, CHANGE_FIELDS].flatMap((t) =>
  Object.values(t as Record<string, { request?: string; label: string }>),
);
const wireNames = registry
  .map((f) => f.request?.split('.').pop() ?? '')
  .filter((k) => /^[A-Z][a-z]+[A-Z]/.test(k));
const internal = [
  /DescribeEntity/,
  /ErrorDetailList/,
  /ElasticContainerRegistry/,
  /\bissue \d+/i,
  /\(from [A-Z]\w+\)/,
  new RegExp(`\\b(?:${RULES.map((r) => r.id).join('|')})\\b`),
  new RegExp(`\\b(?:${wireNames.join('|')})\\b`),
];
/* Rules only a hand-written request can break (the wizard always builds these parts); their fix
   names the request key the writer typed. */
const STRUCTURAL = new Set([
  'change-entity',
  'change-details-readable',
  'option-single-method',
  'repo-type-ecr',
  'visibility-target-public',
]);
const offending = (texts: [string, string | undefined][]) =>
  texts.filter(([, t]) => t && internal.some((re) => re.test(t))).map(([id, t]) => `${id}: ${t}`);

describe('seller-facing words', () => {
  it('policy labels equal the field registry’s labels', () => {
    for (const [key, label] of Object.entries(FIELD_LABELS)) {
      const f = registry.find((x) => x.request?.split('.').pop() === key);
      expect(f?.label, key).toBe(label);
    }
  });

  it('rule titles and fixes name fields by their labels and carry no internal names', () => {
    const texts = [...RULES, ...CHART_RULES]
      .filter((r) => !STRUCTURAL.has(r.id))
      .flatMap((r): [string, string | undefined][] => [
        [r.id, r.title],
        [r.id, r.fix],
        [r.id, r.source.document],
      ]);
    expect(offending(texts)).toEqual([]);
  });

  it('AWS error advice and explanations read as advice to a seller', () => {
    const texts = Object.entries(CODES).flatMap(([code, c]): [string, string | undefined][] => [
      [code, c.advice],
      [code, c.explanation],
    ]);
    expect(offending(texts)).toEqual([]);
  });
});
