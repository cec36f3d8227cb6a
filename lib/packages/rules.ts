// The installer preflight's rules for Private Image Build package groups. Reasons are seed 002's words.

/** A preflight rule, for display and for findings. */
export interface PackageRule {
  id: string;
  title: string;
  source: string;
  /** Why it breaks the build, in seed 002's words. */
  why: string;
}

const SOURCE = 'seed 002 — Private Images, Package Group Requirements';

export const PACKAGE_RULES = [
  {
    id: 'installer-extension',
    title: 'The installer type is supported on the platform',
    source: SOURCE,
    why: 'For Windows Server-based packages, the supported installer types have .msi, .ps1, .bat, and .exe extensions. For Linux/UNIX (or any POSIX-compliant) systems, the supported installer types have .exe, .rpm, .deb, .sh, and .run extensions.',
  },
  {
    id: 'one-installer',
    title: 'Exactly one package or script is marked as the installer',
    source: SOURCE,
    why: 'The package group must have one of the packages or scripts marked as the installer.',
  },
  {
    id: 'platform-mix',
    title: 'The group holds packages of one OS platform only',
    source: SOURCE,
    why: 'Windows Server packages will not run on Linux OSes and vice versa, so if you want your product to support private images for both OS platforms, you will need to define at least two package groups.',
  },
  {
    id: 'unattended',
    title: 'The installation asks for no input',
    source: SOURCE,
    why: 'The entire installation process must be unattended. It cannot require any interactive input, and all parameters or switches must be included in the installer.',
  },
  {
    id: 'no-download',
    title: 'Nothing is downloaded from another website',
    source: SOURCE,
    why: 'The packages must install without downloading patches or configuration files (be complete) from another website.',
  },
  {
    id: 'synchronous',
    title: 'The installer waits until everything is installed',
    source: SOURCE,
    why: 'The installer/installation script must be synchronous. For example, the script must not exit until the package(s) are completely installed.',
  },
  {
    id: 'no-reboot',
    title: 'The installer does not reboot',
    source: SOURCE,
    why: 'The installer cannot require a reboot during the installation. A reboot would kill the agent that tracks the test and scan process for packages. If your installer reboots, the agent is killed and the test and scan will fail.',
  },
  {
    id: 'exit-zero',
    title: 'The installer exits 0 on success',
    source: SOURCE,
    why: 'The installer must exit with exit status 0 when the installation is successful. Any value other than 0 is used for unsuccessful installations.',
  },
  {
    id: 'network-routing',
    title: 'Network routing and firewall defaults are left alone',
    source: SOURCE,
    why: 'The installer must not affect the network routing on the instance in such a way that the host becomes unreachable.',
  },
  {
    id: 'file-readable',
    title: 'Every file can be read by the preflight',
    source: 'Wharf (size limits of the preflight, not of AWS)',
    why: 'A file the preflight cannot read is not checked against the rules of seed 002.',
  },
] as const satisfies readonly PackageRule[];

export type PackageRuleId = (typeof PACKAGE_RULES)[number]['id'];

/** The rule with this id (the ids are a closed set). */
export function packageRule(id: PackageRuleId): PackageRule {
  return PACKAGE_RULES.find((r) => r.id === id) as PackageRule;
}
