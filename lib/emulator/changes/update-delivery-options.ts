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
import { applyDetails, findOption, isPaid, KIND_OF, optionMethod } from './options';
import type { ChangeHandler, ErrorDetail } from './types';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** UpdateDeliveryOptions: edit one version and its options; a Public product freezes some fields. */
export const updateDeliveryOptions: ChangeHandler = (ctx, product, details, entityId) => {
  const out: ErrorDetail[] = [];
  const state = product.Description.Visibility;
  if (state !== 'Limited' && state !== 'Public')
    out.push(err('INCOMPATIBLE_PRODUCT_STATUS', 'Use an existing limited or public product.'));
  const isPublic = state === 'Public';
  const doc = isObj(details) ? details : {};
  const version = isObj(doc.Version) ? doc.Version : undefined;
  const options = Array.isArray(doc.DeliveryOptions) ? doc.DeliveryOptions : undefined;
  if (!version && !options) return [...out, err('NO_CHANGE_FOUND', 'Provide at least 1 change.')];
  if (!options || options.length === 0)
    return [...out, err('EMPTY_DELIVERY_OPTION_IDS', 'Provide non-empty list of delivery option IDs.')];
  const ids = options.map((o) => (isObj(o) ? (str(o.Id) ?? '') : ''));
  if (ids.some((id) => !id))
    out.push(err('EMPTY_DELIVERY_OPTION_IDS', 'Provide non-empty list of delivery option IDs.'));
  if (dupes(ids).length)
    out.push(
      err(
        'DUPLICATE_DELIVERY_OPTION_IDS',
        `Duplicate delivery option IDs: [${dupes(ids).join(', ')}]. Provide unique delivery option IDs.`,
      ),
    );
  const found = ids.filter(Boolean).map((id) => ({ id, hit: findOption(product, id) }));
  const missing = found.filter((f) => !f.hit).map((f) => f.id);
  if (missing.length)
    out.push(
      err(
        'MISSING_DELIVERY_OPTION_IDS',
        `Provide delivery option from existing list of Ids. Not found: [${missing.join(', ')}]`,
      ),
    );
  const versions = new Set(found.flatMap((f) => (f.hit ? [f.hit.version.Id] : [])));
  if (versions.size > 1)
    out.push(err('MULTIPLE_VERSION_UPDATE', 'Provide delivery option IDs from the same version.'));
  const restricted = found
    .filter((f) => f.hit && f.hit.option.Visibility !== 'Public' && f.hit.option.Visibility !== 'Limited')
    .map((f) => f.id);
  if (restricted.length)
    out.push(
      err(
        'INVALID_DELIVERY_OPTIONS_STATUS',
        `The delivery option IDs [${restricted.join(', ')}] are invalid. Provide delivery options in the limited or public state.`,
      ),
    );
  if (out.length) return out;

  const target = found[0]!.hit!.version;
  const frozen: string[] = [];
  if (version) {
    if (version.VersionTitle !== undefined) {
      out.push(...checkText('INVALID_VERSION_TITLE', 'version title', version.VersionTitle, 64));
      if (product.Versions.some((v) => v.Id !== target.Id && v.VersionTitle === version.VersionTitle)) {
        out.push(
          err(
            'DUPLICATE_VERSION_TITLE',
            `The version title [${String(version.VersionTitle)}] is a duplicate. Remove or change the title.`,
          ),
        );
      }
      if (isPublic && version.VersionTitle !== target.VersionTitle) frozen.push('VersionTitle');
    }
    if (version.ReleaseNotes !== undefined)
      out.push(...checkText('INVALID_RELEASE_NOTES', 'release notes', version.ReleaseNotes, 29_999));
  }
  const titles = target.DeliveryOptions.map((o) => o.Title);
  for (const o of options) {
    const hit = findOption(product, String((o as Record<string, unknown>).Id))!;
    const m = optionMethod(o);
    if (m === 'invalid') {
      out.push(err('INVALID_DETAILS', 'Provided Details is not valid.'));
      continue;
    }
    if (m === 'notSingle' || KIND_OF[hit.option.Type] !== m.kind) {
      out.push(
        err(
          'INVALID_DELIVERY_OPTIONS_INPUT',
          'The list contains one or more invalid delivery options. Provide a valid list, and ensure that each option has a single delivery method.',
        ),
      );
      continue;
    }
    const d = m.details;
    if (d.DeliveryOptionTitle !== undefined) {
      out.push(...checkOptionTitle(d.DeliveryOptionTitle));
      if (d.DeliveryOptionTitle !== hit.option.Title && titles.includes(String(d.DeliveryOptionTitle))) {
        out.push(
          err(
            'INVALID_DELIVERY_OPTION_TITLES',
            `The delivery option titles [${String(d.DeliveryOptionTitle)}] already exist. Provide a different title.`,
          ),
        );
      }
      if (isPublic && d.DeliveryOptionTitle !== hit.option.Title) frozen.push('DeliveryOptionTitle');
    }
    if (d.Description !== undefined) out.push(...checkDescription(d.Description));
    if (d.UsageInstructions !== undefined)
      out.push(...checkText('INVALID_USAGE_INSTRUCTIONS', 'usage instructions', d.UsageInstructions, 4000));
    if (d.ContainerImages !== undefined) {
      out.push(...checkImages(ctx, product, d.ContainerImages));
      if (isPublic && !same(d.ContainerImages, hit.source?.Images)) frozen.push('ContainerImages');
    }
    if (d.DeploymentResources !== undefined) {
      out.push(...checkResources(d.DeploymentResources));
      const before = (hit.option.Recommendations?.DeploymentResources ?? []).map((r) => ({
        Name: r.Text,
        Url: r.Url,
      }));
      if (isPublic && !same(d.DeploymentResources, before)) frozen.push('DeploymentResources');
    }
    if (m.kind !== 'EksAddOn' && d.CompatibleServices !== undefined)
      out.push(...checkServices(d.CompatibleServices, m.kind === 'Ecr' ? SERVICES.Ecr : SERVICES.Helm));
    if (m.kind === 'Ecr') out.push(...checkAccessRole(d.AccessRoleArn));
    if (m.kind !== 'Ecr' && d.HelmChartUri !== undefined)
      out.push(...checkChartUri(ctx, product, d.HelmChartUri));
    if (m.kind === 'Helm') out.push(...checkHelmParams({ ...helmView(hit.option), ...d }, isPaid(product)));
    if (m.kind === 'EksAddOn') out.push(...checkAddonFields(ctx, product, entityId, d, true));
  }
  for (const field of new Set(frozen))
    out.push(err('FIELD_NOT_ALLOWED_TO_CHANGE', `Field ${field} cannot be changed.`));
  if (out.length) return out;

  if (version?.VersionTitle !== undefined) target.VersionTitle = String(version.VersionTitle);
  if (version?.ReleaseNotes !== undefined) target.ReleaseNotes = String(version.ReleaseNotes);
  for (const o of options) {
    const hit = findOption(product, String((o as Record<string, unknown>).Id))!;
    const m = optionMethod(o) as { details: Record<string, unknown> };
    applyDetails(hit.option, KIND_OF[hit.option.Type], m.details);
    if (hit.source && m.details.ContainerImages !== undefined)
      hit.source.Images = (m.details.ContainerImages as string[]).slice();
    if (hit.source && m.details.HelmChartUri !== undefined)
      hit.source.HelmChartUri = String(m.details.HelmChartUri);
  }
  return [];
};

/** The current Helm option in change-type spelling, so partial updates are judged as a whole. */
function helmView(o: Record<string, unknown>): Record<string, unknown> {
  const params = Array.isArray(o.OverrideParameters)
    ? o.OverrideParameters.filter(isObj).map((p) => ({ Key: p.Key, DefaultValue: p.Default }))
    : undefined;
  const services = isObj(o.Compatibility) ? o.Compatibility.AWSServices : undefined;
  return { OverrideParameters: params, CompatibleServices: services };
}
