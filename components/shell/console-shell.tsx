'use client';
import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import type { Role } from '@/lib/roles';
import { MenuIcon, XIcon } from '@/components/ui/icons';
import { WharfLogo } from './logo';
import { SideNav } from './side-nav';
import { UserMenu } from './user-menu';

export interface ShellProps {
  user: { name: string; email: string; roles: Role[] };
  /** e.g. "Local Catalog API" or "AWS · us-east-1". */
  catalogLabel: string;
  isLocalCatalog: boolean;
  topBarExtras?: ReactNode;
  children: ReactNode;
}

export function ConsoleShell({ user, catalogLabel, isLocalCatalog, topBarExtras, children }: ShellProps) {
  const [navOpen, setNavOpen] = useState(false);

  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-white px-3 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to main content
      </a>
      <header className="sticky top-0 z-30 flex h-12 items-center gap-3 bg-[#232f3e] px-3 text-white shadow">
        <button
          type="button"
          className="rounded p-1.5 hover:bg-white/10 lg:hidden"
          aria-label={navOpen ? 'Close navigation' : 'Open navigation'}
          aria-expanded={navOpen}
          aria-controls="side-nav"
          onClick={() => setNavOpen((v) => !v)}
        >
          {navOpen ? <XIcon className="h-5 w-5" /> : <MenuIcon className="h-5 w-5" />}
        </button>
        <Link href="/products" className="flex items-center gap-2 font-semibold tracking-tight">
          <WharfLogo className="h-7 w-7" />
          <span>Wharf</span>
        </Link>
        <span
          className={
            'hidden rounded px-2 py-0.5 text-xs font-medium sm:inline ' +
            (isLocalCatalog ? 'bg-amber-400/90 text-[#232f3e]' : 'bg-emerald-500/90 text-white')
          }
          title="Which Catalog API this console talks to"
        >
          {catalogLabel}
        </span>
        <div className="ml-auto flex items-center gap-1">
          {topBarExtras}
          <UserMenu name={user.name} email={user.email} roles={user.roles} />
        </div>
      </header>
      <div className="flex">
        <aside
          id="side-nav"
          className={
            'fixed inset-y-12 left-0 z-20 w-64 overflow-y-auto border-r border-slate-200 bg-white transition-transform lg:sticky lg:top-12 lg:h-[calc(100vh-3rem)] lg:translate-x-0 ' +
            (navOpen ? 'translate-x-0 shadow-xl' : '-translate-x-full')
          }
        >
          <SideNav roles={user.roles} onNavigate={() => setNavOpen(false)} />
        </aside>
        {navOpen ? (
          <button
            type="button"
            aria-label="Close navigation"
            className="fixed inset-0 top-12 z-10 bg-black/30 lg:hidden"
            onClick={() => setNavOpen(false)}
          />
        ) : null}
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-5 outline-none sm:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
