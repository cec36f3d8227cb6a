import { ApiError, invalid } from '../errors';
import { CHANGE_HANDLERS } from '../changes';
import { checkListingFields } from './listing-fields';
import {
  isObject,
  optList,
  optObject,
  optString,
  reqString,
  requireCatalog,
  tagList,
  type Tag,
} from './validate';

export interface ParsedChange {
  ChangeType: string;
  ChangeName?: string;
  Type: string;
  Identifier?: string;
  /** `$Name.Entity.Identifier` when the identifier references another change. */
  ref?: string;
  doc: unknown;
  detailsString: string;
  EntityTags?: Tag[];
}

export interface ParsedStart {
  name?: string;
  token?: string;
  tags?: Tag[];
  intent: 'APPLY';
  changes: ParsedChange[];
}

export const REF_RE = /^\$([\w-]+)\.Entity\.Identifier$/;
const IDENTIFIER_RE = /^([\w-]+)(?:@(\d+))?$/;

/** Synchronous validation of a StartChangeSet body (reference §3.1, §4.1, §10.3). No database access. */
export function parseStartChangeSet(body: Record<string, unknown>): ParsedStart {
  requireCatalog(body.Catalog);
  const name = optString(body.ChangeSetName, 'ChangeSetName', 1, 100, /^[\w\s+=.:@-]+$/);
  const token = optString(body.ClientRequestToken, 'ClientRequestToken', 1, 64, /^[!-~]+$/);
  const tags = tagList(body.ChangeSetTags, 'ChangeSetTags');
  const intent = body.Intent ?? 'APPLY';
  // AWS documents VALIDATE only for adding versions to single-AMI products (reference, corrections).
  if (intent === 'VALIDATE')
    throw invalid(
      'Intent',
      'Intent VALIDATE is supported only for adding versions to single-AMI products. Container products accept APPLY only.',
    );
  if (intent !== 'APPLY') throw invalid('Intent', 'Intent must be APPLY or VALIDATE.');
  const list = optList(body.ChangeSet, 'ChangeSet', 1, 20);
  if (!list) throw invalid('ChangeSet', 'ChangeSet is required.');
  const changes = list.map((c, i) => parseChange(c, i));
  const names = changes.flatMap((c) => (c.ChangeName ? [c.ChangeName] : []));
  if (new Set(names).size !== names.length)
    throw invalid('ChangeSet', 'ChangeName values must be unique within a change set.');
  const creates = (name: string) =>
    changes.some((o) => o.ChangeName === name && o.ChangeType === 'CreateProduct');
  for (const [i, c] of changes.entries()) {
    if (c.ref && !creates(c.ref))
      throw invalid(
        `ChangeSet[${i}].Entity.Identifier`,
        `The reference $${c.ref}.Entity.Identifier does not name a CreateProduct change in this change set.`,
      );
    const dangling = refsIn(c.doc).find((name) => !creates(name));
    if (dangling)
      throw invalid(
        `ChangeSet[${i}].DetailsDocument`,
        `The reference $${dangling}.Entity.Identifier does not name a CreateProduct change in this change set.`,
      );
  }
  return { name, token, tags, intent, changes };
}

