import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { addExportRow } from '../../shared/spreadsheet.ts';
import { audit, type Actor } from '../audit/index.ts';
import { normalizeArabic, zonedWallTimeToInstant } from '../customers/index.ts';
import { ces, csat, distribution, nps, responseRate } from './domain/metrics.ts';
import { allQuestions, say, scales, type AnswerValue, type Question } from './domain/questionnaire.ts';
import type { analysisQuerySchema, analysisSchema } from './surveys.contract.ts';
import {
  countInvitations,
  findCompletedResponses,
  findSurvey,
  findVersionsOf,
  type AnalysedResponse,
} from './surveys.repository.ts';

// The analysis (Q4). Questions are matched across versions by their key: a question keeps its
// key when the wording changes, so its answers count together. CSAT comes from the `rating`
// questions, NPS from `nps`, CES from `ces` (all of them, when a survey has several).

type Query = z.output<typeof analysisQuerySchema>;
type Analysis = z.output<typeof analysisSchema>;

const channelAr: Record<string, string> = {
  sms: 'رسالة قصيرة',
  email: 'بريد إلكتروني',
  link: 'رابط',
  phone: 'هاتف',
  paper: 'ورقي',
};

function period(query: Query, timeZone: string): { from: Date; to: Date } {
  const from = query.from ? zonedWallTimeToInstant(Date.parse(`${query.from}T00:00:00Z`), timeZone) : new Date(0);
  const to = query.to
    ? new Date(zonedWallTimeToInstant(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000, timeZone))
    : new Date('9999-12-31T00:00:00Z');
  return { from, to };
}

function valuesOf(responses: AnalysedResponse[], keys: Set<string>): number[] {
  const out: number[] = [];
  for (const r of responses) {
    for (const [key, v] of Object.entries(r.answers)) if (keys.has(key) && typeof v === 'number') out.push(v);
  }
  return out;
}

function figures(responses: AnalysedResponse[], ratingKeys: Set<string>, npsKeys: Set<string>) {
  return {
    completed: responses.length,
    csat: csat(valuesOf(responses, ratingKeys)).percent,
    nps: nps(valuesOf(responses, npsKeys)).score,
  };
}

function groupBy<T>(items: T[], keyOf: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    out.set(k, [...(out.get(k) ?? []), item]);
  }
  return out;
}

/** Monday of the week of `d` (UTC), as YYYY-MM-DD. */
function weekOf(d: Date): string {
  const day = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day)).toISOString().slice(0, 10);
}

async function load(database: Database, surveyId: string, query: Query, timeZone: string) {
  const survey = await findSurvey(database.db, surveyId);
  if (!survey) throw new AppError('not_found');
  const versions = await findVersionsOf(database.db, surveyId);
  // The latest wording of each key, then keys only older versions had.
  const questions = new Map<string, Question>();
  for (const v of [...versions].reverse())
    for (const q of allQuestions(v.definition)) if (!questions.has(q.key)) questions.set(q.key, q);
  const { from, to } = period(query, timeZone);
  let responses = await findCompletedResponses(database.db, surveyId, from, to, query.channel);
  if (query.q?.trim()) {
    const needle = normalizeArabic(query.q);
    responses = responses.filter((r) => r.textNorm.includes(needle));
  }
  const invited =
    query.channel === 'phone' || query.channel === 'paper'
      ? 0
      : await countInvitations(database.db, surveyId, from, to, query.channel);
  return { survey, questions, responses, invited };
}

