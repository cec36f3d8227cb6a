import { z } from 'zod';
import { boundedText, deliveryOptionId, startsWithText } from './common';
import { addDeliveryOptionDetailsSchema, updateDeliveryOptionDetailsSchema } from './delivery-option-details';

/** AddDeliveryOptions DetailsDocument: a new version with one or more delivery options. */
export const addDeliveryOptionsSchema = z.object({
  Version: z.object({
    VersionTitle: startsWithText(64, 'a version title'),
    ReleaseNotes: startsWithText(29_999, 'release notes'),
  }),
  DeliveryOptions: z
    .array(
      z.object({
        DeliveryOptionTitle: boundedText(72, 'a delivery option title'),
        Release: z.boolean().optional(),
        Visibility: z.enum(['Public', 'Limited']).optional(),
        Details: addDeliveryOptionDetailsSchema,
      }),
    )
    .min(1, 'Provide at least one delivery option.'),
});

/** UpdateDeliveryOptions DetailsDocument: every field optional, at least one present. */
export const updateDeliveryOptionsSchema = z
  .object({
    Version: z
      .object({
        VersionTitle: startsWithText(64, 'a version title').optional(),
        ReleaseNotes: startsWithText(29_999, 'release notes').optional(),
      })
      .optional(),
    DeliveryOptions: z
      .array(z.object({ Id: deliveryOptionId, Details: updateDeliveryOptionDetailsSchema.optional() }))
      .min(1)
      .max(4)
      .optional(),
  })
  .refine((d) => d.Version !== undefined || d.DeliveryOptions !== undefined, 'Provide at least 1 change.');

/** RestrictDeliveryOptions DetailsDocument. */
export const restrictDeliveryOptionsSchema = z.object({
  DeliveryOptionIds: z
    .array(deliveryOptionId)
    .min(1, 'Provide a non-empty list of delivery option IDs.')
    .max(50),
});

/** UpdateDeliveryOptionsVisibility DetailsDocument (EKS add-on options only; Public only). */
export const updateDeliveryOptionsVisibilitySchema = z.object({
  DeliveryOptions: z
    .array(z.object({ Id: deliveryOptionId, TargetVisibility: z.literal('Public') }))
    .min(1, 'Provide a list of delivery option IDs.'),
});

/** AddRepositories DetailsDocument. */
export const addRepositoriesSchema = z.object({
  Repositories: z
    .array(
      z.object({
        RepositoryName: z
          .string()
          .min(2)
          .max(256)
          .regex(
            /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/,
            "Use a name like 'nginx-web-app'.",
          ),
        RepositoryType: z.literal('ECR'),
      }),
    )
    .min(1, 'Provide at least 1 repository name.')
    .max(50),
});

/** The DetailsDocument schema of each change type Wharf builds. */
export const DETAILS_SCHEMAS = {
  AddRepositories: addRepositoriesSchema,
  AddDeliveryOptions: addDeliveryOptionsSchema,
  UpdateDeliveryOptions: updateDeliveryOptionsSchema,
  RestrictDeliveryOptions: restrictDeliveryOptionsSchema,
  UpdateDeliveryOptionsVisibility: updateDeliveryOptionsVisibilitySchema,
} as const;

export type AddRepositoriesDetails = z.infer<typeof addRepositoriesSchema>;
export type AddDeliveryOptionsDetails = z.infer<typeof addDeliveryOptionsSchema>;
export type UpdateDeliveryOptionsDetails = z.infer<typeof updateDeliveryOptionsSchema>;
export type RestrictDeliveryOptionsDetails = z.infer<typeof restrictDeliveryOptionsSchema>;
export type UpdateDeliveryOptionsVisibilityDetails = z.infer<typeof updateDeliveryOptionsVisibilitySchema>;
