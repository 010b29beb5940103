import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import { calendarDate } from '../../shared/calendar-date.ts';
import { audit, type Actor } from '../audit/index.ts';
import { publish } from '../events/index.ts';
import { workListChanged } from './domain/live-audience.ts';
import { manualPurposes, listChannels, mayBuildPurpose, visiblePurposes } from './domain/purposes.ts';
import { targetFilterSchema } from './domain/target-filter.ts';
import { filterWhere, type FilterContext } from './target-filter.repository.ts';
import { lifecycleStep, listStatuses, isListStatus } from './domain/lifecycle.ts';
import {
  countFilterTargets,
  deleteDraftList,
  findListRow,
  findListRows,
  insertDraftList,
  insertFilterItems,
  markListApproved,
  type ListRow,
} from './list-building.repository.ts';

// Lists made by people (SPEC L1): a draft from a filter (with its count first) or from a target
// file (target-import.service.ts), approved by a supervisor or manager, then distributed or sent.

/** A list's name as a person types it: one line, trimmed. */
const listName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((v) => !/[\r\n]/.test(v), { message: 'One line.' });

export const newListSchema = z
  .object({
    name: listName,
    purpose: z.enum(manualPurposes),
    channel: z.enum(listChannels),
    /** The day the list is worked (agents' items of that day). */
    business_date: calendarDate(),
  })
  .strict();
export type NewList = z.infer<typeof newListSchema>;

export const previewSchema = z
  .object({
    purpose: z.enum(manualPurposes),
    channel: z.enum(listChannels),
    filter: targetFilterSchema,
  })
  .strict();

export const fromFilterSchema = newListSchema.extend({ filter: targetFilterSchema }).strict();

export type BuildContext = FilterContext & { currency: string };

/** Refuses a person who may not build lists of the purpose (the marketing role builds marketing lists only). */
export function requireMayBuild(actor: Actor, purpose: string) {
  if (!actor.role || !mayBuildPurpose(actor.role, purpose)) throw new AppError('forbidden');
}

/** How many customers a filter matches and how many the channel reaches (before a list is made). */
export async function previewFilterCount(database: Database, actor: Actor, raw: unknown, ctx: FilterContext) {
  const input = parseInput(previewSchema, raw);
  requireMayBuild(actor, input.purpose);
  return countFilterTargets(database.db, filterWhere(input.filter, ctx), input.channel, input.purpose);
}

/** A draft list of every reachable customer of a filter; the filter is kept with the list. */
export async function createListFromFilter(database: Database, actor: Actor, raw: unknown, ctx: BuildContext) {
  const input = parseInput(fromFilterSchema, raw);
  requireMayBuild(actor, input.purpose);
  const id = await database.db.transaction(async (tx) => {
    const list = await insertDraftList(tx, {
      purpose: input.purpose,
      channel: input.channel,
      businessDate: input.business_date,
      source: 'filter',
      name: input.name,
      filter: input.filter,
      createdBy: actor.label,
    });
    const items = await insertFilterItems(tx, {
      listId: list.id,
      where: filterWhere(input.filter, ctx),
      channel: input.channel,
      purpose: input.purpose,
      currency: ctx.currency,
    });
    await audit(tx, actor, 'work_list.create', {
      entity: 'work_list',
      id: list.id,
      after: {
        name: input.name,
        purpose: input.purpose,
        channel: input.channel,
        source: 'filter',
        items,
        filter: input.filter,
      },
    });
    await publish(tx, workListChanged(list.id, [], input.purpose));
    return list.id;
  });
  return getList(database, actor, id);
}

/** Approval (اعتماد الكشف) by a supervisor or manager: who and when are kept and audited. */
export async function approveList(database: Database, actor: Actor, listId: string) {
  const list = await requireVisibleList(database, actor, listId);
  const step = lifecycleStep(isListStatus(list.status) ? list.status : 'signed_off', 'approve');
  if (!step.ok) throw new AppError(step.refusal);
  if (list.import_status === 'queued' || list.import_status === 'running') throw new AppError('list_import_running');
  if (list.items === 0) throw new AppError('list_empty');
  await database.db.transaction(async (tx) => {
    // The status is checked again in the update: of two approvals at once, one wins.
    if (!(await markListApproved(tx, listId, actor.label))) throw new AppError('list_already_approved');
    await audit(tx, actor, 'work_list.approve', {
      entity: 'work_list',
      id: listId,
      before: { status: 'draft' },
      after: { status: 'approved', items: list.items },
    });
    await publish(tx, workListChanged(listId, [], list.purpose));
  });
  return getList(database, actor, listId);
}

