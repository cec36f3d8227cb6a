'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getAuth } from '@/lib/auth/auth';
import { env } from '@/lib/env';
import { HOME_PATH } from '@/lib/auth/safe-next';
import type { ActionResult } from '../result';
import { definePublicAction } from '../define-action';

type OAuthApi = {
  signInWithOAuth2(input: {
    body: { providerId: string; callbackURL: string };
    headers: Headers;
  }): Promise<{ url?: string }>;
};

/** Starts OpenID Connect single sign-on (only when OIDC_* is configured). */
export const signInSsoAction = definePublicAction(
  { name: 'sign-in-sso', schema: z.void() },
  async (): Promise<ActionResult> => {
    if (!env().oidcEnabled) return { ok: false, formError: 'Single sign-on is not configured.' };
    const api = getAuth().api as unknown as OAuthApi;
    const { url } = await api.signInWithOAuth2({
      body: { providerId: 'oidc', callbackURL: HOME_PATH },
      headers: await headers(),
    });
    if (!url) return { ok: false, formError: 'The identity provider did not answer. Try again.' };
    redirect(url);
  },
);
