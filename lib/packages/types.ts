// Private Image Build package groups (seed 002). Pure types shared by the preflight and the console.

export type PackagePlatform = 'linux' | 'windows';

/** One uploaded package or script of a group. */
export interface PackageFile {
  name: string;
  bytes: Uint8Array;
  /** The file's full size when `bytes` holds only its beginning (a reader that refused to read it all). */
  size?: number;
}

export interface PackagePreflightInput {
  platform: PackagePlatform;
  /** The name of the file marked as the installer. */
  installer: string;
  files: PackageFile[];
}

/** One finding of the installer preflight, pointing at a file (and line when it has one). */
export interface PackageFinding {
  ruleId: string;
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  /** The construct found, as written in the file (e.g. `read -p`). */
  construct?: string;
  message: string;
  /** Why it breaks the build, in the seed's words. */
  why: string;
}
