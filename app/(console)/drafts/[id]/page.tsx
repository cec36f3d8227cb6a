import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/shell/page-header';
import { Alert, Badge } from '@/components/ui';
import { WIZARDS } from '@/components/wizard/steps';
import { requirePageUser } from '@/lib/auth/page';
import { describeProduct } from '@/lib/catalog/products';
import type { ProductDetail } from '@/lib/catalog/types';
import { getDraft } from '@/lib/db/queries/drafts';
import { getSubmissionFor } from '@/lib/db/queries/submissions';
import { getDb } from '@/lib/db/runtime';
import { toUserMessage } from '@/lib/errors';
import { CODES } from '@/lib/draft/codes/registry';
import { can } from '@/lib/roles';
import { readWizardForm, type WizardChangeType } from '@/lib/draft/form';
import { optionTemplates } from '@/lib/draft/builders';
import { readAttestations } from '@/lib/draft/attestations';
import { readStoredCharts } from '@/lib/draft/charts';
import { snapshotOf } from '@/lib/draft/evaluate-draft';
import { loadApprovalPolicy, loadReviewState } from '@/lib/server/drafts/review-states';
import { loadDraftStage } from '@/lib/server/drafts/fix-loop';
import { historyEntries } from '@/lib/server/drafts/history-view';
import { DraftHistory } from './_components/draft-history';
import { DraftStagePanel } from './_components/draft-stage-panel';
import { DraftWizard } from './_components/draft-wizard';
import { registryPrefixOf } from './_components/registry-prefix';

export const metadata: Metadata = { title: 'Draft' };

type Search = Promise<{ step?: string; focus?: string; awsError?: string }>;

export default async function DraftPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Search;
}) {
  const user = await requirePageUser();
  const { id } = await params;
  const sp = await searchParams;
  const db = getDb();
  const draft = /^[0-9a-f-]{36}$/i.test(id) ? await getDraft(db, id) : undefined;
  if (!draft) notFound();
  const changeType = draft.changeType as WizardChangeType;
  const def = WIZARDS[changeType];
  let product: ProductDetail | undefined;
  let loadError: string | undefined;
  try {
    product = await describeProduct(draft.productId);
  } catch (err) {
    loadError = toUserMessage(err);
  }
  const [submission, reviewState, policy, { stage, history }] = await Promise.all([
    getSubmissionFor(db, { draftId: draft.id, draftRevision: draft.revision }),
    loadReviewState(db, draft),
    loadApprovalPolicy(db),
    loadDraftStage(db, draft),
  ]);
  const advice = sp.awsError ? CODES[sp.awsError]?.advice : undefined;
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { text: 'Drafts', href: '/drafts' },
          { text: draft.productTitle, href: `/products/${draft.productId}` },
          { text: def.title },
        ]}
        title={
          <span className="inline-flex flex-wrap items-center gap-2">
            {def.title}: {draft.productTitle}{' '}
            {draft.status !== 'open' ? <Badge color="blue">Submitted</Badge> : null}
          </span>
        }
        description={`Draft “${draft.title}”. Changes are saved as you type; a seller submits it when the checklist is clear.`}
      />
      <DraftStagePanel
        draftId={draft.id}
        revision={draft.revision}
        stage={stage}
        canEdit={can(user.roles, 'draft:edit')}
      />
      {loadError || !product ? (
        <Alert type="error" header="The product could not be loaded">
          {loadError} The draft is kept; reload the page to try again.
        </Alert>
      ) : (
        <DraftWizard
          // Revising a submitted draft (status back to open) is a new editing session: autosave and the
          // form start from it. Not the revision: each autosave moves it, and a step change re-renders
          // this page, which must not remount the form (focus and in-flight typing would be lost).
          key={draft.status}
          draft={{
            id: draft.id,
            revision: draft.revision,
            updatedAt: draft.updatedAt.toISOString(),
            status: draft.status,
            changeType,
            attestations: readAttestations(draft.attestations),
            charts: readStoredCharts(draft.charts),
          }}
          form={readWizardForm(draft.data, changeType)}
          product={{
            id: product.id,
            title: product.title,
            visibility: product.visibility,
            registryPrefix: registryPrefixOf(product),
            repositoryUrls: product.repositories.map((r) => r.url),
            versions: product.versions,
            templates: optionTemplates(product.detailsDocument),
          }}
          snapshot={snapshotOf(product)}
          user={{
            name: user.name,
            canEdit: can(user.roles, 'draft:edit'),
            canSubmit: can(user.roles, 'changeset:submit'),
          }}
          initialStep={sp.step}
          focus={sp.focus}
          awsError={sp.awsError}
          awsErrorAdvice={advice}
          submittedChangeSetId={submission?.changeSetId ?? undefined}
          review={{ state: reviewState, policy }}
        />
      )}
      <div className="mt-6">
        <DraftHistory entries={historyEntries(draft.id, history)} />
      </div>
    </>
  );
}
