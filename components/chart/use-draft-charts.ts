'use client';
import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { StoredChart, StoredCharts } from '@/lib/draft/charts';

/** One cache entry per draft: the page seeds it, an upload or removal updates it, the checklist reads it. */
const draftChartsKey = (draftId: string) => ['drafts', draftId, 'charts'] as const;

async function fetchCharts(draftId: string): Promise<StoredCharts> {
  const res = await fetch(`/api/drafts/${encodeURIComponent(draftId)}/charts`, { cache: 'no-store' });
  if (!res.ok) throw new Error('The draft’s charts could not be loaded.');
  return ((await res.json()) as { charts: StoredCharts }).charts;
}

/**
 * The draft's stored chart analyses. First paint comes from the server page (`initial`); nothing
 * polls, because only this console changes them and it writes the answer into the cache.
 */
export function useDraftCharts(draftId: string, initial?: StoredCharts) {
  const query = useQuery({
    queryKey: draftChartsKey(draftId),
    queryFn: () => fetchCharts(draftId),
    initialData: initial,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    enabled: Boolean(draftId),
  });
  return query.data;
}

/** Writes one option's chart (or its removal) into the cache, so the live checklist updates at once. */
export function useSetDraftChart(draftId: string) {
  const client = useQueryClient();
  return useCallback(
    (optionKey: string, chart: StoredChart | undefined) => {
      client.setQueryData<StoredCharts>(draftChartsKey(draftId), (old) => {
        const { [optionKey]: _drop, ...rest } = old ?? {};
        return chart ? { ...rest, [optionKey]: chart } : rest;
      });
    },
    [client, draftId],
  );
}
