// Exports must never produce a live formula: a cell that begins with = + - @ (or a tab or
// carriage return, which some spreadsheets strip before the check) is prefixed with an
// apostrophe, which spreadsheets show as text (OWASP "CSV injection").

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV line (RFC 4180 quoting) of neutralised cells. */
export function csvLine(cells: Array<string | number | null | undefined>): string {
  return (
    cells
      .map((cell) => {
        const text = neutralizeFormula(cell === null || cell === undefined ? '' : String(cell));
        return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      })
      .join(',') + '\r\n'
  );
}

/** A byte-order mark lets spreadsheet programs open UTF-8 Arabic text correctly. */
export const UTF8_BOM = '\ufeff';
