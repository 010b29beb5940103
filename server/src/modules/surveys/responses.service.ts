import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import type { Actor } from '../../shared/actor.ts';
import { audit } from '../audit/index.ts';
import { findCustomerByNo, normalizeArabic } from '../customers/index.ts';
import { checkAnswers, freeTexts, mergeAnswers, type AnswerRefusal } from './domain/answers.ts';
import type { Answers, Questionnaire } from './domain/questionnaire.ts';
import { hashToken } from './invitations.service.ts';
import { answeredPage, surveyPage, unavailablePage } from './public-page.ts';
import { manualResponseSchema, publicAnswersSchema } from './surveys.contract.ts';
import {
  findBriefingAcks,
  findInvitationByTokenHash,
  findLatestVersion,
  findResponseOfInvitation,
  findSurvey,
  findVersion,
  insertResponse,
  markInvitationOpened,
  updateResponse,
} from './surveys.repository.ts';

// Answers: the customer's, through the link, saved as he or she goes; and the staff's, entered
// from a paper form or a phone call (Q4), marked with their channel and who entered them.

const refusalTexts: Record<AnswerRefusal['code'], { en: string; ar: string }> = {
  survey_answer_unknown_question: {
    en: 'This question is not in this version of the survey.',
    ar: 'هذا السؤال غير موجود في هذا الإصدار من الاستبانة.',
  },
  survey_answer_out_of_range: {
    en: 'This answer is not allowed for the question.',
    ar: 'هذه الإجابة غير مسموح بها لهذا السؤال.',
  },
  survey_answer_required: { en: 'Please answer this question.', ar: 'يرجى الإجابة عن هذا السؤال.' },
};

function checked(definition: Questionnaire, answers: Answers, complete: boolean): Answers {
  const result = checkAnswers(definition, answers, complete);
  if (result.ok) return result.answers;
  const { code, question } = result.refusal;
  const t = refusalTexts[code];
  throw new AppError(code, { errors: [{ field: question, code, message: t.en, message_ar: t.ar }] });
}

const textNormOf = (definition: Questionnaire, answers: Answers) =>
  freeTexts(definition, answers).map(normalizeArabic).join('\n');

type LinkState =
  | { kind: 'invalid' | 'expired' | 'used' }
  | {
      kind: 'open';
      invitationId: string;
      language: 'ar' | 'en';
      definition: Questionnaire;
      answers: Answers;
      answered: boolean;
    };

async function linkState(database: Database, token: string, now: Date): Promise<LinkState> {
  if (!/^[A-Za-z0-9_-]{16}$/.test(token)) return { kind: 'invalid' };
  const invitation = await findInvitationByTokenHash(database.db, hashToken(token));
  if (!invitation) return { kind: 'invalid' };
  const response = await findResponseOfInvitation(database.db, invitation.id);
  const version = (await findVersion(database.db, invitation.versionId))!;
  if (response?.completedAt) {
    return {
      kind: 'open',
      invitationId: invitation.id,
      language: invitation.language as 'ar',
      definition: version.definition,
      answers: {},
      answered: true,
    };
  }
  if (invitation.expiresAt <= now) return { kind: 'expired' };
  return {
    kind: 'open',
    invitationId: invitation.id,
    language: invitation.language as 'ar' | 'en',
    definition: version.definition,
    answers: response?.answers ?? {},
    answered: false,
  };
}

/** The page behind a link: the questionnaire (with what was saved), the thanks, or a clear refusal. */
export async function openLink(database: Database, token: string, now = new Date()) {
  const state = await linkState(database, token, now);
  if (state.kind !== 'open') {
    return {
      status: state.kind === 'invalid' ? 404 : state.kind === 'expired' ? 410 : 409,
      html: unavailablePage(state.kind),
    };
  }
  if (state.answered) return { status: 200, html: answeredPage(state.definition, state.language) };
  await markInvitationOpened(database.db, state.invitationId, now);
  const api = `/api/v1/public/surveys/${token}/answers`;
  return { status: 200, html: surveyPage(state.definition, state.language, state.answers, api) };
}

/** Answers given through the link, as the customer goes; `complete` finishes the response. */
export async function saveLinkAnswers(database: Database, token: string, raw: unknown, now = new Date()) {
  const input = parseInput(publicAnswersSchema, raw);
  const state = await linkState(database, token, now);
  if (state.kind === 'invalid') throw new AppError('survey_link_invalid');
  if (state.kind === 'expired') throw new AppError('survey_link_expired');
  if (state.kind !== 'open' || state.answered) throw new AppError('survey_link_used');
  return database.db.transaction(async (tx) => {
    const invitation = (await findInvitationByTokenHash(tx, hashToken(token)))!;
    const existing = await findResponseOfInvitation(tx, invitation.id);
    if (existing?.completedAt) throw new AppError('survey_link_used');
    const answers = checked(state.definition, mergeAnswers(existing?.answers ?? {}, input.answers), input.complete);
    const patch = {
      answers,
      textNorm: textNormOf(state.definition, answers),
      updatedAt: now,
      completedAt: input.complete ? now : null,
    };
    let id = existing?.id;
    if (existing) await updateResponse(tx, existing.id, patch);
    else {
      const created = await insertResponse(tx, {
        ...patch,
        surveyId: invitation.surveyId,
        versionId: invitation.versionId,
        invitationId: invitation.id,
        customerId: invitation.customerId,
        channel: invitation.channel,
        agentId: invitation.agentId,
        ticketCategory: invitation.ticketCategory,
        startedAt: now,
      });
      id = created.id;
    }
    return { id: id!, completed: input.complete };
  });
}

/**
 * A paper form or a phone interview typed in by staff (Q4). An agent must have acknowledged the
 * survey's briefing first (Q2); supervisors and managers enter without.
 */
export async function enterResponse(
  database: Database,
  actor: Actor,
  surveyId: string,
  raw: unknown,
  now = new Date(),
) {
  const input = parseInput(manualResponseSchema, raw);
  const survey = await findSurvey(database.db, surveyId);
  if (!survey) throw new AppError('not_found');
  if (actor.role === 'agent') {
    const acks = await findBriefingAcks(database.db, surveyId);
    if (!acks.some((a) => a.userId === actor.id)) throw new AppError('survey_briefing_required');
  }
  const version = input.version_id
    ? await findVersion(database.db, input.version_id)
    : await findLatestVersion(database.db, surveyId);
  if (!version || version.surveyId !== surveyId) {
    throw new AppError('survey_answer_unknown_question', {
      errors: [
        {
          field: 'version_id',
          code: 'survey_answer_unknown_question',
          message: 'Not a version of this survey.',
          message_ar: 'ليس إصدارًا من هذه الاستبانة.',
        },
      ],
    });
  }
  let customerId: string | null = null;
  if (input.customer_no) {
    const customer = await findCustomerByNo(database.db, input.customer_no);
    if (!customer) throw new AppError('not_found');
    customerId = customer.id;
  }
  const answers = checked(version.definition, mergeAnswers({}, input.answers), true);
  return database.db.transaction(async (tx) => {
    const created = await insertResponse(tx, {
      surveyId,
      versionId: version.id,
      customerId,
      channel: input.channel,
      answers,
      textNorm: textNormOf(version.definition, answers),
      agentId: actor.role === 'agent' ? actor.id : null,
      enteredBy: actor.id,
      startedAt: now,
      updatedAt: now,
      completedAt: now,
    });
    await audit(tx, actor, 'survey.response_entered', {
      entity: 'survey_response',
      id: created.id,
      after: { channel: input.channel },
    });
    return { id: created.id, completed: true };
  });
}
