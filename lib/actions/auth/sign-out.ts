'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getAuth } from '@/lib/auth/auth';
import { getCurrentUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record';
import { definePublicAction } from '../define-action';

export const signOutAction = definePublicAction(
  { name: 'sign-out', schema: z.void() },
  async (): Promise<void> => {
    try {
      const me = await getCurrentUser();
      await getAuth().api.signOut({ headers: await headers() });
      if (me) await recordAudit({ actorId: me.id, action: 'sign-out', target: me.id, outcome: 'ok' });
    } catch {
      // Already signed out: nothing to undo.
    }
    redirect('/sign-in?signedOut=1');
  },
);
