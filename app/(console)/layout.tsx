import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { ConsoleShell } from '@/components/shell/console-shell';
import { NotificationBell } from '@/components/notifications/notification-bell';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  const e = env();
  return (
    <ConsoleShell
      user={{ name: user.name, email: user.email, roles: user.roles }}
      catalogLabel={e.isLocalCatalog ? 'Local Catalog API' : 'AWS Marketplace · us-east-1'}
      isLocalCatalog={e.isLocalCatalog}
      topBarExtras={<NotificationBell />}
    >
      {children}
    </ConsoleShell>
  );
}
