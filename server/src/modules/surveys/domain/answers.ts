import {
  allQuestions,
  scales,
  TEXT_ANSWER_MAX,
  type Answers,
  type AnswerValue,
  type Question,
  type Questionnaire,
} from './questionnaire.ts';

// An answer set checked against the version it answers. Answers come in as the customer goes
// (one question at a time) and once more when he or she finishes; a question hidden by its
// condition (the reason, after the rating was changed to 5) loses its answer.

export type AnswerRefusal = {
  code: 'survey_answer_unknown_question' | 'survey_answer_out_of_range' | 'survey_answer_required';
  question: string;
};

export type AnswerCheck = { ok: true; answers: Answers } | { ok: false; refusal: AnswerRefusal };

/** The keys of the questions shown for these answers, in order. */
export function visibleQuestions(q: Questionnaire, answers: Answers): Question[] {
  const shown = new Set<string>();
  const out: Question[] = [];
  for (const question of allQuestions(q)) {
    const cond = question.show_if;
    if (cond) {
      if (!shown.has(cond.question)) continue;
      const given = answers[cond.question];
      const values = Array.isArray(given) ? given : given === undefined ? [] : [given];
      if (!values.some((v) => cond.values.includes(v))) continue;
    }
    shown.add(question.key);
    out.push(question);
  }
  return out;
}

export function isValidAnswer(question: Question, value: AnswerValue): boolean {
  const scale = scales[question.type];
  if (scale) return Number.isInteger(value) && (value as number) >= scale.min && (value as number) <= scale.max;
  switch (question.type) {
    case 'yes_no':
      return typeof value === 'boolean';
    case 'single':
      return typeof value === 'string' && (question.options ?? []).some((o) => o.key === value);
    case 'multiple':
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        new Set(value).size === value.length &&
        value.every((v) => (question.options ?? []).some((o) => o.key === v))
      );
    case 'text':
      return typeof value === 'string' && value.trim().length > 0 && value.length <= TEXT_ANSWER_MAX;
    default:
      return false;
  }
}

/**
 * Checks `answers` against the questionnaire: every key a question of this version, every
 * value in its range; with `complete`, every visible required question answered. Returns the
 * answers to keep (hidden questions dropped, text trimmed).
 */
export function checkAnswers(q: Questionnaire, answers: Answers, complete: boolean): AnswerCheck {
  const byKey = new Map(allQuestions(q).map((question) => [question.key, question]));
  for (const [key, value] of Object.entries(answers)) {
    const question = byKey.get(key);
    if (!question) return { ok: false, refusal: { code: 'survey_answer_unknown_question', question: key } };
    if (!isValidAnswer(question, value)) {
      return { ok: false, refusal: { code: 'survey_answer_out_of_range', question: key } };
    }
  }
  const kept: Answers = {};
  for (const question of visibleQuestions(q, answers)) {
    const value = answers[question.key];
    if (value !== undefined) kept[question.key] = typeof value === 'string' ? value.trim() : value;
    else if (complete && question.required) {
      return { ok: false, refusal: { code: 'survey_answer_required', question: question.key } };
    }
  }
  return { ok: true, answers: kept };
}

/** Answers saved so far with the newly given ones on top (a `null` clears an answer). */
export function mergeAnswers(saved: Answers, given: Record<string, AnswerValue | null>): Answers {
  const out: Answers = { ...saved };
  for (const [key, value] of Object.entries(given)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** The free-text answers, for the Arabic-normalised search. */
export function freeTexts(q: Questionnaire, answers: Answers): string[] {
  return allQuestions(q)
    .filter((question) => question.type === 'text' && typeof answers[question.key] === 'string')
    .map((question) => answers[question.key] as string);
}
