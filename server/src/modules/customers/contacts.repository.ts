import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { contactPoints, customers } from './customers.schema.ts';

// What other modules need to reach a customer: one read of the customers and their contact
// points for collections' daily run (many customers) and the service desk's notices (one).

export type ContactPhone = {
  id: string;
  kind: string;
  e164: string | null;
  valid: boolean;
  numberType: string;
  wrong: boolean;
};

export type CustomerContact = {
  id: string;
  customerNo: string;
  name: string;
  country: string;
  category: string | null;
  smsOptOut: boolean;
  doNotCall: boolean;
  /** Phone contact points (every kind but email), oldest first. */
  phones: ContactPhone[];
  /** Email contact points as recorded, oldest first. */
  emails: string[];
};

const CHUNK = 5000;

/** The customers of `customerIds` with their contact points, by id (an unknown id is absent). */
export async function findCustomerContacts(db: DbOrTx, customerIds: string[]): Promise<Map<string, CustomerContact>> {
  const out = new Map<string, CustomerContact>();
  for (let i = 0; i < customerIds.length; i += CHUNK) {
    const chunk = customerIds.slice(i, i + CHUNK);
    const found = await db
      .select({
        id: customers.id,
        customerNo: customers.customerNo,
        name: customers.name,
        country: customers.country,
        category: customers.category,
        smsOptOut: customers.smsOptOut,
        doNotCall: customers.doNotCall,
      })
      .from(customers)
      .where(inArray(customers.id, chunk));
    for (const c of found) out.set(c.id, { ...c, category: c.category ?? null, phones: [], emails: [] });
    // One after the other: the embedded database's transaction is one connection.
    const points = await db
      .select({
        id: contactPoints.id,
        customerId: contactPoints.customerId,
        kind: contactPoints.kind,
        raw: contactPoints.raw,
        e164: contactPoints.e164,
        valid: contactPoints.valid,
        numberType: contactPoints.numberType,
        wrong: contactPoints.wrong,
      })
      .from(contactPoints)
      .where(inArray(contactPoints.customerId, chunk))
      .orderBy(asc(contactPoints.createdAt));
    for (const p of points) {
      const contact = out.get(p.customerId);
      if (!contact) continue;
      if (p.kind === 'email') contact.emails.push(p.raw);
      else
        contact.phones.push({
          id: p.id,
          kind: p.kind,
          e164: p.e164 ?? null,
          valid: p.valid,
          numberType: p.numberType,
          wrong: p.wrong,
        });
    }
  }
  return out;
}

/** Up to `limit` customers that have the number `e164` on file. */
export async function findCustomerIdsByNumber(db: DbOrTx, e164: string, limit: number): Promise<Array<{ id: string }>> {
  return db
    .selectDistinct({ id: contactPoints.customerId })
    .from(contactPoints)
    .where(eq(contactPoints.e164, e164))
    .limit(limit);
}

export async function insertCustomer(db: DbOrTx, row: typeof customers.$inferInsert) {
  const [created] = await db
    .insert(customers)
    .values(row)
    .returning({ id: customers.id, customerNo: customers.customerNo });
  return created!;
}

export async function insertContactPoint(db: DbOrTx, row: typeof contactPoints.$inferInsert) {
  await db.insert(contactPoints).values(row);
}
