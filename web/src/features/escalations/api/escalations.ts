import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type BodyOf, type ResponseOf, type Schemas } from '../../../api/client';
import { invalidateOnLive } from '../../../live/live-keys';

export type Escalation = Schemas['Escalation'];
export type EscalationList = ResponseOf<'listEscalations'>;
export type EscalateInput = BodyOf<'createEscalation'>;

const key = ['escalations'] as const;
const summaryKey = ['escalations', 'summary'] as const;

// Raised, taken or closed: the lists and the badge reload.
invalidateOnLive(['escalation.changed'], key);

/** Overdue is the clock's doing, not an event's: the badge and the lists also poll. */
const POLL_MS = 30_000;

export function useEscalations(scope: 'mine' | 'all', status: 'open' | 'done') {
  return useQuery({
    queryKey: [...key, scope, status],
    queryFn: () => unwrap(client.GET('/api/v1/escalations', { params: { query: { scope, status } } })),
    refetchInterval: POLL_MS,
  });
}

export function useEscalationSummary(enabled: boolean) {
  return useQuery({
    queryKey: summaryKey,
    enabled,
    queryFn: () => unwrap(client.GET('/api/v1/escalations/summary')),
    // Reloaded just after the next one falls due (by the server's clock), so the alarm turns red on time.
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!data?.next_due_at) return POLL_MS;
      const untilDue = Date.parse(data.next_due_at) - Date.parse(data.now) - (Date.now() - query.state.dataUpdatedAt);
      return Math.min(POLL_MS, Math.max(1_000, untilDue + 500));
    },
  });
}

export function useEscalate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EscalateInput) => unwrap(client.POST('/api/v1/escalations', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useTakeEscalation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(client.POST('/api/v1/escalations/{id}/take', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useCloseEscalation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      unwrap(client.POST('/api/v1/escalations/{id}/done', { params: { path: { id } }, body: { note } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** "in 1:20" / "0:05 late": minutes (and hours) between now and the due time. */
export function dueDistance(dueAt: string, now: number): { late: boolean; text: string } {
  const ms = Date.parse(dueAt) - now;
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return { late: ms < 0, text: `${h}:${String(m).padStart(2, '0')}` };
}
