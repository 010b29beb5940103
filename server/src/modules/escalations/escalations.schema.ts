import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
// Schema files import each other directly (drizzle-kit loads them without the services).
import { customers } from '../customers/customers.schema.ts';
import { calls } from '../telephony/telephony.schema.ts';

/**
 * المتابعات المصعّدة — escalations (SPEC A5): an agent hands a customer to the supervisors with the
 * follow-up time he promised; a task due at that time in the supervisors' queue.
 */
export const escalations = pgTable(
  'escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The customer, when the call had one (an unknown caller is escalated by his call). */
    customerId: uuid('customer_id').references(() => customers.id),
    /** The call the agent escalated from. */
    callId: uuid('call_id').references(() => calls.id),
    /** The agent who escalated (username, as across the telephone). */
    agent: text('agent').notNull(),
    agentId: uuid('agent_id').notNull(),
    /** The follow-up time promised to the customer. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    note: text('note').notNull(),
    /** open → taken → done. */
    status: text('status').notNull().default('open'),
    takenBy: text('taken_by'),
    takenAt: timestamp('taken_at', { withTimezone: true }),
    doneBy: text('done_by'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneNote: text('done_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('escalations_open_due_idx')
      .on(t.dueAt)
      .where(sql`${t.status} <> 'done'`),
    index('escalations_agent_idx').on(t.agentId, t.createdAt),
    check('escalations_status_check', sql`${t.status} in ('open','taken','done')`),
  ],
);
