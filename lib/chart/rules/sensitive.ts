import type { Finding } from '@/lib/policy/types';
import { finding, type ChartContext } from '../context';
import { allCharts, join, valuesPath } from '../model';
import { isMap } from '../render/value';
import { AWS_ACCESS_KEY, isSensitiveName, PEM_BLOCK } from '../sensitive-names';
import { walkValues } from '../values';
import { lineOfKey, parseJsonFile, schemaProperties } from '../schema';

const SCHEMA_FILES = ['values.schema.json', 'aws_mp_configuration_schema.json'];

/** INVALID_HELM_SENSITIVE_CONFIG: schema properties that would collect secrets from the buyer. */
export function checkSchemaSensitive(ctx: ChartContext): Finding[] {
  const out: Finding[] = [];
  for (const chart of allCharts(ctx.tree)) {
    for (const name of SCHEMA_FILES) {
      const file = join(chart.dir, name);
      const text = ctx.files.get(file);
      const schema = text === undefined ? undefined : parseJsonFile(text);
      if (!text || !isMap(schema)) continue;
      for (const prop of schemaProperties(schema)) {
        if (prop.schema.type === 'boolean' || !isSensitiveName(prop.name)) continue;
        out.push(
          finding(
            'chart-schema-no-sensitive',
            `${file}: property ${prop.path} collects a secret (keyword "${prop.name}").`,
            { file, line: lineOfKey(text, prop.name) },
          ),
        );
      }
    }
  }
  return out;
}

const REFERENCE_CONTEXT = /secretproviderclass|existingsecret|secretkeyref|valuefrom|secretref/i;
const REFERENCE_VALUE = /^(arn:aws[\w-]*:(secretsmanager|ssm|acm|kms):|\$\{[A-Z_]+\})/;

/** Seed 000 §4.4: no secret values in values.yaml — by key name, and by shape (PEM blocks, AWS access keys). */
export function checkValuesRawSecrets(ctx: ChartContext): Finding[] {
  const out: Finding[] = [];
  for (const chart of allCharts(ctx.tree)) {
    const file = valuesPath(ctx.files, chart);
    const text = ctx.files.get(file);
    if (text === undefined) continue;
    text.split('\n').forEach((line, i) => {
      if (PEM_BLOCK.test(line))
        out.push(
          finding(
            'chart-values-no-raw-secrets',
            `values.yaml holds a PEM block (${PEM_BLOCK.exec(line)?.[1]}).`,
            { file, line: i + 1 },
          ),
        );
      if (AWS_ACCESS_KEY.test(line))
        out.push(
          finding('chart-values-no-raw-secrets', 'values.yaml holds an AWS access key id.', {
            file,
            line: i + 1,
          }),
        );
    });
    const values = chart.values;
    if (!values || values.error) continue;
    walkValues(values.value, (path, v) => {
      const key = path[path.length - 1];
      if (
        typeof key !== 'string' ||
        !isSensitiveName(key) ||
        path.some((p) => REFERENCE_CONTEXT.test(String(p)))
      )
        return;
      const raw = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
      if (!raw || REFERENCE_VALUE.test(raw) || PEM_BLOCK.test(raw)) return;
      out.push(
        finding('chart-values-no-raw-secrets', `${path.join('.')} holds a raw secret value in values.yaml.`, {
          file,
          line: values.lineOf(path),
        }),
      );
    });
  }
  return out;
}
