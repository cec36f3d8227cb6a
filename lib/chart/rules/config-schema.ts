import type { Finding } from '@/lib/policy/types';
import { finding, type ChartContext } from '../context';
import { isMap } from '../render/value';
import { lineOfKey, parseJsonFile, schemaProperties, type SchemaProperty } from '../schema';
import { valueAt } from '../values';

const CONFIG_SCHEMA_FILE = 'aws_mp_configuration_schema.json';

/**
 * The JSON Schema drafts accepted for aws_mp_configuration_schema.json. The seeds name none; we accept
 * the published drafts from draft-04 (the oldest still in common use) to 2020-12, by their canonical URIs.
 */
const ALLOWED_SCHEMA_DRAFTS: readonly RegExp[] = [
  /^https?:\/\/json-schema\.org\/draft-0[467]\/schema#?$/,
  /^https?:\/\/json-schema\.org\/draft\/(2019-09|2020-12)\/schema#?$/,
];

const CAMEL = /^[a-z][a-zA-Z0-9]*$/;
const IMAGE_OR_PROBE = /image|registry|repository|probe|liveness|readiness|startup/i;

interface Loaded {
  text: string;
  schema: Record<string, unknown> | undefined;
  props: SchemaProperty[];
}

function load(ctx: ChartContext): Loaded | undefined {
  const text = ctx.files.get(CONFIG_SCHEMA_FILE);
  if (text === undefined) return undefined;
  const parsed = parseJsonFile(text);
  const schema = isMap(parsed) ? parsed : undefined;
  return { text, schema, props: schema ? schemaProperties(schema) : [] };
}

const at = (l: Loaded, key: string) => ({ file: CONFIG_SCHEMA_FILE, line: lineOfKey(l.text, key) });

export function checkDraft(ctx: ChartContext): Finding[] {
  const l = load(ctx);
  if (!l) return [];
  if (!l.schema)
    return [
      finding('chart-config-schema-draft', `${CONFIG_SCHEMA_FILE} is not a JSON object.`, {
        file: CONFIG_SCHEMA_FILE,
        line: 1,
      }),
    ];
  const declared = l.schema.$schema;
  if (typeof declared !== 'string')
    return [
      finding('chart-config-schema-draft', `${CONFIG_SCHEMA_FILE} does not declare "$schema".`, {
        file: CONFIG_SCHEMA_FILE,
        line: 1,
      }),
    ];
  if (ALLOWED_SCHEMA_DRAFTS.some((r) => r.test(declared.trim()))) return [];
  return [
    finding(
      'chart-config-schema-draft',
      `"$schema" ${declared} is not an accepted JSON Schema draft (draft-04, -06, -07, 2019-09, 2020-12).`,
      at(l, '$schema'),
    ),
  ];
}

export function checkCamelCase(ctx: ChartContext): Finding[] {
  const l = load(ctx);
  return (l?.props ?? [])
    .filter((p) => !CAMEL.test(p.name))
    .map((p) =>
      finding(
        'chart-config-schema-camel-case',
        `Property ${p.path} is not camelCase.`,
        at(l as Loaded, p.name),
      ),
    );
}

export function checkDescriptions(ctx: ChartContext): Finding[] {
  const l = load(ctx);
  return (l?.props ?? [])
    .filter((p) => typeof p.schema.description !== 'string' || !p.schema.description.trim())
    .map((p) =>
      finding(
        'chart-config-schema-descriptions',
        `Property ${p.path} has no description.`,
        at(l as Loaded, p.name),
      ),
    );
}

export function checkNoImages(ctx: ChartContext): Finding[] {
  const l = load(ctx);
  return (l?.props ?? [])
    .filter((p) => IMAGE_OR_PROBE.test(p.name))
    .map((p) =>
      finding(
        'chart-config-schema-no-images',
        `Property ${p.path} exposes an image or probe setting to buyers.`,
        at(l as Loaded, p.name),
      ),
    );
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function checkDefaults(ctx: ChartContext): Finding[] {
  const l = load(ctx);
  const values = ctx.tree.values?.value;
  return (l?.props ?? [])
    .filter((p) => 'default' in p.schema)
    .flatMap((p) => {
      const actual = valueAt(values, p.keys);
      if (same(actual, p.schema.default)) return [];
      const shown =
        actual === undefined ? 'is not set in values.yaml' : `is ${JSON.stringify(actual)} in values.yaml`;
      return [
        finding(
          'chart-config-schema-defaults',
          `Property ${p.path} defaults to ${JSON.stringify(p.schema.default)} but ${shown}.`,
          at(l as Loaded, p.name),
        ),
      ];
    });
}
