import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ChartInputError } from './errors';
import { resolveLimits, type ChartReadOptions } from './limits';
import { readChartArchive } from './read-archive';

const IGNORED_DIRS = new Set(['.git', 'node_modules']);

/**
 * Reads a chart directory into a map of chart-relative path → UTF-8 text. Symbolic links are never
 * followed (they are skipped and reported through `onSkipped`); vendored `charts/*.tgz` are expanded
 * in memory. Throws ChartInputError when the directory is unreadable or exceeds the limits.
 */
export async function readChartDirectory(
  dir: string,
  options?: ChartReadOptions,
): Promise<Map<string, string>> {
  const limits = resolveLimits(options);
  const root = path.resolve(dir);
  const rootStat = await lstat(root).catch(() => undefined);
  if (!rootStat?.isDirectory())
    throw new ChartInputError('UNREADABLE', `${dir} is not a readable directory.`);
  const files = new Map<string, string>();
  let entries = 0;
  let total = 0;
  const walk = async (abs: string, rel: string): Promise<void> => {
    for (const name of (await readdir(abs)).sort()) {
      const childAbs = path.join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      if (++entries > limits.maxEntries)
        throw new ChartInputError(
          'TOO_LARGE',
          `The chart directory has more than ${limits.maxEntries} entries.`,
        );
      const st = await lstat(childAbs);
      if (st.isSymbolicLink()) {
        options?.onSkipped?.({ path: childRel, reason: 'symlink' });
      } else if (st.isDirectory()) {
        if (IGNORED_DIRS.has(name)) options?.onSkipped?.({ path: childRel, reason: 'ignored-directory' });
        else await walk(childAbs, childRel);
      } else if (!st.isFile()) {
        options?.onSkipped?.({ path: childRel, reason: 'special-file' });
      } else {
        if (st.size > limits.maxFileBytes)
          throw new ChartInputError(
            'TOO_LARGE',
            `${childRel} is larger than ${limits.maxFileBytes} bytes.`,
            childRel,
          );
        total += st.size;
        if (total > limits.maxUncompressedBytes)
          throw new ChartInputError(
            'TOO_LARGE',
            `The chart directory holds more than ${limits.maxUncompressedBytes} bytes.`,
          );
        const data = await readFile(childAbs);
        if (/^charts\/[^/]+\.tgz$/.test(childRel)) addVendoredArchive(childRel, data, options, files);
        else files.set(childRel, data.toString('utf8'));
      }
    }
  };
  try {
    await walk(root, '');
  } catch (err) {
    if (err instanceof ChartInputError) throw err;
    throw new ChartInputError('UNREADABLE', `${dir} could not be read: ${(err as Error).message}`);
  }
  return files;
}

function addVendoredArchive(
  rel: string,
  data: Uint8Array,
  options: ChartReadOptions | undefined,
  files: Map<string, string>,
) {
  const name = rel.slice('charts/'.length, -'.tgz'.length).replace(/-v?\d+\.\d+\.\d+.*$/, '');
  let inner: Map<string, string>;
  try {
    inner = readChartArchive(data, options);
  } catch (err) {
    if (err instanceof ChartInputError) throw new ChartInputError(err.code, `${rel}: ${err.message}`, rel);
    throw err;
  }
  for (const [p, t] of inner) files.set(`charts/${name}/${p}`, t);
}
