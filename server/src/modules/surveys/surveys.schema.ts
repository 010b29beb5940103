import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { customers } from '../customers/customers.schema.ts';
import { users } from '../users/users.schema.ts';
import type { Answers, Questionnaire } from './domain/questionnaire.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

// استطلاعات رضا العملاء (Q1–Q4). A survey is a name and its rules; what the customer sees is
// a version. A version that has answers is never changed: an edit makes the next version.
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    status: text('status').notNull().default('draft'),
    /** Invite after a ticket closes / after an answered call (the automatic surveys, Q3). */
    afterTicket: boolean('after_ticket').notNull().default(false),
    afterCall: boolean('after_call').notNull().default(false),
    /** Share of eligible contacts invited, 0–100. */
    samplingPercent: integer('sampling_percent').notNull().default(100),
    /** No customer is invited again (by any survey) within this many days. */
    cooldownDays: integer('cooldown_days').notNull().default(30),
    linkDays: integer('link_days').notNull().default(28),
    /** التعريف بالاستبانة (Q2): purpose, how to ask, what not to say. */
    briefing: text('briefing').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('surveys_status_check', sql`${t.status} in ('draft','active','archived')`)],
);

export const surveyVersions = pgTable(
  'survey_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id),
    number: integer('number').notNull(),
    definition: jsonb('definition').$type<Questionnaire>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('survey_versions_number_idx').on(t.surveyId, t.number)],
);

/** A single-use link (رابط الاستطلاع). Only the token's SHA-256 is kept. */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => surveyVersions.id),
    tokenHash: text('token_hash').notNull(),
    customerId: uuid('customer_id').references(() => customers.id),
    channel: text('channel').notNull(),
    /** What made it: a closed ticket, an answered call, a person. */
    source: text('source').notNull(),
    sourceRef: text('source_ref'),
    language: text('language').notNull().default('ar'),
    agentId: uuid('agent_id'),
    ticketCategory: text('ticket_category'),
    expiresAt: at('expires_at').notNull(),
    openedAt: at('opened_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_invitations_token_idx').on(t.tokenHash),
    uniqueIndex('survey_invitations_source_idx').on(t.surveyId, t.source, t.sourceRef),
    index('survey_invitations_customer_idx').on(t.customerId, t.createdAt),
    check('survey_invitations_channel_check', sql`${t.channel} in ('sms','email','link')`),
    check('survey_invitations_language_check', sql`${t.language} in ('ar','en')`),
  ],
);

/** One response: through a link (one per link), or entered by staff from paper or a phone call (Q4). */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => surveyVersions.id),
    invitationId: uuid('invitation_id').references(() => surveyInvitations.id),
    customerId: uuid('customer_id').references(() => customers.id),
    channel: text('channel').notNull(),
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
    /** Free-text answers normalised for Arabic search, joined. */
    textNorm: text('text_norm').notNull().default(''),
    agentId: uuid('agent_id'),
    ticketCategory: text('ticket_category'),
    enteredBy: uuid('entered_by').references(() => users.id),
    startedAt: at('started_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    completedAt: at('completed_at'),
  },
  (t) => [
    uniqueIndex('survey_responses_invitation_idx').on(t.invitationId),
    index('survey_responses_survey_idx').on(t.surveyId, t.completedAt),
    check('survey_responses_channel_check', sql`${t.channel} in ('sms','email','link','phone','paper')`),
  ],
);

/** An agent read the survey's briefing (Q2). */
export const surveyBriefingAcks = pgTable(
  'survey_briefing_acks',
  {
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    acknowledgedAt: at('acknowledged_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.userId] })],
);
