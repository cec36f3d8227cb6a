import type { Finding, RuleMeta } from './types';
import type { Attestation, Evaluation, Report, Rule, RuleResult, RuleStatus } from './rule';
import { buildIndex, type Indexed, type PolicyContext } from './context';
import { RULE_DEFS } from './rules';
import { chartResults } from './chart-merge';
import { isRecord } from './util';

/** Rule metadata without the check function (what the table and the panel show). */
export function metaOf(r: Rule): RuleMeta {
  return {
    id: r.id,
    title: r.title,
    section: r.section,
    severity: r.severity,
    source: r.source,
    changeTypes: r.changeTypes,
    methods: r.methods,
    field: r.field,
    fix: r.fix,
  };
}
const METAS = new Map(RULE_DEFS.map((r) => [r.id, metaOf(r)]));

function methodOk(r: Rule, m: string | undefined): boolean {
  return r.methods === 'all' || (m !== undefined && (r.methods as readonly string[]).includes(m));
}

/* One reporter per evaluation, pointed at the running rule: no closure per rule run. */
interface Sink {
  rule: Rule;
  out: Finding[];
}

function makeReport(sink: Sink): Report {
  return (path, message) => {
    const r = sink.rule;
    sink.out.push({ rule: r.id, code: r.source.code, severity: r.severity, path, message, fix: r.fix });
  };
}

function runRule(r: Rule, ix: Indexed, report: Report): boolean {
  const types = r.changeTypes as readonly string[];
  let applies = false;
  if (r.scope === 'option') {
    for (const o of ix.options) {
      if (types.includes(o.change.type) && methodOk(r, o.method) && r.check(o, ix, report) !== false)
        applies = true;
    }
  } else if (r.scope === 'change') {
    for (const c of ix.changes) {
      if (!types.includes(c.type)) continue;
      if (r.methods !== 'all' && !c.options.some((o) => methodOk(r, o.method))) continue;
      if (r.check(c, ix, report) !== false) applies = true;
    }
  } else if (r.scope === 'request') {
    // Request rules look at the whole change set; each says itself when it has nothing to check.
    if (ix.isChangeSet) applies = r.check(ix, ix, report) !== false;
  } else {
    const matching = ix.changes.filter((c) => types.includes(c.type));
    applies =
      matching.length > 0 &&
      (r.methods === 'all' || matching.some((c) => c.options.some((o) => methodOk(r, o.method))));
    if (applies && r.when) applies = r.when(ix);
  }
  return applies;
}

function attestationOf(ctx: PolicyContext, id: string): Attestation | undefined {
  const a = isRecord(ctx.attestations) ? ctx.attestations[id] : undefined;
  return isRecord(a) && typeof a.by === 'string' && typeof a.at === 'string'
    ? { by: a.by, at: a.at }
    : undefined;
}

function statusOf(r: Rule, applies: boolean, findings: Finding[], attested: boolean): RuleStatus {
  if (!applies) return 'n/a';
  if (r.severity === 'manual') return attested ? 'attested' : 'manual';
  if (findings.length === 0) return 'pass';
  return r.severity === 'error' ? 'fail' : 'warn';
}

/** Evaluates every rule against the context. Never throws. */
export function evaluate(ctx: PolicyContext): Evaluation {
  try {
    return run(ctx);
  } catch {
    // Last resort: the per-rule guard below should make this unreachable.
    const f: Finding = {
      rule: 'engine',
      severity: 'error',
      path: '',
      message: 'The checklist could not evaluate this draft.',
    };
    return {
      findings: [f],
      results: [],
      counts: { passed: 0, failed: 1, warnings: 0, manual: 0 },
      blocking: true,
    };
  }
}

function run(ctx: PolicyContext): Evaluation {
  const results: RuleResult[] = [];
  const findings: Finding[] = [];
  const ix = buildIndex(isRecord(ctx) ? ctx : { request: undefined });
  const sink: Sink = { rule: RULE_DEFS[0] as Rule, out: [] };
  const report = makeReport(sink);
  for (const r of RULE_DEFS) {
    const own: Finding[] = [];
    sink.rule = r;
    sink.out = own;
    let applies: boolean;
    try {
      applies = runRule(r, ix, report);
    } catch {
      // A rule bug must not hide the others or crash the wizard; surface it as a blocking finding.
      applies = true;
      own.push({
        rule: r.id,
        code: r.source.code,
        severity: 'error',
        path: '',
        message: `Rule ${r.id} could not run on this input.`,
      });
    }
    const attestation = r.severity === 'manual' ? attestationOf(ix.ctx, r.id) : undefined;
    const status = statusOf(r, applies, own, attestation !== undefined);
    const result: RuleResult = { rule: METAS.get(r.id) as RuleMeta, status, findings: own };
    if (r.severity === 'manual') {
      result.required = r.required !== false;
      if (attestation && applies) result.attestation = attestation;
    }
    results.push(result);
    findings.push(...own);
  }
  for (const res of chartResults(ix.ctx.charts)) {
    results.push(res);
    findings.push(...res.findings);
  }
  return summarise(results, findings);
}

function summarise(results: RuleResult[], findings: Finding[]): Evaluation {
  const counts = { passed: 0, failed: 0, warnings: 0, manual: 0 };
  let blocking = false;
  for (const r of results) {
    if (r.status === 'pass' || r.status === 'attested') counts.passed++;
    else if (r.status === 'fail') counts.failed++;
    else if (r.status === 'warn') counts.warnings++;
    else if (r.status === 'manual') {
      counts.manual++;
      if (r.required) blocking = true;
    }
  }
  if (findings.some((f) => f.severity === 'error')) blocking = true;
  return { findings, results, counts, blocking };
}
