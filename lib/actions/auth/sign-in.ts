'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '@/lib/auth/auth';
import { signInSchema, safeNextPath } from '@/lib/schemas/auth';
import { failure, fieldErrorsFrom, type ActionResult } from '../result';

export async function signInAction(input: unknown): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    await getAuth().api.signInEmail({
      body: { email: parsed.data.email.toLowerCase(), password: parsed.data.password },
      headers: await headers(),
    });
  } catch (err) {
    const status = (err as { statusCode?: number; status?: string | number }).statusCode;
    if (status === 401 || status === 400 || status === 403) {
      return { ok: false, formError: 'The email or password is not correct.' };
    }
    return failure(err, 'sign-in');
  }
  redirect(safeNextPath(parsed.data.next));
}
