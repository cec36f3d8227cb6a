import { z } from 'zod';

/*
 * The building blocks of the field registry. A field's kind decides its form schema, its empty
 * value and how its value travels: form → request (encode), request → form (decode, for "Fix in
 * draft") and DescribeEntity → form (fromEntity, the Update wizard's baseline).
 */

export const DELIVERY_METHODS = ['ecr', 'helm', 'eks-addon'] as const;
export type OptionMethod = (typeof DELIVERY_METHODS)[number];

/** `always`: sent with every option of the method; `if-set`: sent only when the seller filled it in. */
type Presence = 'always' | 'if-set';

/** When AWS no longer accepts a new value: once the version is public, or once the option is restricted. */
export type Lock = 'public' | 'restricted';

export interface OptionField<S extends z.ZodType = z.ZodType> {
  schema: S;
  empty: (method: OptionMethod) => z.infer<S>;
  /** Key inside Details.<Kind>DeliveryOptionDetails. */
  request: string;
  /** AddDeliveryOptions carries this key at the option's top level instead (DeliveryOptionTitle). */
  isTopLevelOnAdd?: boolean;
  /** Dot path in a DescribeEntity Versions[].DeliveryOptions[] entry; `Source.` is the option's source. */
  entity: string;
  label: string;
  /** The methods whose details carry the field. */
  methods: Partial<Record<OptionMethod, Presence>>;
  lock?: Lock;
  /** List-of-objects fields: form column → request key (a `Metadata.` prefix is allowed). */
  columns?: Record<string, string>;
  // Method syntax so the registry, typed per field, still fits Record<string, OptionField>.
  encode(value: z.infer<S>, presence: Presence): unknown;
  decode(raw: unknown): z.infer<S>;
  fromEntity(raw: unknown): z.infer<S>;
}

export type Json = Record<string, unknown>;
export const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
export const strs = (v: unknown): string[] => arr(v).filter((x): x is string => typeof x === 'string');

/** The message at a field whose text is longer than a draft can store. */
export const tooLongToSave = (max: number) =>
  `This text is too long to save (at most ${max.toLocaleString('en-US')} characters). Shorten it: the rest of the draft is still saved.`;

/** A text a draft can store: at most `max` characters, with the seller's message when longer. */
export const storableText = (max = 40_000) => z.string().max(max, { error: tooLongToSave(max) });

const textSchema = storableText();
const listSchema = z.array(storableText(1000)).max(60);
const isSet = (v: string) => v.trim() !== '';

type Meta = Pick<OptionField, 'request' | 'entity' | 'label' | 'methods' | 'lock' | 'isTopLevelOnAdd'>;

/** Free text, sent as typed (titles, descriptions, instructions). */
export const text = (m: Meta): OptionField<typeof textSchema> => ({
  ...m,
  schema: textSchema,
  empty: () => '',
  encode: (v, p) => (p === 'always' || isSet(v) ? v : undefined),
  decode: str,
  fromEntity: str,
});

/** A name or identifier: trimmed when always sent; an optional one is sent as typed so rules see it. */
export const name = (m: Meta): OptionField<typeof textSchema> => ({
  ...text(m),
  encode: (v, p) => (p === 'always' ? v.trim() : isSet(v) ? v : undefined),
});

/** A list of strings, blank entries dropped. `empty` gives the default for a new option. */
export const list = (
  m: Meta,
  empty: (method: OptionMethod) => string[] = () => [],
): OptionField<typeof listSchema> => ({
  ...m,
  schema: listSchema,
  empty,
  encode: (v) => v.map((s) => s.trim()).filter(Boolean),
  decode: strs,
  fromEntity: strs,
});

export const flag = (m: Meta): OptionField<z.ZodBoolean> => ({
  ...m,
  schema: z.boolean(),
  empty: () => false,
  encode: (v) => v,
  decode: (raw) => raw === true,
  fromEntity: (raw) => raw === true,
});

/** Reads a dot path of a DescribeEntity delivery option whose `Source` has been resolved. */
export function atPath(o: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => obj(v)[k], o);
}
