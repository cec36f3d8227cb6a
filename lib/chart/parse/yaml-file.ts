import { isMap as isYamlMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface YamlFile {
  /** The parsed data; undefined when the file is empty or does not parse. */
  value: unknown;
  error?: { line: number; message: string };
  /** 1-based line of the node at a path, when the path exists. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

const MAX_ALIAS_COUNT = 1000;

/** Parses a YAML file with line tracking; never throws (billion-laughs aliases are capped). */
export function parseYamlFile(text: string): YamlFile {
  const counter = new LineCounter();
  let doc: Document.Parsed | undefined;
  try {
    doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  } catch (err) {
    return {
      value: undefined,
      error: { line: 1, message: String((err as Error).message) },
      lineOf: () => undefined,
    };
  }
  const lineOf = (path: readonly (string | number)[]) => {
    try {
      const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
      const last = path[path.length - 1];
      if (isYamlMap(parent)) {
        const pair = parent.items.find((it) => (it.key as { value?: unknown } | null)?.value === last);
        const range = (pair?.key as { range?: [number] } | null)?.range;
        if (range) return counter.linePos(range[0]).line;
      }
      if (isSeq(parent) && typeof last === 'number') {
        const range = (parent.items[last] as { range?: [number] } | undefined)?.range;
        if (range) return counter.linePos(range[0]).line;
      }
    } catch {
      return undefined;
    }
    return undefined;
  };
  const first = doc.errors[0];
  if (first) {
    const pos = first.pos?.[0];
    return {
      value: undefined,
      error: {
        line: pos === undefined ? 1 : counter.linePos(pos).line,
        message: first.message.split('\n')[0] ?? 'invalid YAML',
      },
      lineOf,
    };
  }
  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    if (!isTree(value))
      return {
        value: undefined,
        error: { line: 1, message: 'an alias refers to its own anchor (recursive data)' },
        lineOf,
      };
    return { value, lineOf };
  } catch (err) {
    return { value: undefined, error: { line: 1, message: (err as Error).message }, lineOf };
  }
}

/** False for data that contains itself (a YAML alias inside its own anchor) or nests absurdly deep. */
function isTree(v: unknown, ancestors = new Set<object>(), depth = 0): boolean {
  if (typeof v !== 'object' || v === null) return true;
  if (ancestors.has(v) || depth > 200) return false;
  ancestors.add(v);
  const ok = Object.values(v).every((x) => isTree(x, ancestors, depth + 1));
  ancestors.delete(v);
  return ok;
}
