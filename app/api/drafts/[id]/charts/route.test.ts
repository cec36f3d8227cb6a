/**
 * The chart upload route, called directly with real better-auth sessions over a real (in-memory)
 * database, as lib/actions/authorization.test.ts does.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadFixture, makeTar, makeTgz } from '@/lib/chart/io/testing';
import type { Db } from '@/lib/db/client';
import type { Role } from '@/lib/roles';
import { emptyOption, emptyWizardForm } from '@/lib/draft/form';
import type * as RouteModule from './route';

const state = vi.hoisted(() => ({ cookie: '' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(state.cookie ? { cookie: state.cookie } : {}),
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    set: () => undefined,
    delete: () => undefined,
    has: () => false,
  }),
}));

const PASSWORD = 'chart-route-test-password';
const REGISTRY = '709825985650.dkr.ecr.us-east-1.amazonaws.com';
const IMAGES = ['agent', 'backend', 'frontend', 'yace'].map(
  (t) => `${REGISTRY}/info-services/clairai:internal-testing-v1.1.1-${t}`,
);
const cookies = new Map<Role, string>();
let db: Db;
let close: () => Promise<void> = async () => undefined;
let route: typeof RouteModule;
let draftId = '';

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wharf-chart-route-'));
  process.env.WHARF_DATA_DIR = dataDir;
  process.env.AUTH_SECRET = 'chart-route-secret-chart-route-secret-0';
  process.env.WHARF_DEMO_ACCOUNTS = 'false';
  const { openMemoryDb } = await import('@/lib/db/testing/template');
  const { setDbHandle } = await import('@/lib/db/runtime');
  const handle = await openMemoryDb();
  setDbHandle(handle);
  db = handle.db;
  const { hashPassword } = await import('better-auth/crypto');
  const { createLocalUser } = await import('@/lib/db/queries/users');
  const { getAuth } = await import('@/lib/auth/auth');
  for (const role of ['product-manager', 'reviewer'] as const) {
    const email = `${role}@chart.test`;
    await createLocalUser(db, {
      name: role,
      email,
      passwordHash: await hashPassword(PASSWORD),
      roles: [role],
      createdBy: null,
    });
    const res = (await getAuth().api.signInEmail({
      body: { email, password: PASSWORD },
      asResponse: true,
    })) as Response;
    cookies.set(
      role,
      res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; '),
    );
  }
  const { createDraft } = await import('@/lib/db/queries/drafts');
  const form = emptyWizardForm('AddDeliveryOptions');
  form.options = [
    { ...emptyOption('ecr', 'ecr0') },
    {
      ...emptyOption('helm', 'helm1'),
      images: IMAGES,
      helmChartUri: `${REGISTRY}/info-services/clairai:0.1.0`,
    },
    {
      ...emptyOption('eks-addon', 'addon2'),
      images: IMAGES,
      helmChartUri: `${REGISTRY}/info-services/clairai:0.1.0`,
    },
  ];
  draftId = (
    await createDraft(db, {
      productId: 'prod-1',
      productTitle: 'P',
      changeType: 'AddDeliveryOptions',
      title: 'T',
      data: form,
      authorId: 'someone',
    })
  ).id;
  route = await import('./route');
  close = async () => {
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}, 120_000);

afterAll(async () => close());

function call(
  method: 'POST' | 'DELETE' | 'GET',
  query: string,
  opts: { as?: Role; body?: BodyInit; origin?: string; headers?: Record<string, string>; id?: string } = {},
) {
  state.cookie = opts.as ? cookies.get(opts.as)! : '';
  const headers: Record<string, string> = {
    host: 'localhost:3000',
    origin: opts.origin ?? 'http://localhost:3000',
    ...opts.headers,
  };
  if (method === 'POST') headers['content-type'] ??= 'application/octet-stream';
  const init: RequestInit & { duplex?: 'half' } = {
    method,
    headers,
    body: opts.body,
    duplex: opts.body instanceof ReadableStream ? 'half' : undefined,
  };
  const req = new Request(`http://localhost:3000/api/drafts/${opts.id ?? draftId}/charts${query}`, init);
  return route[method](req, { params: Promise.resolve({ id: opts.id ?? draftId }) });
}

/** A .tgz the way helm package writes it (copied so its type is a plain ArrayBuffer view, as fetch wants). */
const tgz = (overlay?: string) => new Uint8Array(makeTgz(loadFixture('clairai', overlay), 'clairai'));
const clairai = () => tgz();

