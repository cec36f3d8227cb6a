import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-20 text-center">
      <p className="text-sm font-semibold text-slate-500">404 · Not found</p>
      <h1 className="mt-2 text-2xl font-bold text-[#16191f]">We couldn’t find that page</h1>
      <p className="mt-3 text-slate-600">The link may be out of date, or the item was deleted.</p>
      <Link href="/products" className="mt-6 inline-block font-semibold text-[#0972d3] hover:underline">
        Go to products
      </Link>
    </main>
  );
}