export async function analyseSurvey(
  database: Database,
  surveyId: string,
  query: Query,
  timeZone: string,
): Promise<Analysis> {
  const { questions, responses, invited } = await load(database, surveyId, query, timeZone);
  const keysOf = (type: Question['type']) =>
    new Set([...questions.values()].filter((q) => q.type === type).map((q) => q.key));
  const ratingKeys = keysOf('rating');
  const npsKeys = keysOf('nps');
  const linkCompleted = responses.filter((r) => r.channel !== 'phone' && r.channel !== 'paper').length;
  const needle = query.q?.trim() ? normalizeArabic(query.q) : '';
  return {
    invited,
    completed: responses.length,
    response_rate: responseRate(invited, linkCompleted),
    csat: csat(valuesOf(responses, ratingKeys)),
    nps: nps(valuesOf(responses, npsKeys)),
    ces: ces(valuesOf(responses, keysOf('ces'))),
    questions: [...questions.values()].map((q) => {
      const given = responses.map((r) => r.answers[q.key]).filter((v): v is AnswerValue => v !== undefined);
      const scale = scales[q.type];
      let possible: (string | number)[] = [];
      if (scale) possible = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
      else if (q.type === 'yes_no') possible = ['true', 'false'];
      else if (q.type === 'single' || q.type === 'multiple') possible = (q.options ?? []).map((o) => o.key);
      const flat = given.flatMap((v) => (Array.isArray(v) ? v : [typeof v === 'boolean' ? String(v) : v]));
      return {
        key: q.key,
        type: q.type,
        text: say(q.text, 'ar'),
        answered: given.length,
        distribution: q.type === 'text' ? [] : distribution(flat, possible),
      };
    }),
    by_channel: [...groupBy(responses, (r) => r.channel)].map(([channel, rs]) => ({
      channel,
      ...figures(rs, ratingKeys, npsKeys),
    })),
    by_agent: [
      ...groupBy(
        responses.filter((r) => r.agentId),
        (r) => r.agentName ?? r.agentId!,
      ),
    ].map(([agent, rs]) => ({
      agent,
      ...figures(rs, ratingKeys, npsKeys),
    })),
    by_category: [
      ...groupBy(
        responses.filter((r) => r.ticketCategory),
        (r) => r.ticketCategory!,
      ),
    ].map(([category, rs]) => ({
      category,
      ...figures(rs, ratingKeys, npsKeys),
    })),
    by_week: [...groupBy(responses, (r) => weekOf(r.completedAt!))].map(([week, rs]) => ({
      week,
      ...figures(rs, ratingKeys, npsKeys),
    })),
    texts: responses
      .flatMap((r) =>
        [...questions.values()]
          .filter((q) => q.type === 'text' && typeof r.answers[q.key] === 'string')
          .map((q) => ({
            question: q.key,
            text: r.answers[q.key] as string,
            channel: r.channel,
            completed_at: r.completedAt!.toISOString(),
          })),
      )
      .filter((t) => !needle || normalizeArabic(t.text).includes(needle))
      .slice(-500)
      .reverse(),
  };
}

/** Every completed response as a row (RTL sheet, numbers as numbers), and a sheet of the figures. */
export async function exportSurvey(database: Database, actor: Actor, surveyId: string, query: Query, timeZone: string) {
  const { survey, questions, responses } = await load(database, surveyId, query, timeZone);
  const analysis = await analyseSurvey(database, surveyId, query, timeZone);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('الإجابات', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  const qs = [...questions.values()];
  sheet.addRow(['تاريخ الإجابة', 'القناة', 'الموظف', 'فئة التذكرة', ...qs.map((q) => say(q.text, 'ar'))]).font = {
    bold: true,
  };
  for (const r of responses) {
    addExportRow(sheet, [
      r.completedAt!,
      channelAr[r.channel] ?? r.channel,
      r.agentName ?? '',
      r.ticketCategory ?? '',
      ...qs.map((q) => {
        const v = r.answers[q.key];
        if (v === undefined) return null;
        if (typeof v === 'number') return v;
        if (typeof v === 'boolean') return v ? 'نعم' : 'لا';
        const label = (key: string) => say(q.options?.find((o) => o.key === key)?.label ?? { ar: key, en: '' }, 'ar');
        if (Array.isArray(v)) return v.map(label).join('، ');
        return q.type === 'single' ? label(v) : v;
      }),
    ]);
  }
  sheet.columns.forEach((c, i) => (c.width = i < 4 ? 16 : 24));
  const summary = workbook.addWorksheet('الملخص', { views: [{ rightToLeft: true }] });
  summary.addRow(['المؤشر', 'القيمة']).font = { bold: true };
  const rows: [string, number | null][] = [
    ['الدعوات المرسلة', analysis.invited],
    ['الإجابات المكتملة', analysis.completed],
    ['نسبة الاستجابة %', analysis.response_rate],
    ['رضا العملاء CSAT %', analysis.csat.percent],
    ['صافي نقاط الترويج NPS', analysis.nps.score],
    ['سهولة التعامل CES (متوسط)', analysis.ces.average],
  ];
  for (const row of rows) addExportRow(summary, row);
  summary.columns.forEach((c) => (c.width = 28));
  await audit(database.db, actor, 'survey.export', {
    entity: 'survey',
    id: surveyId,
    after: { filter: query, rows: responses.length },
  });
  return {
    filename: `survey-${survey.id.slice(0, 8)}.xlsx`,
    content: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
