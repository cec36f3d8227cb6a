import { arr, atPath, obj, str, strs, type OptionMethod } from '../fields/kinds';
import { OPTION_FIELDS, VERSION_FIELDS } from '../fields/registry';
import {
  emptyOption,
  emptyWizardForm,
  randomKey,
  type OptionForm,
  type VersionBaseline,
  type WizardChangeType,
  type WizardForm,
} from '../form';

/*
 * Form state from what AWS returns: a DescribeEntity ContainerProduct DetailsDocument (the Update
 * baseline and the templates) or a change's DetailsDocument (DescribeChangeSet, for "Fix in draft").
 * Which key feeds which form field comes from the field registry.
 */

const ENTITY_METHOD: Record<string, OptionMethod> = {
  ElasticContainerRegistry: 'ecr',
  Helm: 'helm',
  EksAddOn: 'eks-addon',
};

type Value = OptionForm[keyof OptionForm];
const fieldsOf = (method: OptionMethod) =>
  Object.entries(OPTION_FIELDS).filter(([, f]) => f.methods[method]) as Array<
    [
      keyof OptionForm,
      { request: string; entity: string; decode: (r: unknown) => Value; fromEntity: (r: unknown) => Value },
    ]
  >;

/** One DescribeEntity delivery option (its `SourceId` resolved against the version's Sources). */
function optionFromEntity(raw: unknown, sources: unknown[]): OptionForm {
  const o = obj(raw);
  const method = (Object.hasOwn(ENTITY_METHOD, str(o.Type)) && ENTITY_METHOD[str(o.Type)]) || 'ecr';
  const source = sources.find((s) => str(obj(s).Id) === str(o.SourceId));
  const withSource = { ...o, Source: source };
  const out: OptionForm = { ...emptyOption(method, str(o.Id)), id: str(o.Id) };
  for (const [name, f] of fieldsOf(method))
    Object.assign(out, { [name]: f.fromEntity(atPath(withSource, f.entity)) });
  return out;
}

/** A DescribeEntity document's versions as id, title and options in form state. */
export function entityVersionsOf(
  detailsDocument: unknown,
): Array<{ id: string; title: string; releaseNotes: string; options: OptionForm[] }> {
  return arr(obj(detailsDocument).Versions).map((raw) => {
    const v = obj(raw);
    const sources = arr(v.Sources);
    return {
      id: str(v.Id),
      title: str(atPath(v, VERSION_FIELDS.versionTitle.entity)),
      releaseNotes: str(atPath(v, VERSION_FIELDS.releaseNotes.entity)),
      options: arr(v.DeliveryOptions).map((o) => optionFromEntity(o, sources)),
    };
  });
}

/** The live version as the Update wizard's baseline (what "changed" is measured against). */
export function baselineOf(detailsDocument: unknown, versionId: string): VersionBaseline | undefined {
  const v = entityVersionsOf(detailsDocument).find((x) => x.id === versionId);
  return v && { versionTitle: v.title, releaseNotes: v.releaseNotes, options: v.options };
}

/** Every earlier option as a template for a new version: same settings, new key, no Id. */
export function optionTemplates(detailsDocument: unknown): Array<{ label: string; option: OptionForm }> {
  return entityVersionsOf(detailsDocument).flatMap((v) =>
    v.options.map(({ id: _id, ...o }) => ({
      label: `${v.title} — ${o.title}`,
      option: { ...o, key: randomKey() },
    })),
  );
}

/** A DetailsDocument delivery option (Add or Update form) as form state. */
function optionFromDocument(raw: unknown, base?: OptionForm): OptionForm {
  const o = obj(raw);
  const details = obj(o.Details);
  const key = Object.keys(details)[0] ?? '';
  const method: OptionMethod = key.startsWith('Eks') ? 'eks-addon' : key.startsWith('Helm') ? 'helm' : 'ecr';
  const d = obj(details[key]);
  const start = base ?? emptyOption(method);
  const out: OptionForm = { ...start, id: str(o.Id) || start.id, method };
  for (const [name, f] of fieldsOf(method)) {
    // Add carries some keys (the title) beside Details; Update carries them inside.
    const source = f.request in o ? o : f.request in d ? d : undefined;
    if (source) Object.assign(out, { [name]: f.decode(source[f.request]) });
  }
  return out;
}

/**
 * Wizard state from a change's DetailsDocument (DescribeChangeSet), for "Fix in draft". For an
 * update the live version (when given) fills what the change did not send.
 */
export function formFromChange(
  changeType: WizardChangeType,
  details: unknown,
  live?: { id: string; baseline: VersionBaseline },
): WizardForm {
  const d = obj(details);
  const form = emptyWizardForm(changeType);
  const version = obj(d.Version);
  const opts = Array.isArray(d.DeliveryOptions) ? d.DeliveryOptions : [];
  switch (changeType) {
    case 'AddRepositories':
      return {
        ...form,
        repositories: (Array.isArray(d.Repositories) ? d.Repositories : []).map((r) => ({
          name: str(obj(r).RepositoryName),
        })),
      };
    case 'AddDeliveryOptions':
      return {
        ...form,
        versionTitle: str(version.VersionTitle),
        releaseNotes: str(version.ReleaseNotes),
        options: opts.map((o) => optionFromDocument(o)),
      };
    case 'UpdateDeliveryOptions': {
      const baseline = live?.baseline;
      const options = (baseline?.options ?? []).map((b) => {
        const sent = opts.find((o) => str(obj(o).Id) === b.id);
        return sent ? optionFromDocument(sent, b) : b;
      });
      for (const o of opts)
        if (!options.some((x) => x.id === str(obj(o).Id))) options.push(optionFromDocument(o));
      return {
        ...form,
        versionId: live?.id ?? '',
        baseline,
        versionTitle: 'VersionTitle' in version ? str(version.VersionTitle) : (baseline?.versionTitle ?? ''),
        releaseNotes: 'ReleaseNotes' in version ? str(version.ReleaseNotes) : (baseline?.releaseNotes ?? ''),
        options,
      };
    }
    case 'RestrictDeliveryOptions':
      return { ...form, optionIds: strs(d.DeliveryOptionIds) };
    case 'UpdateDeliveryOptionsVisibility':
      return { ...form, optionIds: opts.map((o) => str(obj(o).Id)).filter(Boolean) };
  }
}
