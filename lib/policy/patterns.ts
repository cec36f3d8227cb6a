/*
 * Precompiled patterns and limits shared by the rules. Sources: seed 001 (error messages) and
 * reference catalog-api.md §9.3/§10 (shape-library limits). Where the seed's wording is stricter
 * ("fewer than 256 characters"), the seed wins.
 */
import DELIVERY from '@/lib/facts/delivery-options.json';
import EKS_ADDONS from '@/lib/facts/eks-addons.json';

/** Marketplace-managed ECR registry host (reference §9.3 HelmChartUri pattern). */
export const ECR_HOST = /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com$/;
/** HelmChartUri as the shape library validates it. */
export const HELM_CHART_URI = /^\d{12}\.dkr\.ecr\.[a-z0-9-]{4,24}\.amazonaws\.com\/\S+$/;
/** SemVer 2.0.0 (semver.org's recommended expression). */
export const SEMVER2 =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** Docker tag grammar: AWS's {CONTAINER_IMAGE_TAG_REGEX} is not published; this is the registry's. */
export const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** Docker repository path grammar (lowercase components separated by '/'). */
export const IMAGE_REPO =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
export const IMAGE_DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
/** ECR repository name ('nginx-web-app'); ECR also allows '/'-separated namespaces. */
export const ECR_REPO_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/;

/** Public registries that seed 000 §6/§15 forbid for required runtime images. */
export const EXTERNAL_REGISTRY =
  /^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io|registry\.hub\.docker\.com|public\.ecr\.aws|quay\.io|ghcr\.io|docker\.pkg\.github\.com|gcr\.io|[a-z0-9-]+\.gcr\.io|[a-z0-9-]+-docker\.pkg\.dev|registry\.k8s\.io|k8s\.gcr\.io|mcr\.microsoft\.com|[a-z0-9-]+\.azurecr\.io|registry\.gitlab\.com|nvcr\.io|docker\.elastic\.co|registry\.access\.redhat\.com|registry\.redhat\.io)$/;

/** Helm release name / namespace: DNS-1123 label. AWS's {HELM_RELEASE_PARAM_REGEX} is not published. */
export const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
/** Kubernetes object names such as service accounts: DNS-1123 subdomain. */
export const DNS_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
/** EKS add-on fields (reference §9.3). */
export const ADDON_NAME = /^[A-Za-z0-9][a-zA-Z0-9-]{1,62}[a-zA-Z0-9]$/;
export const ADDON_NAME_START = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
export const ADDON_VERSION = /^((0|[1-9]\d*)\.){2}(0|[1-9]\d*)$/;
export const ADDON_NAMESPACE = /^[a-z0-9][-a-z0-9]{1,61}[a-z0-9]$/;
export const K8S_VERSION = /^1\.\d{1,2}$/;
export const ADDON_TYPES: ReadonlySet<string> = new Set(EKS_ADDONS.addOnTypes);
export const ARCHITECTURES: ReadonlySet<string> = new Set(DELIVERY.architectures);
export const ENV_OVERRIDE_VALUES: ReadonlySet<string> = new Set(DELIVERY.environmentOverrideValues);

/** Override keys: seed 001 allows letters, digits, '"' and '+', and documents dot notation. */
export const OVERRIDE_KEY = /^[A-Za-z0-9."+]+$/;
/** Reserved keys are not published; Marketplace's own substitution names are the known ones. */
export const RESERVED_OVERRIDE_KEY = /^awsmp/i;

/** Compatible services per delivery method (lib/facts/delivery-options.json). */
export const SERVICES_ECR: ReadonlySet<string> = new Set(DELIVERY.compatibleServices.ecr);
export const SERVICES_HELM: ReadonlySet<string> = new Set(DELIVERY.compatibleServices.helm);

/** A space (or other blank) right before a trademark-like symbol: "Product ™". */
export const SPACE_BEFORE_TM = /\s[™®℠]/;
/** Control characters AWS cannot store; tab, CR and LF stay allowed in multi-line fields. */
export const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;
export const CONTROL_SINGLELINE = /[\u0000-\u001F\u007F\uFFFD]/;

/** Secret-looking names and values (seed 000 §4.4). */
export const SECRET_KEY =
  /(password|passwd|pwd|secret|token|api[-_.]?key|access[-_.]?key|private[-_.]?key|credential|license[-_.]?key)/i;
/** Keys that hold a reference to a secret (what §4.4 asks for), not the secret itself. */
export const SECRET_REFERENCE_KEY = /(name|ref|existing[a-z]*|arn|path|provider[a-z]*|class)$/i;
export const SECRET_VALUE =
  /(AKIA|ASIA)[A-Z0-9]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----|\bgh[pousr]_[A-Za-z0-9]{30,}|\bxox[abprs]-[A-Za-z0-9-]{10,}|\bsk_live_[A-Za-z0-9]{16,}/;
export const PLACEHOLDER = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;

export const LIMITS = {
  versionTitle: 64,
  releaseNotes: 30_000,
  usage: 4_000,
  description: 1_000,
  optionTitle: 72,
  resourceText: 255,
  images: 50,
  imageUri: 1_000,
  overrideParams: 15,
  overrideKey: 50,
  overrideDefault: 150,
  helmName: 50,
  repositoriesPerProduct: 50,
  repositoryName: 256,
  changes: 20,
} as const;
