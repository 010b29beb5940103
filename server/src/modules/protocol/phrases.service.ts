// مكتبة العبارات — the phrase library: agents read the active phrases and scripts; managers add,
// edit, reorder and retire them (audited).
import type { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { audit, type Actor } from '../audit/index.ts';
import { purposeProblem, type CallPurpose, type PhraseKind } from './domain/phrases.ts';
import type { phraseBody, phrasePatchBody } from './protocol.contract.ts';
import { findPhraseById, findPhrases, insertPhrase, updatePhrase, type PhraseRow } from './protocol.repository.ts';

export const libraryEditorRoles = ['manager', 'admin'] as const;
export const libraryReaderRoles = ['agent', 'supervisor', 'manager', 'admin'] as const;

export type PhraseView = {
  id: string;
  kind: PhraseKind;
  purpose: CallPurpose | null;
  title_ar: string | null;
  title_en: string | null;
  text_ar: string;
  text_en: string;
  sort: number;
  active: boolean;
  origin: 'seed_003' | 'house' | 'custom';
  updated_at: string;
  updated_by: string | null;
};

export function phraseView(row: PhraseRow): PhraseView {
  return {
    id: row.id,
    kind: row.kind as PhraseKind,
    purpose: row.purpose as CallPurpose | null,
    title_ar: row.titleAr,
    title_en: row.titleEn,
    text_ar: row.textAr,
    text_en: row.textEn,
    sort: row.sort,
    active: row.active,
    origin: row.origin as PhraseView['origin'],
    updated_at: row.updatedAt.toISOString(),
    updated_by: row.updatedBy,
  };
}

/** Editors see retired phrases too; everyone else the active ones. */
export async function listPhrases(database: Database, role: string): Promise<PhraseView[]> {
  const editor = (libraryEditorRoles as readonly string[]).includes(role);
  return (await findPhrases(database.db, { activeOnly: !editor })).map(phraseView);
}

function checkPurpose(kind: PhraseKind, purpose: CallPurpose | null): void {
  const problem = purposeProblem(kind, purpose);
  if (!problem) return;
  throw new AppError('validation_failed', {
    errors: [
      problem === 'purpose_required'
        ? { field: 'purpose', code: problem, message: 'A script needs a purpose.', message_ar: 'النص يحتاج إلى غرض.' }
        : {
            field: 'purpose',
            code: problem,
            message: 'Only scripts and greetings have a purpose.',
            message_ar: 'الغرض للنصوص والتحيات فقط.',
          },
    ],
  });
}

export async function createPhrase(
  database: Database,
  actor: Actor,
  body: z.output<typeof phraseBody>,
): Promise<PhraseView> {
  checkPurpose(body.kind, body.purpose);
  return database.db.transaction(async (tx) => {
    const row = await insertPhrase(tx, {
      kind: body.kind,
      purpose: body.purpose,
      titleAr: body.title_ar || null,
      titleEn: body.title_en || null,
      textAr: body.text_ar,
      textEn: body.text_en,
      sort: body.sort,
      active: body.active,
      origin: 'custom',
      updatedBy: actor.label,
    });
    await audit(tx, actor, 'protocol.phrase.create', { entity: 'protocol_phrase', id: row.id, after: phraseView(row) });
    return phraseView(row);
  });
}

export async function editPhrase(
  database: Database,
  actor: Actor,
  id: string,
  patch: z.output<typeof phrasePatchBody>,
): Promise<PhraseView> {
  return database.db.transaction(async (tx) => {
    const before = await findPhraseById(tx, id);
    if (!before) throw new AppError('not_found');
    const purpose = patch.purpose === undefined ? (before.purpose as CallPurpose | null) : patch.purpose;
    checkPurpose(before.kind as PhraseKind, purpose);
    const row = await updatePhrase(tx, id, {
      purpose,
      ...(patch.title_ar !== undefined ? { titleAr: patch.title_ar || null } : {}),
      ...(patch.title_en !== undefined ? { titleEn: patch.title_en || null } : {}),
      ...(patch.text_ar !== undefined ? { textAr: patch.text_ar } : {}),
      ...(patch.text_en !== undefined ? { textEn: patch.text_en } : {}),
      ...(patch.sort !== undefined ? { sort: patch.sort } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
      updatedAt: new Date(),
      updatedBy: actor.label,
    });
    await audit(tx, actor, 'protocol.phrase.update', {
      entity: 'protocol_phrase',
      id,
      before: phraseView(before),
      after: phraseView(row!),
    });
    return phraseView(row!);
  });
}
