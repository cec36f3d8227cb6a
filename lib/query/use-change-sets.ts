'use client';
import { useRef } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChangeSetListResponse } from '@/lib/tracking/types';
import { isOpen } from '@/lib/tracking/status';
import { fetchJson, queryKeys } from './keys';
import { nextPollInterval, trackUnchanged, type PollState } from './use-change-set-polling';

/** The change-set list, refreshed while anything shown is PREPARING or APPLYING. */
export function useChangeSets(search: string, initialData?: ChangeSetListResponse) {
  const seen = useRef<PollState>({ unchanged: 0 });
  return useQuery({
    queryKey: queryKeys.changeSets.list(search),
    queryFn: () => fetchJson<ChangeSetListResponse>(`/api/change-sets${search ? `?${search}` : ''}`),
    initialData,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!data) return false;
      seen.current = trackUnchanged(
        seen.current,
        data.items.map((i) => `${i.id}=${i.status}`).join(),
        query.state.dataUpdatedAt,
      );
      return nextPollInterval({
        hasOpen: data.items.some((i) => isOpen(i.status)),
        unchangedPolls: seen.current.unchanged,
        retrying: data.tracking.retrying,
        failed: query.state.status === 'error',
      });
    },
  });
}
