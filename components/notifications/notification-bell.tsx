'use client';
import Link from 'next/link';
import { useCallback, useRef, useState } from 'react';
import { useDismiss } from '@/components/ui/use-dismiss';
import { BellIcon, Button, cn } from '@/components/ui';
import { useMarkNotificationsRead, useNotifications } from '@/lib/query/use-notifications';
import { formatTime } from '@/components/change-set/tracking-meta';

/** The top-bar bell: unread count (polled), a dropdown of recent notifications, mark read. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  const { data } = useNotifications();
  const markRead = useMarkNotificationsRead();
  const unread = data?.unread ?? 0;

  useDismiss(ref, open, close);

  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
        onClick={() => setOpen((v) => !v)}
        className="relative rounded p-1.5 text-white hover:bg-white/10"
      >
        <BellIcon className="h-5 w-5" />
        {unread ? (
          <span
            aria-hidden
            className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] leading-4 font-bold text-white"
          >
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          className="absolute right-0 z-40 mt-1 w-[22rem] max-w-[calc(100vw-1rem)] rounded-md border border-slate-200 bg-white text-sm text-slate-800 shadow-lg"
          role="region"
          aria-label="Notifications"
        >
          <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
            <p className="font-bold">Notifications</p>
            <Button
              variant="link"
              size="sm"
              disabled={!unread || markRead.isPending}
              onClick={() => markRead.mutate({ all: true })}
            >
              Mark all read
            </Button>
          </div>
          {data?.items.length ? (
            <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto">
              {data.items.map((n) => (
                <li key={n.id} className={cn('px-4 py-3', !n.read && 'bg-blue-50/60')}>
                  <Link
                    href={n.link ?? '/change-sets'}
                    className="block font-semibold text-slate-900 no-underline hover:underline"
                    onClick={() => {
                      if (!n.read) markRead.mutate({ ids: [n.id] });
                      setOpen(false);
                    }}
                  >
                    {!n.read ? <span className="sr-only">Unread: </span> : null}
                    {n.title}
                  </Link>
                  {n.body ? <p className="mt-0.5 text-slate-600">{n.body}</p> : null}
                  <p className="mt-1 flex items-center justify-between text-xs text-slate-500">
                    <time dateTime={n.createdAt}>{formatTime(n.createdAt)}</time>
                    {!n.read ? (
                      <button
                        type="button"
                        className="text-blue-700 hover:underline"
                        onClick={() => markRead.mutate({ ids: [n.id] })}
                      >
                        Mark read
                      </button>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="px-4 py-6 text-center text-slate-600">
              No notifications yet. You hear here when a change set you submitted finishes.
            </p>
          )}
          <div className="border-t border-slate-200 px-4 py-2 text-right">
            <Link href="/change-sets" onClick={() => setOpen(false)}>
              All change sets
            </Link>
          </div>
        </div>
      ) : null}
    </div>
  );
}
