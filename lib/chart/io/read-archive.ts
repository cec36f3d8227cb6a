import { gunzipSync } from 'node:zlib';
import { parseTar, type ParsedTarFileItem } from 'nanotar';
import { ChartInputError } from './errors';
import { resolveLimits, type ChartLimits, type ChartReadOptions } from './limits';
import { safeEntryPath, stripChartRoot } from './paths';
import { scanTarHeaders } from './tar-scan';

interface Budget {
  entries: number;
  bytes: number;
}

const MAX_NESTING = 3;

function gunzip(bytes: Uint8Array, maxOutput: number): Uint8Array {
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw new ChartInputError('MALFORMED', 'The file is not a gzip-compressed chart archive (.tgz).');
  }
  try {
    // A fresh copy: nanotar reads `data.buffer` from offset 0, so a pooled Buffer view would misread.
    return new Uint8Array(gunzipSync(bytes, { maxOutputLength: Math.max(1, maxOutput) }));
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new ChartInputError('TOO_LARGE', `The archive expands to more than ${maxOutput} bytes.`);
    }
    throw new ChartInputError(
      'MALFORMED',
      'The archive is corrupt or truncated: it could not be decompressed.',
    );
  }
}

function readTgz(
  bytes: Uint8Array,
  limits: ChartLimits,
  budget: Budget,
  depth: number,
): Map<string, Uint8Array> {
  const tar = gunzip(bytes, budget.bytes);
  budget.bytes -= tar.length;
  const raw = scanTarHeaders(tar, budget.entries);
  budget.entries -= raw.length;
  let items: ParsedTarFileItem[];
  try {
    items = parseTar<never, { metaOnly: false }>(tar);
  } catch {
    throw new ChartInputError('MALFORMED', 'The archive is malformed: its tar entries could not be read.');
  }
  if (items.length !== raw.length)
    throw new ChartInputError('MALFORMED', 'The archive is malformed: its tar entries are inconsistent.');
  const files = new Map<string, Uint8Array>();
  raw.forEach((entry, i) => {
    const path = safeEntryPath(entry.name);
    if (entry.type === '1' || entry.type === '2') {
      throw new ChartInputError(
        'UNSAFE_LINK',
        `Archive entry "${path}" is a ${entry.type === '2' ? 'symbolic' : 'hard'} link; charts packaged by helm contain regular files only.`,
        path,
      );
    }
    if (entry.type === '5' || path === '') return;
    if (entry.type !== '0' && entry.type !== '7') {
      throw new ChartInputError(
        'UNSAFE_PATH',
        `Archive entry "${path}" is a special file (tar type ${JSON.stringify(entry.type)}).`,
        path,
      );
    }
    if (entry.size > limits.maxFileBytes)
      throw new ChartInputError(
        'TOO_LARGE',
        `Archive entry "${path}" is larger than ${limits.maxFileBytes} bytes.`,
        path,
      );
    files.set(path, items[i]?.data ?? new Uint8Array());
  });
  if (files.size === 0) throw new ChartInputError('NOT_A_CHART', 'The archive contains no files.');
  const rooted = stripChartRoot([...files.keys()]);
  const out = new Map<string, Uint8Array>();
  for (const [from, to] of rooted) {
    const data = files.get(from) ?? new Uint8Array();
    const nested = /^charts\/[^/]+\.tgz$/.test(to);
    if (nested && depth < MAX_NESTING) expandSubchart(to, data, limits, budget, depth, out);
    else out.set(to, data);
  }
  return out;
}

/** Vendored dependencies arrive as charts/<name>-<version>.tgz; expand them so they are analysed too. */
function expandSubchart(
  path: string,
  data: Uint8Array,
  limits: ChartLimits,
  budget: Budget,
  depth: number,
  out: Map<string, Uint8Array>,
) {
  let inner: Map<string, Uint8Array>;
  try {
    inner = readTgz(data, limits, budget, depth + 1);
  } catch (err) {
    if (err instanceof ChartInputError) throw new ChartInputError(err.code, `${path}: ${err.message}`, path);
    throw err;
  }
  const name = path.slice('charts/'.length, -'.tgz'.length).replace(/-v?\d+\.\d+\.\d+.*$/, '');
  for (const [p, d] of inner) out.set(`charts/${name}/${p}`, d);
}

const text = new TextDecoder();

/**
 * Reads a packaged chart (.tgz) entirely in memory into a map of chart-relative path → UTF-8 text.
 * Throws ChartInputError for oversized, malformed or unsafe archives; never touches the disk.
 */
export function readChartArchive(bytes: Uint8Array, options?: ChartReadOptions): Map<string, string> {
  const limits = resolveLimits(options);
  if (bytes.length > limits.maxCompressedBytes) {
    throw new ChartInputError('TOO_LARGE', `The archive is larger than ${limits.maxCompressedBytes} bytes.`);
  }
  const budget: Budget = { entries: limits.maxEntries, bytes: limits.maxUncompressedBytes };
  const files = readTgz(bytes, limits, budget, 0);
  return new Map([...files].map(([p, d]) => [p, text.decode(d)]));
}
