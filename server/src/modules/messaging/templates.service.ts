import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import { audit, type Actor } from '../audit/index.ts';
import {
  effectiveMaxSegments,
  messagePurposes,
  oneSegmentPurposes,
  previewTemplate,
  templateFitProblems,
  TemplateError,
  unknownVariables,
  type TemplateFit,
} from './domain/templates.ts';
import { nonGsmCharacters, segmentAllowance, unitsPerSegment } from './domain/sms-encoding.ts';
import {
  archiveApprovedOfGroup,
  findDraftOfGroup,
  findTemplateById,
  findTemplates,
  insertTemplate,
  maxVersionOfGroup,
  updateTemplateRow,
  type TemplateFilter,
  type TemplateRow,
} from './messaging.repository.ts';

const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, { message: 'must not be empty' })
    .refine((s) => !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(s), {
      message: 'control characters are not allowed',
    });

export const createTemplateSchema = z
  .object({
    name: text(100),
    purpose: z.enum(messagePurposes),
    channel: z.enum(['sms', 'email']),
    language: z.enum(['ar', 'en']).default('ar'),
    subject: text(200).optional(),
    body: text(2000),
    html: text(100_000).optional(),
    max_segments: z.number().int().min(1).max(10).default(1),
  })
  .strict();

export const updateTemplateSchema = z
  .object({
    name: text(100),
    subject: text(200).nullable(),
    body: text(2000),
    html: text(100_000).nullable(),
    max_segments: z.number().int().min(1).max(10),
  })
  .partial()
  .strict();

export const previewSchema = z
  .object({
    body: text(2000),
    channel: z.enum(['sms', 'email']).default('sms'),
    /** The template's purpose: a reminder or thanks counts as one segment whatever max_segments says (P1-1). */
    purpose: z.enum(messagePurposes).optional(),
    max_segments: z.number().int().min(1).max(10).default(1),
    samples: z.record(z.string().max(50), z.string().max(200)).optional(),
  })
  .strict();

export type PublicTemplate = ReturnType<typeof toPublicTemplate>;

