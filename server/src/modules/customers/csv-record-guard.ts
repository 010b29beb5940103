import { Transform } from 'node:stream';

// csv-parse's own record-size limit drops the rest of every chunk of an over-long record and
// reports it once per chunk (a one-line 150 MB file gave 2,387 "row 2" rejections). This guard
// sits in front of the parser instead: it holds at most one record's text, and replaces a
// record longer than the limit by one marker record, which the reader reports as one rejected
// row. It follows the quoting that csv-parse applies (a quote opens a field only at the field's
// start; "" inside quotes is a quote), so newlines inside quoted fields do not end a record.

/** The marker record's only field: a NUL cannot be in an accepted row, so it cannot be mistaken for data. */
export const TOO_LONG_MARKER = '\u0000record-too-long';

export class CsvRecordGuard extends Transform {
  private pending: string[] = [];
  private pendingLength = 0;
  private dropping = false;
  private inQuotes = false;
  private justClosed = false;
  private fieldStart = true;

  constructor(private readonly maxRecordChars: number) {
    super({ readableObjectMode: false, writableObjectMode: false, decodeStrings: false, encoding: 'utf8' });
  }

  override _transform(chunk: string | Buffer, _encoding: BufferEncoding, callback: () => void) {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    let out = '';
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inQuotes) {
        if (c === 0x22) {
          this.inQuotes = false;
          this.justClosed = true;
        }
        continue;
      }
      if (c === 0x22 && (this.fieldStart || this.justClosed)) {
        this.inQuotes = true;
        this.justClosed = false;
        this.fieldStart = false;
        continue;
      }
      this.justClosed = false;
      if (c === 0x2c) {
        this.fieldStart = true;
      } else if (c === 0x0a || c === 0x0d) {
        this.fieldStart = true;
        out += this.endRecord(text.slice(start, i + 1));
        start = i + 1;
      } else {
        this.fieldStart = false;
      }
    }
    this.keep(text.slice(start));
    if (out !== '') this.push(out);
    callback();
  }

  override _flush(callback: () => void) {
    const rest = this.endRecord('');
    if (rest !== '') this.push(rest);
    callback();
  }

  /** The text of the record that ends with `tail`, or the marker when it was too long. */
  private endRecord(tail: string): string {
    // The line break itself does not count.
    if (this.dropping || this.pendingLength + tail.length > this.maxRecordChars + 1) {
      this.dropping = false;
      this.pending = [];
      this.pendingLength = 0;
      return `${TOO_LONG_MARKER}\n`;
    }
    const record = this.pending.join('') + tail;
    this.pending = [];
    this.pendingLength = 0;
    return record;
  }

  private keep(part: string) {
    if (this.dropping || part === '') return;
    this.pendingLength += part.length;
    if (this.pendingLength > this.maxRecordChars) {
      this.dropping = true;
      this.pending = [];
      this.pendingLength = 0;
    } else {
      this.pending.push(part);
    }
  }
}
