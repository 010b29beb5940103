import { getCountries } from 'libphonenumber-js/max';
import { z } from 'zod';
import type { Database, DbOrTx } from '../../db/client.ts';
import { contactPoints } from './customers.schema.ts';
import type { AuthUser } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import { audit, type Actor } from '../audit/index.ts';
import { findMessagesToRecipients } from '../messaging/index.ts';
import { normalizeArabic } from './domain/arabic-normalize.ts';
import { exactTermsOf, searchTermsOf } from './domain/customer-search.ts';
import { maskPhone, parsePhone } from './domain/phone.ts';
import { currencyDecimals, minorToUnits } from './domain/values.ts';
import {
  findAccount,
  findContactPoint,
  findContactPoints,
  findCustomerByNo,
  findCustomers,
  findTimeline,
  insertTimelineEntry,
  reachesCustomer,
  updateContactPointRow,
  updateCustomerRow,
  type CustomerFilter,
  type CustomerReach,
  type CustomerSort,
} from './customers.repository.ts';

// ---- who may see what (SPEC §1, A6) ------------------------------------------------------

/** Roles that list and read every customer. */
export const browseRoles = ['admin', 'manager', 'supervisor', 'it'] as const;
const browsingRoles = new Set<string>(browseRoles);
/** Roles that may see a full number (each reveal is audited). */
export const revealRoles = ['admin', 'manager', 'supervisor', 'it'] as const;
export const editRoles = ['admin', 'manager', 'supervisor', 'it'] as const;
export const correctNumberRoles = ['admin', 'it'] as const;
export const exportRoles = ['admin', 'manager', 'supervisor'] as const;
/** Who finds a caller by exact customer number or phone (audited): agents taking a call, and the browsing roles. */
export const lookupRoles = ['admin', 'manager', 'supervisor', 'it', 'agent'] as const;

/** Who lists and searches the whole customer base. Everyone else reads only the customers behind his or her work. */
export function canBrowseCustomers(user: AuthUser): boolean {
  return browsingRoles.has(user.role);
}

/**
 * Who answers inbound contacts (logs inquiries, opens tickets for a caller): the roles that
 * did before customer scope (SPEC §1) narrowed browsing, and agents with `service` or `key_accounts`.
 */
export function answersInboundContacts(user: AuthUser): boolean {
  if (browsingRoles.has(user.role) || user.role === 'marketing' || user.role === 'claims') return true;
  return user.role === 'agent' && (user.skills.includes('service') || user.skills.includes('key_accounts'));
}

function assertCanBrowse(user: AuthUser) {
  if (!canBrowseCustomers(user)) throw new AppError('forbidden');
}

/**
 * The ways a user who may not browse reaches a customer. Marketing reaches the targets of
 * its campaigns: campaigns (M) do not exist yet, so marketing reaches none for now.
 */
function reachOf(user: AuthUser): CustomerReach[] {
  if (user.role === 'agent') {
    const inbound = user.skills.includes('service') || user.skills.includes('key_accounts');
    return inbound
      ? ['work_items', 'tickets', 'inquiries', 'mailbox', 'calls']
      : ['work_items', 'tickets', 'inquiries', 'calls'];
  }
  if (user.role === 'claims') return ['approved_claims'];
  return [];
}

/** Whether the user may read this customer (360, promises) and add to it (notes, wrong numbers). */
export async function mayReadCustomer(database: Database, user: AuthUser, customerId: string): Promise<boolean> {
  if (canBrowseCustomers(user)) return true;
  return reachesCustomer(database.db, customerId, user.id, reachOf(user));
}

async function assertMayRead(database: Database, user: AuthUser, customerId: string) {
  if (!(await mayReadCustomer(database, user, customerId))) throw new AppError('forbidden');
}

/** The customer with this number, if the user may read it: 404 for an unknown number, 403 for another's. */
export async function readableCustomer(database: Database, user: AuthUser, customerNo: string) {
  const customer = await requireCustomer(database, customerNo);
  await assertMayRead(database, user, customer.id);
  return customer;
}

