import { ADD_UPDATE, type ChangeRule, type OptionRule } from '../rule';
import { optionTitle } from '../context';
import { LIMITS } from '../patterns';
import { textProblems } from '../text-check';
import { isRecord } from '../util';

const versionOf = (details: Record<string, unknown> | undefined) =>
  isRecord(details?.Version) ? details.Version : undefined;

/** Version title and release notes (change level). */
export const VERSION_TEXT_RULES: ChangeRule[] = [
  {
    id: 'version-title-valid',
    title: 'Version title is present, short and clean',
    section: 'Version',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_VERSION_TITLE' },
    scope: 'change',
    changeTypes: ADD_UPDATE,
    methods: 'all',
    field: 'Version.VersionTitle',
    fix: 'Give a version title of at most 64 characters with no leading spaces and no space before ™/®.',
    check(c, _ix, report) {
      const v = versionOf(c.details);
      const add = c.type === 'AddDeliveryOptions';
      if (!v && !add) return;
      const spec = {
        label: 'the version title',
        max: LIMITS.versionTitle,
        required: add,
        noLeadingSpace: true,
      };
      for (const m of textProblems(v?.VersionTitle, spec)) report(`${c.detailsPath}.Version.VersionTitle`, m);
    },
  },
  {
    id: 'release-notes-valid',
    title: 'Release notes are present and under 30,000 characters',
    section: 'Version',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_RELEASE_NOTES' },
    scope: 'change',
    changeTypes: ADD_UPDATE,
    methods: 'all',
    field: 'Version.ReleaseNotes',
    fix: 'Write release notes (fewer than 30,000 characters) that start with text, not spaces.',
    check(c, _ix, report) {
      const v = versionOf(c.details);
      const add = c.type === 'AddDeliveryOptions';
      if (!v && !add) return;
      const spec = {
        label: 'release notes',
        max: LIMITS.releaseNotes - 1,
        required: add,
        noLeadingSpace: true,
        multiline: true,
      };
      for (const m of textProblems(v?.ReleaseNotes, spec)) report(`${c.detailsPath}.Version.ReleaseNotes`, m);
    },
  },
];

const optionBase = {
  section: 'Delivery option',
  scope: 'option',
  changeTypes: ADD_UPDATE,
  severity: 'error',
} as const;

/** Delivery option title, description and usage instructions. */
export const OPTION_TEXT_RULES: OptionRule[] = [
  {
    ...optionBase,
    id: 'option-title-valid',
    title: 'Delivery option title is present and at most 72 characters',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_FULFILLMENT_OPTION_TITLE' },
    methods: 'all',
    field: 'DeliveryOptions[].DeliveryOptionTitle',
    fix: 'Give the delivery option a short title (at most 72 characters).',
    check(o, _ix, report) {
      const t = optionTitle(o);
      const spec = {
        label: 'a delivery option title',
        max: LIMITS.optionTitle,
        required: o.change.type === 'AddDeliveryOptions',
      };
      for (const m of textProblems(t.value, spec)) report(t.path, m);
    },
  },
  {
    ...optionBase,
    id: 'option-description-valid',
    title: 'Delivery option description is present and under 1,000 characters',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_SHORT_DESCRIPTION' },
    methods: 'all',
    field: 'DeliveryOptions[].Details.*.Description',
    fix: 'Describe the delivery option in fewer than 1,000 characters.',
    check(o, _ix, report) {
      if (!o.method) return false;
      const spec = {
        label: 'a short description',
        max: LIMITS.description - 1,
        required: o.change.type === 'AddDeliveryOptions',
        noLeadingSpace: true,
        multiline: true,
      };
      for (const m of textProblems(o.d.Description, spec)) report(`${o.dPath}.Description`, m);
    },
  },
  {
    ...optionBase,
    id: 'usage-instructions-valid',
    title: 'Usage instructions are present and at most 4,000 characters',
    section: 'Usage instructions',
    source: { document: '001 AddDeliveryOptions; 000 §6', code: 'INVALID_USAGE_INSTRUCTIONS' },
    methods: 'all',
    field: 'DeliveryOptions[].Details.*.UsageInstructions',
    fix: 'Write usage instructions of at most 4,000 characters; link to longer documentation if needed.',
    check(o, _ix, report) {
      if (!o.method) return false;
      const spec = {
        label: 'usage instructions',
        max: LIMITS.usage,
        required: o.change.type === 'AddDeliveryOptions',
        multiline: true,
      };
      for (const m of textProblems(o.d.UsageInstructions, spec)) report(`${o.dPath}.UsageInstructions`, m);
    },
  },
];
