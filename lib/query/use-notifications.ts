'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { markNotificationsReadAction } from '@/lib/actions/notifications/mark-notifications-read';
import { fetchJson, queryKeys } from './keys';

interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  read: boolean;
  createdAt: string;
}

export interface NotificationsResponse {
  unread: number;
  items: NotificationItem[];
}

/** The bell's data: polled every 20 s while the tab is visible. */
export function useNotifications() {
  return useQuery({
    queryKey: queryKeys.notifications.all,
    queryFn: () => fetchJson<NotificationsResponse>('/api/notifications'),
    refetchInterval: 20_000,
    staleTime: 10_000,
  });
}

export function useMarkNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { all: true } | { ids: string[] }) => {
      const res = await markNotificationsReadAction(input);
      if (!res.ok) throw new Error(res.formError ?? 'Could not mark the notifications read.');
      return res.data;
    },
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.notifications.all }),
  });
}
