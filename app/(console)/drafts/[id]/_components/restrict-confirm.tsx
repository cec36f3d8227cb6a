'use client';
import type { VersionView } from '@/lib/catalog/types';
import { restrictImpact } from './restrict-impact';

/** The question a seller answers before restricting delivery options: what new buyers lose. */
export function restrictConfirm(versions: VersionView[], optionIds: readonly string[]) {
  const { options, versionsRemoved } = restrictImpact(versions, optionIds);
  return {
    title:
      options.length === 1
        ? 'Restrict this delivery option?'
        : `Restrict ${options.length} delivery options?`,
    body: (
      <div className="space-y-2">
        <p>New buyers will no longer be able to subscribe to or launch:</p>
        <ul className="list-disc pl-5">
          {options.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
        {versionsRemoved.length ? (
          <p>
            Every remaining option of version {versionsRemoved.join(', ')} is chosen, so{' '}
            {versionsRemoved.length === 1 ? 'that version leaves' : 'those versions leave'} the AWS
            Marketplace catalog.
          </p>
        ) : null}
        <p>Existing customers keep using them. Wharf cannot make a restricted option public again.</p>
      </div>
    ),
  };
}
