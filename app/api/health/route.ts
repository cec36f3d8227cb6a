import { NextResponse } from 'next/server';
import { getDbHandle } from '@/lib/db/runtime';

export const dynamic = 'force-dynamic';

/** Liveness for load balancers and the test harness. Public, reveals nothing but "ok". */
export async function GET() {
  try {
    getDbHandle();
    return NextResponse.json({ ok: true });
  } catch {
    return NextResponse.json({ ok: false }, { status: 503 });
  }
}
