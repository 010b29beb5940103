import { stat } from 'node:fs/promises';
import { getCountries } from 'libphonenumber-js/max';
import type { Database, Tx } from '../../db/client.ts';
import { audit, type Actor } from '../audit/index.ts';
import { publish } from '../events/index.ts';
import type { SettingsService } from '../settings/index.ts';
import { normalizeArabic } from './domain/arabic-normalize.ts';
import { importProgress } from './domain/live-audience.ts';
import type { ImportKind } from './domain/import-formats.ts';
import {
  checkCustomerRow,
  checkInstallmentRow,
  checkPaymentRow,
  duplicateRejection,
  referenceReasons,
  rowKey,
  storableText,
  type CustomerRow,
  type InstallmentRow,
  type PaymentRow,
  type Rejection,
  type RowContext,
} from './domain/import-rows.ts';
import { parsePhone, type PhoneKind } from './domain/phone.ts';
import { ImportFormatError, readImportFile, type FileRows } from './import-file-reader.ts';
import { XlsxTooLargeError } from './xlsx-limits.ts';
import {
  deleteContactPoints,
  findContractsByNo,
  findCustomerIdsByNo,
  findImportedContactPoints,
  findInstallmentsOfContracts,
  insertContactPoints,
  insertImport,
  insertRejections,
  markAbandonedImportsFailed,
  recomputeInstallmentPayments,
  touchImports,
  replaceContactPoint,
  updateImport,
  upsertContracts,
  upsertCustomers,
  upsertInstallments,
  upsertPayments,
  type ContactPointInsert,
} from './import.repository.ts';

export const BATCH_SIZE = 500;
/** A running import's row is touched this often; one untouched for IMPORT_STALE_SECONDS has lost its process. */
export const HEARTBEAT_MS = 10_000;
export const IMPORT_STALE_SECONDS = 60;

export const importStatuses = ['queued', 'running', 'done', 'done_with_rejections', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];

export type ImportCounts = { rows: number; inserted: number; updated: number; unchanged: number; rejected: number };
export type ImportProgress = ImportCounts & { bytes: number; totalBytes: number };
export type ImportResult = ImportCounts & {
  id: string;
  kind: string;
  status: 'done' | 'done_with_rejections' | 'failed';
  error: ImportError | null;
};

/** What `imports.error` holds and the API shows: a stable code and a message safe for any user. */
export type ImportError = { code: string; message: string; message_ar: string };

export const importErrors = {
  import_failed: {
    code: 'import_failed',
    message:
      'The import stopped because of an error on the server (it was logged). The rows applied before are kept; import the file again to finish.',
    message_ar:
      'توقف الاستيراد بسبب خطأ في الخادم (سُجّل الخطأ). الصفوف التي طُبّقت قبله محفوظة؛ أعد استيراد الملف لإكماله.',
  },
  import_interrupted: {
    code: 'import_interrupted',
    message:
      'The import was interrupted: the server stopped while it ran. The rows applied before are kept; import the file again to finish.',
    message_ar: 'انقطع الاستيراد لتوقف الخادم أثناء تنفيذه. الصفوف التي طُبّقت قبله محفوظة؛ أعد استيراد الملف لإكماله.',
  },
} satisfies Record<string, ImportError>;

/** Logs details that must not reach a user (SQL, row values); the import run keeps only a code. */
export type ImportLog = { error(details: Record<string, unknown>, message: string): void };

const notStored = {
  code: 'row_not_stored',
  en: 'The database refused this row (the details were logged for the administrator).',
  ar: 'رفضت قاعدة البيانات هذا الصف (سُجّلت التفاصيل لمسؤول النظام).',
};

export type Outcome = 'inserted' | 'updated' | 'unchanged';
export type ImportBatch<T> = Array<{ rowNo: number; values: Record<string, string>; row: T }>;
type Batch<T> = ImportBatch<T>;
export type ImportBatchResult = { outcomes: Outcome[]; rejections: Array<{ rowNo: number; rejection: Rejection }> };
type BatchResult = ImportBatchResult;

