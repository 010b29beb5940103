// The KPI module as other modules, the HTTP app and the command line see it.
export {
  kpiReport,
  kpiDefinitions,
  kpiQuerySchema,
  calculateStaffing,
  staffingInputSchema,
  kpiRoles,
  planStaffingDay,
  dayPlanQuerySchema,
  type DayPlan,
  type DayPlanQuery,
  reportGroupings,
  type KpiQuery,
  type KpiReport,
  type StaffingQuery,
  type StaffingAnswer,
} from './kpi.service.ts';
export { CallAccumulator, contributionOf, type KpiCall, type QueueRules } from './domain/call-figures.ts';
export { figureDefinitions } from './domain/definitions.ts';
export { ReportAccumulator, callReport, type ReportRow, type ReportOptions } from './domain/report.ts';
export { staffing, erlangC, erlangB } from './domain/erlang.ts';
export { LiveDayFigures } from './domain/live-day.ts';
export { defaultQueueRules, type AbandonedConvention, type CallFigures } from './domain/call-figures.ts';
export { dayStart, dayAfter, localParts } from './domain/buckets.ts';
