/**
 * Plain-language meaning of every asynchronous error code a change set can carry: all of seed
 * 001's, plus the UpdateInformation codes the Catalog API also returns. One sentence each, said
 * the way a seller would explain it to a colleague; the fix comes from the rule catalog.
 */
export const EXPLANATIONS: Record<string, string> = {
  AUDIT_ERROR:
    'AWS has not recorded the ISV testing this delivery option needs before it can change visibility.',
  DUPLICATE_ADDON_NAME: 'Another product on AWS Marketplace already uses this add-on name.',
  DUPLICATE_ADDON_VERSION: 'This add-on version is already published for the add-on.',
  DUPLICATE_COMPATIBLE_AWS_SERVICES: 'The same compatible AWS service is listed more than once.',
  DUPLICATE_CONTAINER_IMAGES: 'The same container image is listed more than once in a delivery option.',
  DUPLICATE_DELIVERY_OPTION_IDS: 'The same delivery option is named more than once.',
  DUPLICATE_DELIVERY_OPTION_TITLES: 'Two delivery options in this version have the same title.',
  DUPLICATE_ECR_REPOSITORY_NAME: 'A repository with this name already exists for your seller account.',
  DUPLICATE_ENVIRONMENT_OVERRIDE_PARAMETER_KEY:
    'An environment override parameter key is used more than once.',
  DUPLICATE_KUBERNETES_VERSIONS: 'A Kubernetes version is listed more than once.',
  DUPLICATE_OVERRIDE_PARAMETER_KEYS: 'A Helm override parameter key is used more than once.',
  DUPLICATE_REPOSITORY_NAMES: 'The same repository name appears more than once in the request.',
  DUPLICATE_SUPPORTED_ARCHITECTURES: 'A supported architecture is listed more than once.',
  DUPLICATE_VERSION_TITLE: 'The product already has a version with this title; every version needs its own.',
  EMPTY_DELIVERY_OPTION_IDS: 'No delivery option was named, so there is nothing to change.',
  EMPTY_RESOURCE_NAME: 'A deployment resource has no name.',
  EMPTY_RESOURCE_URL: 'A deployment resource has no URL.',
  FIELD_NOT_ALLOWED_TO_CHANGE: 'A field that cannot be changed after publishing was included in the update.',
  IMAGE_INACCESSIBLE: 'AWS Marketplace could not read the image with the access role given.',
  IMAGE_NOT_FOUND: 'AWS Marketplace could not find the image at that URI; it may not have been pushed yet.',
  INCOMPATIBLE_ADDON_NAME: 'The add-on name differs from the name this product already uses for its add-on.',
  INCOMPATIBLE_ADDON_NAMESPACE:
    'The add-on namespace differs from the namespace already in use for this add-on.',
  INCOMPATIBLE_ADDON_TYPE: 'The add-on type differs from the type already in use for this add-on.',
  INCOMPATIBLE_HELM_OBJECTS:
    'The Helm chart uses Release objects, hooks or lookups that AWS Marketplace does not support.',
  INCOMPATIBLE_PRODUCT_STATUS: 'The product is not in a state that allows this change.',
  INCOMPATIBLE_SERVICES: 'The compatible services listed cannot be combined for this delivery method.',
  INVALID_ADDITIONAL_RESOURCES: 'Too many additional resources were given for the product page.',
  INVALID_ADDON_NAME: 'The add-on name is not allowed.',
  INVALID_ADDON_NAMESPACE: 'The add-on namespace is not a valid Kubernetes namespace.',
  INVALID_ADDON_NAME_PATTERN:
    'The add-on name does not follow the naming pattern (lowercase letters, digits and dashes).',
  INVALID_ADDON_TYPE: 'The add-on type is not one AWS accepts.',
  INVALID_ADDON_VERSION_PATTERN: 'The add-on version is not a valid semantic version.',
  INVALID_ARCHITECTURE: 'A supported architecture is not one AWS accepts (amd64 or arm64).',
  INVALID_ARN: 'The access role ARN for the image is not a valid IAM role ARN.',
  INVALID_CATEGORY_NAMES: 'The product categories are missing, too many, or not AWS Marketplace categories.',
  INVALID_CONTAINER_IMAGES: 'A container image URI is not valid.',
  INVALID_CONTAINER_IMAGE_REPOSITORY:
    'An image comes from a repository that does not belong to this product.',
  INVALID_CONTAINER_IMAGE_TAG:
    "An image uses the 'latest' tag, which AWS Marketplace rejects because it can change under buyers.",
  INVALID_CONTAINER_IMAGE_TAG_FORMAT: 'An image tag is not a valid tag.',
  INVALID_CONTAINER_IMAGE_URI: 'An image is not in this product’s AWS Marketplace repositories.',
  INVALID_DELIVERY_OPTIONS_INPUT: 'The delivery options could not be read as given.',
  INVALID_DELIVERY_OPTIONS_STATUS: 'A delivery option is not in a state that allows this change.',
  INVALID_DELIVERY_OPTION_IDS: 'A delivery option id does not belong to this product.',
  INVALID_DELIVERY_OPTION_TITLES: 'A delivery option with this title already exists on the product.',
  INVALID_DELIVERY_OPTION_TYPE: 'The delivery option type cannot be used here.',
  INVALID_DEPENDENT_HELM_CHARTS: 'The Helm chart depends on charts outside its own charts/ folder.',
  INVALID_DETAILS: 'The change’s details could not be read as given.',
  INVALID_ECR_REPOSITORY_NAME: 'A repository name is not a valid Amazon ECR repository name.',
  INVALID_ENVIRONMENT_OVERRIDE_PARAMETER_VALUE:
    'An environment override parameter value is not one of the allowed placeholders.',
  INVALID_FULFILLMENT_OPTION_TITLE: 'The delivery option title is too long.',
  INVALID_HELM_CHART: 'The Helm chart does not meet the AWS Marketplace chart requirements.',
  INVALID_HELM_CHART_IMAGES: 'The Helm chart renders images that are not in AWS Marketplace’s registry.',
  INVALID_HELM_CHART_URI: 'The Helm chart URI is not valid or not in this product’s repositories.',
  INVALID_HELM_LINT: 'The Helm chart fails helm lint.',
  INVALID_HELM_OBJECTS:
    'The Helm chart uses Release objects, hooks or lookups that AWS Marketplace does not support.',
  INVALID_HELM_SENSITIVE_CONFIG:
    'The chart’s values schema declares secret-like fields that AWS Marketplace would expose.',
  INVALID_HELM_TEMPLATE: 'The Helm chart fails helm template.',
  INVALID_HELM_UNDECLARED_IMAGES:
    'The Helm chart renders images that are not listed in the delivery option’s container images.',
  INVALID_INPUT: 'A value in the request was rejected as given.',
  INVALID_KUBERNETES_VERSION: 'A compatible Kubernetes version is not one Amazon EKS supports.',
  INVALID_MEDIA: 'The logo or media URL is not an accessible https Amazon S3 URL.',
  INVALID_MINIMUM_PUBLIC_DELIVERY_OPTIONS: 'A public product must keep at least one public delivery option.',
  INVALID_NAMESPACE: 'The Kubernetes namespace is not valid.',
  INVALID_RELEASE_NAME: 'The Helm release name is not valid.',
  INVALID_RELEASE_NOTES: 'The release notes are empty, too long, or contain unsupported characters.',
  INVALID_RESOURCE_NAME: 'A deployment resource name is too long.',
  INVALID_RESOURCE_URL: 'A deployment resource URL is too long or not valid.',
  INVALID_SHORT_DESCRIPTION: 'The description is missing or too long.',
  INVALID_USAGE_INSTRUCTIONS:
    'The usage instructions are missing, too long, or contain unsupported characters.',
  INVALID_VERSION_TITLE:
    'The version title is too long, starts with a space, or contains unsupported characters.',
  INVALID_VISIBILITY_STATE: 'The requested visibility cannot be set from the option’s current visibility.',
  MISSING_CONTAINER_IMAGES: 'A delivery option lists no container images.',
  MISSING_DATA: 'Required product information is missing.',
  MISSING_DELIVERY_OPTION_IDS: 'A delivery option to change was not given.',
  MISSING_REPOSITORY_INFORMATION: 'A repository was given without its name or type.',
  MULTIPLE_VERSION_UPDATE: 'The change touches more than one version; each change may update only one.',
  NCOMPATIBLE_ADDON_TYPE: 'The add-on type differs from the type already in use for this add-on.',
  NO_CHANGE_FOUND: 'The update changes nothing: every value equals what is already published.',
  NO_LICENSE_SECRET_KEYS: 'Amazon EKS Anywhere products need an override parameter for the license secret.',
  NO_SERVICE_ACCOUNT_CONFIGURATION: 'Paid products need an override parameter for the service account.',
  NO_SERVICE_SPECIFIED: 'No compatible AWS service was given.',
  OVERRIDE_PARAMETER_KEYS_CONTAINS_RESERVED_PARAMETER_KEYS:
    'An override parameter key is reserved by AWS Marketplace.',
  OVERRIDE_PARAMETER_KEYS_CONTAINS_SPECIAL_CHARS:
    'An override parameter key contains characters Helm keys may not use.',
  SCAN_ERROR: 'AWS Marketplace’s security scan found a vulnerability in an image.',
  TOO_MANY_CONTAINER_IMAGES: 'A delivery option lists more than 50 container images.',
  TOO_MANY_EKS_ADDON_DELIVERY_OPTIONS: 'A version may have only one Amazon EKS add-on delivery option.',
  UNSUPPORTED_CONTAINER_IMAGE_URI:
    'An image manifest is not a format AWS Marketplace supports (Docker v2 schema 2 or OCI).',
};
