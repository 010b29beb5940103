import { and, asc, desc, eq, gte, isNotNull, lt, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { users } from '../users/index.ts';
import { surveyBriefingAcks, surveyInvitations, surveyResponses, surveys, surveyVersions } from './surveys.schema.ts';

export type SurveyRow = typeof surveys.$inferSelect;
export type VersionRow = typeof surveyVersions.$inferSelect;
export type InvitationRow = typeof surveyInvitations.$inferSelect;
export type ResponseRow = typeof surveyResponses.$inferSelect;

// ---- surveys and versions ----------------------------------------------------------------

export async function insertSurvey(db: DbOrTx, row: typeof surveys.$inferInsert): Promise<SurveyRow> {
  const [created] = await db.insert(surveys).values(row).returning();
  return created!;
}

export async function updateSurveyRow(db: DbOrTx, id: string, patch: Partial<typeof surveys.$inferInsert>) {
  await db
    .update(surveys)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(surveys.id, id));
}

export async function findSurvey(db: DbOrTx, id: string): Promise<SurveyRow | undefined> {
  const [row] = await db.select().from(surveys).where(eq(surveys.id, id));
  return row;
}

export async function findSurveys(db: DbOrTx): Promise<SurveyRow[]> {
  return db.select().from(surveys).orderBy(desc(surveys.createdAt));
}

export async function findActiveSurveys(db: DbOrTx, trigger: 'ticket' | 'call'): Promise<SurveyRow[]> {
  return db
    .select()
    .from(surveys)
    .where(and(eq(surveys.status, 'active'), eq(trigger === 'ticket' ? surveys.afterTicket : surveys.afterCall, true)))
    .orderBy(asc(surveys.createdAt));
}

export async function insertVersion(db: DbOrTx, row: typeof surveyVersions.$inferInsert): Promise<VersionRow> {
  const [created] = await db.insert(surveyVersions).values(row).returning();
  return created!;
}

export async function replaceVersionDefinition(db: DbOrTx, id: string, definition: VersionRow['definition']) {
  await db.update(surveyVersions).set({ definition }).where(eq(surveyVersions.id, id));
}

export async function findLatestVersion(db: DbOrTx, surveyId: string): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(desc(surveyVersions.number))
    .limit(1);
  return row;
}

export async function findVersion(db: DbOrTx, id: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(surveyVersions).where(eq(surveyVersions.id, id));
  return row;
}

export async function findVersionsOf(db: DbOrTx, surveyId: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(asc(surveyVersions.number));
}

/** A version is in use once a link was made for it or an answer was given to it. */
export async function versionInUse(db: DbOrTx, versionId: string): Promise<boolean> {
  const [r] = await db
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(eq(surveyResponses.versionId, versionId))
    .limit(1);
  if (r) return true;
  const [i] = await db
    .select({ id: surveyInvitations.id })
    .from(surveyInvitations)
    .where(eq(surveyInvitations.versionId, versionId))
    .limit(1);
  return Boolean(i);
}

// ---- invitations -----------------------------------------------------------------------------

export async function insertInvitation(db: DbOrTx, row: typeof surveyInvitations.$inferInsert) {
  const [created] = await db.insert(surveyInvitations).values(row).onConflictDoNothing().returning();
  return created;
}

export async function findInvitationByTokenHash(db: DbOrTx, tokenHash: string): Promise<InvitationRow | undefined> {
  const [row] = await db.select().from(surveyInvitations).where(eq(surveyInvitations.tokenHash, tokenHash));
  return row;
}

export async function markInvitationOpened(db: DbOrTx, id: string, at: Date) {
  await db
    .update(surveyInvitations)
    .set({ openedAt: at })
    .where(and(eq(surveyInvitations.id, id), sql`${surveyInvitations.openedAt} is null`));
}

/** When the customer was last invited to any survey (the cool-down). */
export async function findLastInvitedAt(db: DbOrTx, customerId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(surveyInvitations.createdAt) })
    .from(surveyInvitations)
    .where(eq(surveyInvitations.customerId, customerId));
  return row?.at ? new Date(row.at) : null;
}

export async function countInvitations(db: DbOrTx, surveyId: string, from: Date, to: Date, channel?: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.surveyId, surveyId),
        gte(surveyInvitations.createdAt, from),
        lt(surveyInvitations.createdAt, to),
        channel ? eq(surveyInvitations.channel, channel) : undefined,
      ),
    );
  return row?.n ?? 0;
}

// ---- responses -----------------------------------------------------------------------------

export async function findResponseOfInvitation(db: DbOrTx, invitationId: string): Promise<ResponseRow | undefined> {
  const [row] = await db.select().from(surveyResponses).where(eq(surveyResponses.invitationId, invitationId));
  return row;
}

export async function insertResponse(db: DbOrTx, row: typeof surveyResponses.$inferInsert): Promise<ResponseRow> {
  const [created] = await db.insert(surveyResponses).values(row).returning();
  return created!;
}

export async function updateResponse(db: DbOrTx, id: string, patch: Partial<typeof surveyResponses.$inferInsert>) {
  await db.update(surveyResponses).set(patch).where(eq(surveyResponses.id, id));
}

export type AnalysedResponse = Pick<
  ResponseRow,
  'id' | 'versionId' | 'channel' | 'answers' | 'agentId' | 'ticketCategory' | 'completedAt' | 'textNorm' | 'enteredBy'
> & { agentName: string | null };

/** Completed responses of a survey in [from, to), by completion time. */
export async function findCompletedResponses(
  db: DbOrTx,
  surveyId: string,
  from: Date,
  to: Date,
  channel?: string,
): Promise<AnalysedResponse[]> {
  return db
    .select({
      id: surveyResponses.id,
      versionId: surveyResponses.versionId,
      channel: surveyResponses.channel,
      answers: surveyResponses.answers,
      agentId: surveyResponses.agentId,
      agentName: users.displayName,
      ticketCategory: surveyResponses.ticketCategory,
      completedAt: surveyResponses.completedAt,
      textNorm: surveyResponses.textNorm,
      enteredBy: surveyResponses.enteredBy,
    })
    .from(surveyResponses)
    .leftJoin(users, eq(users.id, surveyResponses.agentId))
    .where(
      and(
        eq(surveyResponses.surveyId, surveyId),
        isNotNull(surveyResponses.completedAt),
        gte(surveyResponses.completedAt, from),
        lt(surveyResponses.completedAt, to),
        channel ? eq(surveyResponses.channel, channel) : undefined,
      ),
    )
    .orderBy(asc(surveyResponses.completedAt));
}

// ---- briefing --------------------------------------------------------------------------------

export async function upsertBriefingAck(db: DbOrTx, surveyId: string, userId: string, at: Date) {
  await db
    .insert(surveyBriefingAcks)
    .values({ surveyId, userId, acknowledgedAt: at })
    .onConflictDoUpdate({
      target: [surveyBriefingAcks.surveyId, surveyBriefingAcks.userId],
      set: { acknowledgedAt: at },
    });
}

export async function findBriefingAcks(db: DbOrTx, surveyId: string) {
  return db
    .select({
      userId: surveyBriefingAcks.userId,
      name: users.displayName,
      username: users.username,
      acknowledgedAt: surveyBriefingAcks.acknowledgedAt,
    })
    .from(surveyBriefingAcks)
    .innerJoin(users, eq(users.id, surveyBriefingAcks.userId))
    .where(eq(surveyBriefingAcks.surveyId, surveyId))
    .orderBy(asc(surveyBriefingAcks.acknowledgedAt));
}
