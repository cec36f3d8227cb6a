import type { OptionField } from './fields/kinds';
import { OPTION_FIELDS, VERSION_FIELDS } from './fields/registry';
import { METHOD_LABELS, type OptionForm, type WizardForm } from './form';

export interface DiffRow {
  where: string;
  field: string;
  before: string;
  after: string;
}

type Labelled = Record<string, Pick<OptionField, 'label' | 'methods'>>;

function show(v: unknown): string {
  if (Array.isArray(v))
    return (
      v
        .map((x) =>
          typeof x === 'string'
            ? x
            : Object.values(x as object)
                .filter((y) => y !== '' && y !== false)
                .join(' = '),
        )
        .join('\n') || '—'
    );
  if (typeof v === 'boolean') return v ? 'On' : 'Off';
  return v === undefined || v === '' ? '—' : String(v);
}

const valueOf = (o: OptionForm | undefined, name: string): unknown => (o as Record<string, unknown>)?.[name];

/** The Update wizard's diff against the live version, field by field, in registry order. */
export function versionDiff(form: WizardForm, fields: Labelled = OPTION_FIELDS): DiffRow[] {
  const base = form.baseline;
  if (!base) return [];
  const rows: DiffRow[] = [];
  for (const [name, f] of Object.entries(VERSION_FIELDS)) {
    const before = base[name as keyof typeof VERSION_FIELDS];
    const after = form[name as keyof typeof VERSION_FIELDS];
    if (before !== after)
      rows.push({ where: 'Version', field: f.label, before: show(before), after: show(after) });
  }
  for (const opt of form.options) {
    const live = base.options.find((o) => o.id === opt.id);
    for (const [name, f] of Object.entries(fields)) {
      const a = valueOf(live, name);
      const b = valueOf(opt, name);
      if (JSON.stringify(a) !== JSON.stringify(b))
        rows.push({
          where: live?.title || opt.title || METHOD_LABELS[opt.method],
          field: f.label,
          before: show(a),
          after: show(b),
        });
    }
  }
  return rows;
}

/** Key facts of one option for the Review step: the filled-in fields its method carries. */
export function optionSummary(
  opt: OptionForm,
  fields: Labelled = OPTION_FIELDS,
): Array<{ label: string; value: string }> {
  return Object.entries(fields)
    .filter(([name, f]) => {
      const v = valueOf(opt, name);
      return f.methods[opt.method] && (Array.isArray(v) ? v.length > 0 : v !== '');
    })
    .map(([name, f]) => ({ label: f.label, value: show(valueOf(opt, name)) }));
}
