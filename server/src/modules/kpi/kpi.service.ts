import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { calendarDate } from '../../shared/calendar-date.ts';
import {
  agentStatesBetween,
  forEachQueuedCallEndedBetween,
  queuedCallsEndedBetween,
  queueMeasureRules,
} from '../telephony/index.ts';
import { dayAfter, dayStart, isTimeGrouping, type IntervalMinutes } from './domain/buckets.ts';
import { defaultQueueRules, type AbandonedConvention, type QueueRules } from './domain/call-figures.ts';
import { figureDefinitions } from './domain/definitions.ts';
import { staffing, StaffingInputError, type StaffingInput, type StaffingResult } from './domain/erlang.ts';
import { forecastIntervals, planDay, sameWeekdayBefore } from './domain/forecast.ts';
import { occupancyByKey, ReportAccumulator, type ReportRow } from './domain/report.ts';

// مؤشرات الأداء — the KPI report over the stored call records (SPEC K1) and the staffing
// calculator (SPEC K4), as the API and the command line use them.

/** Who reads the KPI report and uses the staffing calculator. */
export const kpiRoles = ['admin', 'manager', 'supervisor'] as const;

export const reportGroupings = ['day', 'interval', 'week', 'month', 'agent', 'queue'] as const;

export const kpiQuerySchema = z
  .object({
    from: calendarDate(),
    to: calendarDate(),
    queue: z.string().min(1).max(100).optional(),
    by: z.enum(reportGroupings).default('day'),
    interval_minutes: z.coerce
      .number()
      .int()
      .refine((n) => n === 15 || n === 30 || n === 60, { message: 'interval_minutes is 15, 30 or 60' })
      .default(30),
  })
  .strict();
export type KpiQuery = z.infer<typeof kpiQuerySchema>;

export const MAX_REPORT_DAYS = 366;

const conventions: readonly AbandonedConvention[] = ['negative', 'ignored', 'positive'];

export type KpiReport = {
  from: string;
  to: string;
  by: KpiQuery['by'];
  interval_minutes: number;
  queue: string | null;
  time_zone: string;
  rows: ReportRow[];
  totals: ReportRow;
};

/**
 * The K1 figures of the queued calls that ended between the start of `from` and the end of `to`
 * (days on the center's clocks), per bucket, with the totals of the period. Calls count where
 * they end; each queue's own service level time, abandoned-call convention and short-abandon
 * threshold apply to its calls.
 */
export async function kpiReport(database: Database, query: KpiQuery, timeZone: string): Promise<KpiReport> {
  const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 + 1;
  if (days < 1 || days > MAX_REPORT_DAYS) throw new AppError('kpi_range_invalid');
  const from = dayStart(query.from, timeZone);
  const to = dayStart(dayAfter(query.to), timeZone);
  const ruleRows = await queueMeasureRules(database);
  const rules = new Map<string, QueueRules>(
    ruleRows.map((r) => [
      r.code,
      {
        slSeconds: r.slSeconds,
        shortAbandonSeconds: r.shortAbandonSeconds,
        slAbandoned: (conventions as readonly string[]).includes(r.slAbandoned)
          ? (r.slAbandoned as AbandonedConvention)
          : defaultQueueRules.slAbandoned,
      },
    ]),
  );
  // Occupancy comes from agents' states, which belong to no queue: only when no queue is chosen.
  const withOccupancy = !query.queue && (isTimeGrouping(query.by) || query.by === 'agent');
  const states = withOccupancy ? await agentStatesBetween(database, { from, to }) : undefined;
  const options = {
    timeZone,
    intervalMinutes: query.interval_minutes as 15 | 30 | 60,
    from,
    to,
    rules,
  };
  // One pass over the calls, a page at a time, feeding the rows and the total together.
  const report = new ReportAccumulator({ ...options, by: query.by });
  const all = new ReportAccumulator({ ...options, by: 'channel' });
  await forEachQueuedCallEndedBetween(
    database,
    { from, to, ...(query.queue ? { queue: query.queue } : {}) },
    (call) => {
      report.add(call);
      all.add(call);
    },
  );
  const rows = report.rows(states ? occupancyByKey(states, { ...options, by: query.by }) : undefined);
  const [total] = all.rows();
  const totals: ReportRow = {
    ...(total ?? emptyRow()),
    key: 'total',
    occupancy: withOccupancy ? totalOccupancy(states!, from, to) : null,
  };
  return {
    from: query.from,
    to: query.to,
    by: query.by,
    interval_minutes: query.interval_minutes,
    queue: query.queue ?? null,
    time_zone: timeZone,
    rows,
    totals,
  };
}

function emptyRow(): ReportRow {
  return {
    key: 'total',
    offered: 0,
    answered: 0,
    abandoned: 0,
    short_abandoned: 0,
    asa_seconds: null,
    avg_time_in_queue_seconds: null,
    aht_seconds: null,
    avg_talk_seconds: null,
    avg_hold_seconds: null,
    abandon_rate: null,
    service_level: null,
    occupancy: null,
  };
}

function totalOccupancy(states: Map<string, { state: string; at: Date }[]>, from: Date, to: Date): number | null {
  let handling = 0;
  let available = 0;
  for (const changes of states.values()) {
    for (let i = 0; i < changes.length; i++) {
      const start = Math.max(changes[i]!.at.getTime(), from.getTime());
      const end = Math.min(changes[i + 1]?.at.getTime() ?? to.getTime(), to.getTime());
      if (end <= start) continue;
      const s = changes[i]!.state;
      if (s === 'on_call' || s === 'hold' || s === 'wrap_up') handling += end - start;
      else if (s === 'available' || s === 'ringing') available += end - start;
    }
  }
  return handling + available === 0 ? null : handling / (handling + available);
}

