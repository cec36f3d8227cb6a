// Reads the maintainer scripts of a .deb: an `ar` archive whose control.tar.* holds preinst, postinst, …
import { gunzipSync } from 'node:zlib';
import { parseTar } from 'nanotar';

export const MAINTAINER_SCRIPTS = ['preinst', 'postinst', 'prerm', 'postrm', 'config'] as const;

export type DebControl =
  | { ok: true; scripts: { name: string; text: string }[] }
  | { ok: false; reason: 'not-ar' | 'no-control' | 'unreadable' }
  | { ok: false; reason: 'compression'; member: string };

const AR_MAGIC = '!<arch>\n';
const dec = new TextDecoder();

/** The members of an `ar` archive (common format, as dpkg writes it), or undefined if it is not one. */
export function readAr(bytes: Uint8Array): { name: string; data: Uint8Array }[] | undefined {
  if (dec.decode(bytes.subarray(0, 8)) !== AR_MAGIC) return undefined;
  const members: { name: string; data: Uint8Array }[] = [];
  let at = 8;
  while (at + 60 <= bytes.length) {
    const header = dec.decode(bytes.subarray(at, at + 60));
    const size = Number.parseInt(header.slice(48, 58).trim(), 10);
    if (!Number.isFinite(size) || size < 0 || at + 60 + size > bytes.length) return undefined;
    const name = header.slice(0, 16).trim().replace(/\/$/, '');
    members.push({ name, data: bytes.subarray(at + 60, at + 60 + size) });
    at += 60 + size + (size % 2);
  }
  return members;
}

/** The maintainer scripts in a .deb's control archive (gzip only; xz and zstd are reported, not read). */
export function readDebControl(bytes: Uint8Array, maxUnpackedBytes: number): DebControl {
  const members = readAr(bytes);
  if (!members) return { ok: false, reason: 'not-ar' };
  const control = members.find((m) => m.name.startsWith('control.tar'));
  if (!control) return { ok: false, reason: 'no-control' };
  let tar: Uint8Array;
  if (control.name === 'control.tar') tar = control.data;
  else if (control.name === 'control.tar.gz') {
    try {
      tar = gunzipSync(control.data, { maxOutputLength: maxUnpackedBytes });
    } catch {
      return { ok: false, reason: 'unreadable' };
    }
  } else return { ok: false, reason: 'compression', member: control.name };
  try {
    const scripts = parseTar(tar)
      .filter((e) => e.type !== 'directory' && e.data)
      .map((e) => ({ name: e.name.replace(/^\.\//, ''), text: dec.decode(e.data) }))
      .filter((e) => (MAINTAINER_SCRIPTS as readonly string[]).includes(e.name));
    return { ok: true, scripts };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
