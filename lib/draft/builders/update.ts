import type { OptionForm, WizardForm } from '../form';
import { buildMethodDetails, METHOD_DETAILS_KEY } from './option';

type Json = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields of one option that differ from the live one; the title moves inside Details (seed 001). */
function changedOptionFields(opt: OptionForm, live: OptionForm | undefined): Json {
  const now = buildMethodDetails(opt);
  const before = live ? buildMethodDetails(live) : {};
  const out: Json = {};
  for (const key of Object.keys({ ...now, ...before })) {
    if (!same(now[key], before[key]) && now[key] !== undefined) out[key] = now[key];
  }
  return out;
}

/**
 * UpdateDeliveryOptions' DetailsDocument with only the changed fields. `optionIndex[j]` is the form
 * index of DeliveryOptions[j] (unchanged options are left out, so the two can differ).
 */
export function buildUpdateDetails(form: WizardForm): { doc: Json; optionIndex: number[] } {
  const base = form.baseline;
  const doc: Json = {};
  const version: Json = {};
  if (!base || form.versionTitle !== base.versionTitle) version.VersionTitle = form.versionTitle;
  if (!base || form.releaseNotes !== base.releaseNotes) version.ReleaseNotes = form.releaseNotes;
  if (Object.keys(version).length) doc.Version = version;
  const optionIndex: number[] = [];
  const options: Json[] = [];
  form.options.forEach((opt, i) => {
    const live = base?.options.find((o) => o.id === opt.id);
    const fields = changedOptionFields(opt, live);
    if (!Object.keys(fields).length) return;
    optionIndex.push(i);
    options.push({ Id: opt.id ?? '', Details: { [METHOD_DETAILS_KEY[opt.method]]: fields } });
  });
  // AWS finds the version through its delivery options ("you must include at least one delivery
  // option"): a version-only edit (the release notes, say) names the version's options, unchanged.
  if (!options.length && doc.Version)
    form.options.forEach((opt, i) => {
      if (!opt.id) return;
      optionIndex.push(i);
      options.push({ Id: opt.id, Details: { [METHOD_DETAILS_KEY[opt.method]]: {} } });
    });
  if (options.length) doc.DeliveryOptions = options;
  return { doc, optionIndex };
}
