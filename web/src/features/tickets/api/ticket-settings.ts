import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../ui/api-client';
import type { TicketCategory } from './tickets';

// Groups and SLA settings (server/src/modules/tickets/groups.service.ts, ticket-settings.service.ts).

export type GroupMember = { id: string; username: string; display_name: string; role: string; active: boolean };
export type TicketGroup = {
  code: string;
  name_ar: string;
  name_en: string;
  countries: string[];
  active: boolean;
  members: GroupMember[];
};
export type GroupPatch = Partial<Pick<TicketGroup, 'name_ar' | 'name_en' | 'countries' | 'active'>>;

export const slaClocks = ['calendar', 'business'] as const;
export type SlaClock = (typeof slaClocks)[number];

export type SlaPolicy = {
  group: string;
  category: TicketCategory | null;
  clock: SlaClock;
  response_hours: number | null;
  resolution_hours: number;
  warn_before_hours: number;
};
export type Shift = { start: string; end: string };

export type TicketSettings = {
  business_hours: { shifts: Shift[] };
  claim_approval_above: number;
  report_recipients: { monthly: string[]; weekly: string[] };
  calendar: { timezone: string; weekend: string[]; holidays: { date: string; name: string }[] };
  policies: SlaPolicy[];
};
export type TicketSettingsPatch = Partial<Omit<TicketSettings, 'calendar'>>;

const groupsKey = ['ticket-groups'] as const;
const settingsKey = ['ticket-settings'] as const;

export function useTicketGroups() {
  return useQuery({
    queryKey: groupsKey,
    queryFn: () => api.get<{ items: TicketGroup[] }>('/ticket-groups'),
    // Queues name every row's group from this list; names change rarely (and edits refresh it).
    staleTime: 60_000,
  });
}

export function useTicketSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => api.get<TicketSettings>('/ticket-settings') });
}

export type ActiveUser = { id: string; username: string; display_name: string };

/** Active users to choose group members from (only those who may edit ask for them). */
export function useActiveUsers(enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'active-for-groups'],
    queryFn: () => api.get<{ items: ActiveUser[] }>('/users?active=true&limit=200'),
    enabled,
  });
}

export type GroupChange = { code: string; patch?: GroupPatch; user_ids?: string[] };

/** Saves one group: its fields (PATCH) and then, if changed, its members (PUT). */
export function useSaveGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ code, patch, user_ids }: GroupChange) => {
      const path = `/ticket-groups/${encodeURIComponent(code)}`;
      if (patch && Object.keys(patch).length > 0) await api.patch(path, patch);
      if (user_ids) await api.put(`${path}/members`, { user_ids });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupsKey }),
  });
}

export function useSaveTicketSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: TicketSettingsPatch) => api.patch<TicketSettings>('/ticket-settings', changes),
    onSuccess: (data) => queryClient.setQueryData(settingsKey, data),
  });
}
