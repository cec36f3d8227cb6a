'use client';
import { Container, Header } from '@/components/ui';
import { TextField } from '@/components/form/text-field';
import { VERSION_FIELDS } from '@/lib/draft/fields/registry';

/** Version title and release notes (Add and Update). */
export function VersionStep({ liveTitle }: { liveTitle?: string }) {
  return (
    <Container
      header={
        <Header
          variant="h2"
          description={
            liveTitle ? `Updating the live version “${liveTitle}”.` : 'Buyers choose a version by its title.'
          }
        >
          Version details
        </Header>
      }
    >
      <div className="flex flex-col gap-5">
        <TextField
          name="versionTitle"
          label={VERSION_FIELDS.versionTitle.label}
          placeholder="1.2.0"
          constraint="Unique within the product; up to 64 characters; must not start with a space."
        />
        <TextField
          name="releaseNotes"
          label={VERSION_FIELDS.releaseNotes.label}
          rows={6}
          constraint="What changed since the previous version; up to 30,000 characters."
        />
      </div>
    </Container>
  );
}