/**
 * What a format's rows need from the import machinery: check a row's text, name the key that is
 * unique in a file, and apply a batch of good rows in a transaction (one outcome per row, in
 * order, or a rejection). The customers module's kinds are handlers; so is a work list's target file.
 */
export type RowHandler<T> = {
  check(values: Record<string, string>): { row?: T; rejections: Rejection[] };
  key(row: T): string;
  duplicate(values: Record<string, string>, firstRowNo: number): Rejection;
  apply(tx: Tx, batch: ImportBatch<T>): Promise<ImportBatchResult>;
};

const knownCountries: ReadonlySet<string> = new Set(getCountries());

/** Opens a file for import: a file that is not in the format fails here, before anything is applied. */
export async function openImportFile(path: string, kind: ImportKind): Promise<{ file: FileRows; totalBytes: number }> {
  const { size } = await stat(path);
  return { file: await readImportFile(path, kind), totalBytes: size };
}

export async function startImportRun(
  database: Database,
  actor: Actor,
  kind: ImportKind | (string & {}),
  fileName: string,
  totalBytes: number,
  status: 'running' | 'queued' = 'running',
) {
  return database.db.transaction(async (tx) => {
    const row = await insertImport(tx, {
      kind,
      fileName: storableText(fileName).slice(0, 255),
      totalBytes,
      startedBy: actor.id,
      status,
    });
    await audit(tx, actor, 'import.start', { entity: 'import', id: row.id, after: { kind, file: row.fileName } });
    await publish(tx, importProgress(row.id));
    return row;
  });
}

/**
 * Applies the rows of an opened file in batches, each in its own transaction (a row is
 * applied whole or not at all), and records progress and rejected rows on the import run.
 * The run always ends: done, done_with_rejections, or failed with a code and a safe message.
 */
export async function processImport(
  database: Database,
  settings: SettingsService,
  run: { id: string; kind: ImportKind; totalBytes: number },
  file: FileRows,
  onProgress?: (progress: ImportProgress) => void,
  log: ImportLog = silentLog,
): Promise<ImportResult> {
  return processRowImport(database, run, file, () => builtInHandler(settings, run.kind), onProgress, log);
}

/** The handler of a built-in kind (customers, installments, payments). */
async function builtInHandler(
  settings: SettingsService,
  kind: ImportKind,
): Promise<RowHandler<CustomerRow | InstallmentRow | PaymentRow>> {
  const ctx: RowContext = {
    timeZone: await settings.get('timezone'),
    defaultCurrency: await settings.get('currency'),
    countries: knownCountries,
  };
  return {
    check: (values) =>
      kind === 'customers'
        ? checkCustomerRow(values, ctx)
        : kind === 'installments'
          ? checkInstallmentRow(values, ctx)
          : checkPaymentRow(values, ctx),
    key: (row) => rowKey(kind, row),
    duplicate: (values, first) => duplicateRejection(kind, values, first),
    apply: (tx, batch) => applyBatch(tx, kind, batch),
  };
}

/**
 * Applies the rows of an opened file with a format's handler (see processImport): progress,
 * rejected rows, the heartbeat and the end of the run are the same for every format.
 */
