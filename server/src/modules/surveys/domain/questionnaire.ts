import { z } from 'zod';

// الاستبانة (Q1): sections of questions, each worded in Arabic (and English when the company
// surveys in English too). A question may be shown only on a condition: "why?" after a rating
// of 1–3. The same questionnaire drives the builder's preview, the public page, the staff's
// manual entry and the analysis.

export const questionTypes = ['rating', 'nps', 'ces', 'yes_no', 'single', 'multiple', 'text'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** The range of the scales: CSAT 1–5, NPS 0–10, CES 1–7 (customer effort). */
export const scales: Partial<Record<QuestionType, { min: number; max: number }>> = {
  rating: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
  ces: { min: 1, max: 7 },
};

export const TEXT_ANSWER_MAX = 2000;

const wording = (max: number) =>
  z
    .object({
      ar: z.string().trim().min(1).max(max),
      en: z.string().trim().max(max).default(''),
    })
    .strict();
const optionalWording = (max: number) =>
  z
    .object({ ar: z.string().trim().max(max).default(''), en: z.string().trim().max(max).default('') })
    .strict()
    .default({ ar: '', en: '' });

const key = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'a short key: lower-case letters, digits, _');
const conditionValue = z.union([z.number().int(), z.boolean(), key]);

export const questionSchema = z
  .object({
    key,
    type: z.enum(questionTypes),
    text: wording(300),
    required: z.boolean().default(false),
    options: z
      .array(z.object({ key, label: wording(120) }).strict())
      .max(20)
      .optional(),
    /** Shown only when the earlier question `question` was answered with one of `values`. */
    show_if: z
      .object({ question: key, values: z.array(conditionValue).min(1).max(20) })
      .strict()
      .optional(),
  })
  .strict();

export const questionnaireSchema = z
  .object({
    title: wording(200),
    intro: optionalWording(1000),
    thanks: optionalWording(500),
    sections: z
      .array(z.object({ title: optionalWording(200), questions: z.array(questionSchema).min(1).max(50) }).strict())
      .min(1)
      .max(20),
  })
  .strict();

export type Wording = { ar: string; en: string };
export type Question = z.output<typeof questionSchema>;
export type Questionnaire = z.output<typeof questionnaireSchema>;
export type AnswerValue = number | boolean | string | string[];
export type Answers = Record<string, AnswerValue>;

export type Problem = { code: string; path: string; message: string; message_ar: string };

export function allQuestions(q: Questionnaire): Question[] {
  return q.sections.flatMap((s) => s.questions);
}

/** The wording in the language asked for; English falls back to Arabic when it was left empty. */
export function say(w: Wording, language: 'ar' | 'en'): string {
  return language === 'en' && w.en ? w.en : w.ar;
}

/**
 * What the schema cannot say: keys unique, choices with two distinct options or more, a
 * condition on an earlier question with values that question can have.
 */
export function questionnaireProblems(q: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, Question>();
  q.sections.forEach((section, s) =>
    section.questions.forEach((question, i) => {
      const path = `sections.${s}.questions.${i}`;
      if (seen.has(question.key)) {
        problems.push(problem('survey_duplicate_key', `${path}.key`, question.key));
      }
      const choice = question.type === 'single' || question.type === 'multiple';
      const options = question.options ?? [];
      if (choice && options.length < 2) problems.push(problem('survey_options_required', `${path}.options`));
      if (!choice && options.length > 0) problems.push(problem('survey_options_not_allowed', `${path}.options`));
      if (new Set(options.map((o) => o.key)).size !== options.length) {
        problems.push(problem('survey_duplicate_option', `${path}.options`));
      }
      if (question.show_if) {
        const target = seen.get(question.show_if.question);
        if (!target) problems.push(problem('survey_condition_unknown', `${path}.show_if.question`));
        else if (!question.show_if.values.every((v) => isPossible(target, v))) {
          problems.push(problem('survey_condition_value', `${path}.show_if.values`));
        }
      }
      seen.set(question.key, question);
    }),
  );
  return problems;
}

function isPossible(q: Question, value: number | boolean | string): boolean {
  const scale = scales[q.type];
  if (scale) return typeof value === 'number' && value >= scale.min && value <= scale.max;
  if (q.type === 'yes_no') return typeof value === 'boolean';
  if (q.type === 'single' || q.type === 'multiple') {
    return typeof value === 'string' && (q.options ?? []).some((o) => o.key === value);
  }
  return false; // free text cannot be a condition
}

const problemTexts: Record<string, { en: string; ar: string }> = {
  survey_duplicate_key: { en: 'Two questions have the same key.', ar: 'لسؤالين المفتاح نفسه.' },
  survey_options_required: {
    en: 'A choice question needs at least two options.',
    ar: 'يحتاج سؤال الاختيار إلى خيارين على الأقل.',
  },
  survey_options_not_allowed: {
    en: 'Only choice questions have options.',
    ar: 'الخيارات لأسئلة الاختيار فقط.',
  },
  survey_duplicate_option: { en: 'Two options have the same key.', ar: 'لخيارين المفتاح نفسه.' },
  survey_condition_unknown: {
    en: 'The condition refers to a question that does not come before this one.',
    ar: 'يشير الشرط إلى سؤال غير موجود قبل هذا السؤال.',
  },
  survey_condition_value: {
    en: 'The condition names an answer the question cannot have.',
    ar: 'يذكر الشرط إجابة لا يمكن أن تكون للسؤال.',
  },
};

function problem(code: string, path: string, detail?: string): Problem {
  const t = problemTexts[code]!;
  return { code, path, message: detail ? `${t.en} (${detail})` : t.en, message_ar: t.ar };
}
