'use client';
import { Controller, useFormContext } from 'react-hook-form';
import { Checkbox, FormField, Select, Toggle } from '@/components/ui';
import { ChartPreflight } from '@/components/chart/chart-preflight';
import { ChoiceListField } from '@/components/form/choice-list-field';
import { RowsField } from '@/components/form/rows-field';
import { TextField } from '@/components/form/text-field';
import { useWizardField } from '@/components/form/wizard-field-context';
import { OPTION_FIELDS } from '@/lib/draft/fields/registry';
import DELIVERY from '@/lib/facts/delivery-options.json';
import EKS_ADDONS from '@/lib/facts/eks-addons.json';

// What AWS accepts, from the facts the checklist and the local Catalog service also read.
const { compatibleServices: SERVICES, architectures: ARCHITECTURES } = DELIVERY;
const ENV_VALUES = DELIVERY.environmentOverrideValues;
const { addOnTypes: ADDON_TYPES, kubernetesVersions: KUBERNETES_VERSIONS } = EKS_ADDONS;
const choices = (l: string[]) => l.map((v) => ({ value: v, label: v }));

export function EcrFields({ p }: { p: string }) {
  return (
    <>
      <ChoiceListField
        name={`${p}.services`}
        label={OPTION_FIELDS.services.label}
        choices={choices(SERVICES.ecr)}
      />
      <RowsField
        name={`${p}.resources`}
        label={OPTION_FIELDS.resources.label}
        description="Links buyers see on the launch page (up to 4)."
        addLabel="Add resource"
        empty={{ name: '', url: '' }}
        max={4}
        renderRow={(r) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField name={`${r}.name`} label="Name" />
            <TextField name={`${r}.url`} label="URL" />
          </div>
        )}
      />
    </>
  );
}

export function HelmFields({ p }: { p: string }) {
  const { control } = useFormContext();
  const ql = useWizardField(`${p}.quickLaunch`);
  return (
    <>
      <TextField
        name={`${p}.helmChartUri`}
        label={OPTION_FIELDS.helmChartUri.label}
        placeholder="709825985650.dkr.ecr.us-east-1.amazonaws.com/seller/chart:1.0.0"
        constraint="In your Marketplace ECR repository; the tag must be SemVer 2."
      />
      <ChartPreflight name={p} method="helm" />
      <ChoiceListField
        name={`${p}.services`}
        label={OPTION_FIELDS.services.label}
        choices={choices(SERVICES.helm)}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name={`${p}.releaseName`} label={OPTION_FIELDS.releaseName.label} description="Optional" />
        <TextField name={`${p}.namespace`} label={OPTION_FIELDS.namespace.label} description="Optional" />
        <TextField
          name={`${p}.serviceAccount`}
          label={OPTION_FIELDS.serviceAccount.label}
          description="Optional"
        />
      </div>
      <Controller
        control={control}
        name={`${p}.quickLaunch`}
        render={({ field }) => (
          <Toggle
            label={OPTION_FIELDS.quickLaunch.label}
            description="Buyers can launch on a new EKS cluster through CloudFormation; override parameters then need a label and description."
            checked={Boolean(field.value)}
            disabled={ql.disabled}
            onChange={(e) => field.onChange(e.target.checked)}
          />
        )}
      />
      <RowsField
        name={`${p}.overrides`}
        label={OPTION_FIELDS.overrides.label}
        description="Helm values buyers may override. Use ${AWSMP_LICENSE_SECRET} for EKS Anywhere and ${AWSMP_SERVICE_ACCOUNT} for paid products."
        addLabel="Add override parameter"
        empty={{ key: '', defaultValue: '', label: '', description: '', obfuscate: false }}
        max={15}
        renderRow={(r) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField name={`${r}.key`} label="Key" placeholder="global.region" />
            <TextField name={`${r}.defaultValue`} label="Default value" />
            <TextField name={`${r}.label`} label="CloudFormation label" />
            <TextField name={`${r}.description`} label="CloudFormation description" />
            <Controller
              control={control}
              name={`${r}.obfuscate`}
              render={({ field }) => (
                <Checkbox
                  label="Obfuscate (hide the value, e.g. passwords)"
                  checked={Boolean(field.value)}
                  onChange={(e) => field.onChange(e.target.checked)}
                />
              )}
            />
          </div>
        )}
      />
    </>
  );
}

export function AddonFields({ p }: { p: string }) {
  const { register } = useFormContext();
  const type = useWizardField(`${p}.addOnType`);
  return (
    <>
      <TextField
        name={`${p}.helmChartUri`}
        label={OPTION_FIELDS.helmChartUri.label}
        constraint="In your Marketplace ECR repository; the tag must be SemVer 2."
      />
      <ChartPreflight name={p} method="eks-addon" />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          name={`${p}.addOnName`}
          label={OPTION_FIELDS.addOnName.label}
          constraint="AWS prefixes it with your seller alias."
        />
        <TextField
          name={`${p}.addOnVersion`}
          label={OPTION_FIELDS.addOnVersion.label}
          placeholder="1.0.0"
          constraint="major.minor.patch"
        />
        <FormField label={OPTION_FIELDS.addOnType.label} error={type.error}>
          <Select
            {...register(`${p}.addOnType`)}
            data-field={`${p}.addOnType`}
            disabled={type.disabled}
            invalid={Boolean(type.error)}
            placeholder="Choose a type"
            options={choices(ADDON_TYPES)}
          />
        </FormField>
      </div>
      <ChoiceListField
        name={`${p}.k8sVersions`}
        label={OPTION_FIELDS.k8sVersions.label}
        description="The Amazon EKS versions the add-on is tested on."
        choices={choices(KUBERNETES_VERSIONS)}
      />
      <ChoiceListField
        name={`${p}.architectures`}
        label={OPTION_FIELDS.architectures.label}
        choices={choices(ARCHITECTURES)}
      />
      <TextField
        name={`${p}.namespace`}
        label={OPTION_FIELDS.namespace.label}
        constraint="3–63 lowercase letters, digits and hyphens; cannot change across versions."
      />
      <RowsField
        name={`${p}.envOverrides`}
        label={OPTION_FIELDS.envOverrides.label}
        description="Only ${AWS_REGION} and ${AWS_EKS_CLUSTER_NAME} are substituted."
        addLabel="Add environment parameter"
        empty={{ key: '', value: '${AWS_REGION}' }}
        max={15}
        renderRow={(r) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField name={`${r}.key`} label="Key" />
            <FormField label="Value">
              <Select {...register(`${r}.value`)} options={choices(ENV_VALUES)} />
            </FormField>
          </div>
        )}
      />
    </>
  );
}
