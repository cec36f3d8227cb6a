import { addDeliveryOptions } from './add-delivery-options';
import { addRepositories } from './add-repositories';
import { addDimensions, updateDimensions } from './dimensions';
import { releaseProduct } from './release-product';
import { err, isObj } from './fields';
import { restrictDeliveryOptions } from './restrict-delivery-options';
import type { ChangeHandler, ProductDoc } from './types';
import { updateDeliveryOptions } from './update-delivery-options';
import { updateDeliveryOptionsVisibility } from './update-delivery-options-visibility';
import { updateInformation } from './update-information';
import { updateTargeting } from './update-targeting';
import { updateVisibility } from './update-visibility';

/** CreateProduct: a new Draft entity; the engine creates the document, this only applies the title. */
const createProduct: ChangeHandler = (_ctx, product, details) => {
  const title = isObj(details) ? details.ProductTitle : undefined;
  // Length and control characters were checked synchronously (handlers/listing-fields.ts).
  if (title !== undefined && (typeof title !== 'string' || !title.trim()))
    return [err('INVALID_INPUT', 'Provide a ProductTitle of 1 to 72 characters.')];
  if (typeof title === 'string') product.Description.ProductTitle = title;
  return [];
};

/** Change types the emulator implements for ContainerProduct@1.0. */
export const CHANGE_HANDLERS: Record<string, ChangeHandler> = {
  CreateProduct: createProduct,
  AddRepositories: addRepositories,
  AddDeliveryOptions: addDeliveryOptions,
  UpdateDeliveryOptions: updateDeliveryOptions,
  RestrictDeliveryOptions: restrictDeliveryOptions,
  UpdateDeliveryOptionsVisibility: updateDeliveryOptionsVisibility,
  UpdateInformation: updateInformation,
  ReleaseProduct: releaseProduct,
  AddDimensions: addDimensions,
  UpdateDimensions: updateDimensions,
  UpdateTargeting: updateTargeting,
  UpdateVisibility: updateVisibility,
};

/** The document of a freshly created container product (reference §8.2, Draft). */
export function emptyProduct(): ProductDoc {
  return {
    Versions: [],
    Repositories: [],
    Description: {
      ProductTitle: null,
      ProductCode: null,
      ShortDescription: null,
      LongDescription: null,
      Sku: null,
      Manufacturer: null,
      Highlights: [],
      SearchKeywords: [],
      Categories: [],
      AssociatedProducts: null,
      Visibility: 'Draft',
      ProductState: 'Draft',
    },
    PromotionalResources: { LogoUrl: null, Videos: [], AdditionalResources: [] },
    SupportInformation: { Description: null, Resources: [] },
    Dimensions: [],
    Targeting: { PositiveTargeting: { BuyerAccounts: [] } },
    RegionAvailability: { Regions: ['us-east-1'], FutureRegionSupport: null },
  };
}
