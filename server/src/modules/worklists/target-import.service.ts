import { getCountries } from 'libphonenumber-js/max';
import type { Database, Tx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import { audit, type Actor } from '../audit/index.ts';
import { publish } from '../events/index.ts';
import {
  findCustomerContacts,
  findCustomerIdsByNo,
  findOrCreateProspect,
  ImportFormatError,
  XlsxTooLargeError,
  type ImportBatch,
  type ImportBatchResult,
  type ImportRunner,
  type RowHandler,
} from '../customers/index.ts';
import { workListChanged } from './domain/live-audience.ts';
import { channelReach } from './domain/reach.ts';
import {
  checkTargetRow,
  duplicateTarget,
  exclusionRejections,
  targetFormat,
  targetKey,
  type TargetRow,
} from './domain/target-rows.ts';
import { addItems, type NewItem } from './worklists.repository.ts';
import { findCustomersInList, findUnsubscribed, insertDraftList, setListImport } from './list-building.repository.ts';
import { newListSchema, requireMayBuild } from './list-building.service.ts';

// A list from a target file: the draft is created at once, the file is read by the customers
// module's import machinery (CSV/XLSX, limits, progress, rejected rows with reasons) and each
// good row adds one item — an existing customer by number, or a new prospect (عميل محتمل).

const knownCountries: ReadonlySet<string> = new Set(getCountries());

export type TargetUpload = {
  /** The uploaded file on this process's disk, removed when its import ends. */
  path: string;
  fileName: string;
  cleanup: () => Promise<void>;
};

/**
 * Creates a draft list from a target file. The file's header (and an XLSX's sizes) are checked
 * before anything is recorded: a file that is not a target file is refused (422) and no list is
 * left behind. Returns the list's id and its import's id.
 */
export async function createListFromTargets(
  database: Database,
  runner: ImportRunner,
  actor: Actor,
  raw: unknown,
  upload: TargetUpload,
  ctx: { currency: string; defaultCountry: string },
): Promise<{ id: string; import_id: string }> {
  const input = parseInput(newListSchema, raw);
  requireMayBuild(actor, input.purpose);
  let listId: string | undefined;
  const handler = async (): Promise<RowHandler<unknown>> =>
    targetHandler(actor, listId!, input.purpose, input.channel, ctx) as RowHandler<unknown>;
  try {
    const run = await runner.submit({
      path: upload.path,
      fileName: upload.fileName,
      actor,
      cleanup: upload.cleanup,
      format: targetFormat,
      handler,
      // The list is recorded with its import, once the file is known to be a target file.
      onRecorded: async (importRun) => {
        listId = await database.db.transaction(async (tx) => {
          const list = await insertDraftList(tx, {
            purpose: input.purpose,
            channel: input.channel,
            businessDate: input.business_date,
            source: 'import',
            name: input.name,
            filter: null,
            createdBy: actor.label,
          });
          await setListImport(tx, list.id, importRun.id);
          await audit(tx, actor, 'work_list.create', {
            entity: 'work_list',
            id: list.id,
            after: {
              name: input.name,
              purpose: input.purpose,
              channel: input.channel,
              source: 'import',
              import_id: importRun.id,
            },
          });
          await publish(tx, workListChanged(list.id, [], input.purpose));
          return list.id;
        });
      },
    });
    return { id: listId!, import_id: run.id };
  } catch (error) {
    if (error instanceof ImportFormatError || error instanceof XlsxTooLargeError) {
      throw new AppError(error instanceof XlsxTooLargeError ? 'import_too_large' : 'import_not_in_format', {
        en: error.en,
        ar: error.ar,
        errors: [{ field: 'file', code: error.code, message: error.en, message_ar: error.ar }],
      });
    }
    throw error;
  }
}

function targetHandler(
  actor: Actor,
  listId: string,
  purpose: string,
  channel: string,
  ctx: { currency: string; defaultCountry: string },
): RowHandler<TargetRow> {
  return {
    check: (values) =>
      checkTargetRow(values, { channel, countries: knownCountries, defaultCountry: ctx.defaultCountry }),
    key: targetKey,
    duplicate: duplicateTarget,
    apply: (tx, batch) => applyTargets(tx, actor, { listId, purpose, channel, currency: ctx.currency }, batch),
  };
}

/** Adds a batch of target rows to the list in one transaction: one outcome or one rejection per row. */
async function applyTargets(
  tx: Tx,
  actor: Actor,
  list: { listId: string; purpose: string; channel: string; currency: string },
  batch: ImportBatch<TargetRow>,
): Promise<ImportBatchResult> {
  const result: ImportBatchResult = { outcomes: [], rejections: [] };
  const byNo = await findCustomerIdsByNo(
    tx,
    batch.flatMap((b) => (b.row.kind === 'customer' ? [b.row.customerNo] : [])),
  );
  // Each row's customer: found by number, or a prospect found by its number or created.
  const customerOf: Array<string | null> = [];
  for (const { row } of batch) {
    if (row.kind === 'customer') customerOf.push(byNo.get(row.customerNo)?.id ?? null);
    else {
      const prospect = await findOrCreateProspect(tx, actor, {
        name: row.name,
        phone: row.phone ?? undefined,
        email: row.email ?? undefined,
        country: row.country,
        city: row.city ?? undefined,
      });
      customerOf.push(prospect.id);
    }
  }
  const ids = [...new Set(customerOf.filter((id): id is string => id !== null))];
  const contacts = await findCustomerContacts(tx, ids);
  const unsubscribed =
    list.channel === 'email' && list.purpose === 'marketing'
      ? await findUnsubscribed(
          tx,
          [...contacts.values()].flatMap((c) => c.emails.map((e) => e.trim().toLowerCase())),
        )
      : new Set<string>();
  const already = await findCustomersInList(tx, list.listId, ids);
  const items: NewItem[] = [];
  batch.forEach(({ rowNo, values, row }, i) => {
    const customerId = customerOf[i];
    const reject = (column: string, code: string) =>
      result.rejections.push({
        rowNo,
        rejection: { column, value: values[column] ?? '', code, ...exclusionRejections[code]! },
      });
    if (!customerId) return reject('customer_no', 'unknown_customer');
    const reach = channelReach(contacts.get(customerId)!, list.channel, { unsubscribed: (a) => unsubscribed.has(a) });
    if (reach.excluded)
      return reject(
        row.kind === 'customer' ? 'customer_no' : list.channel === 'email' ? 'email' : 'phone',
        reach.excluded,
      );
    if (already.has(customerId)) {
      result.outcomes.push('unchanged');
      return;
    }
    already.add(customerId);
    items.push({
      customerId,
      amountMinor: 0,
      currency: list.currency,
      tier: null,
      phones: reach.phones,
      priority: rowNo,
      installments: [],
    });
    result.outcomes.push('inserted');
  });
  await addItems(tx, list.listId, list.purpose, items);
  return result;
}
