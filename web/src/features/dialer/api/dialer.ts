import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Schemas } from '../../../api/client';

export type DialerCampaign = Schemas['DialerCampaign'];
export type DialerMode = DialerCampaign['mode'];
export const dialerModes: DialerMode[] = ['preview', 'progressive', 'predictive'];

const key = ['dialer', 'campaigns'] as const;
/** The figures move with every call: the panel polls while it is open. */
const POLL_MS = 2_000;

export function useDialerCampaigns(enabled: boolean) {
  return useQuery({
    queryKey: key,
    enabled,
    queryFn: () => unwrap(client.GET('/api/v1/dialer/campaigns')),
    refetchInterval: POLL_MS,
  });
}

export function useStartDialing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ listId, mode }: { listId: string; mode: DialerMode }) =>
      unwrap(client.POST('/api/v1/dialer/lists/{id}/start', { params: { path: { id: listId } }, body: { mode } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useStopDialing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (listId: string) =>
      unwrap(client.POST('/api/v1/dialer/lists/{id}/stop', { params: { path: { id: listId } }, body: {} })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
