import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-6 py-20 text-center">
      <p className="text-sm font-semibold text-red-700">403 · Access denied</p>
      <h1 className="mt-2 text-2xl font-bold text-[#16191f]">Your role does not allow this page</h1>
      <p className="mt-3 text-slate-600">
        Ask an admin for the role you need. Product managers edit drafts, reviewers review compliance
        summaries, sellers submit and cancel change sets, and admins manage users.
      </p>
      <Link href="/products" className="mt-6 inline-block font-semibold text-[#0972d3] hover:underline">
        Back to products
      </Link>
    </main>
  );
}
