import { trimLeftSpace, trimRightSpace } from '../text';

/** A piece of template source: literal text, or the inside of one `{{ … }}` action. */
export type Segment =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'action'; body: string; line: number; isComment: boolean };

export interface SyntaxIssue {
  line: number;
  message: string;
}

/** Index of the `}}` closing the action whose body starts at `from`, skipping strings and comments. */
function findActionEnd(src: string, from: number): number {
  let i = from;
  while (i < src.length) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end === -1) return -1;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      i++;
      while (i < src.length && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end === -1) return -1;
      i = end + 1;
    } else if (c === '}' && src[i + 1] === '}') {
      return i;
    } else i++;
  }
  return -1;
}

function countLines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Splits Go template source into text and action segments, applying `{{-` / `-}}` trim markers the
 * way text/template does, and reports unclosed actions and comments with their line.
 */
export function splitTemplate(src: string): { segments: Segment[]; issues: SyntaxIssue[] } {
  const segments: Segment[] = [];
  const issues: SyntaxIssue[] = [];
  let pos = 0;
  let line = 1;
  let trimNext = false;
  while (pos <= src.length) {
    const open = src.indexOf('{{', pos);
    const textEnd = open === -1 ? src.length : open;
    let text = src.slice(pos, textEnd);
    let textLine = line;
    if (trimNext) {
      const trimmed = trimLeftSpace(text);
      textLine += countLines(text, 0, text.length - trimmed.length);
      text = trimmed;
    }
    const trimLeft = open !== -1 && src[open + 2] === '-' && /\s/.test(src[open + 3] ?? '');
    if (trimLeft) text = trimRightSpace(text);
    if (text) segments.push({ kind: 'text', text, line: textLine });
    line += countLines(src, pos, textEnd);
    if (open === -1) break;
    const bodyStart = open + (trimLeft ? 3 : 2);
    const close = findActionEnd(src, bodyStart);
    if (close === -1) {
      issues.push({ line, message: 'unclosed action: "{{" has no matching "}}"' });
      break;
    }
    const trimRight = src[close - 1] === '-' && close - 2 >= bodyStart && /\s/.test(src[close - 2] ?? '');
    const body = src.slice(bodyStart, trimRight ? close - 1 : close);
    const trimmedBody = body.trim();
    const isComment = trimmedBody.startsWith('/*');
    if (isComment && !trimmedBody.endsWith('*/'))
      issues.push({ line, message: 'comment ends before the end of the action' });
    segments.push({ kind: 'action', body, line, isComment });
    line += countLines(src, textEnd, close + 2);
    pos = close + 2;
    trimNext = trimRight;
  }
  return { segments, issues };
}

export type Token =
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  /** `glued`: directly after `)` with no space, so `(x).Field` chains instead of starting a new operand. */
  | { t: 'field'; path: string[]; glued?: boolean }
  | { t: 'var'; name: string; path: string[] }
  | { t: 'ident'; v: string }
  | { t: 'punct'; v: '|' | '(' | ')' | ':=' | '=' | ',' };

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;
const FIELDS = /^(\.[A-Za-z_][A-Za-z0-9_]*)+/;

function unquote(raw: string): string {
  try {
    return JSON.parse(raw.replace(/\t/g, '\\t')) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

/** Tokenizes the body of one action; throws a message string on a lexical error. */
export function tokenize(body: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < body.length) {
    const rest = body.slice(i);
    const c = body[i] as string;
    let m: RegExpMatchArray | null;
    if (/\s/.test(c)) i++;
    else if (rest.startsWith('/*')) {
      const end = body.indexOf('*/', i + 2);
      i = end === -1 ? body.length : end + 2;
    } else if (c === '"') {
      m = rest.match(/^"(?:[^"\\\n]|\\.)*"/);
      if (!m) throw 'unterminated quoted string';
      out.push({ t: 'str', v: unquote(m[0]) });
      i += m[0].length;
    } else if (c === '`') {
      const end = body.indexOf('`', i + 1);
      if (end === -1) throw 'unterminated raw string';
      out.push({ t: 'str', v: body.slice(i + 1, end) });
      i = end + 1;
    } else if (c === "'") {
      m = rest.match(/^'(?:[^'\\]|\\.)+'/);
      if (!m) throw 'malformed character constant';
      out.push({ t: 'num', v: unquote(`"${m[0].slice(1, -1)}"`).codePointAt(0) ?? 0 });
      i += m[0].length;
    } else if ((m = rest.match(/^[-+]?(0[xX][0-9a-fA-F_]+|\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|\.\d+)/))) {
      out.push({ t: 'num', v: Number(m[0].replace(/_/g, '')) });
      i += m[0].length;
    } else if ((m = rest.match(FIELDS))) {
      out.push({ t: 'field', path: m[0].slice(1).split('.'), glued: body[i - 1] === ')' });
      i += m[0].length;
    } else if (c === '.') {
      out.push({ t: 'field', path: [] });
      i++;
    } else if (c === '$') {
      const name = rest.slice(1).match(IDENT)?.[0] ?? '';
      i += 1 + name.length;
      const fields = body.slice(i).match(FIELDS)?.[0] ?? '';
      i += fields.length;
      out.push({ t: 'var', name: `$${name}`, path: fields ? fields.slice(1).split('.') : [] });
    } else if ((m = rest.match(IDENT))) {
      out.push({ t: 'ident', v: m[0] });
      i += m[0].length;
    } else if (rest.startsWith(':=')) {
      out.push({ t: 'punct', v: ':=' });
      i += 2;
    } else if ('|(),='.includes(c)) {
      out.push({ t: 'punct', v: c as '|' });
      i++;
    } else throw `unexpected character ${JSON.stringify(c)}`;
  }
  return out;
}
