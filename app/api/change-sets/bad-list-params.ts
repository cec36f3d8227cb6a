import { NextResponse } from 'next/server';
import { listParamsProblem } from '@/lib/tracking/list-params';

/** A 400 answer when the list's query string has a filter that is not valid, else undefined. */
export function badListParams(search: URLSearchParams): Response | undefined {
  const message = listParamsProblem(search);
  if (!message) return undefined;
  return NextResponse.json({ error: { code: 'VALIDATION', message } }, { status: 400 });
}