export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

// ---- search and list ---------------------------------------------------------------------

export const customerQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    category: z.enum(['A', 'B', 'C']).optional(),
    type: z.enum(['current', 'prospect']).optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .transform((s) => s.toUpperCase())
      .optional(),
    key_account: z.enum(['true', 'false']).optional(),
    has_overdue: z.enum(['true', 'false']).optional(),
    // Without a sort, a search lists the best matches first and a plain list goes by customer number.
    sort: z.enum(['relevance', 'customer_no', 'name', 'created_at']).optional(),
    order: z.enum(['asc', 'desc']).default('asc'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  })
  .strict();
export type CustomerQuery = z.output<typeof customerQuerySchema>;

export function sortOf(query: CustomerQuery): CustomerSort {
  return query.sort ?? (query.q?.trim() ? 'relevance' : 'customer_no');
}

export function filterOf(query: CustomerQuery, today: string): CustomerFilter {
  const q = query.q?.trim();
  return {
    ...(q ? { text: searchTermsOf(q, query.country ?? 'SA') } : {}),
    category: query.category,
    type: query.type,
    country: query.country,
    keyAccount: query.key_account === undefined ? undefined : query.key_account === 'true',
    hasOverdue: query.has_overdue === undefined ? undefined : query.has_overdue === 'true',
    today,
  };
}

export async function searchCustomers(
  database: Database,
  user: AuthUser,
  query: CustomerQuery,
  timeZone: string,
  currency: string,
) {
  assertCanBrowse(user);
  const { items, total } = await findCustomers(
    database.db,
    filterOf(query, todayIn(timeZone)),
    sortOf(query),
    query.order,
    query.limit,
    query.offset,
  );
  const decimals = currencyDecimals(currency);
  return {
    items: items.map((c) => ({
      customer_no: c.customerNo,
      name: c.name,
      type: c.type,
      category: c.category,
      key_account: c.keyAccount,
      country: c.country,
      city: c.city,
      sms_opt_out: c.smsOptOut,
      do_not_call: c.doNotCall,
      outstanding: minorToUnits(Number(c.outstandingMinor), decimals),
      overdue_installments: c.overdueCount,
      mobile_masked: c.mobile ? maskPhone(c.mobile, c.country) : null,
      // The list flags a number that does not parse, so it is corrected before anyone dials it.
      mobile_valid: c.mobile ? Boolean(c.mobileValid) : null,
    })),
    total,
  };
}

export const lookupQuerySchema = z.object({ q: z.string().trim().min(3).max(40) }).strict();

/**
 * Finds a caller by the exact customer (or contract) number or phone number he gives: the one
 * search an agent has, since an agent does not browse the customer base. Every lookup is
 * audited; `readable` says whether the user may open the customer's page.
 */
export async function lookupCustomer(database: Database, actor: Actor, user: AuthUser, raw: unknown, timeZone: string) {
  const { q } = parseInput(lookupQuerySchema, raw);
  const { items } = await findCustomers(
    database.db,
    { text: exactTermsOf(q), today: todayIn(timeZone) },
    'customer_no',
    'asc',
    10,
    0,
  );
  await audit(database.db, actor, 'customer.lookup', {
    entity: 'customer',
    id: items.length === 1 ? items[0]!.customerNo : null,
    after: { q, found: items.map((c) => c.customerNo) },
  });
  return {
    items: await Promise.all(
      items.map(async (c) => ({
        customer_no: c.customerNo,
        name: c.name,
        type: c.type,
        key_account: c.keyAccount,
        country: c.country,
        city: c.city,
        mobile_masked: c.mobile ? maskPhone(c.mobile) : null,
        readable: await mayReadCustomer(database, user, c.id),
      })),
    ),
  };
}

// ---- customer 360 ------------------------------------------------------------------------

