import type ExcelJS from 'exceljs';
import './xlsx-quote-prefix.ts';

// Exports must never produce a live formula: a cell that begins with = + - @ (or a tab or
// carriage return, which some spreadsheets strip before the check). In CSV such a value is
// prefixed with an apostrophe, which spreadsheets show as text (OWASP "CSV injection"); in
// XLSX the value stays as it is, a text cell marked with the quote-prefix style.

const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

export function neutralizeFormula(value: string): string {
  return looksLikeFormula(value) ? `'${value}` : value;
}

export type SheetValue = string | number | Date | null | undefined;

/**
 * Adds a row to an export sheet: numbers stay numbers, dates are date cells (`dd/mm/yyyy`),
 * and text that looks like a formula is kept as written, as text with the quote-prefix style.
 */
export function addExportRow(sheet: ExcelJS.Worksheet, values: SheetValue[]): ExcelJS.Row {
  const row = sheet.addRow(values.map((v) => (v === null || v === undefined ? '' : v)));
  values.forEach((value, i) => {
    const cell = row.getCell(i + 1);
    if (typeof value === 'string' && looksLikeFormula(value))
      cell.style = { ...cell.style, quotePrefix: true } as ExcelJS.Style;
    else if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
  });
  return row;
}

/** A calendar date `YYYY-MM-DD` as a date cell's value (midnight UTC: no time-zone shift in the sheet). */
export function dateCell(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** Text for a print header or footer: `&` starts a code there, so it is doubled. */
function headerText(text: string): string {
  return text.replaceAll('&', '&&');
}

/**
 * How a sheet handed out on paper prints (F 1-1, F 1-2): A4, one page wide and as many pages
 * long as it takes, landscape when it has many columns, the column header repeated on every
 * page, and the title and date in the page header with the page number in the footer.
 */
export function printLayout(options: {
  title: string;
  date: string;
  headerRow: number;
  columns: number;
}): Pick<Partial<ExcelJS.AddWorksheetOptions>, 'pageSetup' | 'headerFooter'> {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: options.columns > 7 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${options.headerRow}:${options.headerRow}`,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&C&"-,Bold"${headerText(options.title)}&R${headerText(options.date)}`,
      oddFooter: '&Cصفحة &P من &N',
    },
  };
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
