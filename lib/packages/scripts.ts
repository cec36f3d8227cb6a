// Static reading of one installer script: comments removed, then each line against CONSTRUCT_PATTERNS.
import { CONSTRUCT_PATTERNS, type ScriptLanguage } from './patterns';
import { packageRule } from './rules';
import type { PackageFinding } from './types';

/** The line with its comment removed (`#` for sh/ps1 outside quotes, REM and :: for batch). */
function stripComment(line: string, lang: ScriptLanguage): string {
  if (lang === 'bat') return /^\s*@?\s*(?:rem(?:\s|$)|::)/i.test(line) ? '' : line;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && lang === 'sh') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s|;/.test(line[i - 1] as string))) return line.slice(0, i);
  }
  return line;
}

/** The code lines of a script (1-based line numbers), comments and PowerShell block comments removed. */
export function codeLines(text: string, lang: ScriptLanguage): { line: number; code: string }[] {
  const out: { line: number; code: string }[] = [];
  let inBlock = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    let line = raw;
    if (lang === 'ps1') {
      if (inBlock) {
        const end = line.indexOf('#>');
        if (end === -1) return;
        inBlock = false;
        line = line.slice(end + 2);
      }
      const start = line.indexOf('<#');
      if (start !== -1 && line.indexOf('#>', start) === -1) {
        inBlock = true;
        line = line.slice(0, start);
      } else line = line.replace(/<#.*?#>/g, '');
    }
    const code = stripComment(line, lang);
    if (code.trim()) out.push({ line: i + 1, code });
  });
  return out;
}

const EXIT = {
  sh: /^\s*exit\s+(\d+)\s*;?\s*$/,
  ps1: /^\s*exit\s+(\d+)\s*;?\s*$/i,
  bat: /^\s*@?exit\s+(?:\/b\s+)?(\d+)\s*$/i,
};

/** Findings for one script; `file` is how findings name it (e.g. `pkg.deb:postinst`). */
export function checkScript(file: string, text: string, lang: ScriptLanguage): PackageFinding[] {
  const findings: PackageFinding[] = [];
  const lines = codeLines(text, lang);
  for (const { line, code } of lines) {
    const seen = new Set<string>();
    for (const pat of CONSTRUCT_PATTERNS) {
      if (pat.lang !== lang || seen.has(pat.rule)) continue;
      const m = pat.re.exec(code);
      if (!m) continue;
      seen.add(pat.rule);
      const construct = (m[1] ?? m[0]).trim();
      findings.push({
        ruleId: pat.rule,
        severity: 'error',
        file,
        line,
        construct,
        message: `\`${construct}\` ${pat.does}.`,
        why: packageRule(pat.rule).why,
      });
    }
  }
  // A static check sees only the script's last statement: a final `exit N` with N ≠ 0 fails every run
  // that reaches it. Exit codes of earlier branches and of the last command are only known at run time.
  const last = lines.at(-1);
  const exit = last && EXIT[lang].exec(last.code);
  if (last && exit && exit[1] !== '0')
    findings.push({
      ruleId: 'exit-zero',
      severity: 'error',
      file,
      line: last.line,
      construct: last.code.trim(),
      message: `The script ends with \`${last.code.trim()}\`: a run that gets this far reports failure.`,
      why: packageRule('exit-zero').why,
    });
  return findings;
}
