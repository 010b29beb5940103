import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import { audit, type Actor } from '../audit/index.ts';
import { messagePurposes, previewTemplate, TemplateError, unknownVariables } from './domain/templates.ts';
import { nonGsmCharacters } from './domain/sms-encoding.ts';
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

/** The editor's live counter: rendered with sample values, and the worst case per variable. */
export function previewMessage(raw: unknown, companyName: string) {
  const input = parseInput(previewSchema, raw);
  try {
    const p = previewTemplate(input.body, input.max_segments, { company: companyName, ...input.samples });
    return {
      rendered: p.rendered,
      encoding: p.sample.encoding,
      units: p.sample.units,
      segments: p.sample.segments,
      remaining: p.sample.remaining,
      max_segments: p.maxSegments,
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
    if (error instanceof TemplateError) assertKnownVariables(input.body);
    throw error;
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
      const p = previewTemplate(current.body, current.maxSegments ?? 1, { company: companyName });
      if (!p.fitsWithSample) {
        throw new AppError('sms_too_long', {
          en: `With sample values the message needs ${p.sample.segments} segments (${p.sample.units} ${p.sample.encoding.toUpperCase()} units); the template allows ${p.maxSegments}.`,
          ar: `بالقيم النموذجية تحتاج الرسالة إلى ${p.sample.segments} مقاطع (${p.sample.units} وحدة ${p.sample.encoding.toUpperCase()})، والنموذج يسمح بـ ${p.maxSegments}.`,
        });
      }
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
