import { cn } from './cn';
import { CopyButton } from './copy-button';

export interface CodeBlockProps {
  code: string;
  /** Shown as a small label, e.g. "bash" or "yaml". */
  language?: string;
  /** Adds a copy button. */
  copy?: boolean;
  /** Accessible name of the copy button. */
  copyLabel?: string;
  className?: string;
}

export function CodeBlock({
  code,
  language,
  copy = false,
  copyLabel = 'Copy code',
  className,
}: CodeBlockProps) {
  return (
    <div className={cn('border-line relative rounded-lg border bg-slate-50', className)}>
      {language || copy ? (
        <div className="border-line flex min-h-8 items-center justify-between gap-2 border-b py-0.5 pr-1 pl-3">
          <span className="text-ink-secondary text-xs font-bold tracking-wide uppercase">{language}</span>
          {copy ? <CopyButton text={code} label={copyLabel} size="sm" /> : null}
        </div>
      ) : null}
      {/* Focusable so keyboard users can scroll long lines. */}
      <pre tabIndex={0} data-language={language} className="text-ink overflow-x-auto p-3 font-mono text-xs/5">
        <code>{code}</code>
      </pre>
    </div>
  );
}
