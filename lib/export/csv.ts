import Papa from 'papaparse';
import type { CaseEvent, CaseRecord } from '../db/schema';
import { CASE_COLUMNS, caseRows } from './rows';

/** The CSV header, the same columns as the XLSX Cases sheet. */
export const CSV_COLUMNS = CASE_COLUMNS;

export interface CsvOptions {
  /** Events of these cases, to count drafts per case. */
  events?: CaseEvent[];
  /** Prefix a UTF-8 byte-order mark so Excel reads Chinese text correctly. */
  bom?: boolean;
}

/** One row per case. Cells that a spreadsheet would run as a formula are escaped. */
export function casesToCsv(cases: readonly CaseRecord[], options: CsvOptions = {}): string {
  const csv = Papa.unparse(
    { fields: [...CASE_COLUMNS], data: caseRows(cases, options.events) },
    { escapeFormulae: true, newline: '\r\n', quotes: false },
  );
  return (options.bom ? '\uFEFF' : '') + csv;
}
