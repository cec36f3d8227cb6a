import { z } from 'zod';
import { arr, atPath, obj, storableText, str, type OptionField } from './kinds';

/* The three list-of-objects fields of a delivery option. Each names its columns once (request keys). */

const text = storableText();
type Meta = Pick<OptionField, 'label' | 'methods' | 'lock'>;

const resourceSchema = z.array(z.object({ name: text, url: text })).max(10);
export const resources = (m: Meta): OptionField<typeof resourceSchema> => ({
  ...m,
  schema: resourceSchema,
  empty: () => [],
  request: 'DeploymentResources',
  entity: 'Recommendations.DeploymentResources',
  columns: { name: 'Name', url: 'Url' },
  encode: (v) => {
    const rows = v.filter((r) => r.name.trim() || r.url.trim());
    return rows.length ? rows.map((r) => ({ Name: r.name, Url: r.url })) : undefined;
  },
  decode: (raw) => arr(raw).map((r) => ({ name: str(obj(r).Name), url: str(obj(r).Url) })),
  fromEntity: (raw) => arr(raw).map((r) => ({ name: str(obj(r).Text), url: str(obj(r).Url) })),
});

const overrideSchema = z
  .array(z.object({ key: text, defaultValue: text, label: text, description: text, obfuscate: z.boolean() }))
  .max(20);
const override = (p: unknown, defaultKey: string) => ({
  key: str(obj(p).Key),
  defaultValue: str(obj(p)[defaultKey]),
  label: str(atPath(p, 'Metadata.Label')),
  description: str(atPath(p, 'Metadata.Description')),
  obfuscate: atPath(p, 'Metadata.Obfuscate') === true,
});
export const overrides = (m: Meta): OptionField<typeof overrideSchema> => ({
  ...m,
  schema: overrideSchema,
  empty: () => [],
  request: 'OverrideParameters',
  entity: 'OverrideParameters',
  columns: {
    key: 'Key',
    defaultValue: 'DefaultValue',
    label: 'Metadata.Label',
    description: 'Metadata.Description',
    obfuscate: 'Metadata.Obfuscate',
  },
  encode: (v) => {
    const rows = v
      .filter((p) => p.key.trim())
      .map((p) => {
        const out: Record<string, unknown> = { Key: p.key.trim() };
        if (p.defaultValue !== '') out.DefaultValue = p.defaultValue;
        // CloudFormation metadata only when the seller wrote some (QuickLaunch needs it).
        if (p.label.trim() || p.description.trim())
          out.Metadata = { Label: p.label, Description: p.description, Obfuscate: p.obfuscate };
        return out;
      });
    return rows.length ? rows : undefined;
  },
  decode: (raw) => arr(raw).map((p) => override(p, 'DefaultValue')),
  // DescribeEntity names the default `Default`, StartChangeSet `DefaultValue`.
  fromEntity: (raw) => arr(raw).map((p) => override(p, 'Default')),
});

const envSchema = z.array(z.object({ key: text, value: text })).max(20);
const env = (raw: unknown) => arr(raw).map((e) => ({ key: str(obj(e).Key), value: str(obj(e).Value) }));
export const envOverrides = (m: Meta): OptionField<typeof envSchema> => ({
  ...m,
  schema: envSchema,
  empty: () => [],
  request: 'EnvironmentOverrideParameters',
  entity: 'EnvironmentOverrideParameters',
  columns: { key: 'Key', value: 'Value' },
  encode: (v) => {
    const rows = v.filter((e) => e.key.trim() || e.value.trim());
    return rows.length ? rows.map((e) => ({ Key: e.key.trim(), Value: e.value.trim() })) : undefined;
  },
  decode: env,
  fromEntity: env,
});
