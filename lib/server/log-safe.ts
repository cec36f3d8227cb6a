/**
 * What a log line may say about an error: its class, a short code and its cause's class. Never the
 * message of a database error (drizzle's DrizzleQueryError and pg/PGlite errors carry the SQL and
 * its parameters: password hashes, whole drafts), never anything for a query string passed as text.
 */
const QUERY_TEXT = /failed query|insert into|update\s+"|select\s+.+\s+from|params:/i;
const CODE = /^[A-Za-z0-9_]{1,40}$/;

function className(err: object): string {
  const ctor = err.constructor?.name;
  if (ctor && ctor !== 'Error' && ctor !== 'Object' && CODE.test(ctor)) return ctor;
  const name = (err as { name?: unknown }).name;
  return typeof name === 'string' && CODE.test(name) ? name : 'Error';
}

function isDatabaseError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  const e = err as Record<string, unknown>;
  if (className(e) === 'DrizzleQueryError' || className(e) === 'DatabaseError') return true;
  if ('query' in e || 'params' in e || 'severity' in e) return true;
  return isDatabaseError(e.cause, depth + 1);
}

export function describeError(err: unknown): Record<string, string> {
  if (!(err instanceof Error)) return { class: typeof err };
  const out: Record<string, string> = { class: className(err) };
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && CODE.test(code)) out.code = code;
  const cause = err.cause;
  if (cause && typeof cause === 'object') {
    out.cause = className(cause);
    const causeCode = (cause as { code?: unknown }).code;
    if (!out.code && typeof causeCode === 'string' && CODE.test(causeCode)) out.code = causeCode;
  }
  if (!isDatabaseError(err) && !QUERY_TEXT.test(err.message)) out.message = err.message.slice(0, 200);
  return out;
}

/** A field value made safe to print: errors described, query text (from `String(err)`) withheld. */
export function safeField(value: unknown): unknown {
  if (value instanceof Error) return describeError(value);
  if (typeof value === 'string' && QUERY_TEXT.test(value)) return '[withheld: database error text]';
  return value;
}