function parseChange(raw: unknown, i: number): ParsedChange {
  const at = `ChangeSet[${i}]`;
  const c = optObject(raw, at);
  if (!c) throw invalid(at, `${at} must be an object.`);
  const changeType = reqString(c.ChangeType, `${at}.ChangeType`, 1, 255, /^[A-Z]\w*$/);
  const changeName = optString(c.ChangeName, `${at}.ChangeName`, 1, 72, /^[\w-]+$/);
  const entity = optObject(c.Entity, `${at}.Entity`);
  if (!entity) throw invalid(`${at}.Entity`, `${at}.Entity is required.`);
  const type = reqString(entity.Type, `${at}.Entity.Type`, 1, 255);
  const m = /^([A-Za-z]+)@(\d+\.\d+)$/.exec(type);
  if (!m)
    throw invalid(
      `${at}.Entity.Type`,
      `Entity type ${type} must be versioned, for example ContainerProduct@1.0.`,
    );
  if (m[1] !== 'ContainerProduct')
    throw new ApiError(
      'ValidationException',
      `Entity type ${m[1]} is not supported by the local Catalog API service, which emulates container products only.`,
      [{ Reason: 'FieldValidationFailed', Field: `${at}.Entity.Type`, EntityType: type }],
    );
  if (m[2] !== '1.0')
    throw invalid(
      `${at}.Entity.Type`,
      `Entity type version ${m[2]} is not supported for ContainerProduct. Use ContainerProduct@1.0.`,
    );
  if (!CHANGE_HANDLERS[changeType]) {
    throw new ApiError('ValidationException', `Change type ${changeType} is not supported for ${type}.`, [
      {
        Reason: 'FieldValidationFailed',
        Field: `${at}.ChangeType`,
        ChangeType: changeType,
        EntityType: type,
      },
    ]);
  }
  const identifier = optString(entity.Identifier, `${at}.Entity.Identifier`, 1, 255);
  let ref: string | undefined;
  if (changeType === 'CreateProduct') {
    if (identifier !== undefined)
      throw invalid(`${at}.Entity.Identifier`, 'Entity.Identifier must be omitted for CreateProduct.');
  } else {
    if (identifier === undefined)
      throw invalid(`${at}.Entity.Identifier`, `Entity.Identifier is required for ${changeType}.`);
    ref = REF_RE.exec(identifier)?.[1];
    if (!ref && !IDENTIFIER_RE.test(identifier))
      throw invalid(
        `${at}.Entity.Identifier`,
        `Entity.Identifier ${identifier} must be EntityId, EntityId@RevisionId or $ChangeName.Entity.Identifier.`,
      );
  }
  const { doc, detailsString } = parseDetails(c, at);
  checkListingFields(changeType, doc, at);
  return {
    ChangeType: changeType,
    ChangeName: changeName,
    Type: type,
    Identifier: identifier,
    ref,
    doc,
    detailsString,
    EntityTags: tagList(c.EntityTags, `${at}.EntityTags`),
  };
}

/** Exactly one of Details (a JSON string, all the AWS CLI 2.9 can send) and DetailsDocument. */
function parseDetails(c: Record<string, unknown>, at: string): { doc: unknown; detailsString: string } {
  const hasString = c.Details !== undefined && c.Details !== null;
  const hasDoc = c.DetailsDocument !== undefined && c.DetailsDocument !== null;
  if (hasString && hasDoc) throw invalid(at, 'Provide either Details or DetailsDocument, not both.');
  if (!hasString && !hasDoc) throw invalid(`${at}.DetailsDocument`, 'Provide Details or DetailsDocument.');
  if (hasDoc) {
    const detailsString = JSON.stringify(c.DetailsDocument);
    if (detailsString.length > 16384 * 4)
      throw invalid(`${at}.DetailsDocument`, 'DetailsDocument is too large.');
    return { doc: c.DetailsDocument, detailsString };
  }
  const s = reqString(c.Details, `${at}.Details`, 2, 16384);
  let doc: unknown;
  try {
    doc = JSON.parse(s);
  } catch {
    throw invalid(`${at}.Details`, 'Details must be a string containing a JSON document.', 'CannotParse');
  }
  // Arrays are accepted too: AddDimensions-style arrays can only be sent as strings by old CLIs.
  if (!isObject(doc) && !Array.isArray(doc))
    throw invalid(`${at}.Details`, 'Details must contain a JSON object.', 'CannotParse');
  return { doc, detailsString: s };
}

/** The change names referenced by `$Name.Entity.Identifier` values anywhere in a document. */
function refsIn(v: unknown): string[] {
  if (typeof v === 'string') return REF_RE.exec(v)?.slice(1, 2) ?? [];
  if (Array.isArray(v)) return v.flatMap(refsIn);
  if (isObject(v)) return Object.values(v).flatMap(refsIn);
  return [];
}

/** Replaces `$Name.Entity.Identifier` strings anywhere in a document with the created entity id. */
export function resolveRefs(v: unknown, ids: Map<string, string>): unknown {
  if (typeof v === 'string') {
    const ref = REF_RE.exec(v)?.[1];
    return ref && ids.has(ref) ? ids.get(ref) : v;
  }
  if (Array.isArray(v)) return v.map((x) => resolveRefs(x, ids));
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveRefs(x, ids)]));
  return v;
}
