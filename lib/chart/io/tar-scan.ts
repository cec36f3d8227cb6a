import { ChartInputError } from './errors';

/** One tar header as written, before any path clean-up (nanotar normalises names, which would hide traversal). */
export interface RawTarEntry {
  name: string;
  /** Tar type flag: '0' file, '1' hard link, '2' symlink, '5' directory, … */
  type: string;
  size: number;
}

const BLOCK = 512;
const decoder = new TextDecoder();

function cstr(buf: Uint8Array, start: number, length: number): string {
  const view = buf.subarray(start, start + length);
  const end = view.indexOf(0);
  return decoder.decode(end === -1 ? view : view.subarray(0, end));
}

function octal(buf: Uint8Array, start: number, length: number, what: string): number {
  if ((buf[start] ?? 0) & 0x80)
    throw new ChartInputError(
      'TOO_LARGE',
      `A tar ${what} uses base-256 encoding; entries that large are not accepted.`,
    );
  const text = cstr(buf, start, length).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text))
    throw new ChartInputError('MALFORMED', `The archive is malformed: a tar header has an invalid ${what}.`);
  return Number.parseInt(text, 8);
}

function checksumOk(buf: Uint8Array, offset: number): boolean {
  const stored = octal(buf, offset + 148, 8, 'checksum');
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (buf[offset + i] ?? 0);
  return sum === stored;
}

function paxPath(data: Uint8Array): string | undefined {
  let path: string | undefined;
  for (const line of decoder.decode(data).split('\n')) {
    const record = line.slice(line.indexOf(' ') + 1);
    if (record.startsWith('path=')) path = record.slice(5);
  }
  return path;
}

function isZeroBlock(buf: Uint8Array, offset: number): boolean {
  for (let i = 0; i < BLOCK; i++) if (buf[offset + i] !== 0) return false;
  return true;
}

/**
 * Walks the tar headers, verifying checksums and bounds, and returns the entries in order with their
 * raw names (PAX `path`, GNU long names and the ustar prefix applied). Metadata entries (PAX, GNU long
 * name) are consumed, not returned, matching how nanotar's `parseTar` lists entries.
 */
export function scanTarHeaders(buf: Uint8Array, maxEntries: number): RawTarEntry[] {
  const entries: RawTarEntry[] = [];
  let offset = 0;
  let headers = 0;
  let pendingName: string | undefined;
  while (offset + BLOCK <= buf.length) {
    if (isZeroBlock(buf, offset)) break;
    if (++headers > maxEntries)
      throw new ChartInputError('TOO_LARGE', `The archive has more than ${maxEntries} entries.`);
    if (!checksumOk(buf, offset))
      throw new ChartInputError(
        'MALFORMED',
        'The archive is malformed: a tar header checksum does not match.',
      );
    const size = octal(buf, offset + 124, 12, 'size');
    const dataStart = offset + BLOCK;
    if (dataStart + size > buf.length)
      throw new ChartInputError(
        'MALFORMED',
        'The archive is truncated: an entry ends past the end of the data.',
      );
    const type = cstr(buf, offset + 156, 1) || '0';
    const data = buf.subarray(dataStart, dataStart + size);
    if (type === 'x') pendingName = paxPath(data) ?? pendingName;
    else if (type === 'L') pendingName = cstr(data, 0, data.length);
    else if (type !== 'g' && type !== 'K') {
      const isUstar = cstr(buf, offset + 257, 5) === 'ustar';
      const prefix = isUstar ? cstr(buf, offset + 345, 155) : '';
      const base = cstr(buf, offset, 100);
      entries.push({ name: pendingName ?? (prefix ? `${prefix}/${base}` : base), type, size });
      pendingName = undefined;
    }
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
  }
  if (offset + BLOCK > buf.length && offset < buf.length) {
    throw new ChartInputError('MALFORMED', 'The archive is truncated: it ends inside a tar header.');
  }
  return entries;
}
