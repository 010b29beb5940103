import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, unwrap, type ResponseOf } from '../../../api/client';
import { queryString } from '../../../ui/api-client';

// The ticket reports (server/src/modules/tickets/reports.service.ts): monthly key accounts, weekly performance.

// One operation answers the report (format=json) or the workbook (format=xlsx): the JSON one here.
export type KeyAccountsReport = Exclude<ResponseOf<'getKeyAccountsReport'>, string>;
export type WeeklyReport = Exclude<ResponseOf<'getWeeklyReport'>, string>;

/** The JSON report; a string would be the workbook, which these queries never ask for. */
function asReport<T extends object>(answer: T | string): T {
  if (typeof answer === 'string') throw new Error('expected the JSON report');
  return answer;
}
export type ReportCounts = KeyAccountsReport['totals'];
export type WeeklyCounts = WeeklyReport['totals'];

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
    queryFn: async () =>
      asReport(await unwrap(client.GET('/api/v1/ticket-reports/key-accounts', { params: { query: { month } } }))),
    enabled: isMonth(month),
    placeholderData: keepPreviousData,
  });
}

export function useWeeklyReport(weekStart: string) {
  return useQuery({
    queryKey: ['tickets', 'reports', 'weekly', weekStart],
    queryFn: async () =>
      asReport(
        await unwrap(
          client.GET('/api/v1/ticket-reports/weekly', {
            params: { query: weekStart ? { week_start: weekStart } : {} },
          }),
        ),
      ),
    enabled: weekStart === '' || isIsoDate(weekStart),
    placeholderData: keepPreviousData,
  });
}
