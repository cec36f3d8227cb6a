import type { ManualRule } from '../rule';
import type { ChangeType, DeliveryMethod } from '../types';

type M = {
  id: string;
  title: string;
  section: string;
  document: string;
  fix: string;
  methods?: readonly DeliveryMethod[];
  changeTypes?: readonly ChangeType[];
  code?: string;
  required?: boolean;
  when?: ManualRule['when'];
};

function manual(m: M): ManualRule {
  return {
    id: m.id,
    title: m.title,
    section: m.section,
    severity: 'manual',
    source: { document: m.document, code: m.code },
    scope: 'manual',
    changeTypes: m.changeTypes ?? ['AddDeliveryOptions'],
    methods: m.methods ?? 'all',
    field: 'DeliveryOptions[]',
    fix: m.fix,
    required: m.required ?? true,
    when: m.when,
  };
}

const HELM: readonly DeliveryMethod[] = ['helm', 'eks-addon'];

/** The ISV-testing confirmation of an add-on release (the wizard's Confirm ISV testing step ticks it). */
export const ISV_TESTED_RULE = 'attest-isv-tested';

/** What no program can check: a person attests to it (seed 000 §4–§15 and the §19 checklist). */
export const MANUAL_RULES: ManualRule[] = [
  manual({
    id: 'attest-images-scanned',
    title: 'Images were scanned and known vulnerabilities remediated',
    section: 'Security',
    document: '000 §4.1, §19',
    code: 'SCAN_ERROR',
    fix: 'Scan every image (e.g. Amazon Inspector or ECR enhanced scanning) and fix critical and high findings before submitting.',
  }),
  manual({
    id: 'attest-images-no-secrets',
    title: 'Images contain no hardcoded secrets or static AWS credentials',
    section: 'Security',
    document: '000 §4.1, §4.2, §19',
    fix: 'Scan image layers for secrets; move credentials to IRSA or Kubernetes Secrets.',
  }),
  manual({
    id: 'attest-non-root',
    title: 'Containers run as non-root where the component allows',
    section: 'Security',
    document: '000 §4.1, §19',
    fix: 'Set a non-root USER in the image and runAsNonRoot in the pod security context.',
  }),
  manual({
    id: 'attest-no-default-passwords',
    title: 'No blank, default or embedded passwords; no password-based container auth by default',
    section: 'Security',
    document: '000 §4.3',
    fix: 'Remove embedded passwords; have buyers configure authentication explicitly.',
  }),
  manual({
    id: 'attest-linux-architectures',
    title: 'Images are Linux-based and support the advertised architectures',
    section: 'Images',
    document: '000 §7, §19',
    fix: 'Build Linux images for every architecture you advertise (amd64 and arm64 where claimed).',
  }),
  manual({
    id: 'attest-helm-values-images',
    title: 'values.yaml holds the image registry, repository and tag variables',
    section: 'Helm chart',
    document: '000 §8.1, §19',
    methods: HELM,
    fix: 'Define image.registry, image.repository and image.tag in values.yaml (the chart preflight checks this when the chart is uploaded).',
  }),
  manual({
    id: 'attest-helm-no-hardcoded-images',
    title: 'Templates use the values.yaml image variables, with no hardcoded images',
    section: 'Helm chart',
    document: '000 §8.1, §19',
    methods: HELM,
    fix: 'Reference images as {{ .Values.image.registry }}/{{ .Values.image.repository }}:{{ .Values.image.tag }}.',
  }),
  manual({
    id: 'attest-helm-lint-template',
    title: 'helm lint and helm template pass',
    section: 'Helm chart',
    document: '000 §8.3',
    methods: HELM,
    code: 'INVALID_HELM_LINT',
    fix: 'Run helm lint and helm template as in §8.3, or upload the chart for the preflight.',
  }),
  manual({
    id: 'attest-secrets-as-references',
    title: 'Sensitive configuration uses secret names or references, not raw values',
    section: 'Security',
    document: '000 §4.4, §19',
    fix: 'Accept Kubernetes Secret names, Secrets Manager ARNs or SecretProviderClass references.',
  }),
  manual({
    id: 'attest-iam-least-privilege',
    title: 'IAM permissions are documented and least-privilege (IRSA, no access keys)',
    section: 'IAM',
    document: '000 §4.2, §9, §19',
    fix: 'Document every IAM action and why; use IRSA or Pod Identity, never long-lived keys.',
  }),
  manual({
    id: 'attest-cost-quota-disclosed',
    title: 'Cost and quota impacts are disclosed',
    section: 'Disclosure',
    document: '000 §11, §19',
    fix: 'State which AWS services the product uses and their cost and quota effects in the usage instructions.',
  }),
  manual({
    id: 'attest-external-dependencies',
    title: 'External dependencies and data collection are disclosed and need no extra payment',
    section: 'Disclosure',
    document: '000 §5, §6, §15',
    fix: 'Disclose every external dependency and any telemetry in the description or usage instructions.',
  }),
  manual({
    id: 'attest-self-service',
    title: 'Deployment is self-service from Marketplace artifacts (no builds, clones or seller approval)',
    section: 'Product usage',
    document: '000 §2, §6',
    fix: 'Make the instructions work with only the Marketplace images and chart.',
  }),
  manual({
    id: 'attest-full-release',
    title: 'This is a fully functioning release, not beta or evaluation-only',
    section: 'Product usage',
    document: '000 §6',
    fix: 'Submit a generally available release.',
  }),
  manual({
    id: 'attest-licensing',
    title: 'The product works with the Marketplace subscription, metering or licensing model',
    section: 'Licensing',
    document: '000 §14',
    fix: 'Integrate the Marketplace metering or license APIs your pricing model needs; require no payment outside AWS.',
  }),
  manual({
    id: 'attest-byol-reviewed',
    title: 'BYOL restrictions reviewed for EKS add-on delivery',
    section: 'Licensing',
    document: '000 §14',
    methods: ['eks-addon'],
    // When the console knows the pricing model, addon-no-byol decides this instead.
    when: (ix) => ix.pricing?.model === undefined,
    fix: 'Confirm the product is not BYOL; BYOL is not supported for EKS add-on delivery.',
  }),
  manual({
    id: ISV_TESTED_RULE,
    title: 'ISV testing was done on every compatible Kubernetes version',
    section: 'EKS add-on',
    document: '001 UpdateDeliveryOptionsVisibility',
    changeTypes: ['UpdateDeliveryOptionsVisibility'],
    code: 'AUDIT_ERROR',
    fix: "Run the add-on's tests on an EKS cluster of each compatible Kubernetes version, then confirm.",
  }),
];
