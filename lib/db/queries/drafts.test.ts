import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends, type TestDb } from '../testing/backends';
import { createDraft, deleteDraft, getDraft, listDrafts, updateDraft } from './drafts';
import { claimSubmission, createSubmission, getSubmissionFor, updateSubmissionResult } from './submissions';
import { createDraftReview, createReviewRequest, listReviewEvents } from './reviews';

const backends = await testBackends();
const counts = { passed: 1, failed: 0, warnings: 0, manual: 0 };

describe.each(backends)('drafts and submissions on $name', ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const newDraft = () =>
    createDraft(t.handle.db, {
      productId: 'prod-1',
      productTitle: 'P',
      changeType: 'AddRepositories',
      title: 'T',
      data: { a: 1 },
      authorId: 'u1',
    });

  it('saves with compare-and-set: a save against an old revision is refused and nothing is overwritten', async () => {
    const db = t.handle.db;
    const d = await newDraft();
    expect(d.revision).toBe(1);
    const first = await updateDraft(db, {
      id: d.id,
      revision: 1,
      title: 'mine',
      data: { a: 2 },
      checklist: counts,
      updatedBy: 'u1',
    });
    expect(first.ok && first.draft.revision).toBe(2);
    const stale = await updateDraft(db, {
      id: d.id,
      revision: 1,
      title: 'theirs',
      data: { a: 3 },
      checklist: counts,
      updatedBy: 'u2',
    });
    expect(stale).toMatchObject({ ok: false, conflict: true });
    expect(!stale.ok && stale.current?.revision).toBe(2);
    expect((await getDraft(db, d.id))?.data).toEqual({ a: 2 });
  });

  it('lets exactly one of two concurrent saves of one revision win', async () => {
    const db = t.handle.db;
    const d = await newDraft();
    const results = await Promise.all([
      updateDraft(db, {
        id: d.id,
        revision: 1,
        title: 'a',
        data: { who: 'a' },
        checklist: counts,
        updatedBy: 'u1',
      }),
      updateDraft(db, {
        id: d.id,
        revision: 1,
        title: 'b',
        data: { who: 'b' },
        checklist: counts,
        updatedBy: 'u2',
      }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await getDraft(db, d.id))?.revision).toBe(2);
  });

  it('lists drafts and deletes one', async () => {
    const db = t.handle.db;
    const d = await newDraft();
    expect((await listDrafts(db)).some((x) => x.id === d.id)).toBe(true);
    expect(await deleteDraft(db, d.id)).toBe(true);
    expect(await getDraft(db, d.id)).toBeUndefined();
  });

  it('keeps one submission row per draft revision: every concurrent caller reads the winner token', async () => {
    const db = t.handle.db;
    const d = await newDraft();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        createSubmission(db, {
          draftId: d.id,
          draftRevision: 1,
          productId: 'prod-1',
          clientRequestToken: `token-${d.id}-${i}`,
          request: {},
          submittedBy: 'u',
        }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.row.clientRequestToken)).size).toBe(1);
    const row = results[0]!.row;
    const claims = await Promise.all(
      Array.from({ length: 5 }, () => claimSubmission(db, { id: row.id, staleAfterMs: 60_000 })),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    await updateSubmissionResult(db, { id: row.id, state: 'submitted', changeSetId: 'cs-1' });
    expect(await claimSubmission(db, { id: row.id, staleAfterMs: 0 })).toBe(false);
    expect((await getSubmissionFor(db, { draftId: d.id, draftRevision: 1 }))?.changeSetId).toBe('cs-1');
  });

  it('records review requests and verdicts per revision, in order', async () => {
    const db = t.handle.db;
    const d = await newDraft();
    await createReviewRequest(db, {
      draftId: d.id,
      draftRevision: 1,
      contentHash: 'h1',
      note: '',
      requestedBy: 'pm',
      requestedByName: 'P',
    });
    for (const verdict of ['changes-requested', 'approved'] as const) {
      await new Promise((r) => setTimeout(r, 5));
      await createDraftReview(db, {
        draftId: d.id,
        draftRevision: 1,
        contentHash: 'h1',
        verdict,
        comment: verdict === 'approved' ? '' : 'fix',
        reviewerId: 'r',
        reviewerName: 'R',
      });
    }
    const events = (await listReviewEvents(db, [d.id])).get(d.id)!;
    expect(events.map((e) => e.verdict ?? e.kind).sort()).toEqual([
      'approved',
      'changes-requested',
      'request',
    ]);
    expect(events.find((e) => e.kind === 'request')).toMatchObject({ userId: 'pm', contentHash: 'h1' });
  });
});
