import { createHash } from 'node:crypto';
import { NextResponse } from 'next/server';
import { analyzeChartInWorker } from '@/lib/chart/worker/analyze-in-worker';
import { isChartInputError, readChartArchive } from '@/lib/chart/io';
import { withApiMutation, withApiPermission } from '@/lib/auth/api';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { deleteDraftChart, getDraftCharts, updateDraftChart } from '@/lib/db/queries/draft-charts';
import { getDraft } from '@/lib/db/queries/drafts';
import { getDb } from '@/lib/db/runtime';
import { AppError } from '@/lib/errors';
import { readWizardForm, type OptionForm, type WizardChangeType } from '@/lib/draft/form';
import { MAX_CHART_UPLOAD_BYTES, readStoredCharts, type StoredChart } from '@/lib/draft/charts';
import { readBodyCapped } from './read-body';

/*
 * Helm chart preflight for one delivery option of a draft.
 *   POST   ?option=<form index>[&key=<option key>]&filename=<name>   body: the .tgz, raw
 *          (Content-Type application/octet-stream or application/gzip; at most 8 MB)
 *   DELETE ?option=<form index>[&key=<option key>]
 *   GET    the draft's stored charts
 * A raw body rather than FormData: it can be capped while it streams. The option is read from the
 * draft as saved (its images and HelmChartUri feed the analysis); `key` pins the option when the
 * list moved since the page last saved. The result is stored in draft.charts[<option key>].
 */

type Ctx = { params: Promise<{ id: string }> };

const CHART_TYPES = new Set([
  'application/octet-stream',
  'application/gzip',
  'application/x-gzip',
  'application/x-compressed-tar',
  'application/x-tgz',
]);

const fail = (status: number, code: string, message: string) =>
  NextResponse.json({ error: { code, message } }, { status });

async function openDraft(ctx: Ctx) {
  const { id } = await ctx.params;
  const row = /^[0-9a-f-]{36}$/i.test(id) ? await getDraft(getDb(), id) : undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That draft no longer exists.');
  if (row.status !== 'open')
    throw new AppError('CONFLICT', 'This draft was submitted; its charts can no longer change.');
  return row;
}

/** The option the query names, as saved. A key wins over the index (the list may have moved). */
function optionOf(url: URL, data: unknown, changeType: string): OptionForm | undefined {
  const options = readWizardForm(data, changeType as WizardChangeType).options;
  const key = url.searchParams.get('key');
  if (key) return options.find((o) => o.key === key);
  const raw = url.searchParams.get('option') ?? '';
  return /^\d{1,2}$/.test(raw) ? options[Number(raw)] : undefined;
}

const NOT_SAVED =
  'This delivery option is not saved yet. Wait until the draft shows “Saved”, then check the chart again.';

function cleanFilename(raw: string | null): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'chart.tgz';
}

export const GET = withApiPermission('console:read', async (_req, _user, ctx: Ctx) => {
  const { id } = await ctx.params;
  const charts = /^[0-9a-f-]{36}$/i.test(id) ? await getDraftCharts(getDb(), { draftId: id }) : undefined;
  if (!charts) throw new AppError('NOT_FOUND', 'That draft no longer exists.');
  return NextResponse.json({ charts: readStoredCharts(charts) });
});

export const POST = withApiMutation('draft:edit', async (request, user, ctx: Ctx) => {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!CHART_TYPES.has(type))
    return fail(
      415,
      'INVALID_INPUT',
      'Send the packaged chart (.tgz) as the request body (application/octet-stream).',
    );
  if (Number(request.headers.get('content-length') ?? 0) > MAX_CHART_UPLOAD_BYTES) return tooLarge();
  const url = new URL(request.url);
  const draft = await openDraft(ctx);
  const option = optionOf(url, draft.data, draft.changeType);
  if (!option) throw new AppError('CONFLICT', NOT_SAVED);
  if (option.method === 'ecr')
    throw new AppError(
      'INVALID_INPUT',
      'Only Helm chart and Amazon EKS add-on delivery options take a chart.',
    );

  const body = await readBodyCapped(request, MAX_CHART_UPLOAD_BYTES);
  if (body === 'too-large') return tooLarge();
  if (body.length === 0)
    throw new AppError('INVALID_INPUT', 'The file is empty. Choose the .tgz that helm package wrote.');
  let files: Map<string, string>;
  try {
    files = readChartArchive(body, { maxCompressedBytes: MAX_CHART_UPLOAD_BYTES });
  } catch (err) {
    if (!isChartInputError(err)) throw err;
    return NextResponse.json(
      { error: { code: 'INVALID_INPUT', chartCode: err.code, message: err.message } },
      { status: err.code === 'TOO_LARGE' ? 413 : 400 },
    );
  }
  const method = option.method;
  // Off the event loop: a costly chart must not hold up every other request.
  const analysis = await analyzeChartInWorker(files, {
    addon: method === 'eks-addon',
    declaredImages: option.images,
    helmChartUri: option.helmChartUri.trim() || undefined,
  });
  const chart: StoredChart = {
    filename: cleanFilename(url.searchParams.get('filename')),
    size: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
    analysedAt: new Date().toISOString(),
    analysedBy: user.name,
    analysedById: user.id,
    checkedAgainst: { method, images: option.images, helmChartUri: option.helmChartUri },
    analysis,
  };
  const db = getDb();
  if (!(await updateDraftChart(db, { draftId: draft.id, optionKey: option.key, chart })))
    throw new AppError('CONFLICT', 'This draft was submitted or deleted meanwhile.');
  await createAuditEntry(db, {
    actorId: user.id,
    action: 'attach-chart',
    target: draft.id,
    outcome: 'ok',
    details: { option: option.key, sha256: chart.sha256, findings: analysis.findings.length },
  });
  return NextResponse.json({ optionKey: option.key, chart });
});

export const DELETE = withApiMutation('draft:edit', async (request, user, ctx: Ctx) => {
  const url = new URL(request.url);
  const draft = await openDraft(ctx);
  // An option removed from the form may still have a chart: its key alone is enough to detach it.
  const key = optionOf(url, draft.data, draft.changeType)?.key ?? url.searchParams.get('key');
  if (!key) throw new AppError('CONFLICT', NOT_SAVED);
  const db = getDb();
  if (!(await deleteDraftChart(db, { draftId: draft.id, optionKey: key })))
    throw new AppError('CONFLICT', 'This draft was submitted or deleted meanwhile.');
  await createAuditEntry(db, {
    actorId: user.id,
    action: 'detach-chart',
    target: draft.id,
    outcome: 'ok',
    details: { option: key },
  });
  return NextResponse.json({ optionKey: key, removed: true });
});

function tooLarge() {
  return fail(
    413,
    'INVALID_INPUT',
    `The chart archive is larger than ${MAX_CHART_UPLOAD_BYTES / 1024 / 1024} MB. Charts packaged by helm are far smaller; check that you chose the .tgz.`,
  );
}
