import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { env } from '@/lib/env';
import { getCurrentUser } from '@/lib/auth/session';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/auth/users';
import { ROLE_LABELS } from '@/lib/roles';
import { safeNextPath } from '@/lib/auth/safe-next';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Alert } from '@/components/ui';
import { WharfLogo } from '@/components/shell/logo';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = typeof params.next === 'string' ? params.next : undefined;
  if (await getCurrentUser()) redirect(safeNextPath(next));
  const e = env();
  const showDemo = e.demoAccounts && e.isLocalCatalog;

  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-[#232f3e] px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 flex items-center justify-center gap-3 text-white">
          <WharfLogo className="h-9 w-9" />
          <span className="text-2xl font-semibold tracking-tight">Wharf</span>
        </div>
        <div className="rounded-lg bg-white p-8 shadow-xl">
          <h1 className="text-xl font-bold text-[#16191f]">Sign in to the console</h1>
          <p className="mt-1 mb-6 text-sm text-slate-600">
            Publish and maintain your AWS Marketplace container products.
          </p>
          {params.signedOut ? (
            <div className="mb-4">
              <Alert type="success">You have signed out.</Alert>
            </div>
          ) : null}
          <SignInForm next={next} sso={e.oidcEnabled} />
        </div>
        {showDemo ? (
          <section
            aria-labelledby="demo-heading"
            className="mt-6 rounded-lg border border-white/15 bg-white/5 p-5 text-sm text-slate-200"
          >
            <h2 id="demo-heading" className="font-semibold text-white">
              Demo accounts (local Catalog API service only)
            </h2>
            <p className="mt-1 text-slate-300">
              Password for every account:{' '}
              <code className="rounded bg-black/30 px-1.5 py-0.5 text-white">{DEMO_PASSWORD}</code>
            </p>
            <ul className="mt-3 space-y-1.5">
              {DEMO_ACCOUNTS.map((a) => (
                <li key={a.email} className="flex justify-between gap-4">
                  <code className="text-white">{a.email}</code>
                  <span className="text-slate-300">{a.roles.map((r) => ROLE_LABELS[r]).join(', ')}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </main>
  );
}
