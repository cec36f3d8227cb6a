/*
 * Catalog emulator benchmark: median latency of ListChangeSets and ListEntities through the real SDK
 * over HTTP, with 10,000 change sets and 1,000 products stored. Rows are bulk-inserted straight into
 * the emulator's tables. Uses in-memory PGlite (the embedded default) unless DATABASE_URL is set.
 * Run: npx tsx bench/catalog.bench.ts
 */
import {
  ListChangeSetsCommand,
  ListEntitiesCommand,
  MarketplaceCatalogClient,
} from '@aws-sdk/client-marketplace-catalog';
import { openDatabase } from '@/lib/db/client';
import { emuChangeSet, emuEntity } from '@/lib/db/schema';
import { startEmulator } from '@/lib/emulator';
import { clairAiProduct } from '@/lib/emulator/seed-product';
import { listChangeSets } from '@/lib/emulator/store/change-sets';
import { columnsOf, listEntities } from '@/lib/emulator/store/entities';

const PRODUCTS = 1_000;
const CHANGE_SETS = 10_000;
const CALLS = Number(process.env.BENCH_CALLS ?? 100);
const DAY = 86_400_000;
const STATUSES = ['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'FAILED', 'CANCELLED'];
const VISIBILITIES = ['Public', 'Limited', 'Draft', 'Restricted'];

const handle = await openDatabase(
  process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { memory: true },
);
const { db } = handle;
await db.delete(emuChangeSet);
await db.delete(emuEntity);
const now = Date.now();
const productId = (i: number) => `prod-bench${String(i).padStart(8, '0')}`;

const t0 = Date.now();
const template = clairAiProduct();
for (let i = 0; i < PRODUCTS; i += 250) {
  const rows = [];
  for (let j = i; j < Math.min(PRODUCTS, i + 250); j++) {
    const doc = structuredClone(template);
    doc.Description.ProductTitle = `Bench product ${j} ${j % 7 === 0 ? 'observability' : 'analytics'}`;
    doc.Description.Visibility = VISIBILITIES[j % VISIBILITIES.length]!;
    rows.push({
      entityId: productId(j),
      entityType: 'ContainerProduct',
      accountId: '123456789012',
      revision: 1 + (j % 9),
      details: doc,
      lastModified: new Date(now - ((j % 300) * DAY) / 5),
      ...columnsOf(doc),
    });
  }
  await db.insert(emuEntity).values(rows);
}
for (let i = 0; i < CHANGE_SETS; i += 1000) {
  const rows = [];
  for (let j = i; j < Math.min(CHANGE_SETS, i + 1000); j++) {
    const start = new Date(now - (j / CHANGE_SETS) * 60 * DAY);
    const status = STATUSES[j % STATUSES.length]!;
    const entity = productId(j % PRODUCTS);
    rows.push({
      changeSetId: `bench${String(j).padStart(20, '0')}`,
      accountId: '123456789012',
      name: `Bench change ${j % 50}`,
      status,
      intent: 'APPLY',
      failureCode: status === 'FAILED' ? 'CLIENT_ERROR' : null,
      entityIds: [entity],
      stepMs: 60_000,
      startTime: start,
      endTime: new Date(start.getTime() + 600_000),
      nextAt: null,
      changes: [
        {
          ChangeType: 'UpdateInformation',
          Entity: { Type: 'ContainerProduct@1.0', Identifier: `${entity}@1` },
          entityId: entity,
          DetailsDocument: { ShortDescription: `change ${j}` },
          Details: '{}',
          ErrorDetailList: [],
        },
      ],
    });
  }
  await db.insert(emuChangeSet).values(rows);
}
console.log(
  `inserted ${PRODUCTS.toLocaleString('en-US')} products and ${CHANGE_SETS.toLocaleString('en-US')} change sets in ${Date.now() - t0} ms (${handle.kind})`,
);

// The bench bursts past AWS's quotas on purpose: throttling would measure the limiter, not the service.
const emulator = await startEmulator({ db, port: 0, seed: false, stepMs: 5000, faults: { throttle: false } });
const client = new MarketplaceCatalogClient({
  region: 'us-east-1',
  endpoint: emulator.url,
  credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
});

async function median(label: string, call: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 10; i++) await call();
  const times: number[] = [];
  // CPU time of this process (service + SDK client) per call: less sensitive to other load on the machine.
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < CALLS; i++) {
    const s = performance.now();
    await call();
    times.push(performance.now() - s);
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = ((cpu.user + cpu.system) / 1000 / CALLS).toFixed(1);
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(
    `${label.startsWith('baseline') || label.includes('SQL only') ? '' : 'emulator '}${label}: median ${p(0.5)} ms, p95 ${p(0.95)} ms, cpu ${cpuMs} ms/call (${CALLS} calls)`,
  );
}

