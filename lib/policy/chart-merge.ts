import type { Finding, RuleMeta, Severity } from './types';
import type { RuleResult } from './rule';
import { isRecord } from './util';

const SEVERITIES = new Set<string>(['error', 'warning', 'manual']);

/*
 * Chart analyses (lib/chart) arrive keyed by delivery-option path. Their findings point into the
 * chart, so they are re-rooted under "<option path>.Chart" (plus their own path): the panel then
 * focuses the option's chart field, and `location` keeps the file and line.
 */
export function chartResults(charts: unknown): RuleResult[] {
  if (!isRecord(charts)) return [];
  const byRule = new Map<string, RuleResult>();
  for (const optionPath of Object.keys(charts)) {
    const a = charts[optionPath];
    if (!isRecord(a)) continue;
    const list = Array.isArray(a.findings) ? a.findings : [];
    const titles = isRecord(a.ruleTitles) ? a.ruleTitles : {};
    const titleOf = (id: string) => (typeof titles[id] === 'string' ? (titles[id] as string) : id);
    for (const f of list) {
      if (!isRecord(f) || typeof f.rule !== 'string') continue;
      const severity = (SEVERITIES.has(f.severity as string) ? f.severity : 'error') as Severity;
      const own = typeof f.path === 'string' && f.path !== '' ? `.${f.path}` : '';
      const finding: Finding = {
        rule: f.rule,
        code: typeof f.code === 'string' ? f.code : undefined,
        severity,
        path: `${optionPath}.Chart${own}`,
        message: typeof f.message === 'string' ? f.message : 'Chart check failed.',
        fix: typeof f.fix === 'string' ? f.fix : undefined,
        location:
          isRecord(f.location) && typeof f.location.file === 'string'
            ? {
                file: f.location.file,
                line: typeof f.location.line === 'number' ? f.location.line : undefined,
              }
            : undefined,
      };
      const res = resultFor(byRule, f.rule, titleOf(f.rule), severity, finding.fix);
      res.findings.push(finding);
      if (severity === 'error') res.status = 'fail';
      else if (res.status !== 'fail') res.status = 'warn';
    }
    for (const id of Array.isArray(a.rulesRun) ? a.rulesRun : [])
      if (typeof id === 'string') resultFor(byRule, id, titleOf(id), 'error', undefined);
  }
  return [...byRule.values()];
}

function resultFor(
  map: Map<string, RuleResult>,
  id: string,
  title: string,
  severity: Severity,
  fix: string | undefined,
): RuleResult {
  let r = map.get(id);
  if (!r) {
    const rule: RuleMeta = {
      id,
      title,
      section: 'Chart preflight',
      severity,
      source: { document: 'chart preflight (lib/chart)' },
      changeTypes: ['AddDeliveryOptions', 'UpdateDeliveryOptions'],
      methods: ['helm', 'eks-addon'],
      field: 'DeliveryOptions[].Chart',
      fix: fix ?? '',
    };
    r = { rule, status: 'pass', findings: [] };
    map.set(id, r);
  }
  return r;
}
