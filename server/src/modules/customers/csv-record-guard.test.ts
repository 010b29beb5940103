import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CsvRecordGuard, TOO_LONG_MARKER } from './csv-record-guard.ts';

async function guard(chunks: string[], max: number): Promise<string> {
  let out = '';
  for await (const part of Readable.from(chunks).pipe(new CsvRecordGuard(max))) out += String(part);
  return out;
}

const M = TOO_LONG_MARKER;

describe('CsvRecordGuard', () => {
  it.each([
    ['short records pass unchanged', ['a,b\n', 'c,d\n'], 10, 'a,b\nc,d\n'],
    ['a record split over chunks', ['ab', 'c,d', 'e\nf\n'], 10, 'abc,de\nf\n'],
    ['CRLF line ends', ['a,b\r\nc\r\n'], 10, 'a,b\r\nc\r\n'],
    ['no line end at the end of the file', ['a,b\nc'], 10, 'a,b\nc'],
    ['a too long record in one chunk', ['a\n', 'x'.repeat(20) + '\n', 'b\n'], 10, `a\n${M}\nb\n`],
    ['a too long record over many chunks', ['a\n', ...Array(50).fill('xxxxx'), '\nb\n'], 10, `a\n${M}\nb\n`],
    ['two too long records in a row', ['x'.repeat(11) + '\n' + 'y'.repeat(11) + '\nz\n'], 10, `${M}\n${M}\nz\n`],
    ['a too long record at the end without a line end', ['a\n', 'x'.repeat(30)], 10, `a\n${M}\n`],
    ['a newline inside quotes does not end the record', ['"a\nb",c\nd\n'], 10, '"a\nb",c\nd\n'],
    ['escaped quotes inside quotes', ['"a""\n""b"\nc\n'], 12, '"a""\n""b"\nc\n'],
    ['a quote inside an unquoted field is text', ['a"b\nc"d\ne\n'], 10, 'a"b\nc"d\ne\n'],
    ['a quoted record too long because of its newlines', ['"' + 'x\n'.repeat(10) + '"\nok\n'], 10, `${M}\nok\n`],
  ])('%s', async (_name, chunks, max, expected) => {
    expect(await guard(chunks, max)).toBe(expected);
  });

  it('exactly the limit passes', async () => {
    expect(await guard(['x'.repeat(10) + '\n'], 10)).toBe('x'.repeat(10) + '\n');
  });
});
