import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { createTar } from 'nanotar';
import { PACKAGE_LIMITS, PACKAGE_RULES, preflightPackageGroup } from './index';
import type { PackagePlatform } from './types';

const enc = new TextEncoder();
const file = (name: string, text: string | Uint8Array) => ({
  name,
  bytes: typeof text === 'string' ? enc.encode(text) : text,
});
const run = (platform: PackagePlatform, installer: string, files: ReturnType<typeof file>[]) =>
  preflightPackageGroup({ platform, installer, files });
const one = (name: string, text: string) =>
  run(name.endsWith('.sh') ? 'linux' : 'windows', name, [file(name, text)]);

// [rule, installer name, failing script, line of the finding, construct, passing script]
const CASES: [string, string, string, number, string, string][] = [
  [
    'unattended',
    'i.sh',
    '#!/bin/sh\n# read -p below\nread -p "Dir? " DIR\n',
    3,
    'read',
    '#!/bin/sh\n# read -p "Dir? "\nDIR=/opt/x\n',
  ],
  ['unattended', 'i.ps1', '$d = Read-Host "Dir"\n', 1, 'Read-Host', '# Read-Host "Dir"\n$d = "C:\\x"\n'],
  [
    'unattended',
    'i.bat',
    '@echo off\nset /p DIR=Dir?\n',
    2,
    'set /p',
    '@echo off\nREM set /p DIR=Dir?\nset DIR=C:\\x\n',
  ],
  [
    'no-download',
    'i.sh',
    'curl -fsSL https://x.example/p.tgz -o p.tgz\n',
    1,
    'curl',
    'tar xzf ./p.tgz # not curl\n',
  ],
  [
    'no-download',
    'i.ps1',
    'Invoke-WebRequest https://x.example/p.msi -OutFile p.msi\n',
    1,
    'Invoke-WebRequest',
    'Copy-Item .\\p.msi C:\\x\n',
  ],
  [
    'no-download',
    'i.bat',
    'certutil -urlcache -f https://x.example/p.msi p.msi\n',
    1,
    'certutil -urlcache',
    ':: bitsadmin /transfer\nmsiexec /i p.msi /qn\n',
  ],
  ['synchronous', 'i.sh', './setup --silent &\n', 1, '&', './setup --silent && echo done\n'],
  ['synchronous', 'i.sh', 'nohup ./agent\n', 1, 'nohup', './agent --install\n'],
  [
    'synchronous',
    'i.ps1',
    'Start-Process msiexec -ArgumentList "/i p.msi /qn"\n',
    1,
    'Start-Process',
    'Start-Process msiexec -ArgumentList "/i p.msi /qn" -Wait\n',
  ],
  ['synchronous', 'i.bat', 'start setup.exe /S\n', 1, 'start', 'start /wait setup.exe /S\n'],
  ['no-reboot', 'i.sh', 'rpm -i p.rpm\nreboot\n', 2, 'reboot', 'rpm -i p.rpm\necho "no reboot needed"\n'],
  [
    'no-reboot',
    'i.ps1',
    'Restart-Computer -Force\n',
    1,
    'Restart-Computer',
    '<#\nRestart-Computer\n#>\nWrite-Output ok\n',
  ],
  ['no-reboot', 'i.bat', 'shutdown /r /t 0\n', 1, 'shutdown /r', 'REM shutdown /r /t 0\necho ok\n'],
  ['exit-zero', 'i.sh', 'make install\nexit 3\n', 2, 'exit 3', 'make install || exit 3\nexit 0\n'],
  ['exit-zero', 'i.ps1', 'msiexec /i p.msi /qn\nexit 1\n', 2, 'exit 1', 'msiexec /i p.msi /qn\nexit 0\n'],
  [
    'exit-zero',
    'i.bat',
    'msiexec /i p.msi /qn\nexit /b 1\n',
    2,
    'exit /b 1',
    'msiexec /i p.msi /qn\nexit /b 0\n',
  ],
  ['network-routing', 'i.sh', 'iptables -P INPUT DROP\n', 1, 'iptables -P', 'iptables -L -n\n'],
  ['network-routing', 'i.sh', 'ip route add default via 10.0.0.1\n', 1, 'ip route add', 'ip addr show\n'],
  [
    'network-routing',
    'i.ps1',
    'Set-NetFirewallProfile -Enabled True\n',
    1,
    'Set-NetFirewallProfile',
    'Get-NetFirewallProfile\n',
  ],
  [
    'network-routing',
    'i.bat',
    'netsh advfirewall set allprofiles state on\n',
    1,
    'netsh advfirewall',
    'echo netsh is not run here\n',
  ],
];

describe('script rules', () => {
  it.each(CASES)(
    '%s in %s: failing script found, passing script clean',
    (rule, name, bad, line, construct, good) => {
      const found = one(name, bad).filter((f) => f.ruleId === rule);
      expect(found).toEqual([
        expect.objectContaining({
          file: name,
          line,
          construct,
          severity: 'error',
          why: expect.stringMatching(/\w/),
        }),
      ]);
      expect(found[0]?.why).toBe(PACKAGE_RULES.find((r) => r.id === rule)?.why);
      expect(one(name, good)).toEqual([]);
    },
  );

  it('reads a .run installer as shell only with a shell header', () => {
    expect(run('linux', 'i.run', [file('i.run', '#!/bin/bash\nreboot\n')]).map((f) => f.ruleId)).toEqual([
      'no-reboot',
    ]);
    expect(run('linux', 'i.run', [file('i.run', 'ELF... reboot\n')])).toEqual([]);
  });
});

