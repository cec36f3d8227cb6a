'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { can, type Role } from '@/lib/roles';
import { cn } from '@/components/ui/cn';
import { NAV_SECTIONS, isActive } from './nav-items';

export function SideNav({ roles, onNavigate }: { roles: Role[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Console" className="py-4">
      {NAV_SECTIONS.map((section, i) => {
        const items = section.items.filter((it) => !it.permission || can(roles, it.permission));
        if (items.length === 0) return null;
        return (
          <div key={section.title ?? i} className={cn(i > 0 && 'mt-4 border-t border-slate-200 pt-4')}>
            {section.title ? (
              <p className="px-5 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
                {section.title}
              </p>
            ) : null}
            <ul>
              {items.map((item) => {
                const active = isActive(pathname, item.href);
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      onClick={onNavigate}
                      aria-current={active ? 'page' : undefined}
                      className={cn(
                        'block border-l-4 px-4 py-1.5 text-sm',
                        active
                          ? 'border-[#0972d3] bg-sky-50 font-semibold text-[#0972d3]'
                          : 'border-transparent text-slate-700 hover:bg-slate-50 hover:text-[#0972d3]',
                      )}
                    >
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
