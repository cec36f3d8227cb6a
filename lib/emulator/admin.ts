import type { IncomingMessage, ServerResponse } from 'node:http';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { emuEntity } from '@/lib/db/schema';
import type { ProductDoc } from './changes/types';
import { Engine } from './engine/engine';
import { holdsOf, type Holds } from './engine/holds';
import { applyFaultPatch, type FaultState, type Throttle } from './faults';
import {
  resetEmulator,
  SEED_ACCOUNT_ID,
  SEED_DRAFT_PRODUCT_ID,
  SEED_PRODUCT_ID,
  SEED_REGISTRY,
  SEED_SELLER_NAMESPACE,
} from './seed';
import { sendJson } from './server';
import { getEntity } from './store/entities';
import { imageByDigest, listImages, pushImage, TagExistsError } from './store/images';

export interface AdminDeps {
  db: Db;
  faults: FaultState;
  throttle: Throttle;
  stepMs: number;
  reviewMs: number;
  url: () => string;
}

/** "clairai", "info-services/clairai" or a full registry URL → the full repository URL. */
export function repositoryUrlOf(repository: string): string {
  const r = repository.trim().replace(/\/+$/, '');
  if (r.includes('.')) return r;
  return `${SEED_REGISTRY}/${r.includes('/') ? r : `${SEED_SELLER_NAMESPACE}/${r}`}`;
}

const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Admin endpoints outside the AWS API, under /_emulator/ (JSON in, JSON out). */
export function createAdmin(deps: AdminDeps) {
  return async (req: IncomingMessage, res: ServerResponse, path: string, raw: string): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let body: Record<string, unknown> = {};
    try {
      body = raw.trim() ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return sendJson(res, 400, { error: 'Body must be JSON.' });
    }
    const route = `${req.method} ${path}`;
    if (route === 'GET /_emulator/health') {
      return sendJson(res, 200, {
        ok: true,
        service: 'wharf-catalog-emulator',
        url: deps.url(),
        stepMs: deps.stepMs,
        reviewMs: deps.reviewMs,
        accountId: SEED_ACCOUNT_ID,
        seed: { productId: SEED_PRODUCT_ID, draftProductId: SEED_DRAFT_PRODUCT_ID },
      });
    }
    if (route === 'POST /_emulator/push') return push(deps, res, body);
    if (route === 'GET /_emulator/images') return images(deps, res, url.searchParams.get('productId'));
    if (route === 'GET /_emulator/faults') return sendJson(res, 200, deps.faults);
    if (route === 'POST /_emulator/faults') {
      applyFaultPatch(deps.faults, body);
      deps.throttle.reset();
      return sendJson(res, 200, deps.faults);
    }
    if (route === 'POST /_emulator/reset') {
      await resetEmulator(deps.db, `${deps.url()}/_emulator/findings`);
      return sendJson(res, 200, { ok: true });
    }
    if (path === '/_emulator/holds' || path === '/_emulator/advance')
      return testControl(deps, req, res, path, body);
    const findings = /^\/_emulator\/findings\/([a-f0-9]{64})\.json$/.exec(path);
    if (req.method === 'GET' && findings) return findingsFile(deps, res, findings[1]!);
    return sendJson(res, 404, { error: `No admin endpoint ${route}.` });
  };
}

