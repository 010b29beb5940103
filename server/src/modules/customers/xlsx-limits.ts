import { open } from 'node:fs/promises';

// An XLSX file is a zip: 8 MB of upload can inflate to gigabytes ("zip bomb"). Before anything
// is inflated, the zip's central directory is read for every entry's uncompressed size and
// compression ratio, and a file over the limits is refused. While the file is read, the shared
// string table is kept compact and bounded (a zip can lie about its sizes).

export const xlsxLimits = {
  maxEntries: 10_000,
  /** All entries together, uncompressed. */
  maxTotalBytes: 2 * 1024 ** 3,
  /** One entry, uncompressed (a worksheet of a million rows is a few hundred MB). */
  maxEntryBytes: 1024 ** 3,
  /** Text of every shared string, uncompressed XML (read into memory, unlike the worksheet). */
  maxSharedStringsXmlBytes: 256 * 1024 ** 2,
  /** Parts read whole into memory besides the strings: workbook, styles, relationships. */
  maxPartBytes: 32 * 1024 ** 2,
  /** Deflate reaches ~1000:1 on repeated text; real sheets are 5–30:1. Checked above 1 MB. */
  maxRatio: 200,
  ratioFromBytes: 1024 ** 2,
  maxSharedStrings: 4_000_000,
  /** UTF-8 bytes of all shared strings held in memory. */
  maxSharedStringBytes: 192 * 1024 ** 2,
};

export type XlsxLimits = typeof xlsxLimits;

export type ZipEntry = { name: string; compressedSize: number; uncompressedSize: number };

