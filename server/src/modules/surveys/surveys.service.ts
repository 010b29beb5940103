import type { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import type { Actor } from '../../shared/actor.ts';
import { audit } from '../audit/index.ts';
import { questionnaireProblems, type Questionnaire } from './domain/questionnaire.ts';
import { surveyPage } from './public-page.ts';
import {
  findBriefingAcks,
  findLatestVersion,
  findSurvey,
  findSurveys,
  findVersionsOf,
  insertSurvey,
  insertVersion,
  replaceVersionDefinition,
  updateSurveyRow,
  upsertBriefingAck,
  versionInUse,
  type SurveyRow,
  type VersionRow,
} from './surveys.repository.ts';
import { createSurveySchema, previewSchema, updateSurveySchema, type surveySchema } from './surveys.contract.ts';

// The builder's use cases (Q1) and the briefing (Q2).

function assertValid(definition: Questionnaire) {
  const problems = questionnaireProblems(definition);
  if (problems.length === 0) return;
  throw new AppError('survey_invalid', {
    errors: problems.map((p) => ({
      field: `definition.${p.path}`,
      code: p.code,
      message: p.message,
      message_ar: p.message_ar,
    })),
  });
}

function summary(s: SurveyRow, v: VersionRow) {
  return {
    id: s.id,
    name: s.name,
    status: s.status as 'draft' | 'active' | 'archived',
    after_ticket: s.afterTicket,
    after_call: s.afterCall,
    sampling_percent: s.samplingPercent,
    cooldown_days: s.cooldownDays,
    link_days: s.linkDays,
    version: v.number,
    updated_at: s.updatedAt.toISOString(),
  };
}

function settingsPatch(input: z.output<typeof updateSurveySchema>) {
  const patch: Partial<SurveyRow> = {};
  if (input.name !== undefined) patch.name = input.name;
  if (input.status !== undefined) patch.status = input.status;
  if (input.after_ticket !== undefined) patch.afterTicket = input.after_ticket;
  if (input.after_call !== undefined) patch.afterCall = input.after_call;
  if (input.sampling_percent !== undefined) patch.samplingPercent = input.sampling_percent;
  if (input.cooldown_days !== undefined) patch.cooldownDays = input.cooldown_days;
  if (input.link_days !== undefined) patch.linkDays = input.link_days;
  if (input.briefing !== undefined) patch.briefing = input.briefing;
  return patch;
}

export async function listSurveys(database: Database) {
  const rows = await findSurveys(database.db);
  const items = [];
  for (const s of rows) {
    const v = await findLatestVersion(database.db, s.id);
    if (v) items.push(summary(s, v));
  }
  return { items };
}

export async function getSurvey(
  database: Database,
  id: string,
  userId?: string,
): Promise<z.output<typeof surveySchema>> {
  const s = await findSurvey(database.db, id);
  if (!s) throw new AppError('not_found');
  const versions = await findVersionsOf(database.db, id);
  const latest = versions.at(-1)!;
  const acks = await findBriefingAcks(database.db, id);
  return {
    ...summary(s, latest),
    briefing: s.briefing,
    version_id: latest.id,
    definition: latest.definition,
    versions: versions.map((v) => ({ id: v.id, number: v.number, created_at: v.createdAt.toISOString() })),
    acknowledgements: acks.map((a) => ({
      user_id: a.userId,
      name: a.name,
      acknowledged_at: a.acknowledgedAt.toISOString(),
    })),
    acknowledged_by_me: acks.some((a) => a.userId === userId),
  };
}

export async function createSurvey(database: Database, actor: Actor, raw: unknown) {
  const input = parseInput(createSurveySchema, raw);
  assertValid(input.definition);
  const id = await database.db.transaction(async (tx) => {
    const s = await insertSurvey(tx, { ...settingsPatch(input), name: input.name, createdBy: actor.id });
    await insertVersion(tx, { surveyId: s.id, number: 1, definition: input.definition, createdBy: actor.id });
    await audit(tx, actor, 'survey.create', { entity: 'survey', id: s.id, after: { name: s.name } });
    return s.id;
  });
  return getSurvey(database, id, actor.id ?? undefined);
}

/**
 * Settings change in place. The questionnaire changes in place only while nobody was invited
 * to it or answered it; otherwise it becomes the next version, and the answers given keep theirs.
 */
export async function updateSurvey(database: Database, actor: Actor, id: string, raw: unknown) {
  const input = parseInput(updateSurveySchema, raw);
  if (input.definition) assertValid(input.definition);
  await database.db.transaction(async (tx) => {
    const s = await findSurvey(tx, id);
    if (!s) throw new AppError('not_found');
    const patch = settingsPatch(input);
    await updateSurveyRow(tx, id, patch);
    let version: number | undefined;
    if (input.definition) {
      const latest = (await findLatestVersion(tx, id))!;
      if (await versionInUse(tx, latest.id)) {
        version = latest.number + 1;
        await insertVersion(tx, { surveyId: id, number: version, definition: input.definition, createdBy: actor.id });
      } else {
        version = latest.number;
        await replaceVersionDefinition(tx, latest.id, input.definition);
      }
    }
    await audit(tx, actor, 'survey.update', {
      entity: 'survey',
      id,
      before: { name: s.name, status: s.status },
      after: { ...patch, ...(version ? { version } : {}) },
    });
  });
  return getSurvey(database, id, actor.id ?? undefined);
}

export function previewSurvey(raw: unknown): { html: string } {
  const input = parseInput(previewSchema, raw);
  assertValid(input.definition);
  return { html: surveyPage(input.definition, input.language, {}, null) };
}

/** The agent read the briefing (Q2): recorded, shown to the supervisors on the survey. */
export async function acknowledgeBriefing(database: Database, actor: Actor, id: string, now = new Date()) {
  const s = await findSurvey(database.db, id);
  if (!s || !actor.id) throw new AppError('not_found');
  await database.db.transaction(async (tx) => {
    await upsertBriefingAck(tx, id, actor.id!, now);
    await audit(tx, actor, 'survey.briefing_ack', { entity: 'survey', id });
  });
  return getSurvey(database, id, actor.id);
}
