import type { RenderedFile } from './render-chart';
import { linesContaining } from './text';
import type { Mark } from './render/render';
import { UNKNOWN_TEXT } from './render/value';

/** One image reference found in the rendered manifests. */
export interface ImageRef {
  image: string;
  file: string;
  line: number;
  /** Values paths (and Chart.AppVersion) read to produce the reference. */
  reads: string[];
  /** Part of the reference could not be evaluated statically. */
  unresolved: boolean;
  /** Stable key (rendered file + ordinal) to pair a reference across two renders. */
  key: string;
}

const IMAGE_LINE = /^[ \t]*(?:-[ \t]+)?["']?image["']?[ \t]*:[ \t]*(.*)$/;
/**
 * Rendered text that cannot be an image reference: a printed map or list (what `lookup` gives at
 * template time: "map[]"), Go's "<no value>" / "<nil>", a formatting error, or text with spaces.
 */
const NOT_AN_IMAGE = /^map\[|^\[|<no value>|<nil>|%!|\s|^(?:true|false|null|-?\d+(?:\.\d+)?)$/;

function lastMarkAt(marks: Mark[], offset: number): number {
  let lo = 0;
  let hi = marks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid] as Mark).offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function cleanValue(raw: string): string {
  let v = raw
    .replace(/[ \t]+#.*$/, '')
    .trim()
    .replace(/,$/, '');
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
  return v.trim();
}

/** Image references in one rendered file, with their source location and the values they read. */
export function imagesIn(rendered: RenderedFile): ImageRef[] {
  const refs: ImageRef[] = [];
  const { output, marks } = rendered;
  for (const found of linesContaining(output, 'image', false)) {
    const m = IMAGE_LINE.exec(found.text);
    if (!m) continue;
    const value = cleanValue(m[1] ?? '');
    if (!value || /^[{[|>&*]/.test(value) || NOT_AN_IMAGE.test(value)) continue;
    const start = found.start;
    const end = start + found.text.length;
    const keyOffset = start + found.text.indexOf('image');
    const at = lastMarkAt(marks, keyOffset);
    const mark = marks[at];
    let line = mark?.line ?? 1;
    if (mark?.isText) line += output.slice(mark.offset, keyOffset).split('\n').length - 1;
    const reads = new Set<string>();
    for (
      let i = Math.max(0, lastMarkAt(marks, start));
      i < marks.length && (marks[i] as Mark).offset < end;
      i++
    ) {
      for (const r of (marks[i] as Mark).reads ?? []) reads.add(r);
    }
    refs.push({
      image: value,
      file: mark?.file ?? rendered.file,
      line,
      reads: [...reads],
      unresolved: value.includes(UNKNOWN_TEXT),
      key: `${rendered.file}#${refs.length}`,
    });
  }
  return refs;
}

/** The registry host of an image reference, as a container runtime would resolve it. */
export function registryOf(image: string): string {
  const slash = image.indexOf('/');
  if (slash === -1) return 'docker.io';
  const first = image.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : 'docker.io';
}
