import type { OptionMethod } from '../fields/kinds';
import { OPTION_FIELDS } from '../fields/registry';
import type { OptionForm } from '../form';

type Json = Record<string, unknown>;

/** The method object's key in `Details` for each delivery method (seed 001). */
export const METHOD_DETAILS_KEY = {
  ecr: 'EcrDeliveryOptionDetails',
  helm: 'HelmDeliveryOptionDetails',
  'eks-addon': 'EksAddOnDeliveryOptionDetails',
} as const satisfies Record<OptionMethod, string>;

/**
 * The method object of one delivery option: every registry field its method carries (optional ones
 * left out when empty). `isAdd` leaves out the fields AddDeliveryOptions carries at the option's top
 * level; UpdateDeliveryOptions sends them inside the method object.
 */
export function buildMethodDetails(opt: OptionForm, isAdd = false): Json {
  const d: Json = {};
  for (const [name, f] of Object.entries(OPTION_FIELDS)) {
    const presence = f.methods[opt.method];
    if (!presence || (isAdd && 'isTopLevelOnAdd' in f)) continue;
    const value = (f.encode as (v: unknown, p: typeof presence) => unknown)(
      opt[name as keyof OptionForm],
      presence,
    );
    if (value !== undefined) d[f.request] = value;
  }
  return d;
}

/** One entry of AddDeliveryOptions' `DeliveryOptions`. EKS add-on options are added as Limited. */
export function buildAddedOption(opt: OptionForm): Json {
  const out: Json = {};
  for (const [name, f] of Object.entries(OPTION_FIELDS))
    if ('isTopLevelOnAdd' in f && f.methods[opt.method]) out[f.request] = opt[name as keyof OptionForm];
  if (opt.method === 'eks-addon') out.Visibility = 'Limited';
  out.Details = { [METHOD_DETAILS_KEY[opt.method]]: buildMethodDetails(opt, true) };
  return out;
}
