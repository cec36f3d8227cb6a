import { ADD_UPDATE, type OptionRule } from '../rule';
import { imagesOf } from '../context';
import { LIMITS } from '../patterns';
import { show, subject } from '../util';

const FIELD = 'DeliveryOptions[].Details.*.ContainerImages[]';
const base = {
  section: 'Images',
  scope: 'option',
  changeTypes: ADD_UPDATE,
  methods: 'all',
  field: FIELD,
} as const;

/** Rules on ContainerImages of every delivery method (seed 001 AddDeliveryOptions errors, seed 000 §4/§6/§7/§15). */
export const IMAGE_RULES: OptionRule[] = [
  {
    ...base,
    id: 'images-required',
    title: 'At least one container image is listed',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'MISSING_CONTAINER_IMAGES' },
    fix: 'List every image the delivery option needs, including images that did not change.',
    check(o, _ix, report) {
      const list = o.d.ContainerImages;
      if (list === undefined && o.change.type === 'UpdateDeliveryOptions') return;
      if (!Array.isArray(list) || list.length === 0)
        report(`${o.dPath}.ContainerImages`, 'This delivery option lists no container images.');
    },
  },
  {
    ...base,
    id: 'images-limit',
    title: 'At most 50 container images per delivery option',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'TOO_MANY_CONTAINER_IMAGES' },
    fix: 'Remove images the delivery option does not need; at most 50 are allowed.',
    check(o, _ix, report) {
      const list = o.d.ContainerImages;
      if (Array.isArray(list) && list.length > LIMITS.images) {
        report(
          `${o.dPath}.ContainerImages`,
          `${list.length} images are listed; at most ${LIMITS.images} are allowed.`,
        );
      }
    },
  },
  {
    ...base,
    id: 'images-unique',
    title: 'No image is listed twice',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'DUPLICATE_CONTAINER_IMAGES' },
    fix: 'Remove the repeated image.',
    check(o, _ix, report) {
      const seen = new Set<string>();
      for (const img of imagesOf(o) ?? []) {
        if (seen.has(img.ref.raw)) report(img.path, `${subject(img.ref.raw)} is listed more than once.`);
        seen.add(img.ref.raw);
      }
    },
  },
  {
    ...base,
    id: 'image-uri-valid',
    title: 'Each image is a valid image URI',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_CONTAINER_IMAGES' },
    fix: 'Write each image as registry/repository:tag, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/seller/app:1.2.0.',
    check(o, _ix, report) {
      const list = o.d.ContainerImages;
      if (!Array.isArray(list)) return;
      for (let k = 0; k < list.length; k++) {
        const v = list[k];
        if (typeof v !== 'string') report(`${o.dPath}.ContainerImages[${k}]`, 'This entry is not a string.');
      }
      for (const img of imagesOf(o) ?? [])
        if (!img.ref.valid) report(img.path, `${subject(img.ref.raw)} is not a valid image URI.`);
    },
  },
  {
    ...base,
    id: 'image-no-latest',
    title: "No image uses the 'latest' tag (or no tag)",
    severity: 'error',
    source: { document: '001 AddDeliveryOptions; 000 §19', code: 'INVALID_CONTAINER_IMAGE_TAG' },
    fix: "Tag each image with its release version (e.g. 1.4.0) instead of 'latest'.",
    check(o, _ix, report) {
      for (const img of imagesOf(o) ?? []) {
        const ref = img.ref;
        if (!ref.valid) continue;
        if (ref.latest === 'tag') report(img.path, `${subject(ref.raw)} uses the 'latest' tag.`);
        else if (ref.latest === 'implicit')
          report(img.path, `${subject(ref.raw)} has no tag, which means 'latest'.`);
      }
    },
  },
  {
    ...base,
    id: 'image-tag-format',
    title: 'Image tags are well formed',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_CONTAINER_IMAGE_TAG_FORMAT' },
    fix: 'Use a tag of letters, digits, _, . and - (at most 128 characters, not starting with . or -).',
    check(o, _ix, report) {
      for (const img of imagesOf(o) ?? []) {
        const ref = img.ref;
        if (ref.valid && ref.tag !== undefined && !ref.tagValid)
          report(img.path, `The tag "${show(ref.tag, 40)}" is not a valid image tag.`);
      }
    },
  },
  {
    ...base,
    id: 'image-no-external-registry',
    title: 'No image comes from an external registry',
    severity: 'error',
    source: { document: '000 §6, §15, §19; 001', code: 'IMAGE_NOT_FOUND' },
    fix: 'Push the image to one of the product’s AWS Marketplace ECR repositories and reference it from there.',
    check(o, _ix, report) {
      for (const img of imagesOf(o) ?? []) {
        const ref = img.ref;
        if (ref.valid && ref.isExternal)
          report(img.path, `${subject(ref.raw)} comes from ${ref.host}, an external registry.`);
      }
    },
  },
  {
    ...base,
    id: 'image-marketplace-ecr',
    title: 'Every image is in AWS Marketplace managed ECR',
    severity: 'error',
    source: { document: '000 §4.1, §7, §19; 001', code: 'IMAGE_NOT_FOUND' },
    fix: 'Reference images as <12-digit account>.dkr.ecr.<region>.amazonaws.com/<seller>/<repository>:<tag>.',
    check(o, _ix, report) {
      for (const img of imagesOf(o) ?? []) {
        const ref = img.ref;
        if (ref.valid && !ref.isExternal && !ref.isEcr)
          report(img.path, `${subject(ref.raw)} is not in an Amazon ECR registry.`);
      }
    },
  },
  {
    ...base,
    id: 'image-product-repository',
    title: 'Every image is in one of the product’s repositories',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_CONTAINER_IMAGE_REPOSITORY' },
    fix: 'Push the image to a repository created for this product, or add the repository first (an Add repositories draft).',
    check(o, ix, report) {
      const product = ix.product;
      // A product whose snapshot lists no repositories has none: every image fails (seed 001).
      if (!product || !Array.isArray(product.snapshot.Repositories)) return false;
      for (const img of imagesOf(o) ?? []) {
        const ref = img.ref;
        if (!ref.valid || !ref.isEcr || product.repoKeys.has(ref.repoKey)) continue;
        const name = ref.repository.slice(ref.repository.indexOf('/') + 1).toLowerCase();
        if (ix.newRepoNames.has(name)) continue;
        report(img.path, `${subject(ref.repoKey)} is not one of this product’s repositories.`);
      }
    },
  },
];
