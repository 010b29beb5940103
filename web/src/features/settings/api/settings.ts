import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type BodyOf } from '../../../api/client';

/** The values of the settings, as the server takes them (every key). */
export type SettingValues = Required<BodyOf<'updateSettings'>>;
export type SettingKey = keyof SettingValues;
export type Weekday = SettingValues['weekend'][number];

// Sunday first, as the calendar of the installation; a Record so a change of the contract is a compile error.
const weekdayOrder: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
export const weekdays: readonly Weekday[] = (Object.keys(weekdayOrder) as Weekday[]).sort(
  (a, b) => weekdayOrder[a] - weekdayOrder[b],
);

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
  // The contract says `value: unknown`; SettingItem types each value by its key.
  queryFn: async () => (await unwrap(client.GET('/api/v1/settings'))) as SettingsResponse,
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
    mutationFn: async (changes: Partial<SettingValues>) =>
      (await unwrap(client.PATCH('/api/v1/settings', { body: changes }))) as SettingsResponse,
    onSuccess: (data) => queryClient.setQueryData(settingsQuery.queryKey, data),
  });
}