/** A file refused for its size: answered with 413 (the format itself may be fine). */
export class XlsxTooLargeError extends Error {
  constructor(
    readonly code: 'xlsx_too_large' | 'xlsx_compression_ratio' | 'xlsx_too_many_strings',
    readonly en: string,
    readonly ar: string,
  ) {
    super(en);
    this.name = 'XlsxTooLargeError';
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2).toLocaleString('en')} MB`;

/** Throws XlsxTooLargeError when the zip's central directory shows the file inflates beyond the limits. */
export function checkXlsxEntries(entries: ZipEntry[], limits: XlsxLimits = xlsxLimits): void {
  const tooLarge = (what: string, whatAr: string, size: number, limit: number) =>
    new XlsxTooLargeError(
      'xlsx_too_large',
      `The workbook is too large once unpacked: ${what} is ${mb(size)} (at most ${mb(limit)}). Split the file or save it as CSV.`,
      `المصنف كبير جدًا بعد فك ضغطه: ${whatAr} ${mb(size)} (الحد ${mb(limit)}). قسّم الملف أو احفظه بصيغة CSV.`,
    );
  if (entries.length > limits.maxEntries)
    throw new XlsxTooLargeError(
      'xlsx_too_large',
      `The workbook has ${entries.length.toLocaleString('en')} parts (at most ${limits.maxEntries.toLocaleString('en')}).`,
      `يحتوي المصنف على ${entries.length} جزءًا (الحد ${limits.maxEntries}).`,
    );
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const name = entry.name.toLowerCase();
    if (name === 'xl/sharedstrings.xml' && entry.uncompressedSize > limits.maxSharedStringsXmlBytes)
      throw tooLarge('the text of its cells', 'نص الخلايا', entry.uncompressedSize, limits.maxSharedStringsXmlBytes);
    if (
      !name.startsWith('xl/worksheets/') &&
      name !== 'xl/sharedstrings.xml' &&
      /\.(xml|rels)$/.test(name) &&
      entry.uncompressedSize > limits.maxPartBytes
    )
      throw tooLarge(entry.name, entry.name, entry.uncompressedSize, limits.maxPartBytes);
    if (entry.uncompressedSize > limits.maxEntryBytes)
      throw tooLarge(entry.name, entry.name, entry.uncompressedSize, limits.maxEntryBytes);
    if (
      entry.uncompressedSize > limits.ratioFromBytes &&
      entry.uncompressedSize > limits.maxRatio * Math.max(entry.compressedSize, 1)
    )
      throw new XlsxTooLargeError(
        'xlsx_compression_ratio',
        `The workbook is compressed ${Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1))} to 1 (${entry.name}), far more than a real spreadsheet: it is refused as a possible zip bomb.`,
        `نسبة ضغط المصنف ${Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1))} إلى 1 (${entry.name})، وهي أعلى بكثير من أي جدول حقيقي، فرُفض احتياطًا من ملف مضغوط مفخخ.`,
      );
  }
  if (total > limits.maxTotalBytes) throw tooLarge('the whole workbook', 'المصنف كله', total, limits.maxTotalBytes);
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;

/**
 * The entries listed in a zip's central directory (names and sizes, zip64 included), read from
 * the end of the file without inflating anything. Null when the file is not a readable zip.
 */
export async function readZipDirectory(path: string): Promise<ZipEntry[] | null> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, 22 + 65_535 + 20);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    let count = tail.readUInt16LE(eocd + 10);
    let directorySize = tail.readUInt32LE(eocd + 12);
    let directoryOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      const locator = eocd - 20;
      if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR) return null;
      const zip64At = Number(tail.readBigUInt64LE(locator + 8));
      const zip64 = Buffer.alloc(56);
      await file.read(zip64, 0, 56, zip64At);
      if (zip64.readUInt32LE(0) !== ZIP64_EOCD) return null;
      count = Number(zip64.readBigUInt64LE(32));
      directorySize = Number(zip64.readBigUInt64LE(40));
      directoryOffset = Number(zip64.readBigUInt64LE(48));
    }
    // The directory of a file within the upload limit is small; a larger claim is a lie.
    if (directoryOffset + directorySize > size || directorySize > 64 * 1024 ** 2) return null;
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);
    return parseCentralDirectory(directory, count);
  } finally {
    await file.close();
  }
}

function parseCentralDirectory(directory: Buffer, count: number): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at + 46 <= directory.length && entries.length < Math.max(count, 1) + 1) {
    if (directory.readUInt32LE(at) !== CENTRAL) return null;
    let compressedSize = directory.readUInt32LE(at + 20);
    let uncompressedSize = directory.readUInt32LE(at + 24);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    // zip64: the sizes that do not fit in 32 bits are in extra field 0x0001, uncompressed first.
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff) {
      let extra = at + 46 + nameLength;
      const end = extra + extraLength;
      while (extra + 4 <= end) {
        const id = directory.readUInt16LE(extra);
        const length = directory.readUInt16LE(extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          if (uncompressedSize === 0xffffffff && field + 8 <= end) {
            uncompressedSize = Number(directory.readBigUInt64LE(field));
            field += 8;
          }
          if (compressedSize === 0xffffffff && field + 8 <= end)
            compressedSize = Number(directory.readBigUInt64LE(field));
          break;
        }
        extra += 4 + length;
      }
    }
    entries.push({ name, compressedSize, uncompressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The shared strings of a workbook, kept as UTF-8 in large buffers rather than as millions of
 * JavaScript strings, within a count and a byte budget.
 */
export class SharedStringTable {
  private static readonly CHUNK = 4 * 1024 ** 2;
  private chunks: Buffer[] = [];
  private used = 0;
  private starts = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private size = 0;
  private bytes = 0;

  constructor(private readonly limits: Pick<XlsxLimits, 'maxSharedStrings' | 'maxSharedStringBytes'> = xlsxLimits) {}

  get count(): number {
    return this.size;
  }

  add(text: string): void {
    const length = Buffer.byteLength(text);
    if (this.size >= this.limits.maxSharedStrings || this.bytes + length > this.limits.maxSharedStringBytes)
      throw new XlsxTooLargeError(
        'xlsx_too_many_strings',
        `The workbook holds more text than an import reads (at most ${this.limits.maxSharedStrings.toLocaleString('en')} distinct texts, ${mb(this.limits.maxSharedStringBytes)}). Split the file or save it as CSV.`,
        `يحتوي المصنف على نصوص أكثر مما يقرؤه الاستيراد (الحد ${this.limits.maxSharedStrings} نصًا مختلفًا، ${mb(this.limits.maxSharedStringBytes)}). قسّم الملف أو احفظه بصيغة CSV.`,
      );
    if (this.size === this.starts.length) {
      const starts = new Float64Array(this.size * 2);
      starts.set(this.starts);
      this.starts = starts;
      const lengths = new Uint32Array(this.size * 2);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    let chunk = this.chunks.at(-1);
    if (!chunk || this.used + length > chunk.length) {
      chunk = Buffer.allocUnsafe(Math.max(SharedStringTable.CHUNK, length));
      this.chunks.push(chunk);
      this.used = 0;
    }
    chunk.write(text, this.used);
    // chunk number and offset in one number: chunk * 2^32 + offset.
    this.starts[this.size] = (this.chunks.length - 1) * 2 ** 32 + this.used;
    this.lengths[this.size] = length;
    this.used += length;
    this.bytes += length;
    this.size++;
  }

  get(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) return undefined;
    const start = this.starts[index]!;
    const chunk = this.chunks[Math.floor(start / 2 ** 32)]!;
    const offset = start % 2 ** 32;
    return chunk.toString('utf8', offset, offset + this.lengths[index]!);
  }
}
