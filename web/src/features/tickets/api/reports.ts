import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../../ui/api-client';

// The ticket reports (server/src/modules/tickets/reports.service.ts): monthly key accounts, weekly performance.

export type ReportCounts = {
  opened: number;
  resolved: number;
  resolved_within_sla: number;
  /** 0..1, null when nothing was resolved in the period. */
  sla_compliance: number | null;
  median_resolution_hours: number | null;
  backlog: number;
};

export type KeyAccountsReport = {
  month: string;
  period: { from: string; to: string };
  time_zone: string;
  rows: Array<ReportCounts & { customer_no: string; customer_name: string; category: string; category_name: string }>;
  totals: ReportCounts;
};

export type WeeklyCounts = ReportCounts & { median_first_response_hours: number | null; breached_open: number };

export type WeeklyReport = {
  week_start: string;
  period: { from: string; to: string };
  time_zone: string;
  groups: Array<WeeklyCounts & { group: string }>;
  totals: WeeklyCounts;
  people: Array<{ name: string; resolved: number; sla_compliance: number | null }>;
};

/** `YYYY-MM` of the month before the one containing `today` (the report's default). */
export function lastMonth(today = new Date()): string {
  const d = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export const isMonth = (v: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v);
export const isIsoDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

export const keyAccountsPath = (month: string, format: 'json' | 'xlsx' = 'json') =>
  `/ticket-reports/key-accounts${queryString({ month, format: format === 'xlsx' ? 'xlsx' : undefined })}`;
export const weeklyPath = (weekStart: string, format: 'json' | 'xlsx' = 'json') =>
  `/ticket-reports/weekly${queryString({ week_start: weekStart || undefined, format: format === 'xlsx' ? 'xlsx' : undefined })}`;

export function useKeyAccountsReport(month: string) {
  return useQuery({
    queryKey: ['tickets', 'reports', 'key-accounts', month],
    queryFn: () => api.get<KeyAccountsReport>(keyAccountsPath(month)),
    enabled: isMonth(month),
    placeholderData: keepPreviousData,
  });
}

export function useWeeklyReport(weekStart: string) {
  return useQuery({
    queryKey: ['tickets', 'reports', 'weekly', weekStart],
    queryFn: () => api.get<WeeklyReport>(weeklyPath(weekStart)),
    enabled: weekStart === '' || isIsoDate(weekStart),
    placeholderData: keepPreviousData,
  });
}