/** The definitions shown beside the figures. */
export function kpiDefinitions() {
  return figureDefinitions.map((d) => ({ key: d.key, name_ar: d.nameAr, name_en: d.nameEn, ar: d.ar, en: d.en }));
}

// ---- staffing ----------------------------------------------------------------------------------

export const staffingInputSchema = z
  .object({
    calls: z.number().min(0).max(1_000_000),
    interval_seconds: z.number().positive().max(86_400).default(1800),
    aht_seconds: z.number().positive().max(86_400),
    target_sl: z.number().gt(0).lt(1).default(0.8),
    target_seconds: z.number().min(0).max(3600).default(20),
    shrinkage: z.number().min(0).lt(1).default(0),
    max_occupancy: z.number().gt(0).max(1).default(1),
    patience_seconds: z.number().positive().max(86_400).optional(),
  })
  .strict();
export type StaffingQuery = z.infer<typeof staffingInputSchema>;

export type StaffingAnswer = {
  model: StaffingResult['model'];
  traffic_erlangs: number;
  agents: number;
  scheduled: number;
  service_level: number;
  asa_seconds: number;
  occupancy: number;
  p_wait: number;
  p_abandon: number;
};

/** The domain's refusal (bad figures, too large to compute) as a 422 with the field named. */
function asStaffingError<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof StaffingInputError || error instanceof RangeError) {
      throw new AppError('staffing_input_invalid', {
        errors: [
          {
            field: error instanceof StaffingInputError ? snakeCase(error.field) : 'calls',
            code: 'invalid',
            message: error.message,
            message_ar: 'القيمة غير صالحة أو أكبر من أن تُحسب',
          },
        ],
      });
    }
    throw error;
  }
}

const snakeCase = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Agents needed for one interval's calls (Erlang C, or Erlang A when a patience is given). */
export function calculateStaffing(input: StaffingQuery): StaffingAnswer {
  const domainInput: StaffingInput = {
    calls: input.calls,
    intervalSeconds: input.interval_seconds,
    ahtSeconds: input.aht_seconds,
    targetServiceLevel: input.target_sl,
    targetSeconds: input.target_seconds,
    shrinkage: input.shrinkage,
    maxOccupancy: input.max_occupancy,
    ...(input.patience_seconds === undefined ? {} : { patienceSeconds: input.patience_seconds }),
  };
  const r = asStaffingError(() => staffing(domainInput));
  return {
    model: r.model,
    traffic_erlangs: r.trafficErlangs,
    agents: r.agents,
    scheduled: r.scheduled,
    service_level: r.serviceLevel,
    asa_seconds: r.asaSeconds,
    occupancy: r.occupancy,
    p_wait: r.pWait,
    p_abandon: r.pAbandon,
  };
}

// ---- the day plan ------------------------------------------------------------------------------

export const dayPlanQuerySchema = z
  .object({
    date: calendarDate(),
    queue: z.string().min(1).max(100).optional(),
    weeks: z.coerce.number().int().min(1).max(26).default(4),
    interval_minutes: z.coerce
      .number()
      .int()
      .refine((n) => n === 15 || n === 30 || n === 60, { message: 'interval_minutes is 15, 30 or 60' })
      .default(30),
    aht_seconds: z.coerce.number().positive().max(86_400).default(180),
    target_sl: z.coerce.number().gt(0).lt(1).default(0.8),
    target_seconds: z.coerce.number().min(0).max(3600).default(20),
    shrinkage: z.coerce.number().min(0).lt(1).default(0.3),
    max_occupancy: z.coerce.number().gt(0).max(1).default(0.85),
    patience_seconds: z.coerce.number().positive().max(86_400).optional(),
  })
  .strict();
export type DayPlanQuery = z.infer<typeof dayPlanQuerySchema>;

export type DayPlan = {
  date: string;
  queue: string | null;
  history_days: string[];
  interval_minutes: number;
  intervals: { interval: string; calls: number; aht_seconds: number | null; agents: number; scheduled: number }[];
  peak_agents: number;
  peak_scheduled: number;
};

/**
 * Tomorrow (or any date) planned from history: calls per interval on the same weekday of the
 * `weeks` weeks before, averaged; each interval staffed with its historical AHT (the given
 * `aht_seconds` where there is none).
 */
export async function planStaffingDay(database: Database, query: DayPlanQuery, timeZone: string): Promise<DayPlan> {
  const days = sameWeekdayBefore(query.date, query.weeks);
  const from = dayStart(days.at(-1)!, timeZone);
  // A call queued before midnight may end after it: an hour more finds it.
  const to = new Date(dayStart(dayAfter(days[0]!), timeZone).getTime() + 3600_000);
  const calls = await queuedCallsEndedBetween(database, { from, to, ...(query.queue ? { queue: query.queue } : {}) });
  const minutes = query.interval_minutes as IntervalMinutes;
  const plan = asStaffingError(() =>
    planDay(forecastIntervals(calls, days, timeZone, minutes), minutes, query.aht_seconds, {
      targetServiceLevel: query.target_sl,
      targetSeconds: query.target_seconds,
      shrinkage: query.shrinkage,
      maxOccupancy: query.max_occupancy,
      ...(query.patience_seconds === undefined ? {} : { patienceSeconds: query.patience_seconds }),
    }),
  );
  return {
    date: query.date,
    queue: query.queue ?? null,
    history_days: days,
    interval_minutes: minutes,
    intervals: plan.map((p) => ({
      interval: p.interval,
      calls: p.calls,
      aht_seconds: p.ahtSeconds,
      agents: p.agents,
      scheduled: p.scheduled,
    })),
    peak_agents: Math.max(0, ...plan.map((p) => p.agents)),
    peak_scheduled: Math.max(0, ...plan.map((p) => p.scheduled)),
  };
}