/** The test control (engine/holds.ts): 404 unless the service was started with it on. */
async function testControl(
  deps: AdminDeps,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  body: Record<string, unknown>,
) {
  const holds = holdsOf(deps.db);
  if (!holds)
    return sendJson(res, 404, {
      error: 'The test control is off; start the service with EMULATOR_TEST_CONTROL=1 (or enableHolds).',
    });
  const id = typeof body.changeSetId === 'string' ? body.changeSetId : undefined;
  const route = `${req.method} ${path}`;
  if (route === 'GET /_emulator/holds') return sendJson(res, 200, holdsView(holds));
  if (route === 'POST /_emulator/holds') {
    if (body.all === true) holds.all = true;
    else if (id) holds.ids.add(id);
    else return sendJson(res, 400, { error: 'Provide changeSetId, or all: true.' });
    return sendJson(res, 200, holdsView(holds));
  }
  if (route === 'DELETE /_emulator/holds') {
    if (id) holds.ids.delete(id);
    else {
      holds.all = false;
      holds.ids.clear();
    }
    return sendJson(res, 200, holdsView(holds));
  }
  if (route === 'POST /_emulator/advance') {
    if (!id) return sendJson(res, 400, { error: 'Provide changeSetId.' });
    const engine = new Engine(deps.db, deps.faults, () => `${deps.url()}/_emulator/findings`, deps.reviewMs);
    const row = await engine.advance(id);
    if (!row) return sendJson(res, 404, { error: `Change set ${id} not found.` });
    return sendJson(res, 200, { changeSetId: row.changeSetId, status: row.status });
  }
  return sendJson(res, 404, { error: `No admin endpoint ${route}.` });
}

const holdsView = (holds: Holds) => ({ all: holds.all, changeSetIds: [...holds.ids] });

async function push(deps: AdminDeps, res: ServerResponse, body: Record<string, unknown>) {
  if (typeof body.repository !== 'string' || typeof body.tag !== 'string')
    return sendJson(res, 400, { error: 'Provide repository and tag.' });
  if (!TAG_RE.test(body.tag)) return sendJson(res, 400, { error: `Invalid tag ${body.tag}.` });
  const repository = repositoryUrlOf(body.repository);
  // Like ECR, a push only lands in a repository that exists (created by AddRepositories).
  const owner = await deps.db
    .select({ id: emuEntity.entityId })
    .from(emuEntity)
    .where(sql`${emuEntity.details}->'Repositories' @> ${JSON.stringify([{ Url: repository }])}::jsonb`)
    .limit(1);
  if (!owner[0])
    return sendJson(res, 404, {
      error: `Repository ${repository} does not exist. Create it with an AddRepositories change set first.`,
    });
  let row: Awaited<ReturnType<typeof pushImage>>;
  try {
    row = await pushImage(
      deps.db,
      repository,
      body.tag,
      typeof body.vulnerable === 'boolean' ? body.vulnerable : undefined,
    );
  } catch (e) {
    if (e instanceof TagExistsError) return sendJson(res, 409, { error: e.message });
    throw e;
  }
  return sendJson(res, 200, { ...row, productId: owner[0].id, imageUri: `${repository}:${row.tag}` });
}

async function images(deps: AdminDeps, res: ServerResponse, productId: string | null) {
  if (!productId) return sendJson(res, 400, { error: 'Provide productId.' });
  const entity = await getEntity(deps.db, productId);
  if (!entity) return sendJson(res, 404, { error: `Product ${productId} not found.` });
  const repos = (entity.details as ProductDoc).Repositories ?? [];
  const repositories = [];
  for (const r of repos) {
    const tags = await listImages(deps.db, r.Url);
    repositories.push({
      url: r.Url,
      name: r.Url.split('/').slice(2).join('/'),
      tags: tags.map((t) => ({
        tag: t.tag,
        digest: t.digest,
        vulnerable: t.vulnerable,
        pushedAt: t.pushedAt.toISOString(),
        imageUri: `${r.Url}:${t.tag}`,
      })),
    });
  }
  return sendJson(res, 200, { productId, repositories });
}

async function findingsFile(deps: AdminDeps, res: ServerResponse, hex: string) {
  const image = await imageByDigest(deps.db, `sha256:${hex}`);
  if (!image?.vulnerable) return sendJson(res, 404, { error: 'No findings for this image.' });
  return sendJson(res, 200, {
    image: `${image.repository}:${image.tag}`,
    digest: image.digest,
    findings: [
      {
        id: 'CVE-2024-3094',
        severity: 'CRITICAL',
        package: 'xz-utils',
        installedVersion: '5.6.0',
        fixedVersion: '5.6.2',
        description: 'Simulated finding: the emulator marks this image as vulnerable.',
      },
    ],
  });
}
