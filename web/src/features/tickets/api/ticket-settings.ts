import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type BodyOf, type ResponseOf, type Schemas } from '../../../api/client';
import type { TicketCategory } from './tickets';

// Groups and SLA settings (server/src/modules/tickets/groups.service.ts, ticket-settings.service.ts).

export type TicketGroup = ResponseOf<'listTicketGroups'>['items'][number];
export type GroupMember = TicketGroup['members'][number];
export type GroupPatch = BodyOf<'updateTicketGroup'>;

export const slaClocks = ['calendar', 'business'] as const;
export type SlaClock = (typeof slaClocks)[number];

type ContractSettings = Schemas['TicketSettings'];
// The contract says string for a policy's clock and category (the handler builds them from
// untyped rows): the web narrows them to the values its form offers.
export type SlaPolicy = Omit<ContractSettings['policies'][number], 'clock' | 'category'> & {
  clock: SlaClock;
  category: TicketCategory | null;
};
export type Shift = ContractSettings['business_hours']['shifts'][number];
export type TicketSettings = Omit<ContractSettings, 'policies'> & { policies: SlaPolicy[] };
export type TicketSettingsPatch = Partial<Omit<TicketSettings, 'calendar'>> & BodyOf<'updateTicketSettings'>;

const groupsKey = ['ticket-groups'] as const;
const settingsKey = ['ticket-settings'] as const;

export function useTicketGroups() {
  return useQuery({
    queryKey: groupsKey,
    queryFn: () => unwrap(client.GET('/api/v1/ticket-groups')),
    // Queues name every row's group from this list; names change rarely (and edits refresh it).
    staleTime: 60_000,
  });
}

export function useTicketSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: async () => (await unwrap(client.GET('/api/v1/ticket-settings'))) as TicketSettings,
  });
}

export type ActiveUser = Pick<Schemas['User'], 'id' | 'username' | 'display_name'>;

/** Active users to choose group members from (only those who may edit ask for them). */
export function useActiveUsers(enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'active-for-groups'],
    queryFn: () => unwrap(client.GET('/api/v1/users', { params: { query: { active: 'true', limit: 200 } } })),
    enabled,
  });
}

export type GroupChange = { code: string; patch?: GroupPatch; user_ids?: string[] };

/** Saves one group: its fields (PATCH) and then, if changed, its members (PUT). */
export function useSaveGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ code, patch, user_ids }: GroupChange) => {
      const params = { path: { code } };
      if (patch && Object.keys(patch).length > 0) {
        await unwrap(client.PATCH('/api/v1/ticket-groups/{code}', { params, body: patch }));
      }
      if (user_ids) await unwrap(client.PUT('/api/v1/ticket-groups/{code}/members', { params, body: { user_ids } }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupsKey }),
  });
}

export function useSaveTicketSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: TicketSettingsPatch) =>
      (await unwrap(client.PATCH('/api/v1/ticket-settings', { body: changes }))) as TicketSettings,
    onSuccess: (data) => queryClient.setQueryData(settingsKey, data),
  });
}
