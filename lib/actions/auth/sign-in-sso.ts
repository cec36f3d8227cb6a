'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '@/lib/auth/auth';
import { env } from '@/lib/env';
import { failure, type ActionResult } from '../result';

type OAuthApi = {
  signInWithOAuth2(input: {
    body: { providerId: string; callbackURL: string };
    headers: Headers;
  }): Promise<{ url?: string }>;
};

/** Starts OpenID Connect single sign-on (only when OIDC_* is configured). */
export async function signInSsoAction(): Promise<ActionResult> {
  if (!env().oidcEnabled) return { ok: false, formError: 'Single sign-on is not configured.' };
  let url: string | undefined;
  try {
    const api = getAuth().api as unknown as OAuthApi;
    ({ url } = await api.signInWithOAuth2({
      body: { providerId: 'oidc', callbackURL: '/products' },
      headers: await headers(),
    }));
  } catch (err) {
    return failure(err, 'sign-in-sso');
  }
  if (!url) return { ok: false, formError: 'The identity provider did not answer. Try again.' };
  redirect(url);
}
