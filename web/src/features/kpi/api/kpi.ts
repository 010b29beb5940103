import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { client, unwrap, type BodyOf, type QueryOf, type ResponseOf } from '../../../api/client';

// The KPI report (K1), the staffing calculator and the day plan (K4) through the typed client.

export type KpiQuery = QueryOf<'getKpiReport'>;
export type KpiReport = ResponseOf<'getKpiReport'>;
export type KpiRow = KpiReport['rows'][number];
export type StaffingInput = BodyOf<'calculateStaffing'>;
export type StaffingResult = ResponseOf<'calculateStaffing'>;
export type DayPlanQuery = QueryOf<'getStaffingDayPlan'>;
export type DayPlan = ResponseOf<'getStaffingDayPlan'>;

export function useKpiReport(query: KpiQuery, enabled: boolean) {
  return useQuery({
    queryKey: ['kpi', 'report', query],
    queryFn: () => unwrap(client.GET('/api/v1/kpi/report', { params: { query } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useStaffing() {
  return useMutation({
    mutationFn: (body: StaffingInput) => unwrap(client.POST('/api/v1/kpi/staffing', { body })),
  });
}

export function useDayPlan(query: DayPlanQuery | null) {
  return useQuery({
    queryKey: ['kpi', 'plan', query],
    queryFn: () => unwrap(client.GET('/api/v1/kpi/staffing/plan', { params: { query: query! } })),
    enabled: query !== null,
  });
}
