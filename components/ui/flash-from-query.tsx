'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useRef } from 'react';
import { useToast } from './toast';
import { withoutParam, type ToastInput } from './toast-logic';

export type FlashMessage = Omit<ToastInput, 'id'>;

interface FlashFromQueryProps {
  /** Message per flash key, e.g. { 'version-added': { type: 'success', content: 'Version added.' } }. */
  messages: Readonly<Record<string, FlashMessage>>;
  /** The query parameter to read; "flash" by default. */
  param?: string;
}

/**
 * Turns `?flash=<key>` (set by a server action's redirect) into a toast once, then drops the parameter
 * from the URL so a reload or a shared link doesn't show it again. Unknown keys are dropped silently.
 */
export function FlashFromQuery(props: FlashFromQueryProps) {
  // useSearchParams needs a Suspense boundary on statically rendered pages.
  return (
    <Suspense fallback={null}>
      <FlashReader {...props} />
    </Suspense>
  );
}

function FlashReader({ messages, param = 'flash' }: FlashFromQueryProps) {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const { push } = useToast();
  const handled = useRef<string | null>(null);
  const key = searchParams.get(param);

  useEffect(() => {
    if (!key) {
      // Ready for the same key again after the next redirect (e.g. a second "version-added").
      handled.current = null;
      return;
    }
    if (handled.current === key) return;
    handled.current = key;
    const message = Object.hasOwn(messages, key) ? messages[key] : undefined;
    // A stable id: React's development double effects or a back/forward can't stack duplicates.
    if (message) push({ ...message, id: `flash-${key}` });
    router.replace(`${pathname}${withoutParam(searchParams.toString(), param)}${window.location.hash}`, {
      scroll: false,
    });
  }, [key, messages, param, pathname, push, router, searchParams]);

  return null;
}