export async function processRowImport<T>(
  database: Database,
  run: { id: string; kind: string; totalBytes: number },
  file: FileRows,
  handler: () => Promise<RowHandler<T>>,
  onProgress?: (progress: ImportProgress) => void,
  log: ImportLog = silentLog,
): Promise<ImportResult> {
  const counts: ImportCounts = { rows: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  // While it runs, the row says that its process is alive (see failAbandonedImports).
  const heartbeat = setInterval(() => {
    touchImports(database.db, [run.id]).catch((error: unknown) =>
      log.error({ err: error, importId: run.id }, 'import heartbeat failed'),
    );
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    await updateImport(database.db, run.id, { status: 'running' });
    await publish(database.db, importProgress(run.id));
    await touchImports(database.db, [run.id]);
    await applyRows(database, run, file, await handler(), counts, onProgress, log);
  } catch (error) {
    const known = error instanceof ImportFormatError || error instanceof XlsxTooLargeError;
    const safe: ImportError = known
      ? { code: error.code, message: error.en, message_ar: error.ar }
      : importErrors.import_failed;
    if (!known) log.error({ err: error, importId: run.id }, 'import failed');
    await endRun(database, run.id, { ...counts, status: 'failed', error: safe }, log);
    return { id: run.id, kind: run.kind, status: 'failed', error: safe, ...counts };
  } finally {
    clearInterval(heartbeat);
    await file.close().catch(() => undefined);
  }
  const status = counts.rejected > 0 ? 'done_with_rejections' : 'done';
  await endRun(database, run.id, { ...counts, status, processedBytes: run.totalBytes }, log);
  return { id: run.id, kind: run.kind, status, error: null, ...counts };
}

const silentLog: ImportLog = { error: () => undefined };

/** Records the end of a run; when even that fails the run is left to failAbandonedImports. */
async function endRun(
  database: Database,
  id: string,
  patch: Parameters<typeof updateImport>[2],
  log: ImportLog,
): Promise<void> {
  try {
    await updateImport(database.db, id, { ...patch, finishedAt: new Date() });
    await publish(database.db, importProgress(id));
  } catch (error) {
    log.error({ err: error, importId: id }, 'recording the end of an import failed');
  }
}

async function applyRows<T>(
  database: Database,
  run: { id: string; kind: string; totalBytes: number },
  file: FileRows,
  handler: RowHandler<T>,
  counts: ImportCounts,
  onProgress: ((progress: ImportProgress) => void) | undefined,
  log: ImportLog,
): Promise<void> {
  const firstRowOfKey = new Map<string, number>();
  let batch: Batch<T> = [];
  let rejected: Array<{ rowNo: number; rejection: Rejection }> = [];

  // A full batch is written while the next one is read and checked: the file's parsing and the
  // database's work overlap. Batches are still applied one after the other, in file order.
  let writing: Promise<void> = Promise.resolve();
  const write = async (rows: typeof batch, rowRejections: typeof rejected) => {
    const result = await applyBatchOrRows(database, run, handler, rows, log);
    for (const o of result.outcomes) counts[o]++;
    const all = [...rowRejections, ...result.rejections].sort((a, b) => a.rowNo - b.rowNo);
    counts.rejected += new Set(all.map((r) => r.rowNo)).size;
    await insertRejections(
      database.db,
      all.map(({ rowNo, rejection }) => ({
        importId: run.id,
        rowNo,
        column: storableText(rejection.column).slice(0, 200),
        value: storableText(rejection.value.slice(0, 1000)),
        code: rejection.code,
        reasonEn: rejection.en,
        reasonAr: rejection.ar,
      })),
    );
    const progress = { ...counts, bytes: file.bytesRead(), totalBytes: run.totalBytes };
    await updateImport(database.db, run.id, {
      ...counts,
      processedBytes: Math.min(progress.bytes, run.totalBytes),
    });
    await publish(database.db, importProgress(run.id));
    onProgress?.(progress);
  };
  const flush = async () => {
    await writing;
    writing = write(batch, rejected);
    batch = [];
    rejected = [];
  };

  try {
    for await (const { rowNo, values, broken, reason } of file.rows) {
      counts.rows++;
      if (broken) {
        rejected.push({
          rowNo,
          rejection: {
            column: '(row)',
            value: '',
            ...(reason ?? {
              code: 'unreadable_row',
              en: `The row cannot be read: ${broken}`,
              ar: 'تعذرت قراءة السطر (علامات اقتباس أو أعمدة غير صحيحة).',
            }),
          },
        });
        continue;
      }
      const checked = handler.check(values);
      if (!checked.row) {
        rejected.push(...checked.rejections.map((rejection) => ({ rowNo, rejection })));
      } else {
        const key = handler.key(checked.row);
        const first = firstRowOfKey.get(key);
        if (first !== undefined) rejected.push({ rowNo, rejection: handler.duplicate(values, first) });
        else {
          firstRowOfKey.set(key, rowNo);
          batch.push({ rowNo, values, row: checked.row });
        }
      }
      if (batch.length >= BATCH_SIZE || rejected.length >= BATCH_SIZE) await flush();
    }
    await flush();
    await writing;
  } catch (error) {
    await writing.catch(() => undefined);
    throw error;
  }
}

/**
 * Applies a batch in one transaction. When the database refuses the data of a row (SQLSTATE
 * class 22 or 23), the batch is applied again row by row so that only the refused rows are
 * rejected; any other failure (the connection, the server) stops the import.
 */
async function applyBatchOrRows<T>(
  database: Database,
  run: { id: string; kind: string },
  handler: RowHandler<T>,
  rows: Batch<T>,
  log: ImportLog,
): Promise<BatchResult> {
  if (rows.length === 0) return { outcomes: [], rejections: [] };
  try {
    return await database.db.transaction((tx) => handler.apply(tx, rows));
  } catch (error) {
    if (!isDataError(error)) throw error;
  }
  const result: BatchResult = { outcomes: [], rejections: [] };
  for (const row of rows) {
    try {
      const one = await database.db.transaction((tx) => handler.apply(tx, [row]));
      result.outcomes.push(...one.outcomes);
      result.rejections.push(...one.rejections);
    } catch (error) {
      if (!isDataError(error)) throw error;
      log.error({ err: error, importId: run.id, rowNo: row.rowNo }, 'import row refused by the database');
      result.rejections.push({ rowNo: row.rowNo, rejection: { column: '(row)', value: '', ...notStored } });
    }
  }
  return result;
}

/** A data exception (22…) or an integrity violation (23…), wherever the driver put the SQLSTATE. */
export function isDataError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^2[23][0-9A-Z]{3}$/.test(code)) return true;
  }
  return false;
}

