import 'server-only';
import { describeChangeSet } from '@/lib/catalog/change-sets';
import { evaluateDraft, snapshotOf } from '@/lib/draft/evaluate-draft';
import type { ChangeView } from '@/lib/catalog/types';
import { WIZARD_CHANGE_TYPES } from '@/lib/policy';
import { baselineOf, formFromChange } from '@/lib/draft/builders';
import type { ProductDetail } from '@/lib/catalog/types';
import { AppError } from '@/lib/errors';
import { emptyWizardForm, type WizardChangeType, type WizardForm } from '@/lib/draft/form';

const TITLES: Record<WizardChangeType, string> = {
  AddRepositories: 'Add repositories',
  AddDeliveryOptions: 'Add a version',
  UpdateDeliveryOptions: 'Update version',
  RestrictDeliveryOptions: 'Restrict delivery options',
  UpdateDeliveryOptionsVisibility: 'Release EKS add-on',
};

export function draftTitleOf(form: WizardForm): string {
  const base = TITLES[form.changeType];
  if (form.changeType === 'AddDeliveryOptions' || form.changeType === 'UpdateDeliveryOptions') {
    return form.versionTitle.trim() ? `${base} ${form.versionTitle.trim()}`.slice(0, 200) : base;
  }
  return base;
}

/** The wizard's starting state: empty, prefilled from the live version, or from a change set's change. */
export async function initialForm(
  product: ProductDetail,
  p: { changeType: WizardChangeType; versionId?: string; change?: ChangeView },
): Promise<WizardForm> {
  if (p.change) {
    const change = p.change;
    const type = change.changeType as WizardChangeType;
    const version = type === 'UpdateDeliveryOptions' ? versionOfOptions(product, change.details) : undefined;
    const baseline = version && baselineOf(product.detailsDocument, version.id);
    return formFromChange(type, change.details, baseline && { id: version.id, baseline });
  }
  const form = emptyWizardForm(p.changeType);
  if (p.changeType === 'UpdateDeliveryOptions') {
    const version = product.versions.find((v) => v.id === p.versionId) ?? product.versions[0];
    const baseline = version && baselineOf(product.detailsDocument, version.id);
    if (!version || !baseline) throw new AppError('INVALID_INPUT', 'This product has no version to update.');
    return {
      ...form,
      versionId: version.id,
      baseline,
      versionTitle: baseline.versionTitle,
      releaseNotes: baseline.releaseNotes,
      options: baseline.options,
    };
  }
  return form;
}

function versionOfOptions(product: ProductDetail, details: unknown) {
  const ids = new Set(
    ((details as { DeliveryOptions?: Array<{ Id?: string }> } | undefined)?.DeliveryOptions ?? []).map(
      (o) => o.Id,
    ),
  );
  return product.versions.find((v) => v.deliveryOptions.some((o) => ids.has(o.id))) ?? product.versions[0];
}

/** The change a "Fix in draft" link names, with its product id and change type checked. */
export async function changeToFix(
  changeSetId: string,
  index = 0,
): Promise<ChangeView & { productId: string; changeType: WizardChangeType }> {
  const cs = await describeChangeSet(changeSetId);
  const change = cs.changes[index];
  if (!change) throw new AppError('NOT_FOUND', `Change set ${changeSetId} has no change ${index + 1}.`);
  if (!(WIZARD_CHANGE_TYPES as readonly string[]).includes(change.changeType)) {
    throw new AppError('INVALID_INPUT', `Wharf has no wizard for ${change.changeType} changes.`);
  }
  return {
    ...change,
    productId: change.entityId.split('@')[0] ?? '',
    changeType: change.changeType as WizardChangeType,
  };
}

/** Checklist counts of a new draft, so the drafts list shows its status before the first edit. */
export function initialChecklist(form: WizardForm, product: ProductDetail) {
  return evaluateDraft({
    form,
    product,
    snapshot: snapshotOf(product),
    charts: undefined,
    attestations: undefined,
  }).counts;
}
