import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import {
  dateColumns,
  formatOf,
  instantColumns,
  mapHeaders,
  type ImportFormat,
  type ImportKind,
} from './domain/import-formats.ts';
import { excelSerialToIsoDate } from './domain/values.ts';
import { CsvRecordGuard, TOO_LONG_MARKER } from './csv-record-guard.ts';
import { checkXlsxEntries, readZipDirectory, SharedStringTable, XlsxTooLargeError } from './xlsx-limits.ts';
import { withCellPositions } from './xlsx-cell-positions.ts';

// Streams the data rows of a CSV or XLSX file as text values keyed by the format's column
// names. A file that is not in the format at all raises an ImportFormatError before any row
// is read, so nothing is applied.

export class ImportFormatError extends Error {
  constructor(
    readonly code: 'not_a_table' | 'empty_file' | 'missing_columns' | 'duplicate_columns' | 'unreadable',
    readonly en: string,
    readonly ar: string,
  ) {
    super(en);
    this.name = 'ImportFormatError';
  }
}

/**
 * A data row; `broken` when the row could not be read as CSV (reported as rejected, the rest
 * goes on), with `reason` when the reader knows why in both languages.
 */
export type FileRow = {
  rowNo: number;
  values: Record<string, string>;
  broken?: string;
  reason?: { code: string; en: string; ar: string };
};

/** The longest CSV record read; a longer one is one rejected row. */
export const MAX_RECORD_CHARS = 1_000_000;

const tooLongReason = {
  code: 'row_too_long',
  en: `The row is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters (or a quote is never closed); it was skipped up to its end.`,
  ar: `السطر أطول من ${MAX_RECORD_CHARS.toLocaleString('en')} حرف (أو فيه علامة اقتباس لم تُغلق)، فتُخطّي إلى نهايته.`,
};

export type FileRows = {
  format: 'csv' | 'xlsx';
  encoding: string;
  rows: AsyncIterable<FileRow>;
  /** Bytes of the file read so far (for progress). */
  bytesRead(): number;
  /** Stops reading and frees the file (when the rows are not read to the end). */
  close(): Promise<void>;
};

const SNIFF_BYTES = 64 * 1024;

export async function readImportFile(path: string, kind: ImportKind | ImportFormat): Promise<FileRows> {
  const head = await readHead(path);
  if (head.length === 0) throw new ImportFormatError('empty_file', 'The file is empty.', 'الملف فارغ.');
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return readXlsx(path, kind);
  const encoding = detectEncoding(head);
  return readCsv(path, kind, encoding);
}

/**
 * The checks of readImportFile that cost little (a CSV's header, an XLSX's sizes in its zip
 * directory), for a file that waits its turn; the workbook itself is read later.
 */
export async function checkImportFile(path: string, kind: ImportKind | ImportFormat): Promise<void> {
  const head = await readHead(path);
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return checkXlsxSize(path);
  await (await readImportFile(path, kind)).close();
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1256 (Arabic Windows); binary is refused. */
export function detectEncoding(head: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const sample = head.subarray(0, Math.min(head.length, SNIFF_BYTES));
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) throw notATable();
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls++;
  }
  if (controls > sample.length / 100) throw notATable();
  if (isUtf8(trimIncompleteTail(sample))) return 'utf-8';
  return 'windows-1256';
}

function notATable() {
  return new ImportFormatError(
    'not_a_table',
    'This is not a CSV or XLSX file (it looks binary).',
    'هذا ليس ملف CSV أو XLSX (يبدو ملفًا ثنائيًا).',
  );
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// The sniffed block may end in the middle of a multi-byte character.
function trimIncompleteTail(bytes: Buffer): Buffer {
  let end = bytes.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = bytes[end - i]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b >= 0xc0) end -= i;
    break;
  }
  return bytes.subarray(0, end);
}

function decoderStream(encoding: string): Transform {
  const decoder = new TextDecoder(encoding);
  return new Transform({
    transform(chunk: Buffer, _enc, callback) {
      callback(null, decoder.decode(chunk, { stream: true }));
    },
    flush(callback) {
      callback(null, decoder.decode());
    },
  });
}

