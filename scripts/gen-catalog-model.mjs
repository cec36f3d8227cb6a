#!/usr/bin/env node
/*
 * Writes lib/emulator/model/constraints.json: every length, pattern, range and enum constraint that the
 * Marketplace Catalog service model declares on each operation's input members, read from botocore's
 * service-2.json (the SDK's schemas carry no constraint traits). Usage:
 *   node scripts/gen-catalog-model.mjs [path/to/service-2.json[.gz] ...]
 * Without paths it asks python3 where botocore is and also reads the AWS CLI's bundled model; the first
 * model is the current one, the others are only compared with it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const REL = 'marketplace-catalog/2018-09-17/service-2.json';
const OUT = 'lib/emulator/model/constraints.json';

/** Model patterns the real service does not apply literally (reference §1.2), with what it applies instead. */
const EXCEPTIONS = {
  'StartChangeSet ChangeSet[].ChangeName': {
    applied: '^[\\w-]+$',
    reason:
      "AWS's own examples use names such as CreateProductChange and PublishAddonNew, which break the one-letter model pattern ^[a-zA-Z]$; the SDK and botocore send them unchanged.",
  },
  'StartChangeSet ChangeSet[].Entity.Identifier': {
    applied: '^(\\$[\\w-]+\\.Entity\\.Identifier|[\\w-]+(@\\d+)?)$',
    reason:
      "AWS's examples reference an entity created in the same change set as $CreateProductChange.Entity.Identifier, which breaks ^[\\w\\-@]+$.",
  },
  'StartChangeSet ChangeSet[].Entity.Type': {
    applied: '^[a-zA-Z]+@\\d+\\.\\d+$',
    reason:
      'Every change names a versioned entity type such as ContainerProduct@1.0, which breaks ^[a-zA-Z]+$ (the unversioned type name is the one ListEntities takes).',
  },
  'ListChangeSets NextToken': {
    applied: '^[\\w+=.:@\\-\\/]+$',
    reason: 'The model pattern allows exactly one character; the tokens the service returns are longer.',
  },
  'ListEntities NextToken': {
    applied: '^[\\w+=.:@\\-\\/]+$',
    reason: 'The model pattern allows exactly one character; the tokens the service returns are longer.',
  },
};

const python = (code) => execFileSync('python3', ['-c', code], { encoding: 'utf8' }).trim();

function locate() {
  const paths = [];
  try {
    const dir = python('import botocore,os;print(os.path.dirname(botocore.__file__))');
    paths.push(`${dir}/data/${REL}.gz`, `${dir}/data/${REL}`);
  } catch {
    // No botocore for python3: the AWS CLI's model alone.
  }
  paths.push(`/usr/lib/python3/dist-packages/awscli/botocore/data/${REL}`);
  return paths.filter((p) => existsSync(p));
}

/** A machine-independent name for a model file: the part from botocore/ on, with the version when known. */
function label(p) {
  const tail = p.slice(p.indexOf('botocore/'));
  if (p.includes('awscli/')) {
    const init = readFileSync(`${p.slice(0, p.indexOf('awscli/'))}awscli/__init__.py`, 'utf8');
    return `AWS CLI ${/__version__ = '([^']+)'/.exec(init)?.[1] ?? ''} bundled ${tail}`;
  }
  return `botocore ${python('import botocore;print(botocore.__version__)')} ${tail}`;
}

const load = (p) =>
  JSON.parse((p.endsWith('.gz') ? gunzipSync(readFileSync(p)) : readFileSync(p)).toString('utf8'));

/** Flattens one operation's input into constraints with member paths such as ChangeSet[].Entity.Type. */
function constraintsOf(model, op) {
  const shapes = model.shapes;
  const out = [];
  const walk = (name, path, stack) => {
    const s = shapes[name];
    const c = Object.fromEntries(
      ['min', 'max', 'pattern', 'enum'].filter((k) => k in s).map((k) => [k, s[k]]),
    );
    if (Object.keys(c).length) out.push({ path, type: s.type, ...c });
    if (stack.includes(name)) return;
    const next = [...stack, name];
    if (s.type === 'structure')
      for (const [m, ms] of Object.entries(s.members)) walk(ms.shape, path ? `${path}.${m}` : m, next);
    else if (s.type === 'list') walk(s.member.shape, `${path}[]`, next);
    else if (s.type === 'map') {
      walk(s.key.shape, `${path}{key}`, next);
      walk(s.value.shape, `${path}{value}`, next);
    }
  };
  const input = shapes[model.operations[op].input.shape];
  for (const [m, ms] of Object.entries(input.members)) walk(ms.shape, m, []);
  const query = Object.fromEntries(
    Object.entries(input.members)
      .filter(([, ms]) => ms.location === 'querystring')
      .map(([m, ms]) => [m, ms.locationName]),
  );
  return { method: model.operations[op].http.method, query, constraints: out };
}

const paths = process.argv.length > 2 ? process.argv.slice(2) : locate();
if (!paths.length) throw new Error(`No ${REL} found; pass its path.`);
const [current, ...older] = paths.map((p) => ({ path: p, model: load(p) }));
const operations = {};
for (const op of Object.keys(current.model.operations).sort()) {
  const entry = constraintsOf(current.model, op);
  for (const c of entry.constraints) {
    const ex = EXCEPTIONS[`${op} ${c.path}`];
    if (ex) c.exception = ex;
  }
  operations[op] = entry;
}
const differences = older.flatMap(({ path, model }) =>
  Object.keys(model.operations).flatMap((op) => {
    const mine = new Map(operations[op]?.constraints.map((c) => [c.path, c]) ?? []);
    return constraintsOf(model, op).constraints.flatMap((c) => {
      const now = mine.get(c.path);
      const same = now && ['min', 'max', 'pattern'].every((k) => now[k] === c[k]);
      return same ? [] : [{ model: label(path), operation: op, path: c.path, then: c, now: now ?? null }];
    });
  }),
);
const sdk = JSON.parse(readFileSync('node_modules/@aws-sdk/client-marketplace-catalog/package.json', 'utf8'));
const table = {
  source: {
    model: label(current.path),
    compared: older.map((o) => label(o.path)),
    sdk: `@aws-sdk/client-marketplace-catalog ${sdk.version}: its schemas carry no length, pattern or range traits`,
    generator: 'scripts/gen-catalog-model.mjs',
  },
  count: Object.values(operations).reduce((n, o) => n + o.constraints.length, 0),
  operations,
  differences,
};
writeFileSync(OUT, `${JSON.stringify(table, null, 2)}\n`);
console.log(`${OUT}: ${table.count} constraints on ${Object.keys(operations).length} operations`);
