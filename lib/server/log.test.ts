import { DrizzleQueryError } from 'drizzle-orm/errors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failure } from '@/lib/actions/result';
import { log } from './log';

const HASH = 'c2FsdHNhbHRzYWx0:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const DRAFT = JSON.stringify({ productTitle: 'Secret roadmap product', description: 'not yet announced' });

function queryError(params: unknown[]) {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint'), {
    code: '23505',
    severity: 'ERROR',
  });
  return new DrizzleQueryError('insert into "account" ("password") values ($1)', params, cause);
}

function captured(spy: { mock: { calls: unknown[][] } }): string {
  return spy.mock.calls.map((c) => String(c[0])).join('\n');
}

afterEach(() => vi.restoreAllMocks());

describe('the logger and database errors', () => {
  it('prints the error class, code and cause class, never the SQL or its params', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    log.error('reset failed', { userId: 'u1', error: queryError(['u1', HASH]) });
    const out = captured(spy);
    expect(out).not.toContain(HASH);
    expect(out).not.toContain('insert into');
    const line = JSON.parse(out) as { error: Record<string, string> };
    expect(line.error).toEqual({ class: 'DrizzleQueryError', code: '23505', cause: 'Error' });
  });

  it('withholds query text passed as a string (String(err))', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    log.error('route failed', { error: String(queryError([HASH])) });
    expect(captured(spy)).not.toContain(HASH);
  });

  it('a failed draft save logs no form content', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = failure(queryError([DRAFT, 'draft-1']), 'save-draft');
    expect(result.ok).toBe(false);
    const out = captured(spy);
    expect(out).toContain('save-draft');
    expect(out).not.toContain('Secret roadmap');
    expect(out).not.toContain('not yet announced');
  });
});