async function requireCustomer(database: Database, customerNo: string) {
  const customer = await findCustomerByNo(database.db, customerNo);
  if (!customer)
    throw new AppError('not_found', { en: `No customer ${customerNo}.`, ar: `لا يوجد عميل برقم ${customerNo}.` });
  return customer;
}

type ContactPointRow = Awaited<ReturnType<typeof findContactPoints>>[number];

function contactPointView(cp: ContactPointRow, country: string) {
  return {
    id: cp.id,
    kind: cp.kind,
    masked: cp.kind === 'email' ? maskEmail(cp.raw) : maskPhone(cp.raw, country),
    valid: cp.valid,
    number_type: cp.numberType,
    wrong: cp.wrong,
    wrong_at: cp.wrongAt?.toISOString() ?? null,
    corrected_at: cp.correctedAt?.toISOString() ?? null,
    source: cp.source,
  };
}

function maskEmail(email: string): string {
  const [user = '', domain = ''] = email.split('@');
  return `${user.slice(0, 1)}•••@${domain}`;
}

export async function customer360(
  database: Database,
  user: AuthUser,
  customerNo: string,
  timeZone: string,
  defaultCurrency = 'SAR',
) {
  const customer = await readableCustomer(database, user, customerNo);
  const [points, account, timeline] = await Promise.all([
    findContactPoints(database.db, customer.id),
    findAccount(database.db, customer.id),
    findTimeline(database.db, customer.id, 100),
  ]);
  // Every SMS and email sent to the customer's numbers and addresses, with its delivery status (C5).
  const messages = await findMessagesToRecipients(
    database.db,
    points.map((p) => (p.kind === 'email' ? p.raw.trim().toLowerCase() : (p.e164 ?? ''))),
    100,
  );
  const today = todayIn(timeZone);
  const contractNoById = new Map(account.contractRows.map((c) => [c.id, c.contractNo]));
  const installmentById = new Map(account.installmentRows.map((i) => [i.id, i]));
  let outstandingMinor = 0;
  let overdueMinor = 0;
  let overdueCount = 0;
  const currency = account.installmentRows[0]?.currency ?? defaultCurrency;
  const installmentView = (i: (typeof account.installmentRows)[number]) => {
    const d = currencyDecimals(i.currency);
    const outstanding = i.paidInFullAt ? 0 : Math.max(0, i.amountMinor - i.paidMinor);
    const status = i.paidInFullAt ? 'paid' : i.dueDate < today ? 'overdue' : 'upcoming';
    outstandingMinor += outstanding;
    if (status === 'overdue') {
      overdueMinor += outstanding;
      overdueCount++;
    }
    return {
      installment_no: i.installmentNo,
      amount: minorToUnits(i.amountMinor, d),
      currency: i.currency,
      due_date: i.dueDate,
      paid: minorToUnits(Math.min(i.paidMinor, i.amountMinor), d),
      outstanding: minorToUnits(outstanding, d),
      status,
      partial: !i.paidInFullAt && i.paidMinor > 0,
      paid_in_full_at: i.paidInFullAt?.toISOString() ?? null,
    };
  };
  const contracts = account.contractRows.map((c) => ({
    contract_no: c.contractNo,
    credit_type: c.creditType,
    installments: account.installmentRows.filter((i) => i.contractId === c.id).map(installmentView),
  }));
  const decimals = currencyDecimals(currency);
  return {
    customer: {
      customer_no: customer.customerNo,
      name: customer.name,
      type: customer.type,
      category: customer.category,
      key_account: customer.keyAccount,
      country: customer.country,
      city: customer.city,
      sms_opt_out: customer.smsOptOut,
      do_not_call: customer.doNotCall,
      notes: customer.notes,
      created_at: customer.createdAt.toISOString(),
      updated_at: customer.updatedAt.toISOString(),
    },
    summary: {
      currency,
      outstanding: minorToUnits(outstandingMinor, decimals),
      overdue: minorToUnits(overdueMinor, decimals),
      overdue_installments: overdueCount,
    },
    contact_points: points.map((cp) => contactPointView(cp, customer.country)),
    contracts,
    payments: account.paymentRows.map((p) => {
      const installment = installmentById.get(p.installmentId);
      return {
        contract_no: installment ? contractNoById.get(installment.contractId) : null,
        installment_no: installment?.installmentNo ?? null,
        amount: minorToUnits(p.amountMinor, currencyDecimals(installment?.currency ?? 'SAR')),
        paid_at: p.paidAt.toISOString(),
        reference: p.reference,
      };
    }),
    timeline: [
      ...timeline.map((t) => ({
        id: t.id,
        at: t.at.toISOString(),
        kind: t.kind,
        summary: t.summary,
        data: t.data,
        actor: t.actor,
        actor_name: t.actorName,
        ref_type: t.refType,
        ref_id: t.refId,
      })),
      ...messages.map((m) => ({
        id: `message:${m.id}`,
        at: m.createdAt.toISOString(),
        kind: m.channel === 'email' ? 'email' : 'sms',
        summary: m.channel === 'email' ? (m.subject ?? m.body) : m.body,
        data: {
          delivery_status: m.status,
          message_purpose: m.purpose,
          masked: m.channel === 'email' ? maskEmail(m.recipient) : maskPhone(m.recipient),
          status_at: m.updatedAt.toISOString(),
        },
        actor: null,
        actor_name: null,
        ref_type: 'outbound_message',
        ref_id: m.id,
      })),
    ]
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, 150),
  };
}

