import type { OptionForm } from '../form';
import type { Lock, OptionField } from './kinds';
import { OPTION_FIELDS, VERSION_FIELDS } from './registry';

const REASONS: Record<Lock, string> = {
  public: 'the version is public, so AWS does not accept a new value.',
  restricted: 'the delivery option is restricted.',
};

/**
 * The Update wizard's locked form fields with the reason, from each field's `lock`. `visibilityOf`
 * gives the live option's visibility; `isPublic` whether the live version has a public option.
 */
export function lockedFields(
  options: ReadonlyArray<Pick<OptionForm, 'id'>>,
  isPublic: boolean,
  visibilityOf: (id: string | undefined) => string | undefined,
  fields: Record<string, Pick<OptionField, 'lock'>> = OPTION_FIELDS,
): Record<string, string> {
  const out: Record<string, string> = {};
  const applies = (lock: Lock | undefined, visibility: string | undefined) =>
    (lock === 'public' && isPublic) || (lock === 'restricted' && visibility === 'Restricted');
  for (const [name, f] of Object.entries(VERSION_FIELDS))
    if ('lock' in f && applies(f.lock, undefined)) out[name] = REASONS[f.lock];
  options.forEach((o, i) => {
    const visibility = visibilityOf(o.id || undefined);
    for (const [name, f] of Object.entries(fields))
      if (f.lock && applies(f.lock, visibility)) out[`options.${i}.${name}`] = REASONS[f.lock];
  });
  return out;
}
