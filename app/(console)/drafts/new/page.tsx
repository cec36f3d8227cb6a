import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { Alert, ButtonLink, Container, Header, KeyValuePairs } from '@/components/ui';
import { formatTime } from '@/components/ui/format-time';
import { WIZARDS } from '@/components/wizard/steps';
import { requirePageUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db/runtime';
import { toUserMessage } from '@/lib/errors';
import { createDraftSchema } from '@/lib/schemas/wizard-actions';
import { openDraftsFor, planDraft } from '@/lib/server/drafts/start-draft';
import { StartDraft } from './_components/start-draft';

export const metadata: Metadata = { title: 'New draft' };

type Search = Promise<Record<string, string | undefined>>;

/**
 * Shows what a draft would start from and a Start button; opening the URL writes nothing. Reached
 * from the product page's wizard actions and from a change set's "Fix in draft" (`fromChangeSet`,
 * `change`, `focus`, `awsError`) when it was not submitted from a draft.
 */
export default async function NewDraftPage({ searchParams }: { searchParams: Search }) {
  await requirePageUser('draft:edit');
  const sp = await searchParams;
  const parsed = createDraftSchema.safeParse({
    productId: sp.productId || undefined,
    changeType: sp.changeType || undefined,
    versionId: sp.versionId || undefined,
    fromChangeSet: sp.fromChangeSet || undefined,
    change: sp.change || undefined,
  });
  const header = (
    <PageHeader
      breadcrumbs={[{ text: 'Drafts', href: '/drafts' }, { text: 'New draft' }]}
      title="Start a draft"
      description="Nothing is saved until you start the draft."
    />
  );
  const back = (
    <ButtonLink href={sp.productId ? `/products/${sp.productId}` : '/products'}>
      Back to the product
    </ButtonLink>
  );
  if (!parsed.success) {
    return (
      <>
        {header}
        <Alert type="error" header="This link does not name a draft to start" action={back}>
          Start a draft from a product&apos;s page.
        </Alert>
      </>
    );
  }
  let plan: Awaited<ReturnType<typeof planDraft>>;
  try {
    plan = await planDraft(parsed.data);
  } catch (err) {
    return (
      <>
        {header}
        <Alert type="error" header="The draft could not be prepared" action={back}>
          {toUserMessage(err)}
        </Alert>
      </>
    );
  }
  const open = await openDraftsFor(getDb(), plan);
  const versionTitle = 'versionTitle' in plan.form ? plan.form.versionTitle : undefined;
  return (
    <>
      {header}
      <div className="space-y-5">
        <Container header={<Header variant="h2">What will be started</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Product', value: `${plan.product.title} (${plan.product.id})` },
              { label: 'Change', value: WIZARDS[plan.form.changeType].title },
              { label: 'Draft title', value: plan.title },
              ...(versionTitle ? [{ label: 'Version title', value: versionTitle }] : []),
              ...(sp.fromChangeSet
                ? [
                    {
                      label: 'Prefilled from',
                      value: (
                        <Link href={`/change-sets/${sp.fromChangeSet}`}>change set {sp.fromChangeSet}</Link>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Container>
        {open.length ? (
          <Alert type="info" header="An open draft for this already exists">
            <ul className="space-y-1">
              {open.map((d) => (
                <li key={d.id}>
                  <Link href={`/drafts/${d.id}${deepLinkQuery(sp)}`}>Open draft “{d.title}”</Link>{' '}
                  <span className="text-sm text-slate-600">
                    (revision {d.revision}, changed {formatTime(d.updatedAt.toISOString())})
                  </span>
                </li>
              ))}
            </ul>
            <p className="mt-2 text-sm">Continue there, or start another draft below if you mean to.</p>
          </Alert>
        ) : null}
        <StartDraft
          input={{ ...parsed.data, startAnother: open.length > 0 }}
          label={open.length ? 'Start another draft' : 'Start draft'}
          deepLink={deepLinkQuery(sp)}
        />
      </div>
    </>
  );
}

/** A "Fix in draft" link's field and AWS error, carried into the draft it opens. */
function deepLinkQuery(sp: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  if (sp.focus) q.set('focus', sp.focus);
  if (sp.awsError) q.set('awsError', sp.awsError);
  return q.size ? `?${q}` : '';
}
