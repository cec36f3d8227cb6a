import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db/runtime';
import { can } from '@/lib/roles';
import { loadChangeSet } from '@/lib/tracking/load';
import { PageHeader } from '@/components/shell/page-header';
import { ChangeSetDetail } from '@/components/change-set/change-set-detail';
import { FlashFromQuery, type FlashMessage } from '@/components/ui/flash-from-query';

/* The submit bar lands here with ?flash=submitted. */
const FLASH: Record<string, FlashMessage> = {
  submitted: {
    type: 'success',
    header: 'Change set submitted',
    content: 'AWS Marketplace is preparing it; this page follows its progress.',
  },
};

export const metadata: Metadata = { title: 'Change set' };

export default async function ChangeSetPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!/^[\w-]{1,255}$/.test(id)) notFound();
  const initial = await loadChangeSet(getDb(), id);
  if (!initial) notFound();
  const cs = initial.item;
  return (
    <>
      <FlashFromQuery messages={FLASH} />
      <PageHeader
        breadcrumbs={[{ text: 'Change sets', href: '/change-sets' }, { text: cs.name || cs.id }]}
        title={cs.name || cs.id}
        description="Live progress from AWS Marketplace, every change with its details, and what to fix when it fails."
      />
      <ChangeSetDetail
        initial={initial}
        can={{
          canCancel: can(user.roles, 'changeset:cancel'),
          canSubmit: can(user.roles, 'changeset:submit'),
          canEditDrafts: can(user.roles, 'draft:edit'),
        }}
      />
    </>
  );
}
