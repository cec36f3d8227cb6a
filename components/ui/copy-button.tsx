'use client';

import { useEffect, useRef, useState } from 'react';
import { Button, type ButtonSize } from './button';
import { cn } from './cn';
import { CheckIcon, CopyIcon } from './icons';

export interface CopyButtonProps {
  text: string;
  /** Accessible name (and visible text for the 'button' variant). */
  label?: string;
  /** 'icon' is a bare icon button; 'button' is a normal button with text. */
  variant?: 'icon' | 'button';
  size?: ButtonSize;
  className?: string;
}

type Outcome = 'idle' | 'copied' | 'failed';

// navigator.clipboard only exists in secure contexts; a self-hosted console may be served over plain
// http on a LAN, so fall back to the legacy selection copy.
async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}

export function CopyButton({
  text,
  label = 'Copy',
  variant = 'icon',
  size = 'md',
  className,
}: CopyButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    try {
      await writeClipboard(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
    timer.current = setTimeout(() => setOutcome('idle'), 2000);
  }

  const Icon = outcome === 'copied' ? CheckIcon : CopyIcon;
  return (
    <span className={cn('inline-flex items-center', className)}>
      <Button
        variant={variant === 'icon' ? 'icon' : 'normal'}
        size={size}
        onClick={copy}
        aria-label={variant === 'icon' ? label : undefined}
        title={variant === 'icon' ? label : undefined}
      >
        <Icon className={outcome === 'copied' ? 'text-status-success' : undefined} />
        {variant === 'button' ? label : null}
      </Button>
      <span role="status" className="sr-only">
        {outcome === 'copied' ? 'Copied' : outcome === 'failed' ? 'Copy failed' : ''}
      </span>
    </span>
  );
}
