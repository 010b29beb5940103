import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../ui/api-client';

export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];

export type SettingValues = {
  company_name: string;
  sms_sender: string;
  timezone: string;
  currency: string;
  weekend: Weekday[];
  holidays: { date: string; name: string }[];
  calling_window: { start: string; end: string };
  reminder_days_before: number;
  followup_days_after: number;
  tier1_above: number;
  tier2_from: number;
  retry_delay_minutes: number;
  max_attempts_per_day: number;
  daily_run_time: string;
};
export type SettingKey = keyof SettingValues;

export type SettingItem<K extends SettingKey = SettingKey> = {
  key: K;
  value: SettingValues[K];
  default: SettingValues[K];
  overridden_by: string | null;
  env: string;
};

export type SettingsResponse = { items: SettingItem[] };

export const settingsQuery = queryOptions({
  queryKey: ['settings'],
  queryFn: () => api.get<SettingsResponse>('/settings'),
  staleTime: 60_000,
});

export function useSettings() {
  return useQuery(settingsQuery);
}

/** One setting's value, when the settings are loaded. */
export function useSettingValue<K extends SettingKey>(key: K): SettingValues[K] | undefined {
  const { data } = useSettings();
  return data?.items.find((item) => item.key === key)?.value as SettingValues[K] | undefined;
}

export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: Partial<SettingValues>) => api.patch<SettingsResponse>('/settings', changes),
    onSuccess: (data) => queryClient.setQueryData(settingsQuery.queryKey, data),
  });
}