describe('installer rules', () => {
  it('accepts each of the seed extensions on its platform and refuses the others', () => {
    for (const n of ['a.msi', 'a.ps1', 'a.bat', 'a.exe'])
      expect(run('windows', n, [file(n, 'x')]), n).toEqual([]);
    for (const n of ['a.exe', 'a.rpm', 'a.sh', 'a.run'])
      expect(run('linux', n, [file(n, 'x')]), n).toEqual([]);
    expect(run('windows', 'a.zip', [file('a.zip', 'x')]).map((f) => f.ruleId)).toEqual([
      'installer-extension',
    ]);
    expect(run('linux', 'a.msi', [file('a.msi', 'x')]).map((f) => f.ruleId)).toEqual([
      'installer-extension',
      'platform-mix',
    ]);
  });

  it('needs exactly one installer among the files', () => {
    expect(run('linux', '', [file('a.sh', 'x')]).map((f) => f.ruleId)).toEqual(['one-installer']);
    expect(run('linux', 'b.sh', [file('a.sh', 'x')])[0]).toMatchObject({
      ruleId: 'one-installer',
      file: 'b.sh',
    });
    expect(run('linux', 'a.sh', [file('a.sh', 'x'), file('a.sh', 'y')]).map((f) => f.ruleId)).toEqual([
      'one-installer',
    ]);
  });

  it('refuses a Linux package in a Windows group (by extension or shell header) and the reverse', () => {
    const win = run('windows', 'a.msi', [
      file('a.msi', 'x'),
      file('b.rpm', 'x'),
      file('c.txt', '#!/bin/sh\n'),
    ]);
    expect(win.map((f) => [f.ruleId, f.file])).toEqual([
      ['platform-mix', 'b.rpm'],
      ['platform-mix', 'c.txt'],
    ]);
    const lin = run('linux', 'a.sh', [file('a.sh', 'x'), file('b.ps1', 'x')]);
    expect(lin.map((f) => [f.ruleId, f.file])).toEqual([['platform-mix', 'b.ps1']]);
  });

  it('refuses a script over the size limit without reading it', () => {
    const big = 'reboot\n'.repeat(PACKAGE_LIMITS.maxScriptBytes / 7 + 1);
    expect(one('i.sh', big).map((f) => f.ruleId)).toEqual(['file-readable']);
  });
});

describe('files a reader did not read whole', () => {
  it('refuses a .deb whose size is over the limit from its size alone', () => {
    const f = { name: 'x.deb', bytes: new Uint8Array(8), size: PACKAGE_LIMITS.maxDebBytes + 1 };
    expect(run('linux', 'x.deb', [f])).toEqual([
      expect.objectContaining({ ruleId: 'file-readable', severity: 'error', file: 'x.deb' }),
    ]);
  });
});

/** A .deb as dpkg-deb writes it: ar with debian-binary, control.tar.<ext>, data.tar. */
function deb(control: Uint8Array, controlName = 'control.tar.gz'): Uint8Array {
  const members: [string, Uint8Array][] = [
    ['debian-binary', enc.encode('2.0\n')],
    [controlName, control],
    ['data.tar', createTar([])],
  ];
  const parts: Uint8Array[] = [enc.encode('!<arch>\n')];
  for (const [name, data] of members) {
    const h = `${name.padEnd(16)}${'0'.padEnd(12)}${'0'.padEnd(6)}${'0'.padEnd(6)}${'100644'.padEnd(8)}${String(data.length).padEnd(10)}\`\n`;
    parts.push(enc.encode(h), data);
    if (data.length % 2) parts.push(enc.encode('\n'));
  }
  return Buffer.concat(parts);
}

describe('.deb maintainer scripts', () => {
  const control = createTar([
    { name: './control', data: 'Package: x\n' },
    {
      name: './postinst',
      data: '#!/bin/sh\nset -e\n# reboot is not needed\nsystemctl daemon-reload\nreboot\n',
    },
  ]);

  it('finds a reboot in postinst at its line', () => {
    const found = run('linux', 'x.deb', [file('x.deb', deb(gzipSync(control)))]);
    expect(found).toEqual([
      expect.objectContaining({ ruleId: 'no-reboot', file: 'x.deb:postinst', line: 5, construct: 'reboot' }),
    ]);
  });

  it('warns that xz or zstd control archives could not be read', () => {
    const found = run('linux', 'x.deb', [file('x.deb', deb(control, 'control.tar.xz'))]);
    expect(found).toEqual([
      expect.objectContaining({ ruleId: 'file-readable', severity: 'warning', file: 'x.deb' }),
    ]);
    expect(found[0]?.message).toContain('control.tar.xz');
  });

  it('warns about a .deb that is not an ar archive', () => {
    expect(run('linux', 'x.deb', [file('x.deb', 'nope')])[0]).toMatchObject({
      ruleId: 'file-readable',
      severity: 'warning',
    });
  });
});
