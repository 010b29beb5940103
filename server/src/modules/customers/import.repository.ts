import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  contactPoints,
  contracts,
  customers,
  importRejections,
  imports,
  installments,
  payments,
} from './customers.schema.ts';
import { arrayParam as arr } from '../../db/client.ts';

const list = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

export type CustomerUpsert = typeof customers.$inferInsert;

// Bulk writes pass one array per column to unnest(): a handful of parameters however many
// rows, so building and parsing the statement costs next to nothing.

type Returned<T> = { rows: T[] };

/** Upserts customers by customer_no; returns only the rows inserted or actually changed. */
export async function upsertCustomers(db: DbOrTx, rows: CustomerUpsert[]) {
  if (rows.length === 0) return [];
  const result = (await db.execute(sql`
    insert into customers (customer_no, name, name_norm, type, category, key_account, country, city, sms_opt_out)
    select * from unnest(${arr(rows.map((r) => r.customerNo))}::text[], ${arr(rows.map((r) => r.name))}::text[],
      ${arr(rows.map((r) => r.nameNorm))}::text[], ${arr(rows.map((r) => r.type ?? 'current'))}::text[],
      ${arr(rows.map((r) => r.category ?? null))}::text[], ${arr(rows.map((r) => r.keyAccount ?? false))}::boolean[],
      ${arr(rows.map((r) => r.country ?? 'SA'))}::text[], ${arr(rows.map((r) => r.city ?? null))}::text[],
      ${arr(rows.map((r) => r.smsOptOut ?? false))}::boolean[])
    on conflict (customer_no) do update set
      name = excluded.name, name_norm = excluded.name_norm, type = excluded.type, category = excluded.category,
      key_account = excluded.key_account, country = excluded.country, city = excluded.city,
      sms_opt_out = excluded.sms_opt_out, updated_at = now()
    where (customers.name, customers.type, customers.category, customers.key_account, customers.country, customers.city, customers.sms_opt_out)
      is distinct from (excluded.name, excluded.type, excluded.category, excluded.key_account, excluded.country, excluded.city, excluded.sms_opt_out)
    returning id, customer_no as "customerNo", (xmax = 0) as inserted`)) as unknown as Returned<{
    id: string;
    customerNo: string;
    inserted: boolean;
  }>;
  return result.rows;
}

export async function findCustomerIdsByNo(db: DbOrTx, numbers: string[]) {
  if (numbers.length === 0) return new Map<string, { id: string; country: string }>();
  const rows = await db
    .select({ id: customers.id, customerNo: customers.customerNo, country: customers.country })
    .from(customers)
    .where(inArray(customers.customerNo, numbers));
  return new Map(rows.map((r) => [r.customerNo, { id: r.id, country: r.country }]));
}

export async function findImportedContactPoints(db: DbOrTx, customerIds: string[]) {
  if (customerIds.length === 0) return [];
  return db
    .select({
      id: contactPoints.id,
      customerId: contactPoints.customerId,
      kind: contactPoints.kind,
      raw: contactPoints.raw,
    })
    .from(contactPoints)
    .where(and(inArray(contactPoints.customerId, customerIds), eq(contactPoints.source, 'import')));
}

export type ContactPointInsert = typeof contactPoints.$inferInsert;

