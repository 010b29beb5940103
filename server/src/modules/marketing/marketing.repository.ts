import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { campaignContacts, campaigns, offers } from './marketing.schema.ts';

export type OfferRow = typeof offers.$inferSelect;
export type CampaignRow = typeof campaigns.$inferSelect;
export type ContactRow = typeof campaignContacts.$inferSelect;

// ---- offers ----------------------------------------------------------------------------------

export async function insertOffer(db: DbOrTx, row: typeof offers.$inferInsert): Promise<OfferRow> {
  const [created] = await db.insert(offers).values(row).returning();
  return created!;
}

export async function updateOfferRow(db: DbOrTx, id: string, patch: Partial<typeof offers.$inferInsert>) {
  await db
    .update(offers)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(offers.id, id));
}

export async function findOffer(db: DbOrTx, id: string): Promise<OfferRow | undefined> {
  const [row] = await db.select().from(offers).where(eq(offers.id, id));
  return row;
}

export async function findOffers(db: DbOrTx, status?: string): Promise<OfferRow[]> {
  return db
    .select()
    .from(offers)
    .where(status ? eq(offers.status, status) : undefined)
    .orderBy(desc(offers.validFrom), asc(offers.name));
}

// ---- campaigns -------------------------------------------------------------------------------

export async function insertCampaign(db: DbOrTx, row: typeof campaigns.$inferInsert): Promise<CampaignRow> {
  const [created] = await db.insert(campaigns).values(row).returning();
  return created!;
}

export async function updateCampaignRow(db: DbOrTx, id: string, patch: Partial<typeof campaigns.$inferInsert>) {
  await db
    .update(campaigns)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(campaigns.id, id));
}

export async function findCampaign(db: DbOrTx, id: string): Promise<CampaignRow | undefined> {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  return row;
}

/** The campaign, locked for a change of state (launch, pause, a sending batch). */
export async function lockCampaign(db: DbOrTx, id: string): Promise<CampaignRow | undefined> {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id)).for('update');
  return row;
}

export async function findCampaigns(db: DbOrTx): Promise<CampaignRow[]> {
  return db.select().from(campaigns).orderBy(desc(campaigns.createdAt)).limit(500);
}

export async function findRunningCampaignIds(db: DbOrTx): Promise<string[]> {
  const found = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.status, 'running'));
  return found.map((r) => r.id);
}

/** The live campaign (running or paused, newest) that works a target list: the offer behind an agent's item. */
export async function findLiveCampaignOfList(db: DbOrTx, listId: string): Promise<CampaignRow | undefined> {
  const [row] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.listId, listId), inArray(campaigns.status, ['running', 'paused'])))
    .orderBy(desc(campaigns.launchedAt))
    .limit(1);
  return row;
}

// ---- contacts --------------------------------------------------------------------------------

export async function insertContacts(db: DbOrTx, rows: Array<typeof campaignContacts.$inferInsert>) {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(campaignContacts)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
  }
}

export async function findContacts(db: DbOrTx, campaignId: string): Promise<ContactRow[]> {
  return db.select().from(campaignContacts).where(eq(campaignContacts.campaignId, campaignId));
}

export async function findPlannedContacts(db: DbOrTx, campaignId: string, channel: string, limit: number) {
  return db
    .select()
    .from(campaignContacts)
    .where(
      and(
        eq(campaignContacts.campaignId, campaignId),
        eq(campaignContacts.channel, channel),
        eq(campaignContacts.status, 'planned'),
      ),
    )
    .orderBy(asc(campaignContacts.createdAt), asc(campaignContacts.id))
    .limit(limit);
}

export async function setContactState(
  db: DbOrTx,
  id: string,
  patch: { status: string; messageId?: string | null; reason?: string | null; itemId?: string | null },
) {
  await db
    .update(campaignContacts)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(campaignContacts.id, id));
}

export async function countContactsByStatus(db: DbOrTx, campaignId: string): Promise<Record<string, number>> {
  const found = await db
    .select({ status: campaignContacts.status, n: sql<number>`count(*)::int` })
    .from(campaignContacts)
    .where(eq(campaignContacts.campaignId, campaignId))
    .groupBy(campaignContacts.status);
  return Object.fromEntries(found.map((r) => [r.status, Number(r.n)]));
}

/** Ending a campaign: what was planned and not yet sent is not sent. */
export async function cancelPlannedContacts(db: DbOrTx, campaignId: string) {
  await db
    .update(campaignContacts)
    .set({ status: 'cancelled', updatedAt: new Date() })
    .where(and(eq(campaignContacts.campaignId, campaignId), eq(campaignContacts.status, 'planned')));
}

/** The customer's message contacts in the campaign (a response is attributed to them). */
export async function findMessageContactsOf(db: DbOrTx, campaignId: string, customerId: string) {
  return db
    .select()
    .from(campaignContacts)
    .where(
      and(
        eq(campaignContacts.campaignId, campaignId),
        eq(campaignContacts.customerId, customerId),
        inArray(campaignContacts.channel, ['sms', 'email']),
        eq(campaignContacts.status, 'queued'),
      ),
    )
    .orderBy(desc(campaignContacts.updatedAt));
}

export async function setContactResponse(
  db: DbOrTx,
  id: string,
  response: string,
  saleAmountMinor: number | null,
  at: Date,
) {
  await db
    .update(campaignContacts)
    .set({ response, saleAmountMinor, respondedAt: at, updatedAt: at })
    .where(eq(campaignContacts.id, id));
}
