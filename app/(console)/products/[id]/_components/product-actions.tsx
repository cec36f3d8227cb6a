import { Button, ButtonLink } from '@/components/ui';
import type { WizardAction } from './wizard-actions';

/** The wizard actions; an unavailable one stays visible, disabled, with its reason beside it. */
export function ProductActions({ productId, actions }: { productId: string; actions: WizardAction[] }) {
  return (
    <ul className="flex flex-col gap-3" aria-label="Wizard actions">
      {actions.map((a) => {
        const reasonId = `reason-${a.changeType}`;
        return (
          <li key={a.changeType} className="flex flex-wrap items-center gap-3">
            {a.disabledReason ? (
              <Button variant="normal" disabled aria-describedby={reasonId} className="min-w-44">
                {a.label}
              </Button>
            ) : (
              <ButtonLink
                href={`/drafts/new?productId=${productId}&changeType=${a.changeType}`}
                variant={a.changeType === 'AddDeliveryOptions' ? 'primary' : 'normal'}
                className="min-w-44"
              >
                {a.label}
              </ButtonLink>
            )}
            {a.disabledReason ? (
              <span id={reasonId} className="text-sm text-slate-600">
                {a.disabledReason}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
