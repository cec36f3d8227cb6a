import { METHOD_LABELS, type OptionForm, type WizardForm } from '@/lib/schemas/wizard-form';

export interface DiffRow {
  where: string;
  field: string;
  before: string;
  after: string;
}

const FIELDS: Array<[keyof OptionForm, string]> = [
  ['title', 'Title'],
  ['description', 'Short description'],
  ['usage', 'Usage instructions'],
  ['images', 'Container images'],
  ['services', 'Compatible services'],
  ['resources', 'Deployment resources'],
  ['helmChartUri', 'Helm chart URI'],
  ['quickLaunch', 'QuickLaunch'],
  ['releaseName', 'Release name'],
  ['namespace', 'Namespace'],
  ['serviceAccount', 'Service account'],
  ['overrides', 'Override parameters'],
  ['addOnName', 'Add-on name'],
  ['addOnVersion', 'Add-on version'],
  ['addOnType', 'Add-on type'],
  ['k8sVersions', 'Kubernetes versions'],
  ['architectures', 'Architectures'],
  ['envOverrides', 'Environment parameters'],
];

export function show(v: unknown): string {
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

/** The Update wizard's diff against the live version, field by field. */
export function versionDiff(form: WizardForm): DiffRow[] {
  const base = form.baseline;
  if (!base) return [];
  const rows: DiffRow[] = [];
  if (form.versionTitle !== base.versionTitle)
    rows.push({
      where: 'Version',
      field: 'Version title',
      before: show(base.versionTitle),
      after: show(form.versionTitle),
    });
  if (form.releaseNotes !== base.releaseNotes)
    rows.push({
      where: 'Version',
      field: 'Release notes',
      before: show(base.releaseNotes),
      after: show(form.releaseNotes),
    });
  for (const opt of form.options) {
    const live = base.options.find((o) => o.id === opt.id);
    for (const [key, label] of FIELDS) {
      const a = live?.[key];
      const b = opt[key];
      if (JSON.stringify(a) !== JSON.stringify(b))
        rows.push({
          where: live?.title || opt.title || METHOD_LABELS[opt.method],
          field: label,
          before: show(a),
          after: show(b),
        });
    }
  }
  return rows;
}

/** Key facts of one option for the Review step. */
export function optionSummary(opt: OptionForm): Array<{ label: string; value: string }> {
  return FIELDS.filter(([k]) => {
    const v = opt[k];
    return Array.isArray(v) ? v.length > 0 : v !== '' && !(k === 'quickLaunch' && opt.method !== 'helm');
  }).map(([k, label]) => ({ label, value: show(opt[k]) }));
}
