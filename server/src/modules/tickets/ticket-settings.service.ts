import { z } from 'zod';
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import { audit, type Actor } from '../audit/index.ts';
import type { SettingsService } from '../settings/index.ts';
import { shiftProblems, type BusinessCalendar } from './domain/business-hours.ts';
import { ticketCategories } from './domain/categories.ts';
import type { SlaPolicy } from './domain/sla.ts';
import {
  findGroups,
  findPolicies,
  findPolicyFor,
  findTicketSettingValues,
  replacePolicies,
  upsertTicketSetting,
} from './tickets.repository.ts';

// Settings of the tickets module: the working shifts of the business calendar (its weekend,
// holidays and time zone are the installation's settings), the claim approval amount, report
// recipients, and the SLA policies per group and category.

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');
const shiftsSchema = z
  .array(z.object({ start: hhmm, end: hhmm }).strict())
  .min(1)
  .max(6);
const emails = z.array(z.email().max(200)).max(50);

export const ticketSettingSchemas = {
  business_hours: z.object({ shifts: shiftsSchema }).strict(),
  claim_approval_above: z.number().nonnegative().max(1e11),
  report_recipients: z.object({ monthly: emails, weekly: emails }).strict(),
};
type TicketSettingValues = { [K in keyof typeof ticketSettingSchemas]: z.infer<(typeof ticketSettingSchemas)[K]> };

const defaults: TicketSettingValues = {
  business_hours: { shifts: [{ start: '08:00', end: '16:00' }] },
  claim_approval_above: 5000,
  report_recipients: { monthly: [], weekly: [] },
};

export const policySchema = z
  .object({
    group: z.string().min(1).max(40),
    category: z.enum(ticketCategories).nullable().default(null),
    clock: z.enum(['calendar', 'business']),
    response_hours: z
      .number()
      .positive()
      .max(24 * 365)
      .nullable()
      .default(null),
    resolution_hours: z
      .number()
      .positive()
      .max(24 * 365),
    warn_before_hours: z
      .number()
      .nonnegative()
      .max(24 * 365)
      .default(4),
  })
  .strict();

export const ticketSettingsPatchSchema = z
  .object({
    business_hours: ticketSettingSchemas.business_hours,
    claim_approval_above: ticketSettingSchemas.claim_approval_above,
    report_recipients: ticketSettingSchemas.report_recipients,
    policies: z.array(policySchema).max(200),
  })
  .partial()
  .strict();

export async function ticketSettingValues(db: DbOrTx): Promise<TicketSettingValues> {
  const stored = await findTicketSettingValues(db);
  const out = { ...defaults } as Record<string, unknown>;
  for (const key of Object.keys(ticketSettingSchemas) as Array<keyof TicketSettingValues>) {
    const parsed = ticketSettingSchemas[key].safeParse(stored.get(key));
    if (parsed.success) out[key] = parsed.data;
  }
  return out as TicketSettingValues;
}

/** The business calendar: this module's shifts with the installation's weekend, holidays and time zone. */
export async function businessCalendar(db: DbOrTx, settings: Pick<SettingsService, 'all'>): Promise<BusinessCalendar> {
  const [s, values] = await Promise.all([settings.all(), ticketSettingValues(db)]);
  return {
    timeZone: s.timezone,
    weekend: s.weekend,
    holidays: s.holidays.map((h) => h.date),
    shifts: values.business_hours.shifts,
  };
}

const fallbackPolicy: SlaPolicy = {
  clock: 'business',
  responseMinutes: null,
  resolutionMinutes: 1440,
  warnBeforeMinutes: 240,
};

export async function policyFor(db: DbOrTx, groupCode: string, category: string): Promise<SlaPolicy> {
  const row = await findPolicyFor(db, groupCode, category);
  if (!row) return fallbackPolicy;
  return {
    clock: row.clock as SlaPolicy['clock'],
    responseMinutes: row.responseMinutes,
    resolutionMinutes: row.resolutionMinutes,
    warnBeforeMinutes: row.warnBeforeMinutes,
  };
}

export async function describeTicketSettings(database: Database, settings: Pick<SettingsService, 'all'>) {
  const [values, policies, s] = await Promise.all([
    ticketSettingValues(database.db),
    findPolicies(database.db),
    settings.all(),
  ]);
  return {
    ...values,
    calendar: { timezone: s.timezone, weekend: s.weekend, holidays: s.holidays },
    policies: policies.map((p) => ({
      group: p.groupCode,
      category: p.category,
      clock: p.clock,
      response_hours: p.responseMinutes === null ? null : p.responseMinutes / 60,
      resolution_hours: p.resolutionMinutes / 60,
      warn_before_hours: p.warnBeforeMinutes / 60,
    })),
  };
}

export async function updateTicketSettings(
  database: Database,
  settings: Pick<SettingsService, 'all'>,
  actor: Actor,
  raw: unknown,
) {
  const patch = parseInput(ticketSettingsPatchSchema, raw);
  const errors = [];
  if (patch.business_hours) {
    for (const p of shiftProblems(patch.business_hours.shifts)) {
      errors.push({
        field: `business_hours.${p.split(':')[0]}`,
        code: 'invalid_shift',
        message: p,
        message_ar: 'فترات العمل يجب أن تكون مرتبة وغير متداخلة، وبداية كل فترة قبل نهايتها.',
      });
    }
  }
  if (patch.policies) {
    const codes = new Set((await findGroups(database.db)).map((g) => g.code));
    const seen = new Set<string>();
    patch.policies.forEach((p, i) => {
      if (!codes.has(p.group)) {
        errors.push({
          field: `policies.${i}.group`,
          code: 'unknown_group',
          message: `No group ${p.group}.`,
          message_ar: 'مجموعة غير معروفة.',
        });
      }
      const key = `${p.group}/${p.category ?? ''}`;
      if (seen.has(key)) {
        errors.push({
          field: `policies.${i}`,
          code: 'duplicate',
          message: 'Two policies for the same group and category.',
          message_ar: 'سياستان للمجموعة والفئة نفسيهما.',
        });
      }
      seen.add(key);
    });
  }
  if (errors.length) throw new AppError('validation_failed', { errors });
  const before = await describeTicketSettings(database, settings);
  await database.db.transaction(async (tx) => {
    for (const key of ['business_hours', 'claim_approval_above', 'report_recipients'] as const) {
      if (patch[key] !== undefined) await upsertTicketSetting(tx, key, patch[key], actor.id);
    }
    if (patch.policies) {
      await replacePolicies(
        tx,
        patch.policies.map((p) => ({
          groupCode: p.group,
          category: p.category,
          clock: p.clock,
          responseMinutes: p.response_hours === null ? null : Math.round(p.response_hours * 60),
          resolutionMinutes: Math.round(p.resolution_hours * 60),
          warnBeforeMinutes: Math.round(p.warn_before_hours * 60),
        })),
      );
    }
    await audit(tx, actor, 'ticket_settings.update', { entity: 'ticket_settings', before, after: patch });
  });
  return describeTicketSettings(database, settings);
}