// ---- changes -----------------------------------------------------------------------------

const countries = new Set(getCountries() as string[]);
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), 'control characters are not allowed');

export const customerPatchSchema = z
  .object({
    name: text(200).pipe(z.string().min(1)),
    type: z.enum(['current', 'prospect']),
    category: z.enum(['A', 'B', 'C']).nullable(),
    key_account: z.boolean(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .refine((c) => countries.has(c), 'unknown country'),
    city: text(100).nullable(),
    sms_opt_out: z.boolean(),
    do_not_call: z.boolean(),
    notes: text(5000).nullable(),
  })
  .partial()
  .strict();

export async function updateCustomer(
  database: Database,
  actor: Actor,
  user: AuthUser,
  customerNo: string,
  raw: unknown,
  timeZone: string,
  defaultCurrency = 'SAR',
) {
  const input = parseInput(customerPatchSchema, raw);
  const before = await requireCustomer(database, customerNo);
  await database.db.transaction(async (tx) => {
    const after = await updateCustomerRow(tx, before.id, {
      ...(input.name !== undefined && { name: input.name, nameNorm: normalizeArabic(input.name) }),
      ...(input.type !== undefined && { type: input.type }),
      ...(input.category !== undefined && { category: input.category }),
      ...(input.key_account !== undefined && { keyAccount: input.key_account }),
      ...(input.country !== undefined && { country: input.country }),
      ...(input.city !== undefined && { city: input.city }),
      ...(input.sms_opt_out !== undefined && { smsOptOut: input.sms_opt_out }),
      ...(input.do_not_call !== undefined && { doNotCall: input.do_not_call }),
      ...(input.notes !== undefined && { notes: input.notes }),
    });
    const changed = Object.keys(input);
    await audit(tx, actor, 'customer.update', {
      entity: 'customer',
      id: customerNo,
      before: pick(before, changed),
      after: pick(after, changed),
    });
    await insertTimelineEntry(tx, {
      customerId: before.id,
      kind: 'edit',
      summary: changed.join(', '),
      data: { fields: changed },
      actorId: actor.id,
      actor: actor.label,
    });
  });
  return customer360(database, user, customerNo, timeZone, defaultCurrency);
}

function pick(row: Record<string, unknown>, snakeKeys: string[]) {
  const camel = (k: string) => k.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase());
  return Object.fromEntries(snakeKeys.map((k) => [k, row[camel(k)]]));
}

