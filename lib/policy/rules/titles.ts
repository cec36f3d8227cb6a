import { ADD_UPDATE, requestRule, type ChangeRule, type RequestRule } from '../rule';
import { optionTitle, type ChangeTarget, type Indexed } from '../context';
import { isRecord, show } from '../util';

/** The snapshot version an UpdateDeliveryOptions change edits (the version of its first known option). */
export function versionIdOfUpdate(c: ChangeTarget, ix: Indexed): string | undefined {
  for (const o of c.options) {
    const id = o.raw.Id;
    const hit = typeof id === 'string' ? ix.product?.options.get(id) : undefined;
    if (hit) return hit.version.Id ?? '';
  }
  return undefined;
}

/** Version and delivery option title uniqueness. */
export const TITLE_RULES: (RequestRule | ChangeRule)[] = [
  requestRule({
    id: 'version-title-unique',
    title: 'Version title is not already used',
    section: 'Version',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'DUPLICATE_VERSION_TITLE' },
    scope: 'request',
    changeTypes: ADD_UPDATE,
    methods: 'all',
    field: 'Version.VersionTitle',
    fix: 'Choose a version title that no other version of the product uses.',
    check(ix, _ix, report) {
      const inRequest = new Map<string, string>();
      let applies = false;
      for (const c of ix.changes) {
        if (c.type !== 'AddDeliveryOptions' && c.type !== 'UpdateDeliveryOptions') continue;
        const v = isRecord(c.details?.Version) ? c.details.Version : undefined;
        const title = typeof v?.VersionTitle === 'string' ? v.VersionTitle : undefined;
        if (title === undefined) continue;
        applies = true;
        const path = `${c.detailsPath}.Version.VersionTitle`;
        const owner = ix.product?.versionTitles.get(title);
        const self = c.type === 'UpdateDeliveryOptions' ? versionIdOfUpdate(c, ix) : undefined;
        if (owner !== undefined && owner !== self)
          report(path, `The version title "${show(title)}" is already used by another version.`);
        else if (inRequest.has(title))
          report(path, `The version title "${show(title)}" is also used at ${inRequest.get(title)}.`);
        if (!inRequest.has(title)) inRequest.set(title, path);
      }
      return applies;
    },
  }),
  {
    id: 'option-titles-unique',
    title: 'Delivery option titles are unique within the version',
    section: 'Delivery option',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'DUPLICATE_DELIVERY_OPTION_TITLES' },
    scope: 'change',
    changeTypes: ADD_UPDATE,
    methods: 'all',
    field: 'DeliveryOptions[].DeliveryOptionTitle',
    fix: 'Give each delivery option of the version a different title.',
    check(c, _ix, report) {
      const seen = new Set<string>();
      for (const o of c.options) {
        const t = optionTitle(o);
        if (typeof t.value !== 'string') continue;
        if (seen.has(t.value)) report(t.path, `The delivery option title "${show(t.value)}" is used twice.`);
        seen.add(t.value);
      }
    },
  },
  {
    id: 'option-title-not-taken',
    title: 'A renamed delivery option does not take another option’s title',
    section: 'Delivery option',
    severity: 'error',
    source: { document: '001 UpdateDeliveryOptions', code: 'INVALID_DELIVERY_OPTION_TITLES' },
    scope: 'change',
    changeTypes: ['UpdateDeliveryOptions'],
    methods: 'all',
    field: 'DeliveryOptions[].Details.*.DeliveryOptionTitle',
    fix: 'Choose a title that no other delivery option of this version has.',
    check(c, ix, report) {
      if (!ix.product) return false;
      for (const o of c.options) {
        const t = optionTitle(o);
        const hit = typeof o.raw.Id === 'string' ? ix.product.options.get(o.raw.Id) : undefined;
        if (typeof t.value !== 'string' || !hit) continue;
        const taken = (hit.version.DeliveryOptions ?? []).some(
          (x) => x?.Id !== o.raw.Id && x?.Title === t.value,
        );
        if (taken)
          report(
            t.path,
            `The title "${show(t.value)}" already belongs to another delivery option of this version.`,
          );
      }
    },
  },
];
