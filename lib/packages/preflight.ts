// The installer preflight of a Private Image Build package group (seed 002). Pure: bytes in, findings out.
import OS from './os-versions.json';
import { readDebControl } from './deb';
import type { ScriptLanguage } from './patterns';
import { packageRule, type PackageRuleId } from './rules';
import { checkScript } from './scripts';
import type { PackageFile, PackageFinding, PackagePlatform, PackagePreflightInput } from './types';

/** Size limits of the preflight (not of AWS): larger files are refused with a finding, not read. */
export const PACKAGE_LIMITS = {
  /** A script (.sh, .run, .ps1, .bat, .cmd) is read whole. */
  maxScriptBytes: 1024 * 1024,
  /** A .deb is read to find its control archive. */
  maxDebBytes: 256 * 1024 * 1024,
  /** The unpacked control archive of a .deb. */
  maxDebControlBytes: 4 * 1024 * 1024,
  /** A reader (the CLI) reads at most this much of any file; a larger one is passed with its first bytes and `size`. */
  maxReadBytes: 256 * 1024 * 1024,
  headerBytes: 128,
} as const;

const extensionsOf = (id: PackagePlatform): readonly string[] =>
  OS.platforms.find((p) => p.id === id)?.installerExtensions ?? [];
const EXT: Record<PackagePlatform, readonly string[]> = {
  linux: extensionsOf('linux'),
  windows: extensionsOf('windows'),
};

// Extensions that exist on one platform only (.exe is on both lists of seed 002).
const ONLY: Record<PackagePlatform, readonly string[]> = {
  windows: ['.msi', '.ps1', '.bat', '.cmd'],
  linux: ['.rpm', '.deb', '.sh', '.run'],
};

const ext = (name: string) => /(\.[^./\\]+)$/.exec(name.toLowerCase())?.[1] ?? '';
const dec = new TextDecoder();
const hasShellHeader = (b: Uint8Array) =>
  /^#!\s*\S*\b(?:sh|bash|dash|ksh|zsh)\b/.test(dec.decode(b.subarray(0, 128)));

function finding(ruleId: PackageRuleId, file: string, message: string, extra: Partial<PackageFinding> = {}) {
  return { ruleId, severity: 'error' as const, file, message, why: packageRule(ruleId).why, ...extra };
}

function installerFindings(input: PackagePreflightInput): PackageFinding[] {
  const name = input.installer.trim();
  if (!name) return [finding('one-installer', '(group)', 'No file is marked as the installer.')];
  const matches = input.files.filter((f) => f.name === name);
  if (matches.length === 0)
    return [finding('one-installer', name, `The installer "${name}" is not one of the group's files.`)];
  const out: PackageFinding[] = [];
  if (matches.length > 1)
    out.push(
      finding('one-installer', name, `${matches.length} files are named "${name}": mark exactly one.`),
    );
  const allowed = EXT[input.platform];
  if (!allowed.includes(ext(name)))
    out.push(
      finding(
        'installer-extension',
        name,
        `"${ext(name) || 'no extension'}" is not an installer type for ${input.platform === 'windows' ? 'Windows Server' : 'Linux/UNIX'}: use ${allowed.join(', ')}.`,
      ),
    );
  return out;
}

/** The other platform's marks on a file: its extension, or a shell header in a Windows group. */
function platformMix(platform: PackagePlatform, f: PackageFile): PackageFinding | undefined {
  const other: PackagePlatform = platform === 'windows' ? 'linux' : 'windows';
  const e = ext(f.name);
  const mark = ONLY[other].includes(e)
    ? `${e} file`
    : platform === 'windows' && hasShellHeader(f.bytes)
      ? 'shell header (#!)'
      : undefined;
  if (!mark) return undefined;
  return finding(
    'platform-mix',
    f.name,
    `A ${mark} belongs to a ${other === 'windows' ? 'Windows Server' : 'Linux'} package group, not this ${platform === 'windows' ? 'Windows Server' : 'Linux'} one.`,
    { construct: mark },
  );
}

function scriptLanguage(f: PackageFile): ScriptLanguage | undefined {
  const e = ext(f.name);
  if (e === '.sh' || (e === '.run' && hasShellHeader(f.bytes))) return 'sh';
  if (e === '.ps1') return 'ps1';
  if (e === '.bat' || e === '.cmd') return 'bat';
  return undefined;
}

const sizeOf = (f: PackageFile) => Math.max(f.size ?? 0, f.bytes.length);
const tooLarge = (f: PackageFile, limit: number) =>
  finding(
    'file-readable',
    f.name,
    `The file is ${sizeOf(f)} bytes, over the preflight's limit of ${limit}: it was not read.`,
  );

function contentFindings(f: PackageFile): PackageFinding[] {
  const lang = scriptLanguage(f);
  if (lang) {
    if (sizeOf(f) > PACKAGE_LIMITS.maxScriptBytes) return [tooLarge(f, PACKAGE_LIMITS.maxScriptBytes)];
    return checkScript(f.name, dec.decode(f.bytes), lang);
  }
  if (ext(f.name) !== '.deb') return [];
  if (sizeOf(f) > PACKAGE_LIMITS.maxDebBytes) return [tooLarge(f, PACKAGE_LIMITS.maxDebBytes)];
  const control = readDebControl(f.bytes, PACKAGE_LIMITS.maxDebControlBytes);
  if (control.ok) return control.scripts.flatMap((s) => checkScript(`${f.name}:${s.name}`, s.text, 'sh'));
  const message =
    control.reason === 'compression'
      ? `Its ${control.member} is not gzip-compressed: the maintainer scripts could not be read. Check them by hand.`
      : control.reason === 'no-control'
        ? 'It has no control archive: the maintainer scripts could not be read.'
        : `It is not a readable .deb package (${control.reason === 'not-ar' ? 'not an ar archive' : 'damaged or too large control archive'}): the maintainer scripts could not be read.`;
  return [{ ...finding('file-readable', f.name, message), severity: 'warning' }];
}

/** Every finding of the preflight for one package group, in file order. */
export function preflightPackageGroup(input: PackagePreflightInput): PackageFinding[] {
  const findings = installerFindings(input);
  for (const f of input.files) {
    const mix = platformMix(input.platform, f);
    if (mix) findings.push(mix);
    findings.push(...contentFindings(f));
  }
  return findings;
}
