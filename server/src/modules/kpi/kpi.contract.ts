import { z } from 'zod';

// The answers of the KPI report and staffing API (see http/contract.ts).

const count = z.number().int();
const seconds = z.number().nullable();
const fraction = z.number().nullable();

export const kpiRowSchema = z
  .object({
    key: z
      .string()
      .meta({ description: 'Interval start (2026-12-01T09:30), day, week (its Sunday), month, agent or queue' }),
    offered: count,
    answered: count,
    abandoned: count,
    short_abandoned: count,
    asa_seconds: seconds,
    avg_time_in_queue_seconds: seconds,
    aht_seconds: seconds,
    avg_talk_seconds: seconds,
    avg_hold_seconds: seconds,
    abandon_rate: fraction,
    service_level: fraction,
    occupancy: fraction.meta({ description: 'From agent states; null by queue, or with a queue chosen' }),
  })
  .meta({ id: 'KpiRow' });

export const kpiDefinitionSchema = z.object({
  key: z.string(),
  name_ar: z.string(),
  name_en: z.string(),
  ar: z.string(),
  en: z.string(),
});

export const kpiReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  by: z.string(),
  interval_minutes: z.number().int(),
  queue: z.string().nullable(),
  time_zone: z.string(),
  rows: z.array(kpiRowSchema),
  totals: kpiRowSchema,
  definitions: z.array(kpiDefinitionSchema),
});

export const staffingResultSchema = z.object({
  model: z.enum(['erlang_c', 'erlang_a']),
  traffic_erlangs: z.number(),
  agents: count.meta({ description: 'Agents on the phones the interval needs' }),
  scheduled: count.meta({ description: 'Agents to schedule: agents ÷ (1 − shrinkage), rounded up' }),
  service_level: z.number(),
  asa_seconds: z.number(),
  occupancy: z.number(),
  p_wait: z.number(),
  p_abandon: z.number(),
});

export const dayPlanSchema = z.object({
  date: z.string(),
  queue: z.string().nullable(),
  history_days: z.array(z.string()),
  interval_minutes: z.number().int(),
  intervals: z.array(
    z.object({
      interval: z.string(),
      calls: z.number(),
      aht_seconds: z.number().nullable(),
      agents: count,
      scheduled: count,
    }),
  ),
  peak_agents: count,
  peak_scheduled: count,
});
