/**
 * One draft revision, five readers: the wizard panel, the submit gate, the review page, the drafts
 * list and `wharf check` must agree on every finding and count. Runs against the local Catalog
 * service over the SDK, with a real database; the draft carries a stored chart analysis with a
 * warning and two attestations.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import type { RunningEmulator } from '@/lib/emulator';
import type { Finding } from '@/lib/policy';
import { emptyOption, emptyWizardForm, type WizardForm } from '@/lib/draft/form';

vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined }),
}));

let handle: DbHandle;
let emu: RunningEmulator;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wharf-verdict-'));

beforeAll(async () => {
  const { openMemoryDb } = await import('@/lib/db/testing/template');
  const { setDbHandle } = await import('@/lib/db/runtime');
  const { startEmulator } = await import('@/lib/emulator');
  handle = await openMemoryDb();
  setDbHandle(handle);
  emu = await startEmulator({ db: handle.db, port: 0, stepMs: 60_000 });
  process.env.CATALOG_ENDPOINT = emu.url;
  process.env.CATALOG_TARGET = 'local';
}, 60_000);

afterAll(async () => {
  await emu?.close();
  await handle?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const SERVICE_ACCOUNT = {
  key: 'serviceAccount.name',
  defaultValue: '${AWSMP_SERVICE_ACCOUNT}',
  label: 'Service account',
  description: 'Kubernetes service account for metering',
  obfuscate: false,
};

async function helmVersion(withOverride: boolean): Promise<WizardForm> {
  const seed = await import('@/lib/emulator/seed-ids');
  return {
    ...emptyWizardForm('AddDeliveryOptions'),
    versionTitle: '2.0.0',
    releaseNotes: 'New collectors.',
    options: [
      {
        ...emptyOption('helm', 'opt-a'),
        title: 'Helm chart for Amazon EKS',
        description: 'Deploys ClairAI with Helm.',
        usage: 'Install with helm using the component values files.',
        images: [`${seed.SEED_IMAGE_REPOSITORY}:internal-testing-v1.1.1-agent`],
        services: ['EKS'],
        helmChartUri: `${seed.SEED_CHART_REPOSITORY}:0.2.0`,
        overrides: withOverride ? [SERVICE_ACCOUNT] : [],
      },
    ],
  };
}

const chartWithWarning = {
  filename: 'clairai-0.2.0.tgz',
  size: 1234,
  sha256: 'a'.repeat(64),
  analysedAt: '2026-12-01T10:00:00.000Z',
  analysedBy: 'Pat',
  analysedById: 'pm',
  checkedAgainst: { method: 'helm', images: [], helmChartUri: '' },
  analysis: {
    chart: { name: 'clairai', version: '0.2.0' },
    images: [],
    findings: [
      {
        rule: 'chart-resources',
        severity: 'warning',
        path: 'templates/agent.yaml',
        message: 'The agent container sets no resource limits.',
        location: { file: 'templates/agent.yaml', line: 12 },
      },
    ],
    rulesRun: ['chart-resources', 'chart-no-lookup'],
  },
};

const ATTESTED = ['attest-images-scanned', 'attest-non-root'];

/** A stored draft on ClairAI with the chart analysis and attestations above. */
async function storedDraft(form: WizardForm) {
  const seed = await import('@/lib/emulator/seed-ids');
  const drafts = await import('@/lib/db/queries/drafts');
  const { updateDraftChart } = await import('@/lib/db/queries/draft-charts');
  const row = await drafts.createDraft(handle.db, {
    productId: seed.SEED_PRODUCT_ID,
    productTitle: seed.SEED_PRODUCT_TITLE,
    changeType: form.changeType,
    title: 'Add a version 2.0.0',
    data: form,
    authorId: 'pm',
  });
  const attestations = Object.fromEntries(
    ATTESTED.map((id) => [id, { by: 'pm', byName: 'Pat', at: '2026-12-01T10:00:00.000Z', revision: 1 }]),
  );
  await drafts.updateDraft(handle.db, {
    id: row.id,
    revision: 1,
    title: row.title,
    data: form,
    checklist: { passed: 0, failed: 0, warnings: 0, manual: 0 },
    attestations,
    updatedBy: 'pm',
  });
  await updateDraftChart(handle.db, { draftId: row.id, optionKey: 'opt-a', chart: chartWithWarning });
  return (await drafts.getDraft(handle.db, row.id))!;
}

const shape = (fs: Finding[]) =>
  fs.map((f) => ({
    rule: f.rule,
    code: f.code ?? null,
    severity: f.severity,
    path: f.path,
    message: f.message,
  }));

