import { CodeBlock, ExpandableSection, Tabs } from '@/components/ui';
import type { ChangeView } from '@/lib/tracking/types';
import { DocumentView } from './document-view';
import { ErrorList } from './error-list';

/** Every change: a readable view of its details and the raw JSON, with its errors explained first. */
export function ChangeList({ changes, canEditDrafts }: { changes: ChangeView[]; canEditDrafts: boolean }) {
  return (
    <div className="space-y-3">
      {changes.map((c) => (
        <ExpandableSection
          key={c.index}
          variant="container"
          defaultExpanded={changes.length <= 2 || c.errors.length > 0}
          header={`${c.index + 1}. ${c.changeType}${c.changeName ? ` (${c.changeName})` : ''}`}
          description={`${c.entityType} ${c.entityId}${c.errors.length ? ` · ${c.errors.length} error${c.errors.length === 1 ? '' : 's'}` : ''}`}
        >
          <div className="space-y-4">
            {c.errors.length ? <ErrorList errors={c.errors} canEditDrafts={canEditDrafts} /> : null}
            <Tabs
              ariaLabel={`Details of change ${c.index + 1}`}
              tabs={[
                { id: 'readable', label: 'Details', content: <DocumentView value={c.details} /> },
                {
                  id: 'json',
                  label: 'JSON',
                  content: (
                    <CodeBlock
                      code={JSON.stringify(c.details ?? null, null, 2)}
                      language="json"
                      copy
                      copyLabel="Copy JSON"
                    />
                  ),
                },
              ]}
            />
          </div>
        </ExpandableSection>
      ))}
    </div>
  );
}