export function toPublicTemplate(row: TemplateRow) {
  return {
    id: row.id,
    group_id: row.groupId,
    version: row.version,
    name: row.name,
    purpose: row.purpose,
    channel: row.channel,
    language: row.language,
    subject: row.subject,
    body: row.body,
    html: row.html,
    max_segments: row.maxSegments,
    status: row.status,
    drafted_by: row.draftedBy,
    approved_by: row.approvedBy,
    approved_at: row.approvedAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

function assertKnownVariables(...bodies: (string | null | undefined)[]) {
  const unknown = bodies.flatMap((b) => (b ? unknownVariables(b) : []));
  if (unknown.length === 0) return;
  throw new AppError('validation_failed', {
    errors: [...new Set(unknown)].map((v) => ({
      field: 'body',
      code: 'unknown_variable',
      message: `Unknown variable {${v}}.`,
      message_ar: `متغير غير معروف {${v}}.`,
    })),
  });
}

/** P1-1: a reminder or thanks template is one segment; saying more is refused with the reason. */
function assertSegmentsAllowed(purpose: string, maxSegments: number | undefined) {
  if (maxSegments === undefined || maxSegments <= 1 || !oneSegmentPurposes.has(purpose)) return;
  throw new AppError('validation_failed', {
    errors: [
      {
        field: 'max_segments',
        code: 'one_segment_only',
        message: 'A reminder or thanks SMS is one segment (70 Arabic or 160 Latin characters); it is never split.',
        message_ar: 'رسالة التذكير أو الشكر مقطع واحد (70 حرفًا عربيًا أو 160 حرفًا لاتينيًا) ولا تُقسَّم أبدًا.',
      },
    ],
  });
}

/** Each reason a template cannot be sent, in words, for a field of the form or of the settings. */
export function fitProblemMessages(fit: TemplateFit, templateName: string) {
  if (fit.code === 'value_too_long') {
    return {
      code: 'value_too_long',
      message: `{${fit.variable}} holds at most ${fit.maxLength} characters; this value has ${fit.length} (template “${templateName}”).`,
      message_ar: `المتغير {${fit.variable}} يتسع لـ ${fit.maxLength} حرفًا على الأكثر، والقيمة ${fit.length} حرفًا (النموذج «${templateName}»).`,
    };
  }
  return {
    code: 'sms_too_long',
    message: `The template “${templateName}” would need ${fit.segments} segments (${fit.units} ${fit.encoding.toUpperCase()} units); it may use ${fit.maxSegments}.`,
    message_ar: `النموذج «${templateName}» سيحتاج إلى ${fit.segments} مقاطع (${fit.units} وحدة ${fit.encoding.toUpperCase()})، والمسموح ${fit.maxSegments}.`,
  };
}

/**
 * The settings guard: a company name that would break an approved SMS template (too long for
 * `{company}`, or pushing a reminder past one segment) is refused when it is saved.
 */
export async function companyNameProblems(database: Database, companyName: string) {
  const templates = await findTemplates(database.db, { channel: 'sms', status: 'approved' });
  return templates.flatMap((t) =>
    templateFitProblems({ body: t.body, purpose: t.purpose, maxSegments: t.maxSegments }, { company: companyName }).map(
      (fit) => ({ field: 'company_name', ...fitProblemMessages(fit, t.name) }),
    ),
  );
}

/** The editor's live counter: rendered with sample values, and the worst case per variable. */
export function previewMessage(raw: unknown, companyName: string) {
  const input = parseInput(previewSchema, raw);
  const maxSegments = input.purpose ? effectiveMaxSegments(input.purpose, input.max_segments) : input.max_segments;
  try {
    const p = previewTemplate(input.body, maxSegments, { company: companyName, ...input.samples });
    return {
      rendered: p.rendered,
      encoding: p.sample.encoding,
      units: p.sample.units,
      segments: p.sample.segments,
      remaining: p.sample.remaining,
      units_per_segment: unitsPerSegment(p.sample.encoding, p.sample.segments),
      max_segments: p.maxSegments,
      allowance: segmentAllowance(p.sample.encoding, p.maxSegments),
      fits: p.fitsWithSample,
      non_gsm_characters: nonGsmCharacters(p.rendered),
      variables: p.variables,
      worst_case: {
        encoding: p.worstCase.encoding,
        units: p.worstCase.units,
        segments: p.worstCase.segments,
        fits: p.fitsWorstCase,
      },
    };
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    assertKnownVariables(input.body);
    // A value longer than its variable (a sample, or the company name from the settings): a 422, never a 500.
    throw new AppError('validation_failed', {
      errors: error.problems.map((p) => ({
        field: p.variable === 'company' && !input.samples?.company ? 'company_name' : `samples.${p.variable}`,
        ...(p.code === 'value_too_long'
          ? fitProblemMessages(p, '')
          : { code: p.code, message: `{${p.variable}}: ${p.code}`, message_ar: `{${p.variable}}: قيمة ناقصة` }),
      })),
    });
  }
}

export async function listTemplates(database: Database, filter: TemplateFilter) {
  return { items: (await findTemplates(database.db, filter)).map(toPublicTemplate) };
}

export async function getTemplate(database: Database, id: string) {
  const row = await findTemplateById(database.db, id);
  if (!row) throw new AppError('not_found');
  return toPublicTemplate(row);
}

export async function createTemplate(database: Database, actor: Actor, raw: unknown) {
  const input = parseInput(createTemplateSchema, raw);
  assertKnownVariables(input.body, input.subject, input.html);
  if (input.channel === 'sms') assertSegmentsAllowed(input.purpose, input.max_segments);
  if (input.channel === 'email' && !input.subject) {
    throw new AppError('validation_failed', {
      errors: [
        {
          field: 'subject',
          code: 'required',
          message: 'An email template needs a subject.',
          message_ar: 'يحتاج نموذج البريد إلى عنوان.',
        },
      ],
    });
  }
  return database.db.transaction(async (tx) => {
    const groupId = randomUUID();
    const row = await insertTemplate(tx, {
      id: groupId,
      groupId,
      version: 1,
      name: input.name,
      purpose: input.purpose,
      channel: input.channel,
      language: input.language,
      subject: input.subject ?? null,
      body: input.body,
      html: input.html ?? null,
      maxSegments: input.channel === 'sms' ? input.max_segments : null,
      status: 'draft',
      draftedBy: actor.id,
    });
    await audit(tx, actor, 'template.create', { entity: 'message_template', id: row.id, after: toPublicTemplate(row) });
    return toPublicTemplate(row);
  });
}

/** Edits a draft in place; an edit of an approved template makes (or updates) the next draft version. */
export async function updateTemplate(database: Database, actor: Actor, id: string, raw: unknown) {
  const input = parseInput(updateTemplateSchema, raw);
  assertKnownVariables(input.body, input.subject, input.html);
  return database.db.transaction(async (tx) => {
    const current = await findTemplateById(tx, id);
    if (!current) throw new AppError('not_found');
    if (current.status === 'archived') {
      throw new AppError('template_archived');
    }
    if (current.channel === 'sms') assertSegmentsAllowed(current.purpose, input.max_segments);
    const patch = {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.subject !== undefined && { subject: input.subject }),
      ...(input.body !== undefined && { body: input.body }),
      ...(input.html !== undefined && { html: input.html }),
      ...(input.max_segments !== undefined && current.channel === 'sms' && { maxSegments: input.max_segments }),
    };
    let target = current.status === 'draft' ? current : await findDraftOfGroup(tx, current.groupId);
    let row: TemplateRow;
    if (target) {
      row = (await updateTemplateRow(tx, target.id, { ...patch, draftedBy: actor.id }))!;
    } else {
      const version = (await maxVersionOfGroup(tx, current.groupId)) + 1;
      row = await insertTemplate(tx, {
        groupId: current.groupId,
        version,
        name: current.name,
        purpose: current.purpose,
        channel: current.channel,
        language: current.language,
        subject: current.subject,
        body: current.body,
        html: current.html,
        maxSegments: current.maxSegments,
        ...patch,
        status: 'draft',
        draftedBy: actor.id,
      });
      target = current;
    }
    await audit(tx, actor, 'template.update', {
      entity: 'message_template',
      id: row.id,
      before: toPublicTemplate(target),
      after: toPublicTemplate(row),
    });
    return toPublicTemplate(row);
  });
}

export async function approveTemplate(database: Database, actor: Actor, id: string, companyName: string) {
  return database.db.transaction(async (tx) => {
    const current = await findTemplateById(tx, id);
    if (!current) throw new AppError('not_found');
    if (current.status !== 'draft') throw new AppError('template_not_draft');
    if (current.channel === 'sms') {
      const [fit] = templateFitProblems(current, { company: companyName });
      if (fit?.code === 'too_many_segments') {
        throw new AppError('sms_too_long', {
          en: `With sample values the message needs ${fit.segments} segments (${fit.units} ${fit.encoding.toUpperCase()} units); the template allows ${fit.maxSegments}.`,
          ar: `بالقيم النموذجية تحتاج الرسالة إلى ${fit.segments} مقاطع (${fit.units} وحدة ${fit.encoding.toUpperCase()})، والنموذج يسمح بـ ${fit.maxSegments}.`,
        });
      }
      if (fit)
        throw new AppError('validation_failed', {
          errors: [{ field: 'body', ...fitProblemMessages(fit, current.name) }],
        });
    }
    await archiveApprovedOfGroup(tx, current.groupId);
    const row = (await updateTemplateRow(tx, id, {
      status: 'approved',
      approvedBy: actor.id,
      approvedAt: new Date(),
    }))!;
    await audit(tx, actor, 'template.approve', {
      entity: 'message_template',
      id,
      before: toPublicTemplate(current),
      after: toPublicTemplate(row),
    });
    return toPublicTemplate(row);
  });
}

export async function archiveTemplate(database: Database, actor: Actor, id: string) {
  return database.db.transaction(async (tx) => {
    const current = await findTemplateById(tx, id);
    if (!current) throw new AppError('not_found');
    if (current.status === 'archived') return toPublicTemplate(current);
    const row = (await updateTemplateRow(tx, id, { status: 'archived' }))!;
    await audit(tx, actor, 'template.archive', {
      entity: 'message_template',
      id,
      before: toPublicTemplate(current),
      after: toPublicTemplate(row),
    });
    return toPublicTemplate(row);
  });
}
