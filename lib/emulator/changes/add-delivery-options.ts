import { checkAddonFields } from './eks';
import {
  checkAccessRole,
  checkDescription,
  checkHelmParams,
  checkOptionTitle,
  checkResources,
  checkServices,
  checkText,
  dupes,
  err,
  isObj,
  SERVICES,
  str,
} from './fields';
import { checkChartUri, checkImages } from './images';
import { buildOption, isPaid, optionMethod } from './options';
import type { ChangeHandler, ErrorDetail, EvalContext, ProductDoc } from './types';

/** AddDeliveryOptions: a new version with one or more delivery options (seed 001 "Add a new version"). */
export const addDeliveryOptions: ChangeHandler = (ctx, product, details, entityId) => {
  const out: ErrorDetail[] = [];
  const state = product.Description.Visibility;
  if (state !== 'Limited' && state !== 'Public')
    out.push(err('INCOMPATIBLE_PRODUCT_STATUS', 'Use an existing limited or public product.'));
  const doc = isObj(details) ? details : {};
  const version = isObj(doc.Version) ? doc.Version : {};
  const title = str(version.VersionTitle);
  out.push(...checkText('INVALID_VERSION_TITLE', 'version title', title, 64));
  if (title && product.Versions.some((v) => v.VersionTitle === title)) {
    out.push(
      err(
        'DUPLICATE_VERSION_TITLE',
        `The version title [${title}] is a duplicate. Remove or change the title.`,
      ),
    );
  }
  out.push(...checkText('INVALID_RELEASE_NOTES', 'release notes', version.ReleaseNotes, 29_999));
  const options = Array.isArray(doc.DeliveryOptions) ? doc.DeliveryOptions : [];
  if (!options.length)
    out.push(
      err(
        'INVALID_DELIVERY_OPTIONS_INPUT',
        'The list contains one or more invalid delivery options. Provide a valid list, and ensure that each option has a single delivery method.',
      ),
    );
  const titles = options.map((o) => (isObj(o) ? (str(o.DeliveryOptionTitle) ?? '') : ''));
  if (dupes(titles).length)
    out.push(
      err(
        'DUPLICATE_DELIVERY_OPTION_TITLES',
        `Duplicate delivery option titles: [${dupes(titles).join(', ')}]. Remove the duplicates`,
      ),
    );
  let addons = 0;
  for (const o of options) {
    const method = optionMethod(o);
    if (method === 'invalid') out.push(err('INVALID_DETAILS', 'Provided Details is not valid.'));
    else if (method === 'notSingle')
      out.push(
        err(
          'INVALID_DELIVERY_OPTIONS_INPUT',
          'The list contains one or more invalid delivery options. Provide a valid list, and ensure that each option has a single delivery method.',
        ),
      );
    else {
      if (method.kind === 'EksAddOn') addons++;
      out.push(...checkOptionTitle((o as Record<string, unknown>).DeliveryOptionTitle));
      out.push(
        ...checkOption(
          ctx,
          product,
          entityId,
          method.kind,
          method.details,
          (o as Record<string, unknown>).Visibility,
        ),
      );
    }
  }
  if (addons > 1)
    out.push(
      err(
        'TOO_MANY_EKS_ADDON_DELIVERY_OPTIONS',
        'Provide only one Amazon EKS add-on delivery option for the version.',
      ),
    );
  if (out.length) return out;
  const built = options.map((o) => buildOption(ctx, product, o as Record<string, unknown>));
  product.Versions.push({
    Id: ctx.newId(),
    VersionTitle: title!,
    ReleaseNotes: String(version.ReleaseNotes),
    UpgradeInstructions: str(version.UpgradeInstructions) ?? null,
    CreationDate: ctx.now.toISOString(),
    Sources: built.map((b) => b.source),
    DeliveryOptions: built.map((b) => b.option),
  });
  return [];
};

function checkOption(
  ctx: EvalContext,
  product: ProductDoc,
  entityId: string,
  kind: string,
  d: Record<string, unknown>,
  visibility: unknown,
): ErrorDetail[] {
  const out = [
    ...checkDescription(d.Description),
    ...checkText('INVALID_USAGE_INSTRUCTIONS', 'usage instructions', d.UsageInstructions, 4000),
  ];
  out.push(...checkImages(ctx, product, d.ContainerImages));
  if (kind === 'Ecr') {
    out.push(
      ...checkServices(d.CompatibleServices, SERVICES.Ecr),
      ...checkResources(d.DeploymentResources),
      ...checkAccessRole(d.AccessRoleArn),
    );
  } else if (kind === 'Helm') {
    out.push(
      ...checkServices(d.CompatibleServices, SERVICES.Helm),
      ...checkChartUri(ctx, product, d.HelmChartUri),
      ...checkHelmParams(d, isPaid(product)),
    );
  } else {
    out.push(
      ...checkChartUri(ctx, product, d.HelmChartUri),
      ...checkAddonFields(ctx, product, entityId, d, false),
    );
    if (visibility !== undefined && visibility !== 'Limited') {
      out.push(
        err(
          'INVALID_VISIBILITY_STATE',
          `The states [${String(visibility)}] are invalid for the EKS add-on delivery option. Provide a valid visibility state from the following allowed values: Limited.`,
        ),
      );
    }
  }
  return out;
}
