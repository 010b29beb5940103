import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
// Schema files import each other directly (drizzle-kit loads them without the services).
import { customers } from '../customers/customers.schema.ts';

// Agents are named by username across the product (work items, tickets): the same here.

/** طوابير المكالمات — inbound queues (SPEC T2): the skill they need and how they route. */
export const callQueues = pgTable(
  'call_queues',
  {
    code: text('code').primaryKey(),
    nameAr: text('name_ar').notNull(),
    nameEn: text('name_en').notNull(),
    /** The skill an agent needs (users' skills: collections, service, key_accounts …). */
    skill: text('skill').notNull(),
    /** longest_idle (default), least_recent, fewest_calls, round_robin, random, ring_all. */
    strategy: text('strategy').notNull().default('longest_idle'),
    /** Higher first when one agent could take calls from several queues. */
    priority: smallint('priority').notNull().default(0),
    /** Seconds an agent stays in wrap-up after a call of this queue. */
    wrapUpSeconds: integer('wrap_up_seconds').notNull().default(30),
    /** Service level: answered within this many seconds … */
    slSeconds: integer('sl_seconds').notNull().default(20),
    /** … for this share of calls, in percent. */
    slTarget: integer('sl_target_percent').notNull().default(80),
    /** How abandoned calls count in the service level: negative, ignored, positive (SPEC K1). */
    slAbandoned: text('sl_abandoned').notNull().default('negative'),
    /** Abandons shorter than this are left out of offered and abandoned (SPEC K1). */
    shortAbandonSeconds: integer('short_abandon_seconds').notNull().default(5),
    /** After this wait, the call moves to `overflowQueue` (null: never). */
    overflowSeconds: integer('overflow_seconds'),
    overflowQueue: text('overflow_queue'),
    /** Offer a call-back that keeps the caller's place after this wait (null: never). */
    callbackAfterSeconds: integer('callback_after_seconds'),
    /** Opening hours in the installation's time zone, `08:00-20:00`; weekend and holidays from settings. */
    hours: text('hours').notNull().default('00:00-24:00'),
    /** What a caller meets when closed: message, callback, voicemail. */
    closedAction: text('closed_action').notNull().default('message'),
    /** Said while waiting (text for the simulator, media for Asterisk). */
    greeting: jsonb('greeting').$type<{ text?: string; media?: string }>(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'call_queues_strategy_check',
      sql`${t.strategy} in ('longest_idle','least_recent','fewest_calls','round_robin','random','ring_all')`,
    ),
    check('call_queues_sl_abandoned_check', sql`${t.slAbandoned} in ('negative','ignored','positive')`),
    check('call_queues_closed_action_check', sql`${t.closedAction} in ('message','callback','voicemail')`),
    check('call_queues_sl_target_check', sql`${t.slTarget} between 1 and 100`),
  ],
);

/** An agent's level in a skill (1 = basic … 5 = expert); routing prefers higher levels. */
export const agentSkills = pgTable(
  'agent_skills',
  {
    agent: text('agent').notNull(),
    skill: text('skill').notNull(),
    level: smallint('level').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.agent, t.skill] }),
    check('agent_skills_level_check', sql`${t.level} between 1 and 5`),
  ],
);

/** An agent's seat: the phone the switch rings (PJSIP/WebRTC endpoint), or a simulated colleague. */
export const telephonyAgents = pgTable('telephony_agents', {
  agent: text('agent').primaryKey(),
  /** `PJSIP/1001`, `PJSIP/webrtc-agent1`; null: the browser's seat in the simulator. */
  endpoint: text('endpoint'),
  /** A simulated colleague (demo, benchmarks): the simulator answers and talks for it. */
  simulated: boolean('simulated').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Queue log-in: a row while the agent takes this queue's calls. */
export const agentQueueLogins = pgTable(
  'agent_queue_logins',
  {
    agent: text('agent').notNull(),
    queue: text('queue')
      .notNull()
      .references(() => callQueues.code),
    since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agent, t.queue] })],
);

