import type { Finding } from '@/lib/policy/types';

/** "templates/a.yaml:12: " at the start of a chart message. */
const AT = /^([^\s:]+):(\d+): /;
const MAX_LISTED = 10;

const placeOf = (f: Finding, m: RegExpExecArray | null): string | undefined =>
  f.location
    ? f.location.line
      ? `${f.location.file}:${f.location.line}`
      : f.location.file
    : m
      ? `${m[1]}:${m[2]}`
      : undefined;

/**
 * One root cause, reported once: findings of the same rule saying the same thing (the same unknown
 * function, the same hard-coded image) in several places become one finding that lists its
 * file:line occurrences. The first occurrence keeps its position and location. Pure.
 */
export function groupFindings(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, { first: Finding; text: string; places: string[] }>();
  for (const f of findings) {
    const m = AT.exec(f.message);
    const text = m ? f.message.slice(m[0].length) : f.message;
    const key = `${f.rule}\u0000${f.severity}\u0000${text}`;
    const place = placeOf(f, m);
    const g = groups.get(key);
    if (!g) groups.set(key, { first: f, text, places: place ? [place] : [] });
    else if (place && !g.places.includes(place)) g.places.push(place);
  }
  return [...groups.values()].map(({ first, text, places }) => {
    if (places.length <= 1) return first;
    const listed = places.slice(0, MAX_LISTED).join(', ');
    const more = places.length > MAX_LISTED ? ` and ${places.length - MAX_LISTED} more` : '';
    const sentence = text.charAt(0).toUpperCase() + text.slice(1).replace(/\.$/, '');
    return { ...first, message: `${sentence}. Found in ${places.length} places: ${listed}${more}.` };
  });
}
