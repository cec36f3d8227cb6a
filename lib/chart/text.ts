/** One line of a file that contains a needle, with its 1-based number and its start offset. */
export interface FoundLine {
  line: number;
  text: string;
  start: number;
}

/**
 * The lines of `text` that contain `needle`, found with indexOf instead of splitting every line:
 * on multi-megabyte charts most lines hold nothing a rule looks at. Without `countLines`, `line` is
 * left at 1 (callers that only need offsets skip the newline counting).
 */
export function linesContaining(text: string, needle: string, countLines = true): FoundLine[] {
  const out: FoundLine[] = [];
  let line = 1;
  let counted = 0;
  let at = text.indexOf(needle);
  while (at !== -1) {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    if (countLines)
      for (let i = text.indexOf('\n', counted); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
    counted = start;
    const endNl = text.indexOf('\n', at);
    const end = endNl === -1 ? text.length : endNl;
    out.push({ line, text: text.slice(start, end), start });
    at = text.indexOf(needle, end);
  }
  return out;
}

const GO_SPACE = new Set([' ', '\t', '\n', '\r']);

/** text/template trims ASCII white space only (and without regex backtracking on long runs). */
export function trimLeftSpace(s: string): string {
  let i = 0;
  while (i < s.length && GO_SPACE.has(s[i] as string)) i++;
  return i === 0 ? s : s.slice(i);
}

export function trimRightSpace(s: string): string {
  let i = s.length;
  while (i > 0 && GO_SPACE.has(s[i - 1] as string)) i--;
  return i === s.length ? s : s.slice(0, i);
}
