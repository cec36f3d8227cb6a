'use client';
import { useCallback, useMemo } from 'react';
import { lockedFields } from '@/lib/draft/fields/locks';
import type { VersionView } from '@/lib/catalog/types';
import type { OptionChoice } from '@/components/wizard/steps/choose-options-step';
import type { WizardForm } from '@/lib/draft/form';

/** Derived, per-product data the steps need: choices, labels, locks. Pure functions of props. */
export function useWizardFrame(form: WizardForm, versions: VersionView[]) {
  const allOptions = useMemo(
    () => versions.flatMap((v) => v.deliveryOptions.map((o) => ({ v, o }))),
    [versions],
  );
  const visibilityOf = useCallback(
    (id?: string) => allOptions.find((x) => x.o.id === id)?.o.visibility,
    [allOptions],
  );
  const optionLabel = useCallback(
    (id: string) => {
      const x = allOptions.find((y) => y.o.id === id);
      return x ? `${x.v.title} — ${x.o.title} (${x.o.visibility})` : id;
    },
    [allOptions],
  );
  const choices = useMemo((): OptionChoice[] => {
    if (form.changeType === 'RestrictDeliveryOptions') {
      return allOptions
        .filter(({ o }) => o.visibility !== 'Restricted')
        .map(({ v, o }) => ({
          value: o.id,
          label: `${v.title} — ${o.title}`,
          description:
            o.type === 'EksAddOn'
              ? 'Amazon EKS add-on: cannot be restricted through the API.'
              : o.visibility !== 'Public'
                ? `${o.visibility}: only public options can be restricted.`
                : `Public ${o.type} option`,
          disabled: o.type === 'EksAddOn' || o.visibility !== 'Public',
        }));
    }
    if (form.changeType === 'UpdateDeliveryOptionsVisibility') {
      return allOptions
        .filter(({ o }) => o.type === 'EksAddOn' && o.visibility === 'Limited')
        .map(({ v, o }) => ({
          value: o.id,
          label: `${v.title} — ${o.title}`,
          description: `Add-on ${o.addOnName ?? ''} ${o.addOnVersion ?? ''} · Kubernetes ${o.kubernetesVersions.join(', ')}`,
        }));
    }
    return [];
  }, [allOptions, form.changeType]);
  const kubernetesVersions = useMemo(
    () => [
      ...new Set(
        allOptions.filter(({ o }) => form.optionIds.includes(o.id)).flatMap(({ o }) => o.kubernetesVersions),
      ),
    ],
    [allOptions, form.optionIds],
  );
  const liveVersion = versions.find((v) => v.id === form.versionId);
  // Keyed on the option ids only, so typing does not rebuild the locks (and re-render every field).
  const optionIds = form.options.map((o) => o.id ?? '').join('\n');
  const locked = useMemo(() => {
    if (form.changeType !== 'UpdateDeliveryOptions' || !liveVersion) return {};
    const isPublic = liveVersion.deliveryOptions.some((o) => o.visibility === 'Public');
    return lockedFields(
      optionIds.split('\n').map((id) => ({ id })),
      isPublic,
      visibilityOf,
    );
  }, [form.changeType, optionIds, liveVersion, visibilityOf]);
  return {
    choices,
    optionLabel,
    visibilityOf,
    kubernetesVersions,
    locked,
    liveVersionTitle: liveVersion?.title,
  };
}
