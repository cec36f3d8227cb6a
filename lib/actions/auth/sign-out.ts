'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getAuth } from '@/lib/auth/auth';
import { definePublicAction } from '../define-action';

export const signOutAction = definePublicAction(
  { name: 'sign-out', schema: z.void() },
  async (): Promise<void> => {
    try {
      await getAuth().api.signOut({ headers: await headers() });
    } catch {
      // Already signed out: nothing to undo.
    }
    redirect('/sign-in?signedOut=1');
  },
);
