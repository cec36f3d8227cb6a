'use client';
import { useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ChangeSetResponse } from '@/lib/tracking/types';
import { fetchJson, queryKeys } from './keys';
import { nextPollInterval, trackUnchanged, type PollState } from './use-change-set-polling';

/** One change set, polled until it reaches an end state and its final details are in. */
export function useChangeSet(id: string, initialData?: ChangeSetResponse) {
  const seen = useRef<PollState>({ unchanged: 0 });
  return useQuery({
    queryKey: queryKeys.changeSets.detail(id),
    queryFn: () => fetchJson<ChangeSetResponse>(`/api/change-sets/${encodeURIComponent(id)}`),
    initialData,
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!data) return false;
      const item = data.item;
      seen.current = trackUnchanged(
        seen.current,
        `${item.status}:${item.events.length}:${item.detailFetchedAt}`,
        query.state.dataUpdatedAt,
      );
      // An end state is final once DescribeChangeSet has been read after it (the errors come with it).
      return nextPollInterval({
        hasOpen: !item.isFinal,
        unchangedPolls: seen.current.unchanged,
        retrying: data.tracking.retrying,
        failed: query.state.status === 'error',
      });
    },
  });
}
