import { date, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// The collections module's own table. The work lists and items it creates belong to the
// worklists module (the work-list engine that marketing and surveys will use as well); the
// run of the collections day is collections' alone, so its record lives here.

// One run of the collections day per business date.
export const dailyRuns = pgTable('daily_runs', {
  businessDate: date('business_date', { mode: 'string' }).primaryKey(),
  status: text('status').notNull().default('running'),
  previousDate: date('previous_date', { mode: 'string' }),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  startedBy: text('started_by').notNull(),
  summary: jsonb('summary'),
});
