import { z } from 'zod';
import DELIVERY from '@/lib/facts/delivery-options.json';
import {
  addOnFields,
  boundedText,
  deploymentResource,
  environmentOverrideParameter,
  helmChartUri,
  imageList,
  overrideParameter,
  startsWithText,
  oneOf,
} from './common';

const description = startsWithText(1000, 'a short description');
const usage = boundedText(4000, 'usage instructions');

/** EcrDeliveryOptionDetails of AddDeliveryOptions (seed 001; limits reference §9.3). */
export const ecrDeliveryOptionDetailsSchema = z.object({
  Description: description,
  UsageInstructions: usage,
  ContainerImages: imageList,
  CompatibleServices: z
    .array(z.enum(oneOf(DELIVERY.compatibleServices.ecr)))
    .min(1, 'Provide at least 1 compatible service.')
    .max(4),
  DeploymentResources: z.array(deploymentResource).max(4).optional(),
  AccessRoleArn: z
    .string()
    .max(200)
    .regex(/^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/.+$/)
    .optional(),
});

/** HelmDeliveryOptionDetails of AddDeliveryOptions. */
export const helmDeliveryOptionDetailsSchema = z.object({
  Description: description,
  UsageInstructions: usage,
  ContainerImages: imageList,
  CompatibleServices: z
    .array(z.enum(oneOf(DELIVERY.compatibleServices.helm)))
    .min(1, 'Provide at least 1 compatible service.')
    .max(2),
  HelmChartUri: helmChartUri,
  QuickLaunchEnabled: z.boolean().optional(),
  MarketplaceServiceAccountName: z.string().max(50).optional(),
  ReleaseName: z.string().max(50).optional(),
  Namespace: z.string().max(50).optional(),
  OverrideParameters: z.array(overrideParameter).max(15).optional(),
});

/** EksAddOnDeliveryOptionDetails of AddDeliveryOptions. */
export const eksAddOnDeliveryOptionDetailsSchema = z.object({
  Description: description,
  UsageInstructions: usage,
  ContainerImages: imageList,
  HelmChartUri: helmChartUri,
  ...addOnFields,
  EnvironmentOverrideParameters: z.array(environmentOverrideParameter).max(15).optional(),
});

const KEYS = [
  'EcrDeliveryOptionDetails',
  'HelmDeliveryOptionDetails',
  'EksAddOnDeliveryOptionDetails',
] as const;
const exactlyOne = (d: Record<string, unknown>) => KEYS.filter((k) => d[k] !== undefined).length === 1;

/** `Details` of an added delivery option: exactly one of the three method objects. */
export const addDeliveryOptionDetailsSchema = z
  .strictObject({
    EcrDeliveryOptionDetails: ecrDeliveryOptionDetailsSchema.optional(),
    HelmDeliveryOptionDetails: helmDeliveryOptionDetailsSchema.optional(),
    EksAddOnDeliveryOptionDetails: eksAddOnDeliveryOptionDetailsSchema.optional(),
  })
  .refine(exactlyOne, 'Give exactly one delivery method.');

/* In UpdateDeliveryOptions every field is optional and the title moves inside Details (seed 001). */
const title = { DeliveryOptionTitle: boundedText(72, 'a delivery option title').optional() };

/** `Details` of an updated delivery option: at most one method object, every field optional. */
export const updateDeliveryOptionDetailsSchema = z
  .strictObject({
    EcrDeliveryOptionDetails: ecrDeliveryOptionDetailsSchema.partial().extend(title).optional(),
    HelmDeliveryOptionDetails: helmDeliveryOptionDetailsSchema.partial().extend(title).optional(),
    EksAddOnDeliveryOptionDetails: eksAddOnDeliveryOptionDetailsSchema.partial().extend(title).optional(),
  })
  .refine(exactlyOne, 'Give exactly one delivery method.');
