import { analyseSms, type SmsAnalysis } from './sms-encoding.ts';

// Message templates with `{variable}` placeholders. Each variable has a declared maximum
// length, so the editor can show the worst case as well as the count with sample values.

export type TemplateVariable = {
  name: string;
  /** The longest value the sender promises to fill in, in characters. */
  maxLength: number;
  /** `digits`: numbers and separators only (stays GSM-7); `text`: any script (may be Arabic). */
  kind: 'digits' | 'text';
  sample: string;
};

export const templateVariables: Record<string, TemplateVariable> = {
  name: { name: 'name', maxLength: 30, kind: 'text', sample: 'محمد العتيبي' },
  amount: { name: 'amount', maxLength: 10, kind: 'digits', sample: '1500.00' },
  currency: { name: 'currency', maxLength: 5, kind: 'text', sample: 'ر.س' },
  due_date: { name: 'due_date', maxLength: 10, kind: 'digits', sample: '2026-12-06' },
  company: { name: 'company', maxLength: 20, kind: 'text', sample: 'تواصل' },
  contract_no: { name: 'contract_no', maxLength: 20, kind: 'digits', sample: 'K-10234' },
  installment_no: { name: 'installment_no', maxLength: 4, kind: 'digits', sample: '3' },
  ticket_no: { name: 'ticket_no', maxLength: 12, kind: 'digits', sample: 'T-2026-0042' },
  agent: { name: 'agent', maxLength: 20, kind: 'text', sample: 'نورة' },
  offer: { name: 'offer', maxLength: 30, kind: 'text', sample: 'تمويل شخصي' },
  link: { name: 'link', maxLength: 40, kind: 'text', sample: 'https://t.example/s/ab12' },
};

export type TemplateProblem =
  | { code: 'unknown_variable'; variable: string }
  | { code: 'missing_variable'; variable: string }
  | { code: 'value_too_long'; variable: string; maxLength: number; length: number };

export class TemplateError extends Error {
  constructor(readonly problems: TemplateProblem[]) {
    super(problems.map((p) => `${p.code}: ${p.variable}`).join('; '));
    this.name = 'TemplateError';
  }
}

const PLACEHOLDER = /\{([a-z_][a-z0-9_]*)\}/g;

// A variable's name comes from the template's text: look it up among the record's own keys
// only, so that `{__proto__}` or `{constructor}` is an unknown variable, not Object.prototype.
function own<T>(record: Record<string, T>, name: string): T | undefined {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

/** The variables a template uses, each once, in order. */
export function variablesOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

export function unknownVariables(template: string): string[] {
  return variablesOf(template).filter((v) => !Object.hasOwn(templateVariables, v));
}

/**
 * Fills in a template. An unknown variable, a missing value, or a value longer than the
 * variable's declared maximum is an error: a message is never sent half-filled.
 */
export function renderTemplate(template: string, values: Record<string, string | number | undefined>): string {
  const problems: TemplateProblem[] = [];
  for (const variable of variablesOf(template)) {
    const declared = own(templateVariables, variable);
    const value = own(values, variable);
    if (!declared) problems.push({ code: 'unknown_variable', variable });
    else if (value === undefined || String(value).trim() === '') problems.push({ code: 'missing_variable', variable });
    else if ([...String(value)].length > declared.maxLength) {
      problems.push({
        code: 'value_too_long',
        variable,
        maxLength: declared.maxLength,
        length: [...String(value)].length,
      });
    }
  }
  if (problems.length > 0) throw new TemplateError(problems);
  return template.replace(PLACEHOLDER, (_m, name: string) => String(own(values, name)));
}

export type VariableReport = { name: string; max_length: number; sample: string; sample_length: number };

export type TemplatePreview = {
  rendered: string;
  sample: SmsAnalysis;
  /** The body with every variable at its longest (Arabic letters for text variables). */
  worstCase: SmsAnalysis;
  variables: VariableReport[];
  maxSegments: number;
  fitsWithSample: boolean;
  fitsWorstCase: boolean;
};

/** Renders with sample values (overridable) and computes the worst case from declared lengths. */
export function previewTemplate(
  template: string,
  maxSegments: number,
  sampleOverrides: Record<string, string> = {},
): TemplatePreview {
  const unknown = unknownVariables(template);
  if (unknown.length > 0) throw new TemplateError(unknown.map((variable) => ({ code: 'unknown_variable', variable })));
  const used = variablesOf(template).map((v) => templateVariables[v]!);
  const samples = Object.fromEntries(used.map((v) => [v.name, own(sampleOverrides, v.name) ?? v.sample]));
  const rendered = renderTemplate(template, samples);
  const worstValues = Object.fromEntries(used.map((v) => [v.name, worstValue(v)]));
  const worst = template.replace(PLACEHOLDER, (_m, name: string) => worstValues[name]!);
  const sample = analyseSms(rendered);
  const worstCase = analyseSms(worst);
  return {
    rendered,
    sample,
    worstCase,
    variables: used.map((v) => ({
      name: v.name,
      max_length: v.maxLength,
      sample: samples[v.name]!,
      sample_length: [...samples[v.name]!].length,
    })),
    maxSegments,
    fitsWithSample: sample.segments >= 1 && sample.segments <= maxSegments,
    fitsWorstCase: worstCase.segments >= 1 && worstCase.segments <= maxSegments,
  };
}

function worstValue(v: TemplateVariable): string {
  return (v.kind === 'digits' ? '9' : 'ش').repeat(v.maxLength);
}

/**
 * P1-1: the reminder (and the thanks that follows the same path) goes as one SMS segment —
 * 70 characters in UCS-2, 160 in GSM-7 — whatever a template's `max_segments` says.
 */
export const oneSegmentPurposes: ReadonlySet<string> = new Set(['reminder', 'thanks']);

export function effectiveMaxSegments(purpose: string, maxSegments: number | null | undefined): number {
  return oneSegmentPurposes.has(purpose) ? 1 : (maxSegments ?? 1);
}

export type TemplateFit =
  | { code: 'value_too_long'; variable: string; maxLength: number; length: number }
  | { code: 'too_many_segments'; segments: number; maxSegments: number; units: number; encoding: string };

/**
 * What would stop a template from being sent with these values (the company name from the
 * settings, samples for the rest): a value longer than its variable allows, or a message longer
 * than the template's segments. Empty when it fits.
 */
export function templateFitProblems(
  template: { body: string; purpose: string; maxSegments: number | null },
  values: Record<string, string>,
): TemplateFit[] {
  const maxSegments = effectiveMaxSegments(template.purpose, template.maxSegments);
  try {
    const p = previewTemplate(template.body, maxSegments, values);
    return p.fitsWithSample
      ? []
      : [
          {
            code: 'too_many_segments',
            segments: p.sample.segments,
            maxSegments,
            units: p.sample.units,
            encoding: p.sample.encoding,
          },
        ];
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return error.problems.flatMap((p) => (p.code === 'value_too_long' ? [p] : []));
  }
}

export const messagePurposes = [
  'reminder',
  'followup',
  'thanks',
  'marketing',
  'survey_invitation',
  'complaint_ack',
  'resolution_notice',
  'general',
] as const;
export type MessagePurpose = (typeof messagePurposes)[number];