/** A draft nobody will approve (a wrong file, a wrong filter) is deleted with its items. */
export async function discardList(database: Database, actor: Actor, listId: string) {
  const list = await requireVisibleList(database, actor, listId);
  requireMayBuild(actor, list.purpose);
  if (list.import_status === 'queued' || list.import_status === 'running') throw new AppError('list_import_running');
  const step = lifecycleStep(isListStatus(list.status) ? list.status : 'signed_off', 'discard');
  if (!step.ok) throw new AppError(step.refusal);
  await database.db.transaction(async (tx) => {
    if (!(await deleteDraftList(tx, listId))) throw new AppError('list_not_draft');
    await audit(tx, actor, 'work_list.discard', {
      entity: 'work_list',
      id: listId,
      before: { name: list.name, purpose: list.purpose, items: list.items },
    });
    await publish(tx, workListChanged(listId, [], list.purpose));
  });
  return { id: listId, deleted: true };
}

async function requireVisibleList(database: Database, actor: Actor, listId: string): Promise<ListRow> {
  const list = await findListRow(database.db, listId);
  // A list the role does not see is not found (the marketing role sees marketing lists only).
  if (!list || !(visiblePurposes(actor.role ?? '') as readonly string[]).includes(list.purpose))
    throw new AppError('not_found');
  return list;
}

export async function getList(database: Database, actor: Actor, listId: string) {
  return listView(await requireVisibleList(database, actor, listId));
}

export const catalogQuery = z
  .object({
    status: z.enum(listStatuses).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

/** The lists page: the newest lists the role sees, each with its step and who/when. */
export async function listCatalog(database: Database, actor: Actor, query: z.infer<typeof catalogQuery>) {
  const found = await findListRows(database.db, {
    purposes: visiblePurposes(actor.role ?? ''),
    status: query.status,
    limit: query.limit,
  });
  return { items: found.map(listView) };
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** What the API shows of a list: its step, who/when at each step, counts, filter and import. */
export function listView(l: ListRow) {
  const step = (at: Date | string | null, by: string | null = null, byName: string | null = null) =>
    at === null ? null : { at: iso(at)!, by, by_name: byName };
  const total = Number(l.import_total_bytes ?? 0);
  return {
    id: l.id,
    name: l.name,
    purpose: l.purpose,
    channel: l.channel,
    business_date: l.business_date,
    source: l.source,
    status: l.status,
    items: l.items,
    assigned: l.assigned,
    closed: l.closed,
    filter: l.filter === null ? null : (targetFilterSchema.safeParse(l.filter).data ?? null),
    steps: {
      created: step(l.created_at, l.created_by, l.created_by_name)!,
      approved: step(l.approved_at, l.approved_by, l.approved_by_name),
      distributed: step(l.distributed_at, l.distributed_by, l.distributed_by_name),
      started: step(l.started_at),
      completed: step(l.completed_at),
      signed_off: step(l.signed_off_at, l.signed_off_by, l.signed_off_by_name),
    },
    import:
      l.import_id === null || l.import_status === null
        ? null
        : {
            id: l.import_id,
            status: l.import_status,
            file_name: l.import_file_name ?? '',
            progress:
              total > 0
                ? Math.min(1, Number(l.import_processed_bytes ?? 0) / total)
                : l.import_status.startsWith('done')
                  ? 1
                  : 0,
            rows: l.import_rows ?? 0,
            added: l.import_inserted ?? 0,
            already_in_list: l.import_unchanged ?? 0,
            rejected: l.import_rejected ?? 0,
            error: importErrorOf(l.import_error),
          },
  };
}

function importErrorOf(error: unknown): { code: string; message: string; message_ar: string } | null {
  const e = error as { code?: unknown; message?: unknown; message_ar?: unknown } | null;
  if (!e || typeof e.code !== 'string' || typeof e.message !== 'string' || typeof e.message_ar !== 'string')
    return null;
  return { code: e.code, message: e.message, message_ar: e.message_ar };
}
