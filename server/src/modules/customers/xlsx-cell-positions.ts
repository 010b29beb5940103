// The `r` attribute of a row (`<row r="2">`) and of a cell (`<c r="B2">`) is optional in
// SpreadsheetML: without it, a row follows the previous one and a cell the previous cell.
// exceljs's streaming reader requires it (it throws on the first cell without one), so the
// sheet's XML passes through here first and every missing position is written in.

/** The sheet XML with every `<row>` and `<c>` given its `r`, read and written chunk by chunk. */
export async function* withCellPositions(chunks: AsyncIterable<Buffer | string>): AsyncIterable<string> {
  const decoder = new TextDecoder();
  const state = { row: 0, column: 0 };
  let pending = '';
  for await (const chunk of chunks) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    // Everything before the last "<" holds only whole tags; the rest waits for the next chunk.
    const cut = pending.lastIndexOf('<');
    if (cut <= 0) continue;
    yield addPositions(pending.slice(0, cut), state);
    pending = pending.slice(cut);
  }
  pending += decoder.decode();
  if (pending) yield addPositions(pending, state);
}

const TAG = /<(row|c)(?=[\s/>])([^>]*?)(\/?)>/g;
const R = /\sr\s*=\s*["']([^"']*)["']/;

/** Adds the missing `r` attributes to the complete tags in `xml`; `state` carries on to the next piece. */
export function addPositions(xml: string, state: { row: number; column: number }): string {
  return xml.replace(TAG, (tag, name: string, attributes: string, selfClosing: string) => {
    const given = R.exec(attributes)?.[1];
    if (name === 'row') {
      const n = given === undefined ? NaN : Number.parseInt(given, 10);
      state.row = Number.isInteger(n) && n > 0 ? n : state.row + 1;
      state.column = 0;
      return given === undefined ? `<row r="${state.row}"${attributes}${selfClosing}>` : tag;
    }
    const letters = given === undefined ? undefined : /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(given)?.[1];
    state.column = letters ? columnNumber(letters) : state.column + 1;
    if (letters && /\d/.test(given!)) return tag;
    const r = `${columnLetters(state.column)}${state.row}`;
    const rest = given === undefined ? attributes : attributes.replace(R, '');
    return `<c r="${r}"${rest}${selfClosing}>`;
  });
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}
