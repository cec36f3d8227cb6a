// One table of the constructs the script check looks for, per script language. Case-insensitive for
// PowerShell and batch (their commands are), case-sensitive for shell.
import type { PackageRuleId } from './rules';

export type ScriptLanguage = 'sh' | 'ps1' | 'bat';

export interface ConstructPattern {
  rule: PackageRuleId;
  lang: ScriptLanguage;
  /** The first pattern of a rule that matches a line is reported (one finding per rule and line).
   * Matched against one line with its comment removed; the match is reported as the construct. */
  re: RegExp;
  /** What the construct does, for the message. */
  does: string;
}

// A command position: start of line or after ; | & ( ` { or `then`/`do`/`sudo`.
const SH = String.raw`(?:^|[;&|({]\s*|\b(?:then|do|else|sudo|exec)\s+)`;

const p = (rule: PackageRuleId, lang: ScriptLanguage, re: RegExp, does: string): ConstructPattern => ({
  rule,
  lang,
  re,
  does,
});

export const CONSTRUCT_PATTERNS: readonly ConstructPattern[] = [
  // unattended
  p('unattended', 'sh', new RegExp(`${SH}(read)\\b`), 'waits for input from the terminal'),
  p('unattended', 'sh', new RegExp(`${SH}(select)\\s+\\w+\\s+in\\b`), 'shows a menu and waits for a choice'),
  p('unattended', 'ps1', /\b(Read-Host)\b/i, 'waits for input from the console'),
  p('unattended', 'ps1', /\b(Get-Credential)\b/i, 'asks for credentials interactively'),
  p('unattended', 'ps1', /(\$Host\.UI\.(?:ReadLine|PromptForChoice))/i, 'waits for input from the console'),
  p('unattended', 'ps1', /^\s*(pause)\s*$/i, 'waits for a key press'),
  p('unattended', 'bat', /\b(set\s+\/p)\b/i, 'waits for input from the console'),
  p('unattended', 'bat', /(?:^|&\s*)\s*(pause)\b/i, 'waits for a key press'),
  p('unattended', 'bat', /\b(choice)\b(?=\s|$)/i, 'waits for a choice'),
  // no-download
  p('no-download', 'sh', /\b(curl|wget)\b/, 'downloads from another website'),
  p(
    'no-download',
    'ps1',
    /\b(Invoke-WebRequest|Invoke-RestMethod|Start-BitsTransfer|iwr|irm)\b/i,
    'downloads from another website',
  ),
  p(
    'no-download',
    'ps1',
    /\b(Net\.WebClient|DownloadFile|DownloadString)\b/i,
    'downloads from another website',
  ),
  p('no-download', 'ps1', /\b(curl|wget)\b/i, 'downloads from another website'),
  p('no-download', 'bat', /\b(bitsadmin|curl|wget)\b/i, 'downloads from another website'),
  p('no-download', 'bat', /\b(certutil\b.*-urlcache)/i, 'downloads from another website'),
  p(
    'no-download',
    'bat',
    /\b(powershell\b.*(?:Invoke-WebRequest|iwr|DownloadFile))/i,
    'downloads from another website',
  ),
  // synchronous
  p('synchronous', 'sh', /[^&>|]\s*(&)\s*$/, 'leaves work running in the background'),
  p('synchronous', 'sh', /\b(nohup|disown|setsid)\b/, 'leaves work running after the script exits'),
  p('synchronous', 'ps1', /\b(Start-Process)\b(?![^\n]*-Wait\b)/i, 'starts a process without waiting for it'),
  p('synchronous', 'ps1', /\b(Start-Job|Start-ThreadJob)\b/i, 'leaves work running in the background'),
  p(
    'synchronous',
    'bat',
    /(?:^|&\s*)\s*(start)\b(?![^\n]*\/wait\b)/i,
    'starts a program without waiting for it',
  ),
  // no-reboot
  p('no-reboot', 'sh', new RegExp(`${SH}(reboot|poweroff|halt)\\b`), 'reboots or stops the instance'),
  p('no-reboot', 'sh', /\b(shutdown\s+(?:-r|-h|-P|--reboot|now))/, 'reboots or stops the instance'),
  p('no-reboot', 'sh', /\b(systemctl\s+(?:reboot|poweroff|halt|kexec))\b/, 'reboots or stops the instance'),
  p('no-reboot', 'sh', /\b(init\s+[06])\b/, 'reboots or stops the instance'),
  p('no-reboot', 'ps1', /\b(Restart-Computer|Stop-Computer)\b/i, 'reboots or stops the instance'),
  p('no-reboot', 'ps1', /\b(shutdown(?:\.exe)?\s+[/-][rsg])/i, 'reboots or stops the instance'),
  p('no-reboot', 'bat', /\b(shutdown(?:\.exe)?\s+[/-][rsg])/i, 'reboots or stops the instance'),
  // network-routing
  p(
    'network-routing',
    'sh',
    /\b((?:iptables|ip6tables)\b.*?\s-(?:[AIDPFRXN]\b|-append|-insert|-delete|-policy|-flush))/,
    'changes the firewall',
  ),
  p(
    'network-routing',
    'sh',
    /\b(ufw\s+(?:enable|default|allow|deny|reject|limit|delete|reset))\b/,
    'changes the firewall',
  ),
  p(
    'network-routing',
    'sh',
    /\b(firewall-cmd\b.*?--(?:add|remove|set|change|panic|reload))/,
    'changes the firewall',
  ),
  p('network-routing', 'sh', /\b(nft\s+(?:add|delete|flush|insert|replace|-f))\b/, 'changes the firewall'),
  p(
    'network-routing',
    'sh',
    /\b(ip\s+(?:-\d\s+)?route\s+(?:add|del|delete|change|replace|flush))\b/,
    'changes the network routing',
  ),
  p('network-routing', 'sh', /\b(route\s+(?:add|del|delete|change))\b/, 'changes the network routing'),
  p(
    'network-routing',
    'ps1',
    /\b(New-NetFirewallRule|Set-NetFirewallProfile|Set-NetFirewallRule|Remove-NetFirewallRule)\b/i,
    'changes the firewall',
  ),
  p(
    'network-routing',
    'ps1',
    /\b(New-NetRoute|Remove-NetRoute|Set-NetRoute)\b/i,
    'changes the network routing',
  ),
  p(
    'network-routing',
    'ps1',
    /\b(netsh\s+(?:advfirewall|firewall|interface|routing))/i,
    'changes the firewall or routing',
  ),
  p(
    'network-routing',
    'ps1',
    /\b(route(?:\.exe)?\s+(?:add|delete|change))\b/i,
    'changes the network routing',
  ),
  p(
    'network-routing',
    'bat',
    /\b(netsh\s+(?:advfirewall|firewall|interface|routing))/i,
    'changes the firewall or routing',
  ),
  p(
    'network-routing',
    'bat',
    /\b(route(?:\.exe)?\s+(?:add|delete|change))\b/i,
    'changes the network routing',
  ),
];