describe('POST /api/drafts/[id]/charts', () => {
  it('analyses a compliant chart against the saved option, stores it under the option key and returns it', async () => {
    const res = await call('POST', '?option=1&filename=clairai-0.1.0.tgz', {
      as: 'product-manager',
      body: clairai(),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      optionKey: string;
      chart: {
        filename: string;
        size: number;
        sha256: string;
        analysedBy: string;
        analysis: {
          chart: { name: string; version: string };
          images: string[];
          findings: Array<{ severity: string }>;
        };
      };
    };
    expect(body.optionKey).toBe('helm1');
    expect(body.chart).toMatchObject({
      filename: 'clairai-0.1.0.tgz',
      analysedBy: 'product-manager',
      analysis: { chart: { name: 'clairai', version: '0.1.0' } },
    });
    expect(body.chart.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(body.chart.analysis.images).toEqual(IMAGES);
    expect(body.chart.analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const { getDraftCharts } = await import('@/lib/db/queries/draft-charts');
    const { getDraft } = await import('@/lib/db/queries/drafts');
    expect((await getDraftCharts(db, { draftId }))?.helm1).toEqual(body.chart);
    expect((await getDraft(db, draftId))?.revision).toBe(1);
    const listed = (await (await call('GET', '', { as: 'reviewer' })).json()) as {
      charts: Record<string, unknown>;
    };
    expect(Object.keys(listed.charts)).toEqual(['helm1']);
    expect(
      (await call('GET', '', { as: 'reviewer', id: '00000000-0000-4000-8000-000000000000' })).status,
    ).toBe(404);
  });

  it('reports the chart’s findings with file and line (hard-coded image)', async () => {
    const res = await call('POST', '?option=1&key=helm1&filename=bad.tgz', {
      as: 'product-manager',
      body: tgz('chart-image-not-hardcoded'),
    });
    expect(res.status).toBe(200);
    const { chart } = (await res.json()) as {
      chart: { analysis: { findings: Array<{ rule: string; location?: { file: string; line?: number } }> } };
    };
    expect(chart.analysis.findings.find((f) => f.rule === 'chart-image-not-hardcoded')?.location).toEqual({
      file: 'templates/backend-deployment.yaml',
      line: 16,
    });
  });

  it('runs the EKS add-on rules for an add-on option', async () => {
    const res = await call('POST', '?option=2&key=addon2&filename=addon.tgz', {
      as: 'product-manager',
      body: tgz('chart-addon-no-hooks'),
    });
    expect(res.status).toBe(200);
    const { optionKey, chart } = (await res.json()) as {
      optionKey: string;
      chart: {
        checkedAgainst: { method: string };
        analysis: { rulesRun: string[]; findings: Array<{ rule: string }> };
      };
    };
    expect(optionKey).toBe('addon2');
    expect(chart.checkedAgainst.method).toBe('eks-addon');
    expect(chart.analysis.rulesRun).toContain('chart-addon-no-hooks');
    expect(chart.analysis.findings.some((f) => f.rule === 'chart-addon-no-hooks')).toBe(true);
  });

  it('refuses a 9 MB body with 413 from its Content-Length, before reading it', async () => {
    let pulled = 0;
    const nineMb = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(1024 * 1024));
        if (pulled === 9) c.close();
      },
    });
    const res = await call('POST', '?option=1', {
      as: 'product-manager',
      body: nineMb,
      headers: { 'content-length': String(9 * 1024 * 1024) },
    });
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(3);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/larger than 8 MB/);
  });

  it('cuts off a streamed body without a Content-Length once it passes 8 MB', async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent >= 20 * 1024 * 1024) return c.close();
        sent += 1024 * 1024;
        c.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const res = await call('POST', '?option=1', { as: 'product-manager', body: stream });
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses a traversal archive with 400 and the reader’s message, never a stack', async () => {
    const evil = new Uint8Array(
      gzipSync(
        makeTar([
          { name: 'clairai/Chart.yaml', data: 'apiVersion: v2\nname: x\nversion: 1.0.0\n' },
          { name: 'clairai/../../etc/cron.d/x', data: 'boom' },
        ]),
      ),
    );
    const res = await call('POST', '?option=1', { as: 'product-manager', body: evil });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; chartCode: string; message: string } };
    expect(error).toMatchObject({ code: 'INVALID_INPUT', chartCode: 'UNSAFE_PATH' });
    expect(error.message).toMatch(/climbs out of the chart/);
    expect(error.message).not.toMatch(/\bat \w+ \(/);
  });

  it('refuses a file that is not gzip with 400', async () => {
    const res = await call('POST', '?option=1', {
      as: 'product-manager',
      body: new TextEncoder().encode('apiVersion: v2'),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /not a gzip-compressed chart archive/,
    );
  });

  it('refuses a cross-origin request with 403 before anything else', async () => {
    const res = await call('POST', '?option=1', {
      as: 'product-manager',
      body: clairai(),
      origin: 'https://evil.example',
    });
    expect(res.status).toBe(403);
    const del = await call('DELETE', '?option=1', { as: 'product-manager', origin: 'https://evil.example' });
    expect(del.status).toBe(403);
  });

  it('refuses a form post (text/plain or multipart) with 415', async () => {
    const res = await call('POST', '?option=1', {
      as: 'product-manager',
      body: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
  });

  it('refuses a reviewer with 403 and an anonymous caller with 401', async () => {
    expect((await call('POST', '?option=1', { as: 'reviewer', body: clairai() })).status).toBe(403);
    expect((await call('POST', '?option=1', { body: clairai() })).status).toBe(401);
    expect((await call('DELETE', '?option=1', { as: 'reviewer' })).status).toBe(403);
  });

  it('refuses an option that is not saved (409) and a container-image option (400)', async () => {
    expect(
      (await call('POST', '?option=1&key=nope', { as: 'product-manager', body: clairai() })).status,
    ).toBe(409);
    expect((await call('POST', '?option=7', { as: 'product-manager', body: clairai() })).status).toBe(409);
    expect((await call('POST', '?option=0', { as: 'product-manager', body: clairai() })).status).toBe(400);
  });
});

describe('DELETE /api/drafts/[id]/charts', () => {
  it('detaches the option’s chart', async () => {
    const res = await call('DELETE', '?option=1', { as: 'product-manager' });
    expect(res.status).toBe(200);
    const { getDraftCharts } = await import('@/lib/db/queries/draft-charts');
    expect((await getDraftCharts(db, { draftId }))?.helm1).toBeUndefined();
  });

  it('answers 404 for a draft that does not exist', async () => {
    expect(
      (
        await call('DELETE', '?option=1', {
          as: 'product-manager',
          id: '00000000-0000-4000-8000-000000000000',
        })
      ).status,
    ).toBe(404);
  });
});
