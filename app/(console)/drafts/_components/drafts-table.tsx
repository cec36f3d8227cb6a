'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Badge, Button, ConfirmModal, EmptyState, Table, useToast, type TableColumn } from '@/components/ui';
import {
  CHANGE_TYPE_LABELS,
  ChecklistStatus,
  type ChecklistCountsView,
} from '@/components/draft/checklist-status';
import { ReviewStateBadge } from '@/components/draft/review-state-badge';
import { deleteDraftAction } from '@/lib/actions/drafts/delete-draft';
import type { ReviewState } from '@/lib/reviews/state';

export interface DraftItem {
  id: string;
  productId: string;
  productTitle: string;
  changeType: string;
  title: string;
  status: string;
  revision: number;
  checklist: ChecklistCountsView;
  authorName: string;
  updatedByName: string;
  updatedAt: string;
  review: ReviewState;
}

export function DraftsTable({ items, canDelete }: { items: DraftItem[]; canDelete: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const [target, setTarget] = useState<DraftItem>();
  const [pending, start] = useTransition();
  const columns: TableColumn<DraftItem>[] = [
    {
      id: 'title',
      header: 'Draft',
      isRowHeader: true,
      cell: (d) => (
        <Link href={`/drafts/${d.id}`} className="font-medium">
          {d.title || CHANGE_TYPE_LABELS[d.changeType]}
        </Link>
      ),
    },
    {
      id: 'product',
      header: 'Product',
      cell: (d) => <Link href={`/products/${d.productId}`}>{d.productTitle}</Link>,
    },
    { id: 'type', header: 'Change type', cell: (d) => CHANGE_TYPE_LABELS[d.changeType] ?? d.changeType },
    { id: 'author', header: 'Author', cell: (d) => d.authorName || '—' },
    {
      id: 'updated',
      header: 'Last change',
      cell: (d) => (
        <span title={d.updatedAt}>
          {new Date(d.updatedAt).toLocaleString()}
          {d.updatedByName ? ` by ${d.updatedByName}` : ''}
        </span>
      ),
    },
    {
      id: 'checklist',
      header: 'Checklist',
      cell: (d) =>
        d.status !== 'open' ? (
          <Badge color="blue">Submitted</Badge>
        ) : (
          <ChecklistStatus counts={d.checklist} />
        ),
    },
    {
      id: 'review',
      header: 'Review',
      cell: (d) => (d.status !== 'open' ? '—' : <ReviewStateBadge state={d.review} />),
    },
    {
      id: 'actions',
      header: 'Actions',
      cell: (d) => (
        <div className="flex gap-2">
          <Link href={`/drafts/${d.id}`}>{d.status === 'open' ? 'Resume' : 'View'}</Link>
          {canDelete ? (
            <Button
              variant="link"
              size="sm"
              onClick={() => setTarget(d)}
              aria-label={`Delete draft ${d.title}`}
            >
              Delete
            </Button>
          ) : null}
        </div>
      ),
    },
  ];
  return (
    <>
      <Table
        caption="Drafts"
        columns={columns}
        items={items}
        getKey={(d) => d.id}
        empty={
          <EmptyState
            title="No drafts"
            description="Open a product and choose an action such as “Add a version” to start one."
          />
        }
      />
      <ConfirmModal
        open={Boolean(target)}
        title="Delete draft?"
        body={
          <p>
            “{target?.title}” for {target?.productTitle} will be deleted. This cannot be undone.
          </p>
        }
        confirmLabel="Delete"
        danger
        loading={pending}
        onCancel={() => setTarget(undefined)}
        onConfirm={() =>
          start(async () => {
            const res = target ? await deleteDraftAction({ id: target.id }) : undefined;
            setTarget(undefined);
            if (res?.ok) toast.push({ type: 'success', content: 'Draft deleted.' });
            else toast.push({ type: 'error', content: res?.formError ?? 'The draft was not deleted.' });
            router.refresh();
          })
        }
      />
    </>
  );
}
