/** Where a sign-in goes when `next` is missing or not a page of this console. */
export const HOME_PATH = '/products';

// Any fixed origin works: only a path that stays on it is accepted, and only that path is returned.
const BASE = 'http://console.invalid';

/**
 * The page to go to after sign-in: `next` resolved the way a browser would resolve it against the
 * console, accepted only when it stays on the console's origin. What comes back is the parsed
 * pathname, search and hash, so it is ASCII (a safe Location header) and cannot be re-read by the
 * browser as another host (`/%09/evil.example`, `/\evil.example`, `//evil.example`).
 */
export function safeNextPath(next: string | undefined): string {
  if (!next || !next.startsWith('/')) return HOME_PATH;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return HOME_PATH;
  }
  if (url.origin !== BASE) return HOME_PATH;
  const path = url.pathname + url.search + url.hash;
  // The path must also resolve to itself, so a browser reading it again lands on the same page.
  if (path.startsWith('//') || new URL(path, BASE).origin !== BASE) return HOME_PATH;
  return path;
}
