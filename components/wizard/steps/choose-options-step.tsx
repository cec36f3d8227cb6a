'use client';
import type { ReactNode } from 'react';
import { Alert, Container, Header } from '@/components/ui';
import { ChoiceListField } from '@/components/form/choice-list-field';

export interface OptionChoice {
  value: string;
  label: string;
  description?: string;
  disabled?: boolean;
}

/** Restrict / release: pick delivery options; unavailable ones are shown disabled with the reason. */
export function ChooseOptionsStep({
  title,
  choices,
  notice,
}: {
  title: string;
  choices: OptionChoice[];
  notice?: ReactNode;
}) {
  return (
    <Container header={<Header variant="h2">{title}</Header>}>
      <div className="flex flex-col gap-4">
        {notice}
        {choices.length ? (
          <ChoiceListField
            name="optionIds"
            label="Delivery options"
            choices={choices.map((c) => ({ ...c, label: <span className="font-medium">{c.label}</span> }))}
          />
        ) : (
          <Alert type="info">No delivery option of this product can be chosen here.</Alert>
        )}
      </div>
    </Container>
  );
}
