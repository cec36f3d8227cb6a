import { describe, expect, it } from 'vitest';
import { checkRequest, evaluate, RULES } from './index';
import { add, ctx, img, opt, request, snapshot } from './testing/builders';

const MANUAL_IDS = RULES.filter((r) => r.severity === 'manual').map((r) => r.id);
const attestAll = Object.fromEntries(MANUAL_IDS.map((id) => [id, { by: 'Ana', at: '2026-11-21T10:00:00Z' }]));
const OPT_PATH = 'ChangeSet[0].DetailsDocument.DeliveryOptions[0]';

describe('evaluate', () => {
  it('blocks while a required attestation is missing, and not once all are given', () => {
    const base = ctx(request(add()), { product: snapshot() });
    expect(evaluate(base).blocking).toBe(true);
    const ev = evaluate({ ...base, attestations: attestAll });
    expect(ev.findings).toEqual([]);
    expect(ev.blocking).toBe(false);
    expect(ev.counts.manual).toBe(0);
  });

  it('blocks on an error finding even when everything is attested', () => {
    const ev = evaluate(
      ctx(request(add([opt('helm', { ContainerImages: [img('app', 'latest')] })])), {
        attestations: attestAll,
      }),
    );
    expect(ev.blocking).toBe(true);
    expect(ev.counts.failed).toBe(1);
    expect(ev.findings[0]).toMatchObject({
      rule: 'image-no-latest',
      code: 'INVALID_CONTAINER_IMAGE_TAG',
      severity: 'error',
      path: `${OPT_PATH}.Details.HelmDeliveryOptionDetails.ContainerImages[0]`,
    });
  });

  it('does not block on warnings alone', () => {
    const ev = evaluate(
      ctx(request(add([opt('helm', { UsageInstructions: 'Read the docs.' })])), { attestations: attestAll }),
    );
    expect(ev.counts.warnings).toBeGreaterThan(0);
    expect(ev.blocking).toBe(false);
  });

  it('counts every applicable rule once and leaves the rest n/a', () => {
    const ev = evaluate(ctx(request(add())));
    const c = ev.counts;
    const applicable = ev.results.filter((r) => r.status !== 'n/a').length;
    expect(c.passed + c.failed + c.warnings + c.manual).toBe(applicable);
    expect(ev.results.find((r) => r.rule.id === 'restrict-ids-present')?.status).toBe('n/a');
  });

  it('ignores malformed attestations', () => {
    const ev = evaluate({ request: request(add()), attestations: { 'attest-non-root': { by: 1 } as never } });
    expect(ev.results.find((r) => r.rule.id === 'attest-non-root')?.status).toBe('manual');
  });

  it('merges chart findings under the option path and lists chart rules that ran', () => {
    const charts = {
      [OPT_PATH]: {
        chart: { name: 'app' },
        images: [img()],
        findings: [
          {
            rule: 'chart-no-hooks',
            code: 'INCOMPATIBLE_HELM_OBJECTS',
            severity: 'error' as const,
            path: 'templates/job.yaml',
            message: 'Hook found',
            location: { file: 'templates/job.yaml', line: 3 },
          },
        ],
        rulesRun: ['chart-no-hooks', 'chart-lint'],
        ruleTitles: { 'chart-no-hooks': 'No Helm hooks in an EKS add-on' },
      },
    };
    const ev = evaluate(ctx(request(add()), { charts, attestations: attestAll }));
    // Titles travel with the analysis; a rule without one falls back to its id.
    expect(ev.results.find((r) => r.rule.id === 'chart-no-hooks')?.rule.title).toBe(
      'No Helm hooks in an EKS add-on',
    );
    expect(ev.results.find((r) => r.rule.id === 'chart-lint')?.rule.title).toBe('chart-lint');
    const f = ev.findings.find((x) => x.rule === 'chart-no-hooks');
    expect(f).toMatchObject({
      path: `${OPT_PATH}.Chart.templates/job.yaml`,
      location: { file: 'templates/job.yaml', line: 3 },
    });
    expect(ev.results.find((r) => r.rule.id === 'chart-no-hooks')?.status).toBe('fail');
    expect(ev.results.find((r) => r.rule.id === 'chart-lint')?.status).toBe('pass');
    expect(ev.blocking).toBe(true);
  });

  it('survives a context that is not an object', () => {
    expect(() => evaluate(null as never)).not.toThrow();
    expect(evaluate(null as never).results.every((r) => r.status === 'n/a')).toBe(true);
  });
});

describe('checkRequest', () => {
  it('says clearly when the input is not a change set', () => {
    expect(checkRequest({ hello: 1 })).toEqual({
      ok: false,
      error: 'Not a change set: expected a StartChangeSet request body with a "ChangeSet" array.',
    });
    expect(checkRequest([1, 2]).ok).toBe(false);
  });
  it('reports an unreadable entity', () => {
    expect(checkRequest(request(add()), { entity: 'nope' })).toEqual({
      ok: false,
      error: 'Entity: The entity is not a JSON object.',
    });
  });
  it('accepts changes with a Details string', () => {
    const change = {
      ChangeType: 'AddRepositories',
      Entity: { Type: 'ContainerProduct@1.0', Identifier: 'p' },
      Details: JSON.stringify({ Repositories: [] }),
    };
    const r = checkRequest(request(change));
    expect(r.ok && r.findings.map((f) => [f.rule, f.path])).toEqual([
      ['repos-present', 'ChangeSet[0].Details.Repositories'],
    ]);
  });
});