/**
 * Marks failed the imports whose process is gone: queued or running, and not touched for
 * `staleSeconds` (every process touches its own every HEARTBEAT_MS, by the database's clock, so
 * app servers sharing one PostgreSQL leave each other's live imports alone). The embedded
 * database has one process at a time, so there every unfinished import is abandoned (0 s).
 */
export async function failAbandonedImports(database: Database, staleSeconds = IMPORT_STALE_SECONDS) {
  return markAbandonedImportsFailed(database.db, staleSeconds, importErrors.import_interrupted);
}

async function applyBatch(
  tx: Tx,
  kind: ImportKind,
  batch: Batch<CustomerRow | InstallmentRow | PaymentRow>,
): Promise<BatchResult> {
  if (batch.length === 0) return { outcomes: [], rejections: [] };
  switch (kind) {
    case 'customers':
      return applyCustomers(tx, batch as Batch<CustomerRow>);
    case 'installments':
      return applyInstallments(tx, batch as Batch<InstallmentRow>);
    case 'payments':
      return applyPayments(tx, batch as Batch<PaymentRow>);
  }
}

const phoneColumns: Array<[keyof CustomerRow['phones'], PhoneKind]> = [
  ['mobile', 'mobile'],
  ['landline', 'landline'],
  ['work', 'work'],
  ['home', 'home'],
  ['fax', 'fax'],
];

function contactPointFor(kind: string, raw: string, country: string): Omit<ContactPointInsert, 'customerId' | 'kind'> {
  if (kind === 'email') return { raw, e164: null, valid: true, numberType: 'email', source: 'import' };
  const parsed = parsePhone(raw, country);
  return { raw, e164: parsed.e164, valid: parsed.valid, numberType: parsed.numberType, source: 'import' };
}

