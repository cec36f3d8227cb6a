import { createHash } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { emuImage } from '@/lib/db/schema';
import type { ImageInfo } from '../changes/types';

type Tx = Pick<Db, 'select' | 'insert'>;

/** Digest derived from repository and tag, so a push is deterministic and repeatable. */
export const digestOf = (repository: string, tag: string) =>
  `sha256:${createHash('sha256').update(`${repository}:${tag}`).digest('hex')}`;

/** Tags containing this marker are recorded as vulnerable even without `vulnerable: true`. */
export const VULNERABLE_MARKER = 'vulnerable';

/** Marketplace repositories have immutable tags: a pushed tag can never be pushed again. */
export class TagExistsError extends Error {
  constructor(repository: string, tag: string) {
    super(
      `The image tag ${tag} already exists in ${repository}, and tags in AWS Marketplace repositories are immutable. Push with a new tag.`,
    );
    this.name = 'ImageTagAlreadyExistsException';
  }
}

/** Records a pushed tag; throws TagExistsError when the tag was pushed before, even if the push is identical. */
export async function pushImage(
  db: Tx,
  repository: string,
  tag: string,
  vulnerable?: boolean,
): Promise<{ repository: string; tag: string; digest: string; vulnerable: boolean }> {
  const row = {
    repository,
    tag,
    digest: digestOf(repository, tag),
    vulnerable: vulnerable ?? tag.includes(VULNERABLE_MARKER),
    pushedAt: new Date(),
  };
  const inserted = await db
    .insert(emuImage)
    .values(row)
    .onConflictDoNothing({ target: [emuImage.repository, emuImage.tag] })
    .returning({ tag: emuImage.tag });
  if (!inserted.length) throw new TagExistsError(repository, tag);
  return row;
}

export async function imagesIn(db: Tx, repositories: string[]): Promise<Map<string, ImageInfo>> {
  const out = new Map<string, ImageInfo>();
  if (!repositories.length) return out;
  const rows = await db.select().from(emuImage).where(inArray(emuImage.repository, repositories));
  for (const r of rows) out.set(`${r.repository}:${r.tag}`, { digest: r.digest, vulnerable: r.vulnerable });
  return out;
}

export async function listImages(db: Tx, repository: string) {
  return db.select().from(emuImage).where(eq(emuImage.repository, repository)).orderBy(emuImage.pushedAt);
}

export async function imageByDigest(db: Tx, digest: string) {
  const rows = await db.select().from(emuImage).where(eq(emuImage.digest, digest));
  return rows[0];
}
