'use client';
import { useEffect } from 'react';

const PROMPT = 'You have unsaved changes. Leave this page?';

/** Asks before leaving while there are unsaved changes: tab close, reload, and in-app links. */
export function useLeaveGuard(isDirty: boolean) {
  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.('a[href]');
      if (!a || a.getAttribute('target') === '_blank' || e.defaultPrevented) return;
      const href = a.getAttribute('href') ?? '';
      if (href.startsWith('#')) return;
      if (!window.confirm(PROMPT)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [isDirty]);
}
