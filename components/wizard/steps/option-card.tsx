'use client';
import { useFormContext, useWatch } from 'react-hook-form';
import { Badge, Button, Container, Header } from '@/components/ui';
import { TrashIcon } from '@/components/ui/icons';
import { ImagePickerField } from '@/components/form/image-picker-field';
import { TextField } from '@/components/form/text-field';
import { METHOD_LABELS } from '@/lib/draft/form';
import type { OptionMethod } from '@/lib/draft/fields/kinds';
import { OPTION_FIELDS } from '@/lib/draft/fields/registry';
import { AddonFields, EcrFields, HelmFields } from './option-method-fields';

export interface OptionCardProps {
  index: number;
  productId: string;
  repositoryUrls: string[];
  visibility?: string;
  onRemove?: () => void;
}

/** One delivery option: the common fields, then the method's own. */
export function OptionCard({ index, productId, repositoryUrls, visibility, onRemove }: OptionCardProps) {
  const { control } = useFormContext();
  const p = `options.${index}`;
  const method = useWatch({ control, name: `${p}.method` }) as OptionMethod;
  const title = (useWatch({ control, name: `${p}.title` }) as string) || `Delivery option ${index + 1}`;
  return (
    <Container
      header={
        <Header
          variant="h2"
          actions={
            onRemove ? (
              <Button
                variant="normal"
                size="sm"
                onClick={onRemove}
                aria-label={`Remove delivery option ${index + 1}`}
              >
                <TrashIcon /> Remove
              </Button>
            ) : undefined
          }
          description={METHOD_LABELS[method]}
        >
          <span className="inline-flex items-center gap-2">
            {title}
            {visibility ? (
              <Badge color={visibility === 'Public' ? 'green' : 'grey'}>{visibility}</Badge>
            ) : null}
          </span>
        </Header>
      }
    >
      <div className="flex flex-col gap-5" data-option-index={index}>
        <TextField
          name={`${p}.title`}
          label={OPTION_FIELDS.title.label}
          constraint="Up to 72 characters; unique within the version."
        />
        <TextField
          name={`${p}.description`}
          label={OPTION_FIELDS.description.label}
          rows={2}
          constraint="Up to 1,000 characters."
        />
        <TextField
          name={`${p}.usage`}
          label={OPTION_FIELDS.usage.label}
          rows={5}
          constraint="How to deploy, check health, upgrade and get support; up to 4,000 characters."
        />
        <ImagePickerField
          name={`${p}.images`}
          label={OPTION_FIELDS.images.label}
          productId={productId}
          repositoryUrls={repositoryUrls}
        />
        {method === 'ecr' ? (
          <EcrFields p={p} />
        ) : method === 'helm' ? (
          <HelmFields p={p} />
        ) : (
          <AddonFields p={p} />
        )}
      </div>
    </Container>
  );
}