async function applyCustomers(tx: Tx, batch: Batch<CustomerRow>): Promise<BatchResult> {
  const changed = await upsertCustomers(
    tx,
    batch.map(({ row }) => ({
      customerNo: row.customerNo,
      name: row.name,
      nameNorm: normalizeArabic(row.name),
      type: row.type,
      category: row.category,
      keyAccount: row.keyAccount,
      country: row.country,
      city: row.city,
      smsOptOut: row.smsOptOut,
    })),
  );
  const changedByNo = new Map(changed.map((c) => [c.customerNo, c]));
  const ids = await findCustomerIdsByNo(
    tx,
    batch.map((b) => b.row.customerNo),
  );
  const existing = await findImportedContactPoints(
    tx,
    [...ids.values()].map((v) => v.id),
  );
  const existingByCustomer = new Map<string, Map<string, { id: string; raw: string }>>();
  for (const e of existing) {
    let kinds = existingByCustomer.get(e.customerId);
    if (!kinds) existingByCustomer.set(e.customerId, (kinds = new Map()));
    kinds.set(e.kind, e);
  }

  const inserts: ContactPointInsert[] = [];
  const deletes: string[] = [];
  const outcomes: Outcome[] = [];
  for (const { row } of batch) {
    const customerId = ids.get(row.customerNo)!.id;
    const had = existingByCustomer.get(customerId) ?? new Map<string, { id: string; raw: string }>();
    let phonesChanged = false;
    const desired: Array<[string, string]> = [
      ...phoneColumns.map(([col, kind]) => [kind, row.phones[col]] as [string, string]),
      ['email', row.email],
    ];
    for (const [kind, raw] of desired) {
      const current = had.get(kind);
      if (raw === '') {
        if (current) {
          deletes.push(current.id);
          phonesChanged = true;
        }
      } else if (!current) {
        inserts.push({ customerId, kind, ...contactPointFor(kind, raw, row.country) });
        phonesChanged = true;
      } else if (current.raw !== raw) {
        await replaceContactPoint(tx, current.id, contactPointFor(kind, raw, row.country));
        phonesChanged = true;
      }
    }
    const c = changedByNo.get(row.customerNo);
    outcomes.push(c?.inserted ? 'inserted' : c || phonesChanged ? 'updated' : 'unchanged');
  }
  await deleteContactPoints(tx, deletes);
  await insertContactPoints(tx, inserts);
  return { outcomes, rejections: [] };
}

async function applyInstallments(tx: Tx, batch: Batch<InstallmentRow>): Promise<BatchResult> {
  const customersByNo = await findCustomerIdsByNo(tx, unique(batch.map((b) => b.row.customerNo)));
  const contractsByNo = await findContractsByNo(tx, unique(batch.map((b) => b.row.contractNo)));
  const rejections: BatchResult['rejections'] = [];
  const good: Batch<InstallmentRow> = [];
  // Who owns each contract: the database, or the first row of this batch that names a new one.
  const owner = new Map([...contractsByNo].map(([no, c]) => [no, c.customerId]));
  for (const item of batch) {
    const customer = customersByNo.get(item.row.customerNo);
    if (!customer) {
      rejections.push({ rowNo: item.rowNo, rejection: reference('customer_no', item.values, 'unknown_customer') });
      continue;
    }
    const contractOwner = owner.get(item.row.contractNo);
    if (contractOwner !== undefined && contractOwner !== customer.id) {
      rejections.push({
        rowNo: item.rowNo,
        rejection: reference('contract_no', item.values, 'contract_of_other_customer'),
      });
      continue;
    }
    owner.set(item.row.contractNo, customer.id);
    good.push(item);
  }
  // One contract per contract_no; a later row of the same contract in the batch wins its credit type.
  const contractRows = new Map<string, { customerId: string; contractNo: string; creditType: string }>();
  for (const { row } of good) {
    contractRows.set(row.contractNo, {
      customerId: customersByNo.get(row.customerNo)!.id,
      contractNo: row.contractNo,
      creditType: row.creditType,
    });
  }
  const changedContracts = new Set(
    (await upsertContracts(tx, [...contractRows.values()])).filter((c) => !c.inserted).map((c) => c.contractNo),
  );
  const contractIds = await findContractsByNo(tx, [...contractRows.keys()]);
  const changed = await upsertInstallments(
    tx,
    good.map(({ row }) => ({
      contractId: contractIds.get(row.contractNo)!.id,
      customerId: customersByNo.get(row.customerNo)!.id,
      installmentNo: row.installmentNo,
      amountMinor: row.amountMinor,
      currency: row.currency,
      dueDate: row.dueDate,
    })),
  );
  const changedByKey = new Map(changed.map((c) => [`${c.contractId}\u0000${c.installmentNo}`, c]));
  await recomputeInstallmentPayments(
    tx,
    changed.filter((c) => !c.inserted).map((c) => c.id),
  );
  const outcomes: Outcome[] = good.map(({ row }) => {
    const c = changedByKey.get(`${contractIds.get(row.contractNo)!.id}\u0000${row.installmentNo}`);
    return c?.inserted ? 'inserted' : c || changedContracts.has(row.contractNo) ? 'updated' : 'unchanged';
  });
  return { outcomes, rejections };
}