export async function insertContactPoints(db: DbOrTx, rows: ContactPointInsert[]) {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into contact_points (customer_id, kind, source, raw, e164, valid, number_type)
    select * from unnest(${arr(rows.map((r) => r.customerId))}::uuid[], ${arr(rows.map((r) => r.kind))}::text[],
      ${arr(rows.map((r) => r.source ?? 'import'))}::text[], ${arr(rows.map((r) => r.raw))}::text[],
      ${arr(rows.map((r) => r.e164 ?? null))}::text[], ${arr(rows.map((r) => r.valid ?? false))}::boolean[],
      ${arr(rows.map((r) => r.numberType ?? 'unknown'))}::text[])`);
}

/** A new value replaces the old one, and with it any wrong-number flag (it is another number). */
export async function replaceContactPoint(
  db: DbOrTx,
  id: string,
  row: Omit<ContactPointInsert, 'customerId' | 'kind'>,
) {
  await db
    .update(contactPoints)
    .set({ ...row, wrong: false, wrongBy: null, wrongAt: null, updatedAt: new Date() })
    .where(eq(contactPoints.id, id));
}

export async function deleteContactPoints(db: DbOrTx, ids: string[]) {
  if (ids.length > 0) await db.delete(contactPoints).where(inArray(contactPoints.id, ids));
}

export async function findContractsByNo(db: DbOrTx, numbers: string[]) {
  if (numbers.length === 0) return new Map<string, { id: string; customerId: string; creditType: string }>();
  const rows = await db
    .select({
      id: contracts.id,
      customerId: contracts.customerId,
      contractNo: contracts.contractNo,
      creditType: contracts.creditType,
    })
    .from(contracts)
    .where(inArray(contracts.contractNo, numbers));
  return new Map(rows.map((r) => [r.contractNo, r]));
}

export async function upsertContracts(db: DbOrTx, rows: Array<typeof contracts.$inferInsert>) {
  if (rows.length === 0) return [];
  return db
    .insert(contracts)
    .values(rows)
    .onConflictDoUpdate({
      target: contracts.contractNo,
      set: { creditType: sql`excluded.credit_type`, updatedAt: sql`now()` },
      setWhere: sql`${contracts.creditType} is distinct from excluded.credit_type`,
    })
    .returning({ id: contracts.id, contractNo: contracts.contractNo, inserted: sql<boolean>`(xmax = 0)` });
}

export async function upsertInstallments(db: DbOrTx, rows: Array<typeof installments.$inferInsert>) {
  if (rows.length === 0) return [];
  const result = (await db.execute(sql`
    insert into installments (contract_id, customer_id, installment_no, amount_minor, currency, due_date)
    select * from unnest(${arr(rows.map((r) => r.contractId))}::uuid[], ${arr(rows.map((r) => r.customerId))}::uuid[],
      ${arr(rows.map((r) => r.installmentNo))}::int[], ${arr(rows.map((r) => r.amountMinor))}::bigint[],
      ${arr(rows.map((r) => r.currency))}::text[], ${arr(rows.map((r) => r.dueDate))}::date[])
    on conflict (contract_id, installment_no) do update set
      amount_minor = excluded.amount_minor, currency = excluded.currency, due_date = excluded.due_date, updated_at = now()
    where (installments.amount_minor, installments.currency, installments.due_date)
      is distinct from (excluded.amount_minor, excluded.currency, excluded.due_date)
    returning id, contract_id as "contractId", installment_no as "installmentNo", (xmax = 0) as inserted`)) as unknown as Returned<{
    id: string;
    contractId: string;
    installmentNo: number;
    inserted: boolean;
  }>;
  return result.rows;
}

/** Installments of the given contracts, keyed `contract_no/installment_no`. */
export async function findInstallmentsOfContracts(db: DbOrTx, contractNos: string[]) {
  if (contractNos.length === 0) return new Map<string, { id: string; customerNo: string; currency: string }>();
  const rows = await db
    .select({
      id: installments.id,
      contractNo: contracts.contractNo,
      installmentNo: installments.installmentNo,
      customerNo: customers.customerNo,
      currency: installments.currency,
    })
    .from(installments)
    .innerJoin(contracts, eq(contracts.id, installments.contractId))
    .innerJoin(customers, eq(customers.id, installments.customerId))
    .where(inArray(contracts.contractNo, contractNos));
  return new Map(rows.map((r) => [`${r.contractNo}\u0000${r.installmentNo}`, r]));
}

export async function upsertPayments(db: DbOrTx, rows: Array<typeof payments.$inferInsert>) {
  if (rows.length === 0) return [];
  const result = (await db.execute(sql`
    insert into payments (installment_id, customer_id, amount_minor, paid_at, reference)
    select * from unnest(${arr(rows.map((r) => r.installmentId))}::uuid[], ${arr(rows.map((r) => r.customerId))}::uuid[],
      ${arr(rows.map((r) => r.amountMinor))}::bigint[], ${arr(rows.map((r) => (r.paidAt as Date).toISOString()))}::timestamptz[],
      ${arr(rows.map((r) => r.reference ?? ''))}::text[])
    on conflict (installment_id, paid_at, reference) do update set amount_minor = excluded.amount_minor, updated_at = now()
    where payments.amount_minor is distinct from excluded.amount_minor
    returning id, installment_id as "installmentId", paid_at as "paidAt", reference, (xmax = 0) as inserted`)) as unknown as Returned<{
    id: string;
    installmentId: string;
    paidAt: Date | string;
    reference: string;
    inserted: boolean;
  }>;
  return result.rows.map((r) => ({ ...r, paidAt: new Date(r.paidAt) }));
}

/**
 * Recomputes the paid sum and the paid-in-full instant of installments from their payments:
 * the instant is the paid_at of the payment with which the running sum reaches the amount.
 */
export async function recomputeInstallmentPayments(db: DbOrTx, installmentIds: string[]) {
  if (installmentIds.length === 0) return;
  await db.execute(sql`
    update installments as i
       set paid_minor = s.total, paid_in_full_at = s.full_at, updated_at = now()
      from (
        select i2.id,
               coalesce((select sum(p.amount_minor) from payments p where p.installment_id = i2.id), 0) as total,
               (select min(x.paid_at)
                  from (select p.paid_at, sum(p.amount_minor) over (order by p.paid_at, p.id) as running
                          from payments p where p.installment_id = i2.id) x
                 where x.running >= i2.amount_minor) as full_at
          from installments i2
         where i2.id in (${list(installmentIds)})
      ) as s
     where i.id = s.id`);
}

// ---- import runs ----------------------------------------------------------------------

export async function insertImport(db: DbOrTx, row: typeof imports.$inferInsert) {
  const [created] = await db.insert(imports).values(row).returning();
  return created!;
}

export async function updateImport(db: DbOrTx, id: string, patch: Partial<typeof imports.$inferInsert>) {
  await db.update(imports).set(patch).where(eq(imports.id, id));
}

/** Tells that the process holding these imports is alive (by the database's clock). */
export async function touchImports(db: DbOrTx, ids: string[]) {
  if (ids.length > 0)
    await db
      .update(imports)
      .set({ heartbeatAt: sql`now()` })
      .where(inArray(imports.id, ids));
}

/** Queued or running imports not touched for `staleSeconds`, now failed with `error`; returns their ids. */
export async function markAbandonedImportsFailed(db: DbOrTx, staleSeconds: number, error: unknown) {
  const rows = await db
    .update(imports)
    .set({ status: 'failed', error, finishedAt: sql`now()` })
    .where(
      and(
        inArray(imports.status, ['queued', 'running']),
        sql`${imports.heartbeatAt} <= now() - make_interval(secs => ${staleSeconds})`,
      ),
    )
    .returning({ id: imports.id });
  return rows.map((r) => r.id);
}

export async function findImport(db: DbOrTx, id: string) {
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  return row;
}

/** The newest imports of the kinds (other modules' formats, such as target files, have their own pages). */
export async function findImports(db: DbOrTx, limit: number, kinds: readonly string[]) {
  return db
    .select()
    .from(imports)
    .where(inArray(imports.kind, [...kinds]))
    .orderBy(sql`${imports.startedAt} desc`)
    .limit(limit);
}

export async function insertRejections(db: DbOrTx, rows: Array<typeof importRejections.$inferInsert>) {
  if (rows.length > 0) await db.insert(importRejections).values(rows);
}

export async function findRejections(db: DbOrTx, importId: string, afterId: number, limit: number) {
  const where: SQL[] = [eq(importRejections.importId, importId), sql`${importRejections.id} > ${afterId}`];
  return db
    .select()
    .from(importRejections)
    .where(and(...where))
    .orderBy(importRejections.id)
    .limit(limit);
}
