import { invalid } from '../errors';
import { listChangeSets, type ChangeSetQuery } from '../store/change-sets';
import { canonicalJson, changeSetArn, decodeToken, encodeToken, ISO_DATE_RE, isoDate, sha256 } from '../wire';
import type { OpHandler } from './context';
import { isObject, optInt, optList, optObject, optString, requireCatalog } from './validate';

const STATUSES = ['PREPARING', 'APPLYING', 'SUCCEEDED', 'CANCELLED', 'FAILED'];
const DATE_FILTERS = {
  BeforeStartTime: 'startBefore',
  AfterStartTime: 'startAfter',
  BeforeEndTime: 'endBefore',
  AfterEndTime: 'endAfter',
} as const;

/** ListChangeSets with the filters, sort and paging of reference §6.1. */
export const listChangeSetsOp: OpHandler = async ({ db, engine, body, accountId }) => {
  requireCatalog(body.Catalog);
  const limit = optInt(body.MaxResults, 'MaxResults', 1, 20) ?? 20;
  const q: ChangeSetQuery = { accountId, sortBy: 'StartTime', descending: true, offset: 0, limit };
  for (const [i, f] of (optList(body.FilterList, 'FilterList', 1, 8) ?? []).entries()) {
    const at = `FilterList[${i}]`;
    if (!isObject(f)) throw invalid(at, `${at} must be an object.`);
    const name = optString(f.Name, `${at}.Name`, 1, 255, /^[a-zA-Z]+$/);
    const values = (optList(f.ValueList, `${at}.ValueList`, 1, 10) ?? []).map(
      (v, j) => optString(v, `${at}.ValueList[${j}]`, 1, 255) ?? '',
    );
    if (!name || !values.length) throw invalid(at, `${at} needs a Name and a ValueList.`);
    if (name === 'ChangeSetName') q.names = values;
    else if (name === 'EntityId') q.entityIds = values;
    else if (name === 'Status') {
      const bad = values.filter((v) => !STATUSES.includes(v));
      if (bad.length)
        throw invalid(
          `${at}.ValueList`,
          `Invalid Status values: ${bad.join(', ')}. Valid values: ${STATUSES.join(', ')}.`,
        );
      q.statuses = values;
    } else if (name in DATE_FILTERS) {
      if (values.length !== 1 || !ISO_DATE_RE.test(values[0]!))
        throw invalid(`${at}.ValueList`, `${name} takes one date in the format YYYY-MM-DDTHH:MM:SSZ.`);
      q[DATE_FILTERS[name as keyof typeof DATE_FILTERS]] = new Date(values[0]!);
    } else {
      throw invalid(
        `${at}.Name`,
        `Unsupported filter ${name}. Supported: ChangeSetName, Status, EntityId, ${Object.keys(DATE_FILTERS).join(', ')}.`,
      );
    }
  }
  const sort = optObject(body.Sort, 'Sort');
  if (sort) {
    if (sort.SortBy !== undefined && sort.SortBy !== 'StartTime' && sort.SortBy !== 'EndTime')
      throw invalid('Sort.SortBy', 'Sort.SortBy must be StartTime or EndTime.');
    if (sort.SortOrder !== undefined && sort.SortOrder !== 'ASCENDING' && sort.SortOrder !== 'DESCENDING')
      throw invalid('Sort.SortOrder', 'Sort.SortOrder must be ASCENDING or DESCENDING.');
    q.sortBy = (sort.SortBy as ChangeSetQuery['sortBy']) ?? 'StartTime';
    q.descending = sort.SortOrder !== 'ASCENDING';
  }
  const fingerprint = sha256(canonicalJson({ f: body.FilterList, s: body.Sort }));
  const token = optString(body.NextToken, 'NextToken', 1, 4096);
  if (token !== undefined) {
    const offset = decodeToken(token, fingerprint);
    if (offset === undefined)
      throw invalid('NextToken', 'The NextToken is invalid or belongs to a different query.');
    q.offset = offset;
  }
  await engine.advanceIfStale();
  const { rows, more } = await listChangeSets(db, q);
  return {
    ChangeSetSummaryList: rows.map((r) => ({
      ChangeSetId: r.changeSetId,
      ChangeSetArn: changeSetArn(r.changeSetId, r.accountId),
      ChangeSetName: r.name,
      StartTime: isoDate(r.startTime),
      ...(r.endTime ? { EndTime: isoDate(r.endTime) } : {}),
      Status: r.status,
      EntityIdList: r.entityIds,
      ...(r.failureCode ? { FailureCode: r.failureCode } : {}),
    })),
    ...(more ? { NextToken: encodeToken(q.offset + rows.length, fingerprint) } : {}),
  };
};