/** أسباب الاستراحة — break reasons managers edit (prayer, lunch, training, meeting). */
export const breakReasons = pgTable('break_reasons', {
  code: text('code').primaryKey(),
  nameAr: text('name_ar').notNull(),
  nameEn: text('name_en').notNull(),
  /** Minutes after which the supervisor's view turns the agent red (null: no limit). */
  limitMinutes: integer('limit_minutes'),
  sort: smallint('sort').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

/** Agent state history (SPEC A1): one row per change; the timeline and occupancy read it. */
export const agentStateChanges = pgTable(
  'agent_state_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    agent: text('agent').notNull(),
    /** available, ringing, on_call, hold, wrap_up, break, offline. */
    state: text('state').notNull(),
    /** The break reason, or why the state was forced (`forced_by:supervisor1`). */
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** live (this application) or queue_log (imported from a PBX). */
    source: text('source').notNull().default('live'),
  },
  (t) => [
    index('agent_state_changes_agent_at_idx').on(t.agent, t.at),
    uniqueIndex('agent_state_changes_import_idx').on(t.agent, t.at, t.state, t.source),
    check(
      'agent_state_changes_state_check',
      sql`${t.state} in ('available','ringing','on_call','hold','wrap_up','break','offline')`,
    ),
  ],
);

/** سجل المكالمات — one record per call (SPEC T4), built only from telephony events. */
export const calls = pgTable(
  'calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Where the record came from and its id there (adapter leg id, queue_log callid): idempotency. */
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    direction: text('direction').notNull(),
    /** Caller's number (inbound) or the customer dialled (outbound), E.164 when it could be read. */
    ani: text('ani'),
    /** The number dialled into the center (inbound). */
    dnis: text('dnis'),
    queue: text('queue'),
    agent: text('agent'),
    customerId: uuid('customer_id').references(() => customers.id),
    /** The work item an outbound call was placed for. */
    workItemId: uuid('work_item_id'),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** When the agent's wrap-up after this call ended. */
    wrapUpEndedAt: timestamp('wrap_up_ended_at', { withTimezone: true }),
    /** normal, busy, no_answer, failed, abandoned, dropped, machine. */
    cause: text('cause'),
    /** The agent's outcome (reached, promise, callback …) when one was recorded. */
    outcome: text('outcome'),
    holdSeconds: integer('hold_seconds').notNull().default(0),
    holdCount: smallint('hold_count').notNull().default(0),
    /** The IVR keys pressed on the way in, e.g. `1,3`. */
    ivrPath: text('ivr_path'),
    recording: text('recording'),
    /** For transfers: the call this leg continued from. */
    parentCallId: uuid('parent_call_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('calls_source_external_idx').on(t.source, t.externalId),
    index('calls_offered_at_idx').on(t.offeredAt),
    index('calls_agent_offered_idx').on(t.agent, t.offeredAt),
    index('calls_queue_offered_idx').on(t.queue, t.offeredAt),
    index('calls_customer_idx').on(t.customerId),
    check('calls_direction_check', sql`${t.direction} in ('inbound','outbound')`),
    check(
      'calls_cause_check',
      sql`${t.cause} is null or ${t.cause} in ('normal','busy','no_answer','failed','abandoned','dropped','machine')`,
    ),
  ],
);

/** Every timestamp of a call in order: offered, queued, each agent ring, answered, holds, transfers, ended. */
export const callEvents = pgTable(
  'call_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    /** Position within the call (idempotent re-imports). */
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    agent: text('agent'),
    data: jsonb('data').$type<Record<string, unknown>>(),
  },
  (t) => [uniqueIndex('call_events_call_seq_idx').on(t.callId, t.seq)],
);

/** طلبات معاودة الاتصال — a caller who chose a call-back keeps the place in the queue. */
export const callCallbacks = pgTable(
  'call_callbacks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    queue: text('queue').notNull(),
    number: text('number').notNull(),
    customerId: uuid('customer_id').references(() => customers.id),
    /** The call it came from; its queue entry time is the place kept. */
    callId: uuid('call_id').references(() => calls.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    /** waiting, calling, done, failed. */
    status: text('status').notNull().default('waiting'),
    /** The agent it belongs to: a dropped call comes back to the same agent; null: whoever of the queue is free. */
    agent: text('agent'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    /** requested (in the queue or the IVR), closed (asked for outside the queue's hours), dropped (A5). */
    reason: text('reason').notNull().default('requested'),
    /** The caller's place: when he first entered the queue (the request time when he never queued). */
    placeAt: timestamp('place_at', { withTimezone: true }),
    /** The work item the dropped call was placed for (outbound lists). */
    workItemId: uuid('work_item_id'),
    attempts: smallint('attempts').notNull().default(0),
    /** How the last attempt ended (busy, no_answer …). */
    lastCause: text('last_cause'),
    /** Not dialled again before this time (a retry after an unanswered attempt). */
    notBefore: timestamp('not_before', { withTimezone: true }),
  },
  (t) => [
    index('call_callbacks_waiting_idx')
      .on(t.queue, t.requestedAt)
      .where(sql`${t.status} = 'waiting'`),
    index('call_callbacks_agent_idx').on(t.agent, t.status),
    check('call_callbacks_status_check', sql`${t.status} in ('waiting','calling','done','failed')`),
    check('call_callbacks_reason_check', sql`${t.reason} in ('requested','closed','dropped')`),
  ],
);

/** القوائم الصوتية — IVR menus: a DTMF tree edited in the web app (checked before saving). */
export const ivrMenus = pgTable('ivr_menus', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  /** The tree (domain/ivr.ts `IvrNode`). */
  tree: jsonb('tree').$type<Record<string, unknown>>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text('updated_by'),
});

/** DNIS → where the call goes: an IVR menu, a queue, or a campaign. Unknown DNIS → the `default` row. */
export const dialRoutes = pgTable(
  'dial_routes',
  {
    dnis: text('dnis').primaryKey(),
    targetKind: text('target_kind').notNull(),
    target: text('target').notNull(),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('dial_routes_target_kind_check', sql`${t.targetKind} in ('ivr','queue','campaign')`)],
);
