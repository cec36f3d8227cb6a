'use client';
import { useCallback, useRef, useState } from 'react';
import { useDismiss } from '@/components/ui/use-dismiss';
import { signOutAction } from '@/lib/actions/auth/sign-out';
import { ROLE_LABELS, type Role } from '@/lib/roles';
import { ChevronDownIcon, LogOutIcon, UserIcon } from '@/components/ui/icons';

export function UserMenu({ name, email, roles }: { name: string; email: string; roles: Role[] }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);

  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-haspopup="true"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
        className="flex items-center gap-2 rounded px-2 py-1.5 text-sm text-white hover:bg-white/10"
      >
        <UserIcon className="h-4 w-4" />
        <span className="hidden sm:inline">{name}</span>
        <ChevronDownIcon className="h-3.5 w-3.5" />
      </button>
      {open ? (
        <div className="absolute right-0 z-40 mt-1 w-72 rounded-md border border-slate-200 bg-white p-4 text-sm text-slate-800 shadow-lg">
          <p className="font-semibold">{name}</p>
          <p className="text-slate-600">{email}</p>
          <p className="mt-3 text-xs font-semibold text-slate-500 uppercase">Roles</p>
          <ul className="mt-1 flex flex-wrap gap-1" aria-label="Your roles">
            {roles.length === 0 ? <li className="text-slate-600">No roles yet: ask an admin.</li> : null}
            {roles.map((r) => (
              <li key={r} className="rounded bg-slate-100 px-2 py-0.5 text-xs">
                {ROLE_LABELS[r]}
              </li>
            ))}
          </ul>
          <form
            action={async () => void (await signOutAction())}
            className="mt-4 border-t border-slate-200 pt-3"
          >
            <button type="submit" className="flex items-center gap-2 text-[#0972d3] hover:underline">
              <LogOutIcon className="h-4 w-4" /> Sign out
            </button>
          </form>
        </div>
      ) : null}
    </div>
  );
}
