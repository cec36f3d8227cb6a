import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { emuChangeSet } from '@/lib/db/schema';
import type { StoredChange } from '../changes/evaluate';
import { ApiError, invalid, notFound } from '../errors';
import { countOpen, findByToken, openChangeSetsFor } from '../store/change-sets';
import { getEntity } from '../store/entities';
import { putTags } from '../store/tags';
import { canonicalJson, changeSetArn, newChangeSetId, newProductId, sha256 } from '../wire';
import type { OpHandler } from './context';
import { lockConflict } from './locks';
import { parseStartChangeSet, resolveRefs, type ParsedStart } from './start-change-set-parse';

/** StartChangeSet: validate, deduplicate on ClientRequestToken, lock the entities, queue the change set. */
export const startChangeSet: OpHandler = async ({ db, body, accountId, faults, stepMs }) => {
  const parsed = parseStartChangeSet(body);
  // The SDK and the CLI always fill the token; a caller that does not gets no deduplication, as on AWS.
  const token = parsed.token ?? randomUUID();
  const { ClientRequestToken: _omit, ...rest } = body;
  const hash = sha256(canonicalJson(rest));
  const replay = await findByToken(db, accountId, token);
  if (replay) return replayOf(replay, hash);
  try {
    return await db.transaction(async (tx) => {
      const changes = await resolveChanges(tx, parsed);
      const entityIds = [...new Set(changes.map((c) => c.entityId))];
      const busy = await openChangeSetsFor(
        tx,
        entityIds.filter((id) => !changes.some((c) => c.ChangeType === 'CreateProduct' && c.entityId === id)),
      );
      const conflict = lockConflict(busy, changes);
      if (conflict) throw conflict;
      if ((await countOpen(tx, accountId)) >= faults.maxOpenChangeSets) {
        throw new ApiError(
          'ServiceQuotaExceededException',
          `The maximum number of open requests per account (${faults.maxOpenChangeSets}) has been exceeded.`,
        );
      }
      const changeSetId = newChangeSetId();
      const start = new Date();
      await tx.insert(emuChangeSet).values({
        changeSetId,
        accountId,
        name: parsed.name ?? `Submitted by ${accountId}`,
        intent: parsed.intent,
        status: 'PREPARING',
        entityIds,
        changes,
        clientToken: token,
        requestHash: hash,
        stepMs,
        startTime: start,
        nextAt: new Date(start.getTime() + stepMs),
      });
      if (parsed.tags) await putTags(tx, changeSetArn(changeSetId, accountId), parsed.tags);
      return { ChangeSetId: changeSetId, ChangeSetArn: changeSetArn(changeSetId, accountId) };
    });
  } catch (e) {
    // Another request with the same token won the race: answer as a replay.
    if (!(e instanceof ApiError)) {
      const raced = await findByToken(db, accountId, token);
      if (raced) return replayOf(raced, hash);
    }
    throw e;
  }
};

function replayOf(row: { changeSetId: string; accountId: string; requestHash: string | null }, hash: string) {
  if (row.requestHash !== hash) {
    throw invalid(
      'ClientRequestToken',
      `ClientRequestToken was already used by change set ${row.changeSetId} with a different request. Use a new token for a different request.`,
    );
  }
  return { ChangeSetId: row.changeSetId, ChangeSetArn: changeSetArn(row.changeSetId, row.accountId) };
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Allocates ids for created products, resolves references, and checks targets and revisions. */
async function resolveChanges(tx: Tx, parsed: ParsedStart): Promise<StoredChange[]> {
  const created = new Map<string, string>();
  for (const c of parsed.changes)
    if (c.ChangeType === 'CreateProduct') created.set(c.ChangeName ?? `#${created.size}`, newProductId());
  const out: StoredChange[] = [];
  const seen = new Set<string>();
  let createIndex = 0;
  for (const [i, c] of parsed.changes.entries()) {
    let entityId: string;
    let revision = 1;
    if (c.ChangeType === 'CreateProduct') {
      entityId = created.get(c.ChangeName ?? `#${createIndex}`)!;
      createIndex++;
    } else if (c.ref) {
      entityId = created.get(c.ref)!;
    } else {
      const [id, rev] = c.Identifier!.split('@') as [string, string | undefined];
      const entity = await getEntity(tx, id, true);
      if (!entity) throw notFound(`Entity ${id} was not found.`);
      if (rev !== undefined && Number(rev) !== entity.revision) {
        throw invalid(
          `ChangeSet[${i}].Entity.Identifier`,
          `The revision ${rev} of entity ${id} is not the latest. The latest RevisionId is ${entity.revision}; use ${id}@${entity.revision}.`,
        );
      }
      entityId = id;
      revision = entity.revision;
    }
    const key = `${c.ChangeType} ${entityId}`;
    if (seen.has(key))
      throw invalid(
        `ChangeSet[${i}].ChangeType`,
        `The change type ${c.ChangeType} appears more than once for entity ${entityId}.`,
      );
    seen.add(key);
    const doc = resolveRefs(c.doc, created);
    out.push({
      ChangeType: c.ChangeType,
      ...(c.ChangeName ? { ChangeName: c.ChangeName } : {}),
      Entity: { Type: c.Type, Identifier: `${entityId}@${revision}` },
      entityId,
      DetailsDocument: doc,
      Details: c.ref || created.size ? JSON.stringify(doc) : c.detailsString,
      ...(c.EntityTags ? { EntityTags: c.EntityTags } : {}),
      ErrorDetailList: [],
    });
  }
  return out;
}