export async function revealContactPoint(
  database: Database,
  actor: Actor,
  user: AuthUser,
  customerNo: string,
  id: string,
) {
  assertCanBrowse(user);
  const customer = await requireCustomer(database, customerNo);
  const cp = await findContactPoint(database.db, customer.id, id);
  if (!cp) throw new AppError('not_found');
  // A sensitive read: written to the audit log before the number is shown.
  await audit(database.db, actor, 'contact_point.reveal', {
    entity: 'contact_point',
    id,
    after: { customer_no: customerNo, kind: cp.kind },
  });
  return { id: cp.id, kind: cp.kind, raw: cp.raw, e164: cp.e164 };
}

export const wrongNumberSchema = z.object({ reason: text(300).optional() }).strict();

/** An agent flags a number wrong: it is not used again until IT corrects it (C2). */
export async function flagWrongNumber(
  database: Database,
  actor: Actor,
  user: AuthUser,
  customerNo: string,
  id: string,
  raw: unknown,
) {
  const input = parseInput(wrongNumberSchema, raw);
  const customer = await readableCustomer(database, user, customerNo);
  const cp = await findContactPoint(database.db, customer.id, id);
  if (!cp) throw new AppError('not_found');
  if (cp.kind === 'email') throw new AppError('email_not_a_phone');
  if (cp.wrong) return contactPointView(cp, customer.country);
  return database.db.transaction(async (tx) => {
    const row = await updateContactPointRow(tx, id, { wrong: true, wrongBy: actor.id, wrongAt: new Date() });
    await audit(tx, actor, 'contact_point.wrong', {
      entity: 'contact_point',
      id,
      before: { wrong: false },
      after: { wrong: true, reason: input.reason ?? null },
    });
    await insertTimelineEntry(tx, {
      customerId: customer.id,
      kind: 'wrong_number',
      summary: `${cp.kind} ${maskPhone(cp.raw, customer.country)}${input.reason ? ` — ${input.reason}` : ''}`,
      data: { contact_kind: cp.kind, masked: maskPhone(cp.raw, customer.country), reason: input.reason ?? null },
      actorId: actor.id,
      actor: actor.label,
      refType: 'contact_point',
      refId: id,
    });
    return contactPointView(row, customer.country);
  });
}

export const correctNumberSchema = z.object({ raw: text(40).pipe(z.string().min(3)).optional() }).strict();

/** IT corrects a number (optionally with a new value): the wrong flag is cleared. */
export async function correctNumber(database: Database, actor: Actor, customerNo: string, id: string, raw: unknown) {
  const input = parseInput(correctNumberSchema, raw);
  const customer = await requireCustomer(database, customerNo);
  const cp = await findContactPoint(database.db, customer.id, id);
  if (!cp) throw new AppError('not_found');
  const value = input.raw ?? cp.raw;
  const parsed = parsePhone(value, customer.country);
  return database.db.transaction(async (tx) => {
    const row = await updateContactPointRow(tx, id, {
      raw: parsed.raw,
      e164: parsed.e164,
      valid: parsed.valid,
      numberType: parsed.numberType,
      wrong: false,
      correctedBy: actor.id,
      correctedAt: new Date(),
      // A number typed by IT is no longer the import's: the next import does not overwrite it.
      ...(input.raw !== undefined && input.raw !== cp.raw ? { source: 'manual' } : {}),
    });
    await audit(tx, actor, 'contact_point.correct', {
      entity: 'contact_point',
      id,
      before: { raw: cp.raw, wrong: cp.wrong, valid: cp.valid },
      after: { raw: row.raw, wrong: false, valid: row.valid },
    });
    await insertTimelineEntry(tx, {
      customerId: customer.id,
      kind: 'number_corrected',
      summary: `${cp.kind} ${maskPhone(row.raw, customer.country)}`,
      data: { contact_kind: cp.kind, masked: maskPhone(row.raw, customer.country), reason: null },
      actorId: actor.id,
      actor: actor.label,
      refType: 'contact_point',
      refId: id,
    });
    return contactPointView(row, customer.country);
  });
}