async function applyPayments(tx: Tx, batch: Batch<PaymentRow>): Promise<BatchResult> {
  const contractNos = unique(batch.map((b) => b.row.contractNo));
  const contractsByNo = await findContractsByNo(tx, contractNos);
  const customersByNo = await findCustomerIdsByNo(tx, unique(batch.map((b) => b.row.customerNo)));
  const installmentsByKey = await findInstallmentsOfContracts(tx, contractNos);
  const rejections: BatchResult['rejections'] = [];
  const good: Array<{ item: Batch<PaymentRow>[number]; installmentId: string; customerId: string }> = [];
  for (const item of batch) {
    const customer = customersByNo.get(item.row.customerNo);
    const contract = contractsByNo.get(item.row.contractNo);
    const installment = installmentsByKey.get(`${item.row.contractNo}\u0000${item.row.installmentNo}`);
    if (!customer)
      rejections.push({ rowNo: item.rowNo, rejection: reference('customer_no', item.values, 'unknown_customer') });
    else if (!contract || contract.customerId !== customer.id) {
      rejections.push({ rowNo: item.rowNo, rejection: reference('contract_no', item.values, 'unknown_contract') });
    } else if (!installment)
      rejections.push({
        rowNo: item.rowNo,
        rejection: reference('installment_no', item.values, 'unknown_installment'),
      });
    else good.push({ item, installmentId: installment.id, customerId: customer.id });
  }
  const changed = await upsertPayments(
    tx,
    good.map(({ item, installmentId, customerId }) => ({
      installmentId,
      customerId,
      amountMinor: item.row.amountMinor,
      paidAt: item.row.paidAt,
      reference: item.row.reference,
    })),
  );
  await recomputeInstallmentPayments(tx, unique(changed.map((c) => c.installmentId)));
  const keyOf = (installmentId: string, paidAt: Date, reference: string) =>
    `${installmentId}\u0000${paidAt.getTime()}\u0000${reference}`;
  const changedKeys = new Map(changed.map((c) => [keyOf(c.installmentId, c.paidAt, c.reference), c.inserted]));
  const outcomes: Outcome[] = good.map(({ item, installmentId }) => {
    const inserted = changedKeys.get(keyOf(installmentId, item.row.paidAt, item.row.reference));
    return inserted === undefined ? 'unchanged' : inserted ? 'inserted' : 'updated';
  });
  return { outcomes, rejections };
}

function reference(column: string, values: Record<string, string>, code: keyof typeof referenceReasons): Rejection {
  return { column, value: values[column] ?? '', code, ...referenceReasons[code] };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
