import { z } from 'zod';

// The answers of the wallboard and the role dashboards (see http/contract.ts).

const count = z.number().int();
const seconds = z.number().nullable();
const fraction = z.number().nullable().meta({ description: 'A fraction 0–1; null when its denominator is 0' });

const callFigures = {
  offered: count,
  answered: count,
  abandoned: count,
  short_abandoned: count,
  service_level: fraction,
  asa_seconds: seconds,
  aht_seconds: seconds,
  avg_talk_seconds: seconds,
  avg_time_in_queue_seconds: seconds,
  abandon_rate: fraction,
};

export const agentsByStateSchema = z
  .object({
    available: count,
    ringing: count,
    on_call: count.meta({ description: 'On a call or holding one' }),
    wrap_up: count,
    break: count,
    signed_in: count.meta({ description: 'Every state but offline' }),
  })
  .meta({ id: 'AgentsByState' });

const waitingFields = {
  waiting: count,
  longest_wait_seconds: count,
  longest_waiting_since: z.string().nullable().meta({ description: 'Queue entry of the longest-waiting call' }),
};

export const wallboardQueueSchema = z
  .object({
    code: z.string(),
    name_ar: z.string(),
    name_en: z.string(),
    sl_seconds: count,
    sl_target_percent: z.number(),
    ...waitingFields,
    agents: agentsByStateSchema,
    ...callFigures,
  })
  .meta({ id: 'WallboardQueue' });

export const wallboardSchema = z
  .object({
    now: z.string(),
    day: z.string(),
    time_zone: z.string(),
    thresholds: z.object({ max_wait_seconds: count, max_abandon_percent: z.number() }),
    queues: z.array(wallboardQueueSchema),
    totals: z.object({ sl_target_percent: z.number(), ...waitingFields, agents: agentsByStateSchema, ...callFigures }),
  })
  .meta({ id: 'Wallboard' });

export const ticketDayCountsSchema = z
  .object({ open: count, breached: count, near_sla: count, opened_today: count, resolved_today: count })
  .meta({ id: 'TicketDayCounts' });

export const wallboardDaySchema = z
  .object({
    day: z.string(),
    tickets: ticketDayCountsSchema,
    collections: z.object({
      installments_due_today: count,
      installments_paid_today_by_due_date: count,
      collection_rate_30d: z.number().nullable().meta({ description: 'Percent' }),
      promises_made_today: count,
      promise_kept_rate: z.number().nullable().meta({ description: 'Percent' }),
    }),
  })
  .meta({ id: 'WallboardDay' });

export const agentDashboardSchema = z
  .object({
    day: z.string(),
    targets: z.object({ calls: count, aht_seconds: count }),
    state: z.string().nullable().meta({ description: 'The seat’s state now; null without a seat' }),
    calls: z.object({ handled: count, aht_seconds: seconds, avg_talk_seconds: seconds, avg_hold_seconds: seconds }),
    work: z.object({
      attempts: count,
      outcomes: z.array(z.object({ outcome: z.string(), count })),
      promises: count,
      promised_amount: z.number(),
    }),
    tickets: ticketDayCountsSchema,
  })
  .meta({ id: 'AgentDashboard' });

export const teamDashboardSchema = z
  .object({
    now: z.string(),
    day: z.string(),
    teams: z.array(z.string()).meta({ description: 'The supervisor’s teams; empty: the whole center' }),
    agents_by_state: agentsByStateSchema,
    agents: z.array(
      z.object({
        agent: z.string(),
        name: z.string(),
        state: z.string(),
        reason: z.string().nullable(),
        since: z.string(),
        handled: count,
        aht_seconds: seconds,
      }),
    ),
    // The team's own calls: a service level or abandonment belongs to a queue, not to the agents.
    answered: count,
    asa_seconds: seconds,
    aht_seconds: seconds,
    avg_talk_seconds: seconds,
  })
  .meta({ id: 'TeamDashboard' });

const dayTrendSchema = z.object({
  day: z.string(),
  offered: count,
  answered: count,
  service_level: fraction,
  abandon_rate: fraction,
  aht_seconds: seconds,
});

export const centerDashboardSchema = z
  .object({
    day: z.string(),
    calls: z.object(callFigures),
    sms: z.object({ queued: count, sent: count, delivered: count, failed: count }),
    tickets: ticketDayCountsSchema,
    collections: wallboardDaySchema.shape.collections,
    week: z.array(dayTrendSchema).meta({ description: 'The seven days up to today, oldest first' }),
  })
  .meta({ id: 'CenterDashboard' });