const C = 'AWSMarketplace';
// Baseline: the same SDK + HTTP path with no database work (an entity type that has no rows here), so
// figures taken on a loaded machine can be read against the transport's own cost.
await median('baseline ListEntities EntityType=Offer (no database query)', () =>
  client.send(new ListEntitiesCommand({ Catalog: C, EntityType: 'Offer' })),
);
const sqlOnly = async (label: string, q: () => Promise<unknown>) => median(`${label} (SQL only, no HTTP)`, q);
await sqlOnly('listChangeSets', () =>
  listChangeSets(db, {
    accountId: '123456789012',
    sortBy: 'StartTime',
    descending: true,
    offset: 0,
    limit: 20,
  }),
);
await sqlOnly('listEntities', () =>
  listEntities(db, {
    accountId: '123456789012',
    sortBy: 'LastModifiedDate',
    descending: true,
    offset: 0,
    limit: 20,
  }),
);
const cs = CHANGE_SETS.toLocaleString('en-US');
const ps = PRODUCTS.toLocaleString('en-US');
const page1 = await client.send(
  new ListChangeSetsCommand({ Catalog: C, Sort: { SortBy: 'EndTime', SortOrder: 'ASCENDING' } }),
);
await median(`ListChangeSets (${cs} stored)`, () => client.send(new ListChangeSetsCommand({ Catalog: C })));
await median(`ListChangeSets Status=FAILED (${cs} stored)`, () =>
  client.send(
    new ListChangeSetsCommand({ Catalog: C, FilterList: [{ Name: 'Status', ValueList: ['FAILED'] }] }),
  ),
);
await median(`ListChangeSets EntityId + AfterStartTime (${cs} stored)`, () =>
  client.send(
    new ListChangeSetsCommand({
      Catalog: C,
      FilterList: [
        { Name: 'EntityId', ValueList: [productId(42)] },
        {
          Name: 'AfterStartTime',
          ValueList: [new Date(now - 30 * DAY).toISOString().replace(/\.\d+Z$/, 'Z')],
        },
      ],
    }),
  ),
);
await median(`ListChangeSets EndTime ASC page 2 (${cs} stored)`, () =>
  client.send(
    new ListChangeSetsCommand({
      Catalog: C,
      Sort: { SortBy: 'EndTime', SortOrder: 'ASCENDING' },
      NextToken: page1.NextToken,
    }),
  ),
);
await median(`ListEntities (${ps} products stored)`, () =>
  client.send(new ListEntitiesCommand({ Catalog: C, EntityType: 'ContainerProduct' })),
);
await median(`ListEntities title wildcard + visibility, sort by title (${ps} products stored)`, () =>
  client.send(
    new ListEntitiesCommand({
      Catalog: C,
      EntityType: 'ContainerProduct',
      MaxResults: 50,
      EntityTypeFilters: {
        ContainerProductFilters: {
          ProductTitle: { WildCardValue: 'observ' },
          Visibility: { ValueList: ['Public', 'Limited'] },
        },
      },
      EntityTypeSort: { ContainerProductSort: { SortBy: 'ProductTitle', SortOrder: 'ASCENDING' } },
    }),
  ),
);

client.destroy();
await emulator.close();
await handle.close();
