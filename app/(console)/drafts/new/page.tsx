import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { requirePageUser } from '@/lib/auth/page';
import { StartDraft } from './_components/start-draft';

export const metadata: Metadata = { title: 'New draft' };

type Search = Promise<Record<string, string | undefined>>;

/**
 * Starts a draft and opens it. Reached from the product page's wizard actions and from a failed
 * change set's "Fix in draft" (`fromChangeSet`, `change`, `focus`, `awsError`).
 */
export default async function NewDraftPage({ searchParams }: { searchParams: Search }) {
  await requirePageUser('draft:edit');
  const sp = await searchParams;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ text: 'Drafts', href: '/drafts' }, { text: 'New draft' }]}
        title="Starting a draft"
      />
      <StartDraft
        productId={sp.productId ?? ''}
        changeType={sp.changeType ?? ''}
        versionId={sp.versionId}
        fromChangeSet={sp.fromChangeSet}
        change={sp.change}
        focus={sp.focus}
        awsError={sp.awsError}
      />
    </>
  );
}
