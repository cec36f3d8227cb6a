/** Small pure helpers for reading untyped JSON safely. */

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Values that occur more than once (first occurrence order), compared by `key`. */
export function duplicates<T>(
  items: readonly T[],
  key: (t: T) => string = String,
): { item: T; index: number }[] {
  const seen = new Set<string>();
  const out: { item: T; index: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i] as T);
    if (seen.has(k)) out.push({ item: items[i] as T, index: i });
    else seen.add(k);
  }
  return out;
}

/** Shortens a value for a message so a huge input cannot blow up the output. */
/**
 * `show(v)` at the start of a sentence: an empty or blank value reads as words, so a message is
 * never a half sentence such as " is not a valid repository name."
 */
export function subject(v: unknown, max = 80): string {
  if (v === undefined || v === null || v === '') return 'An empty value';
  if (typeof v === 'string' && v.trim() === '') return 'A value of only spaces';
  return show(v, max);
}

export function show(v: unknown, max = 80): string {
  let s: string;
  try {
    s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    s = '(unprintable)';
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
