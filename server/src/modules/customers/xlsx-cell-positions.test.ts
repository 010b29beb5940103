import { describe, expect, it } from 'vitest';
import { addPositions, columnLetters, withCellPositions } from './xlsx-cell-positions.ts';

const fresh = () => ({ row: 0, column: 0 });

describe('addPositions: rows and cells without r get their place by order', () => {
  it.each([
    [
      'cells without r',
      '<row r="1"><c t="s"><v>0</v></c><c><v>5</v></c></row>',
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c></row>',
    ],
    [
      'a row without r follows the previous one',
      '<row r="4"></row><row><c/></row>',
      '<row r="4"></row><row r="5"><c r="A5"/></row>',
    ],
    ['the first row without r is row 1', '<row><c><v>1</v></c></row>', '<row r="1"><c r="A1"><v>1</v></c></row>'],
    [
      'a cell with r sets the column for the next one',
      '<row r="2"><c r="C2"/><c/></row>',
      '<row r="2"><c r="C2"/><c r="D2"/></row>',
    ],
    ['a column-only r gets its row', '<row r="3"><c r="B"/></row>', '<row r="3"><c r="B3"/></row>'],
    [
      'cells with r are left alone',
      '<row r="1" spans="1:2"><c r="A1" s="1"/></row>',
      '<row r="1" spans="1:2"><c r="A1" s="1"/></row>',
    ],
    ['<col> and <cols> are not cells', '<cols><col min="1" max="2"/></cols>', '<cols><col min="1" max="2"/></cols>'],
    [
      'past Z comes AA',
      `<row r="1">${'<c/>'.repeat(27)}</row>`,
      `<row r="1">${Array.from({ length: 27 }, (_, i) => `<c r="${columnLetters(i + 1)}1"/>`).join('')}</row>`,
    ],
  ])('%s', (_name, xml, expected) => expect(addPositions(xml, fresh())).toBe(expected));

  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %i is %s', (n, letters) => expect(columnLetters(n)).toBe(letters));
});

describe('withCellPositions: across chunk boundaries', () => {
  it('a tag or a UTF-8 character cut between chunks', async () => {
    const xml = '<sheetData><row><c t="inlineStr"><is><t>مرحبا</t></is></c><c><v>2</v></c></row></sheetData>';
    const bytes = Buffer.from(xml);
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 5) yield bytes.subarray(i, i + 5);
    }
    let out = '';
    for await (const piece of withCellPositions(chunks())) out += piece;
    expect(out).toBe(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>مرحبا</t></is></c><c r="B1"><v>2</v></c></row></sheetData>',
    );
  });
});
