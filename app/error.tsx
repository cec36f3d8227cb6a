'use client';
import Link from 'next/link';

/** Unexpected errors: a plain message and the digest to quote, never the stack. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="mx-auto max-w-xl px-6 py-20 text-center">
      <p className="text-sm font-semibold text-red-700">Something went wrong</p>
      <h1 className="mt-2 text-2xl font-bold text-[#16191f]">This page could not be shown</h1>
      <p className="mt-3 text-slate-600">
        Try again. If it keeps happening, give your administrator this reference:{' '}
        <code className="rounded bg-slate-100 px-1.5 py-0.5">{error.digest ?? 'unknown'}</code>
      </p>
      <div className="mt-6 flex justify-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-[#0972d3] px-4 py-2 font-semibold text-white"
        >
          Try again
        </button>
        <Link href="/products" className="px-4 py-2 font-semibold text-[#0972d3] hover:underline">
          Go to products
        </Link>
      </div>
    </main>
  );
}