export const noteSchema = z.object({ text: text(5000).pipe(z.string().min(1)) }).strict();

export async function addNote(database: Database, actor: Actor, user: AuthUser, customerNo: string, raw: unknown) {
  const input = parseInput(noteSchema, raw);
  const customer = await readableCustomer(database, user, customerNo);
  await database.db.transaction(async (tx) => {
    await insertTimelineEntry(tx, {
      customerId: customer.id,
      kind: 'note',
      summary: input.text,
      actorId: actor.id,
      actor: actor.label,
    });
    await audit(tx, actor, 'customer.note', { entity: 'customer', id: customerNo, after: { text: input.text } });
  });
}

/**
 * Flags the customer's number `e164` as wrong inside the caller's transaction (an agent's
 * wrong-number outcome); returns the contact point's id, or null when no such number exists.
 */
export async function flagWrongNumberInTx(
  tx: DbOrTx,
  actor: Actor,
  customerId: string,
  e164: string,
): Promise<string | null> {
  const points = await findContactPoints(tx, customerId);
  const cp = points.find((p) => p.e164 === e164 && p.kind !== 'email');
  if (!cp) return null;
  if (!cp.wrong) {
    await updateContactPointRow(tx, cp.id, { wrong: true, wrongBy: actor.id, wrongAt: new Date() });
    await audit(tx, actor, 'contact_point.wrong', {
      entity: 'contact_point',
      id: cp.id,
      before: { wrong: false },
      after: { wrong: true },
    });
    await insertTimelineEntry(tx, {
      customerId,
      kind: 'wrong_number',
      summary: `${cp.kind} ${maskPhone(e164)}`,
      data: { contact_kind: cp.kind, masked: maskPhone(e164), reason: null },
      actorId: actor.id,
      actor: actor.label,
      refType: 'contact_point',
      refId: cp.id,
    });
  }
  return cp.id;
}

/** A timeline entry written by another module (calls, messages, promises …). */
export async function addTimelineEntry(
  tx: DbOrTx,
  entry: {
    customerId: string;
    kind: string;
    summary: string;
    data?: unknown;
    actor: Actor;
    refType?: string;
    refId?: string;
  },
) {
  await insertTimelineEntry(tx, {
    customerId: entry.customerId,
    kind: entry.kind,
    summary: entry.summary,
    data: entry.data ?? null,
    actorId: entry.actor.id,
    actor: entry.actor.label,
    refType: entry.refType ?? null,
    refId: entry.refId ?? null,
  });
}

/** A new number for a customer who has none usable (IT's answer to a data-correction task). */
export async function addManualPhone(
  database: Database,
  actor: Actor,
  customerNo: string,
  kind: 'mobile' | 'landline' | 'work' | 'home',
  raw: string,
) {
  const customer = await requireCustomer(database, customerNo);
  const parsed = parsePhone(raw, customer.country);
  return database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(contactPoints)
      .values({
        customerId: customer.id,
        kind,
        source: 'manual',
        raw: parsed.raw,
        e164: parsed.e164,
        valid: parsed.valid,
        numberType: parsed.numberType,
        correctedBy: actor.id,
        correctedAt: new Date(),
      })
      .returning();
    await audit(tx, actor, 'contact_point.add', {
      entity: 'contact_point',
      id: row!.id,
      after: { customer_no: customerNo, kind, valid: parsed.valid },
    });
    await insertTimelineEntry(tx, {
      customerId: customer.id,
      kind: 'number_corrected',
      summary: `${kind} ${maskPhone(parsed.raw, customer.country)}`,
      data: { contact_kind: kind, masked: maskPhone(parsed.raw, customer.country), reason: null },
      actorId: actor.id,
      actor: actor.label,
      refType: 'contact_point',
      refId: row!.id,
    });
    return row!;
  });
}
