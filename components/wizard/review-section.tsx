import type { ReactNode } from 'react';
import { Button, Container, Header } from '@/components/ui';

/** One Review section per step, with an Edit link back to that step. */
export function ReviewSection({
  title,
  onEdit,
  children,
}: {
  title: string;
  onEdit?: () => void;
  children: ReactNode;
}) {
  return (
    <Container
      header={
        <Header
          variant="h2"
          actions={
            onEdit ? (
              <Button variant="normal" size="sm" onClick={onEdit} aria-label={`Edit: ${title}`}>
                Edit
              </Button>
            ) : undefined
          }
        >
          {title}
        </Header>
      }
    >
      {children}
    </Container>
  );
}