async function readCsv(path: string, kind: ImportKind | ImportFormat, encoding: string): Promise<FileRows> {
  let bytes = 0;
  const broken: Array<{ rowNo: number; message: string }> = [];
  let lastBrokenLine: number | undefined;
  const source = createReadStream(path);
  source.on('data', (chunk) => (bytes += chunk.length));
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: false,
    info: true,
    relax_quotes: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (!error) return;
      // One broken record may be reported again for each chunk it spans: once is enough.
      const { records, lines } = error as { records?: number; lines?: number };
      if (lines !== undefined && lines === lastBrokenLine) return;
      lastBrokenLine = lines;
      broken.push({ rowNo: records ?? 0, message: error.message });
    },
  });
  const stream: Readable = source.pipe(decoderStream(encoding)).pipe(new CsvRecordGuard(MAX_RECORD_CHARS)).pipe(parser);
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { records: number } }>;

  let first: IteratorResult<{ record: string[]; info: { records: number } }>;
  try {
    first = await iterator.next();
  } catch (error) {
    source.destroy();
    throw new ImportFormatError(
      'unreadable',
      `The CSV file cannot be read: ${(error as Error).message}`,
      'تعذرت قراءة ملف CSV.',
    );
  }
  if (first.done)
    throw new ImportFormatError('empty_file', 'The file has no header row.', 'لا يحتوي الملف على سطر العناوين.');
  const positions = checkHeader(kind, first.value.record, () => source.destroy());

  async function* rows(): AsyncIterable<FileRow> {
    try {
      for (;;) {
        let next;
        try {
          next = await iterator.next();
        } catch (error) {
          throw new ImportFormatError(
            'unreadable',
            `The CSV file is broken: ${(error as Error).message}`,
            'ملف CSV تالف.',
          );
        }
        while (broken.length > 0) {
          const b = broken.shift()!;
          yield { rowNo: b.rowNo + 1, values: {}, broken: b.message };
        }
        if (next.done) return;
        const { record, info } = next.value;
        if (record.length === 1 && record[0] === TOO_LONG_MARKER) {
          yield { rowNo: info.records, values: {}, broken: tooLongReason.en, reason: tooLongReason };
          continue;
        }
        if (record.every((v) => v.trim() === '')) continue;
        yield { rowNo: info.records, values: toValues(positions, record) };
      }
    } finally {
      source.destroy();
    }
  }
  const close = async () => {
    source.destroy();
  };
  return { format: 'csv', encoding, rows: rows(), bytesRead: () => bytes, close };
}

function checkHeader(kind: ImportKind | ImportFormat, header: string[], abort: () => void): Array<string | null> {
  const format = formatOf(kind);
  const mapping = mapHeaders(format, header);
  if (mapping.missing.length > 0) {
    abort();
    throw new ImportFormatError(
      'missing_columns',
      `Not a ${format.kind} file: the header row lacks ${mapping.missing.join(', ')}.`,
      `ليس ملف ${format.nameAr}: سطر العناوين ينقصه ${mapping.missing.join('، ')}.`,
    );
  }
  if (mapping.duplicated.length > 0) {
    abort();
    throw new ImportFormatError(
      'duplicate_columns',
      `The header row names ${mapping.duplicated.join(', ')} more than once.`,
      `سطر العناوين يذكر ${mapping.duplicated.join('، ')} أكثر من مرة.`,
    );
  }
  return mapping.positions;
}

function toValues(positions: Array<string | null>, record: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  positions.forEach((name, i) => {
    if (name) values[name] = record[i] ?? '';
  });
  return values;
}

/** Refuses, before anything is inflated, a workbook over the limits of xlsx-limits.ts. */
export async function checkXlsxSize(path: string): Promise<void> {
  const entries = await readZipDirectory(path);
  if (!entries)
    throw new ImportFormatError(
      'unreadable',
      'The XLSX file cannot be read: its zip directory is damaged.',
      'تعذرت قراءة ملف XLSX: فهرس الملف المضغوط تالف.',
    );
  checkXlsxEntries(entries);
}

