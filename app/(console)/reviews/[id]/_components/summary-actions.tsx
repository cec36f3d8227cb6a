'use client';
import { useEffect } from 'react';
import { Button, buttonClasses } from '@/components/ui';

/* Closed <details> do not print: open every section of the summary for the print, then put them back. */
function usePrintExpanded() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('[data-print-summary] details:not([open])')];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

/** Export (Markdown, JSON: the server renders both) and Print; hidden in the print itself. */
export function SummaryActions({ draftId }: { draftId: string }) {
  usePrintExpanded();
  const href = (format: 'md' | 'json') => `/api/drafts/${draftId}/summary?format=${format}`;
  return (
    <div className="flex flex-wrap gap-2 print:hidden" data-print-hide>
      <a className={buttonClasses({ size: 'sm' })} href={href('md')} download>
        Export Markdown
      </a>
      <a className={buttonClasses({ size: 'sm' })} href={href('json')} download>
        Export JSON
      </a>
      <Button size="sm" onClick={() => window.print()}>
        Print
      </Button>
    </div>
  );
}
