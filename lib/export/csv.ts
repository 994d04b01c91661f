// CSV that Excel and WPS open correctly: UTF-8 with a byte-order mark, RFC 4180
// quoting, CRLF line ends, and no cell a spreadsheet would run as a formula.
import type { CaseEvent, CaseRecord } from '../db/schema';
import { CASE_COLUMNS, caseRows, headerRow, type Cell, type RowOptions } from './rows';

/** The CSV header, the same columns as the XLSX Cases sheet. */
export const CSV_COLUMNS = CASE_COLUMNS;

export interface CsvOptions extends RowOptions {
  /** Events of these cases, to count drafts per case. */
  events?: CaseEvent[];
  /** Prefix a UTF-8 byte-order mark so Excel reads Chinese text correctly. */
  bom?: boolean;
}

/**
 * A text cell starting with = + - @ tab or CR is a formula to Excel, WPS and
 * LibreOffice; a leading apostrophe keeps it text. Checked on the first
 * character alone, so a multi-line value is caught too (PapaParse's pattern
 * missed those). Numbers stay numbers.
 */
export function neutralise(v: Cell): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/.test(v) ? `'${v}` : v;
}

/** RFC 4180: quote a field holding a quote, comma, CR or LF (or edge spaces); double the quotes. */
export function csvField(v: Cell): string {
  const s = neutralise(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: readonly Cell[]): string => cells.map(csvField).join(',') + '\r\n';

/** One row per case (small exports and tests; the dashboard streams, see stream.ts). */
export function casesToCsv(cases: readonly CaseRecord[], options: CsvOptions = {}): string {
  let out = options.bom ? '\uFEFF' : '';
  out += csvLine(headerRow(CASE_COLUMNS, options));
  for (const r of caseRows(cases, options.events, options)) out += csvLine(r);
  return out;
}