async function readXlsx(path: string, kind: ImportKind | ImportFormat): Promise<FileRows> {
  await checkXlsxSize(path);
  let bytes = 0;
  const source = createReadStream(path);
  source.on('data', (chunk) => (bytes += chunk.length));
  // Shared strings are emitted one by one into a bounded table instead of exceljs's cache.
  const strings = new SharedStringTable();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: 'emit',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  // Cells and rows may leave out their position (r="B2"); exceljs needs it, so it is written in.
  const internal = reader as unknown as {
    _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNo: number): unknown;
  };
  const parseWorksheet = internal._parseWorksheet.bind(reader);
  internal._parseWorksheet = (chunks, sheetNo) => parseWorksheet(withCellPositions(chunks), sheetNo);
  const parts = reader.parse();
  const nextSheet = async (): Promise<ExcelJS.stream.xlsx.WorksheetReader | undefined> => {
    for (;;) {
      const next = (await parts.next()) as IteratorResult<{ eventType?: string; value?: unknown; text?: unknown }>;
      if (next.done) return undefined;
      if (next.value.eventType === 'worksheet') return next.value.value as ExcelJS.stream.xlsx.WorksheetReader;
      if (next.value.eventType === undefined) strings.add(cellText(next.value.text ?? '', 'text', strings));
    }
  };
  // Every worksheet has been spooled to a temporary file by then (the strings may come after
  // it in the zip): going through the rest frees those files.
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    source.destroy();
    try {
      for (;;) {
        const next = (await parts.next()) as IteratorResult<{ value?: { iterator?: { destroy?: () => void } } }>;
        if (next.done) break;
        next.value.value?.iterator?.destroy?.();
      }
    } catch {
      // The zip stream was cut short: nothing more to free.
    }
  };
  let sheet: ExcelJS.stream.xlsx.WorksheetReader | undefined;
  try {
    sheet = await nextSheet();
  } catch (error) {
    source.destroy();
    if (error instanceof XlsxTooLargeError) throw error;
    throw new ImportFormatError(
      'unreadable',
      `The XLSX file cannot be read: ${(error as Error).message}`,
      'تعذرت قراءة ملف XLSX.',
    );
  }
  if (!sheet) throw new ImportFormatError('empty_file', 'The workbook has no sheet.', 'لا يحتوي المصنف على أي ورقة.');
  const rowIterator = (sheet as unknown as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
  let header: ExcelJS.Row | undefined;
  try {
    for (;;) {
      const next = await rowIterator.next();
      if (next.done) break;
      if (cellsOf(next.value, [], strings).some((v) => v.trim() !== '')) {
        header = next.value;
        break;
      }
    }
  } catch (error) {
    source.destroy();
    throw new ImportFormatError(
      'unreadable',
      `The XLSX file cannot be read: ${(error as Error).message}`,
      'تعذرت قراءة ملف XLSX.',
    );
  }
  if (!header) {
    await release();
    throw new ImportFormatError(
      'empty_file',
      'The first sheet has no header row.',
      'الورقة الأولى لا تحتوي على سطر العناوين.',
    );
  }
  const positions = checkHeader(kind, cellsOf(header, [], strings), () => void release());
  const kinds = positions.map((name) =>
    name && dateColumns.has(name) ? 'date' : name && instantColumns.has(name) ? 'instant' : 'text',
  );

  async function* rows(): AsyncIterable<FileRow> {
    try {
      for (;;) {
        const next = await rowIterator.next();
        if (next.done) return;
        const record = cellsOf(next.value, kinds, strings);
        if (record.every((v) => v.trim() === '')) continue;
        yield { rowNo: next.value.number, values: toValues(positions, record) };
      }
    } finally {
      await release();
    }
  }
  return { format: 'xlsx', encoding: 'xlsx', rows: rows(), bytesRead: () => bytes, close: release };
}

function cellsOf(row: ExcelJS.Row, kinds: string[], strings: SharedStringTable): string[] {
  const values = row.values as unknown[];
  const out: string[] = [];
  for (let i = 1; i < values.length; i++) out.push(cellText(values[i], kinds[i - 1] ?? 'text', strings));
  return out;
}

/** A cell as text: formulas by their result, dates as ISO, serial numbers in date columns as dates. */
function cellText(value: unknown, kind: string, strings: SharedStringTable): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // exceljs gives the wall-clock value as if it were UTC.
    const iso = value.toISOString();
    return kind === 'instant' ? iso.slice(0, 19) : iso.slice(0, 10);
  }
  if (typeof value === 'number') {
    if (kind === 'date') return excelSerialToIsoDate(value) ?? String(value);
    if (kind === 'instant') {
      const date = excelSerialToIsoDate(Math.floor(value));
      if (date) return new Date(Math.round((value - 25_569) * 86_400_000)).toISOString().slice(0, 19);
    }
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    const v = value as {
      result?: unknown;
      richText?: Array<{ text: string }>;
      text?: unknown;
      error?: string;
      sharedString?: number;
    };
    if (typeof v.sharedString === 'number') return strings.get(v.sharedString) ?? '';
    if ('result' in v) return cellText(v.result, kind, strings);
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (typeof v.text === 'string') return v.text;
    if (v.error) return v.error;
  }
  return String(value);
}
