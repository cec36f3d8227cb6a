import { z } from 'zod';
import DELIVERY from '@/lib/facts/delivery-options.json';
import { ADDON_NAME, ADDON_NAMESPACE, ADDON_VERSION, HELM_CHART_URI } from '../patterns';

/** A facts list as z.enum's argument (the JSON lists are never empty). */
export const oneOf = (list: string[]) => list as [string, ...string[]];

/** Text that must start with a non-space character (shape pattern `^\S+[\S\s]*`), up to `max`. */
export const startsWithText = (max: number, label: string) =>
  z
    .string()
    .min(1, `Provide ${label}.`)
    .max(max, `${label} must be at most ${max} characters.`)
    .regex(/^\S/, `${label} must not start with a space.`);

export const boundedText = (max: number, label: string) =>
  z.string().min(1, `Provide ${label}.`).max(max, `${label} must be at most ${max} characters.`);

export const imageList = z
  .array(z.string().min(1).max(1000))
  .min(1, 'Provide at least 1 container image.')
  .max(50, 'Provide at most 50 container images.');
export const helmChartUri = z
  .string()
  .max(1000)
  .regex(
    HELM_CHART_URI,
    'Give the Helm chart URI in Amazon ECR (<account>.dkr.ecr.<region>.amazonaws.com/…).',
  );
export const deploymentResource = z.object({
  Name: boundedText(255, 'a resource name'),
  Url: boundedText(255, 'a resource URL'),
});

export const overrideParameter = z.object({
  Key: z.string().min(1).max(50),
  DefaultValue: z.string().max(150).optional(),
  Metadata: z
    .object({
      Label: z.string().min(1).max(50),
      Description: z.string().min(1).max(200),
      Obfuscate: z.boolean().optional(),
    })
    .optional(),
});

export const environmentOverrideParameter = z.object({
  Key: z
    .string()
    .min(1)
    .max(200)
    .regex(/^\S+(\s+\S+)*$/),
  Value: z
    .string()
    .min(1)
    .max(100)
    .regex(/^\$\{[_A-Z]{1,100}\}/, 'Use ${AWS_REGION} or ${AWS_EKS_CLUSTER_NAME}.'),
});

export const addOnFields = {
  AddOnName: z
    .string()
    .min(3)
    .max(64)
    .regex(ADDON_NAME, 'Use letters, digits and hyphens, starting and ending with a letter or digit.'),
  AddOnVersion: z.string().min(3).max(50).regex(ADDON_VERSION, 'Use <major>.<minor>.<patch>.'),
  AddOnType: z
    .string()
    .min(3)
    .max(100)
    .regex(/^(?!.*--)[a-z][-a-z]+[a-z]$/, 'Use a supported add-on type, e.g. networking.'),
  CompatibleKubernetesVersions: z.array(z.string().min(1).max(10)).min(1).max(30),
  SupportedArchitectures: z
    .array(z.enum(oneOf(DELIVERY.architectures)))
    .min(1)
    .max(2),
  Namespace: z.string().max(63).regex(ADDON_NAMESPACE, 'Use 3–63 lowercase letters, digits and hyphens.'),
};

/** A delivery option Id as DescribeEntity returns it. */
export const deliveryOptionId = z.string().min(1, 'Provide a delivery option Id.').max(36);
