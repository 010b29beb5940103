import { and, asc, desc, eq, gte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { protocolPhrases, ratingInvitations } from './protocol.schema.ts';

export type PhraseRow = typeof protocolPhrases.$inferSelect;
export type NewPhrase = typeof protocolPhrases.$inferInsert;

export async function findPhrases(db: DbOrTx, options: { activeOnly: boolean }): Promise<PhraseRow[]> {
  return db
    .select()
    .from(protocolPhrases)
    .where(options.activeOnly ? eq(protocolPhrases.active, true) : undefined)
    .orderBy(
      asc(protocolPhrases.kind),
      asc(protocolPhrases.purpose),
      asc(protocolPhrases.sort),
      asc(protocolPhrases.id),
    );
}

export async function findPhraseById(db: DbOrTx, id: string): Promise<PhraseRow | undefined> {
  const [row] = await db.select().from(protocolPhrases).where(eq(protocolPhrases.id, id)).limit(1);
  return row;
}

export async function insertPhrase(db: DbOrTx, values: NewPhrase): Promise<PhraseRow> {
  const [row] = await db.insert(protocolPhrases).values(values).returning();
  return row!;
}

export async function updatePhrase(db: DbOrTx, id: string, values: Partial<NewPhrase>): Promise<PhraseRow | undefined> {
  const [row] = await db.update(protocolPhrases).set(values).where(eq(protocolPhrases.id, id)).returning();
  return row;
}

/** The customer's latest rating invitation since `since` (the cool-down), if any. */
export async function findLatestInvitation(
  db: DbOrTx,
  customerId: string,
  since: Date,
): Promise<{ sentAt: Date; callId: string } | undefined> {
  const [row] = await db
    .select({ sentAt: ratingInvitations.sentAt, callId: ratingInvitations.callId })
    .from(ratingInvitations)
    .where(and(eq(ratingInvitations.customerId, customerId), gte(ratingInvitations.sentAt, since)))
    .orderBy(desc(ratingInvitations.sentAt))
    .limit(1);
  return row;
}

export async function findInvitationOfCall(db: DbOrTx, callId: string) {
  const [row] = await db.select().from(ratingInvitations).where(eq(ratingInvitations.callId, callId)).limit(1);
  return row;
}

/** Kept once per call (a repeated outcome sends nothing more); false when the call had one already. */
export async function insertInvitation(
  db: DbOrTx,
  values: { callId: string; customerId: string; messageKey: string | null; sentAt: Date },
): Promise<boolean> {
  const rows = await db
    .insert(ratingInvitations)
    .values(values)
    .onConflictDoNothing({ target: ratingInvitations.callId })
    .returning({ id: ratingInvitations.id });
  return rows.length > 0;
}
