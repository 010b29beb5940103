import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database, Tx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import type { Actor } from '../../shared/actor.ts';
import { audit } from '../audit/index.ts';
import { findCustomerByNo, findCustomerContacts, type CustomerContact } from '../customers/index.ts';
import type { AppContext } from '../../http/context.ts';
import { fitsSegments, messagingRuntimeOf, type Outbox } from '../messaging/index.ts';
import type { SettingsService } from '../settings/index.ts';
import { findPendingSurveyRequests, markSurveyRequestConsumed } from '../tickets/index.ts';
import { decideInvitation } from './domain/eligibility.ts';
import { emailInvitation, smsInvitation } from './domain/invitation.ts';
import { invitationRequestSchema } from './surveys.contract.ts';
import {
  findActiveSurveys,
  findLastInvitedAt,
  findLatestVersion,
  findSurvey,
  insertInvitation,
  type SurveyRow,
} from './surveys.repository.ts';

// Invitations (Q3): a single-use link with an expiry, sent by SMS (one segment) or email (RTL,
// with an unsubscribe link) through the messaging outbox, in the transaction that records it.

export type SurveysDeps = {
  database: Database;
  settings: Pick<SettingsService, 'all'>;
  outbox: Outbox | null;
  /** Base of the survey links (the server's public address). */
  publicUrl: string;
  clock?: () => Date;
};

/** The surveys' dependencies from the application's context (the outbox, the public address). */
export function surveysDepsOf(ctx: Pick<AppContext, 'database' | 'settings' | 'config'>): SurveysDeps {
  return {
    database: ctx.database,
    settings: ctx.settings,
    outbox: messagingRuntimeOf(ctx).outbox,
    publicUrl: ctx.config.publicUrl ?? `http://localhost:${ctx.config.port}`,
  };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
const newToken = () => randomBytes(12).toString('base64url'); // 96 bits, 16 characters: the SMS stays one segment

export function surveyUrl(deps: Pick<SurveysDeps, 'publicUrl'>, token: string) {
  return `${deps.publicUrl.replace(/\/$/, '')}/s/${token}`;
}

type Origin = {
  source: 'ticket' | 'call' | 'manual';
  sourceRef: string | null;
  agentId: string | null;
  ticketCategory: string | null;
};

type Send = { channel: 'sms' | 'email' | 'link'; to: string | null; language: 'ar' | 'en' };

/**
 * Records the invitation and queues its message in `tx`. Returns null when the message was
 * refused (an unsubscribed address, an opted-out number) or the same contact was invited already:
 * no link then exists.
 */
async function invite(
  deps: SurveysDeps,
  tx: Tx,
  survey: SurveyRow,
  customer: Pick<CustomerContact, 'id' | 'name' | 'smsOptOut'>,
  send: Send,
  origin: Origin,
  createdBy: string | null,
) {
  const version = (await findLatestVersion(tx, survey.id))!;
  const now = deps.clock?.() ?? new Date();
  const token = newToken();
  const url = surveyUrl(deps, token);
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + survey.linkDays * 86_400_000);
  const created = await insertInvitation(tx, {
    id,
    surveyId: survey.id,
    versionId: version.id,
    tokenHash: hashToken(token),
    customerId: customer.id,
    channel: send.channel,
    source: origin.source,
    sourceRef: origin.sourceRef,
    language: send.language,
    agentId: origin.agentId,
    ticketCategory: origin.ticketCategory,
    expiresAt,
    createdAt: now,
  });
  if (!created) return null;
  if (send.channel !== 'link') {
    if (!deps.outbox) throw new AppError('survey_invitation_refused');
    const { company_name: company } = await deps.settings.all(tx);
    const businessRef = `survey_invitation:${id}`;
    const result =
      send.channel === 'sms'
        ? await deps.outbox.enqueueSms(
            [
              {
                purpose: 'survey_invitation',
                businessRef,
                to: send.to!,
                body: smsInvitation(url, send.language, company, (b) => fitsSegments(b, 1)) ?? url,
                maxSegments: 1,
                optedOut: customer.smsOptOut,
                createdBy,
              },
            ],
            { tx },
          )
        : await deps.outbox.enqueueEmail(
            [
              {
                purpose: 'survey_invitation',
                businessRef,
                to: send.to!,
                language: send.language,
                ...emailInvitation(url, send.language, company, customer.name),
                // A survey is not a service message: it carries List-Unsubscribe and skips those who left.
                marketing: true,
                createdBy,
              },
            ],
            { tx },
          );
    if (result.queued.length === 0) return { refused: result.refused[0]?.code ?? 'refused' } as const;
  }
  return { id, url, expiresAt, channel: send.channel } as const;
}

function firstMobile(c: CustomerContact): string | null {
  return c.phones.find((p) => p.valid && !p.wrong && p.e164 && p.numberType === 'mobile')?.e164 ?? null;
}

