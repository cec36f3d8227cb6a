import type { Finding } from '@/lib/policy/types';
import { finding, type ChartContext } from '../context';
import { linesContaining } from '../text';

const IMAGE_LINE = /^[ \t]*(?:-[ \t]+)?["']?image["']?[ \t]*:[ \t]*(.*)$/;
const ACTION = /\{\{-?([\s\S]*?)-?\}\}/g;
const STRING = /"((?:[^"\\]|\\.)*)"|`([^`]*)`/g;
/** Registry host ("docker.io/", "quay.io:443/"), repository path ("library/nginx") or name:tag. */
const IMAGE_LIKE = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?\/|^[\w.-]+\/[\w./-]+(:[\w.-]+)?$|^[\w.-]+:[\w.-]+$/i;
/** Functions whose string argument is not part of the image (a default, a template name, a message). */
const EXEMPT_BEFORE =
  /(default|include|template|required|fail|tpl|quote|squote|dict|get|index|hasKey|eq|ne)\s*\(?\s*$/;

/** Literal image text on an image line: the text around the actions, and image-like strings inside them. */
function literalPart(value: string): string | undefined {
  const text = value
    .replace(ACTION, '')
    .replace(/[ \t]+#.*$/, '')
    .replace(/["'\s/:@]/g, '');
  if (text) return value.replace(ACTION, '…').trim();
  for (const action of value.matchAll(ACTION)) {
    const body = action[1] ?? '';
    for (const s of body.matchAll(STRING)) {
      const str = (s[1] ?? s[2] ?? '').replace(/%[-+# 0]*\d*[svdq]/g, '');
      const before = body.slice(0, s.index ?? 0);
      if (!EXEMPT_BEFORE.test(before) && IMAGE_LIKE.test(str)) return s[0];
    }
  }
  return undefined;
}

/**
 * Seed 000 §8.1/§8.2: image lines in templates carry no literal registry, repository or tag — not even
 * in an {{ if }} branch that bypasses the values.
 */
export function checkImageNotHardcoded(ctx: ChartContext): Finding[] {
  const out: Finding[] = [];
  for (const t of ctx.templateFiles) {
    const text = ctx.files.get(t.file) ?? '';
    for (const { text: line, line: n, start } of linesContaining(text, 'image')) {
      const m = IMAGE_LINE.exec(line);
      if (!m) continue;
      const value = (m[1] ?? '').trim();
      if (!value || (/^[|>{[]/.test(value) && !value.startsWith('{{'))) continue;
      const literal = literalPart(value);
      if (!literal) continue;
      const previous = start > 0 ? text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1) : '';
      const conditional =
        /\{\{-?\s*(if|else)\b/.test(line) || /\{\{-?\s*(if|else)\b[^}]*\}\}\s*$/.test(previous);
      const why = conditional ? ' inside a conditional branch that bypasses values.yaml' : '';
      out.push(
        finding('chart-image-not-hardcoded', `${t.file}:${n}: hard-coded image reference ${literal}${why}.`, {
          file: t.file,
          line: n,
        }),
      );
    }
  }
  return out;
}