/** Every reader's verdict on the draft. */
async function readAll(form: WizardForm) {
  const draft = await storedDraft(form);
  const { describeProduct } = await import('@/lib/catalog/products');
  const { readAttestations } = await import('@/lib/draft/attestations');
  const { chartsForRequest, readStoredCharts } = await import('@/lib/draft/charts');
  const { evaluateDraft, snapshotOf } = await import('@/lib/draft/evaluate-draft');
  const { gateVerdict } = await import('@/lib/actions/submissions/submission-flow');
  const { loadDraftReview } = await import('./review-data');
  const { listDraftsWithCounts } = await import('./list-drafts');
  const { checkRequest } = await import('@/lib/policy');
  const { runCheck } = await import('@/lib/cli/check');

  // The wizard: what the draft page hands useLiveChecklist, through the same evaluateDraft.
  const product = await describeProduct(draft.productId);
  const stored = readStoredCharts(draft.charts);
  const wizard = evaluateDraft({
    form,
    product: { id: product.id, title: product.title },
    snapshot: snapshotOf(product),
    charts: stored,
    attestations: readAttestations(draft.attestations),
  });
  const gate = await gateVerdict(draft);
  const review = (await loadDraftReview(handle.db, draft.id, { id: 'rev', name: 'Reviewer' }))!;
  const summary = review.summary;
  const listed = (await listDraftsWithCounts(handle.db)).find((d) => d.id === draft.id)!;

  // wharf check: the request the wizard shows, the DescribeEntity output and the chart analyses as files.
  const entity = await (
    await fetch(`${emu.url}/DescribeEntity?catalog=AWSMarketplace&entityId=${draft.productId}`)
  ).json();
  const files = {
    request: wizard.request,
    entity,
    charts: chartsForRequest(form, stored, wizard.optionIndex),
  };
  for (const [name, value] of Object.entries(files))
    fs.writeFileSync(path.join(tmp, `${name}.json`), JSON.stringify(value));
  let out = '';
  const code = await runCheck(
    [
      path.join(tmp, 'request.json'),
      '--entity',
      path.join(tmp, 'entity.json'),
      '--charts',
      path.join(tmp, 'charts.json'),
      '--format',
      'json',
    ],
    { out: (s) => void (out += s), err: (s) => void (out += s) },
  );
  const cli = checkRequest(files.request, { entity, charts: files.charts });
  if (!cli.ok) throw new Error(cli.error);
  return { wizard, gate, review, summary, listed, cliCode: code, cliFindings: JSON.parse(out).findings, cli };
}

describe('one verdict for a draft revision', () => {
  it('the wizard, the gate, the review page, the drafts list and wharf check agree', async () => {
    const r = await readAll(await helmVersion(true));
    const counts = r.wizard.counts;
    expect(counts.warnings).toBeGreaterThan(0);
    expect(r.wizard.evaluation.findings.some((f) => f.message.includes('no resource limits'))).toBe(true);
    for (const id of ATTESTED)
      expect(r.wizard.evaluation.results.find((x) => x.rule.id === id)?.status).toBe('attested');

    expect(r.gate.evaluation.findings).toEqual(r.wizard.evaluation.findings);
    expect(r.gate.counts).toEqual(counts);
    // The review page's compliance summary (and its exports) is that verdict too, chart warning included.
    const summarised = r.summary.groups.flatMap((g) =>
      g.rules.flatMap((x) => x.findings.map((f) => f.message)),
    );
    // (It shows a chart finding's file:line apart from its message.)
    const unplaced = r.wizard.evaluation.findings.map((f) => f.message.replace(/^\S+:\d+: /, ''));
    expect(summarised.sort()).toEqual(unplaced.sort());
    expect(r.summary.counts).toEqual(counts);
    expect(r.summary.charts[0]?.findings.some((f) => f.severity === 'warning')).toBe(true);
    expect(r.summary.attestations.map((a) => a.rule).sort()).toEqual([...ATTESTED].sort());
    expect(r.listed.checklist).toEqual(counts);
    expect(r.cliFindings).toEqual(shape(r.wizard.evaluation.findings));
    expect(r.cli.findings).toEqual(r.wizard.evaluation.findings);
    // wharf check has no attestations: the two confirmed rules are still open there, nothing else differs.
    expect(r.cli.evaluation.counts).toEqual({
      ...r.wizard.evaluation.counts,
      passed: counts.passed - ATTESTED.length,
      manual: counts.manual + ATTESTED.length,
    });
  });

  it('ClairAI is paid: without the service-account override every reader reports NO_SERVICE_ACCOUNT_CONFIGURATION', async () => {
    const without = await readAll(await helmVersion(false));
    const codes = (fs: { code?: string | null }[]) => fs.map((f) => f.code);
    expect(codes(without.wizard.evaluation.findings)).toContain('NO_SERVICE_ACCOUNT_CONFIGURATION');
    expect(without.gate.blocking.join(' ')).toContain('${AWSMP_SERVICE_ACCOUNT}');
    expect(codes(without.cliFindings)).toContain('NO_SERVICE_ACCOUNT_CONFIGURATION');
    expect(without.cliCode).toBe(1);
    expect(without.listed.checklist).toEqual(without.wizard.counts);

    const withIt = await readAll(await helmVersion(true));
    expect(codes(withIt.wizard.evaluation.findings)).not.toContain('NO_SERVICE_ACCOUNT_CONFIGURATION');
    expect(withIt.gate.blocking.join(' ')).not.toContain('${AWSMP_SERVICE_ACCOUNT}');
    expect(codes(withIt.cliFindings)).not.toContain('NO_SERVICE_ACCOUNT_CONFIGURATION');
  });
});