/** A supervisor invites one customer by SMS, email, or a link to hand over. */
export async function inviteCustomer(deps: SurveysDeps, actor: Actor, surveyId: string, raw: unknown) {
  const input = parseInput(invitationRequestSchema, raw);
  const survey = await findSurvey(deps.database.db, surveyId);
  if (!survey) throw new AppError('not_found');
  if (survey.status !== 'active') throw new AppError('survey_not_active');
  const found = await findCustomerByNo(deps.database.db, input.customer_no);
  if (!found) throw new AppError('not_found');
  const contact = (await findCustomerContacts(deps.database.db, [found.id])).get(found.id)!;
  let to: string | null = null;
  if (input.channel === 'sms') to = contact.smsOptOut || contact.doNotCall ? null : firstMobile(contact);
  if (input.channel === 'email') to = contact.doNotCall ? null : (contact.emails[0] ?? null);
  if (input.channel !== 'link' && !to) throw new AppError('survey_no_address');
  return deps.database.db.transaction(async (tx) => {
    const done = await invite(
      deps,
      tx,
      survey,
      contact,
      { channel: input.channel, to, language: input.language },
      { source: 'manual', sourceRef: randomUUID(), agentId: null, ticketCategory: null },
      actor.id,
    );
    if (!done || 'refused' in done) throw new AppError('survey_invitation_refused');
    await audit(tx, actor, 'survey.invite', {
      entity: 'survey_invitation',
      id: done.id,
      after: { channel: done.channel },
    });
    return {
      id: done.id,
      channel: done.channel,
      expires_at: done.expiresAt.toISOString(),
      url: done.channel === 'link' ? done.url : null,
    };
  });
}

export type AutoOutcome =
  'invited' | 'not_sampled' | 'cooldown' | 'do_not_contact' | 'no_address' | 'refused' | 'no_survey' | 'stale';

/**
 * The automatic invitation after a contact (a closed ticket, an answered call): the first
 * active survey for that trigger, its sampling and cool-down, the customer's consent.
 */
async function autoInvite(
  deps: SurveysDeps,
  tx: Tx,
  trigger: 'ticket' | 'call',
  customerId: string,
  origin: Origin,
): Promise<AutoOutcome> {
  const [survey] = await findActiveSurveys(tx, trigger);
  if (!survey) return 'no_survey';
  const contact = (await findCustomerContacts(tx, [customerId])).get(customerId);
  if (!contact) return 'no_address';
  const decision = decideInvitation({
    sampleKey: `${origin.source}:${origin.sourceRef}`,
    samplingPercent: survey.samplingPercent,
    cooldownDays: survey.cooldownDays,
    lastInvitedAt: await findLastInvitedAt(tx, customerId),
    now: deps.clock?.() ?? new Date(),
    doNotContact: contact.doNotCall,
    smsOptOut: contact.smsOptOut,
    mobile: firstMobile(contact),
    email: contact.emails[0] ?? null,
  });
  if (!decision.invite) return decision.reason;
  const done = await invite(
    deps,
    tx,
    survey,
    contact,
    { channel: decision.channel, to: decision.to, language: 'ar' },
    origin,
    null,
  );
  if (!done || 'refused' in done) {
    // The message was refused: no link may exist without a message, so the row goes too.
    throw new RefusedInvitation();
  }
  return 'invited';
}

class RefusedInvitation extends Error {}

/** A ticket closed more than a week ago is not surveyed any more (the job was stopped, say). */
const STALE_MS = 7 * 86_400_000;

/** The job: every pending ticket closing is looked at once. Safe to run twice. */
export async function consumeTicketClosings(deps: SurveysDeps, limit = 200) {
  const counts: Partial<Record<AutoOutcome, number>> = {};
  const pending = await findPendingSurveyRequests(deps.database.db, limit);
  for (const r of pending) {
    const now = deps.clock?.() ?? new Date();
    let outcome: AutoOutcome;
    try {
      outcome = await deps.database.db.transaction(async (tx) => {
        const result =
          now.getTime() - r.closedAt.getTime() > STALE_MS
            ? 'stale'
            : await autoInvite(deps, tx, 'ticket', r.customerId, {
                source: 'ticket',
                sourceRef: `${r.ticketId}:${r.closedAt.toISOString()}`,
                agentId: r.assigneeId,
                ticketCategory: r.category,
              });
        await markSurveyRequestConsumed(tx, r.id, now);
        return result;
      });
    } catch (error) {
      if (!(error instanceof RefusedInvitation)) throw error;
      await markSurveyRequestConsumed(deps.database.db, r.id, now);
      outcome = 'refused';
    }
    counts[outcome] = (counts[outcome] ?? 0) + 1;
  }
  return counts;
}

/**
 * After an answered call (telephony calls this through surveys' index.ts): the post-call
 * survey of the first active survey with `after_call`, under the same rules.
 */
export async function inviteAfterCall(
  deps: SurveysDeps,
  call: { callId: string; customerId: string; agentId: string | null },
): Promise<AutoOutcome> {
  try {
    return await deps.database.db.transaction((tx) =>
      autoInvite(deps, tx, 'call', call.customerId, {
        source: 'call',
        sourceRef: call.callId,
        agentId: call.agentId,
        ticketCategory: null,
      }),
    );
  } catch (error) {
    if (error instanceof RefusedInvitation) return 'refused';
    throw error;
  }
}
