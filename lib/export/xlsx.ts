import '../i18n/dashboard';
import writeXlsxFile from 'write-excel-file/universal';
import type { CaseEvent, CaseRecord } from '../db/schema';
import { translate } from '../i18n';
import { neutralise } from './csv';
import {
  CASE_COLUMNS,
  caseRows,
  EVENT_COLUMNS,
  eventRows,
  headerRow,
  type Cell,
  type RowOptions,
} from './rows';

const header = (cols: readonly string[]) =>
  cols.map((value) => ({ value, fontWeight: 'bold' as const }));
// Every value has an explicit type so text never becomes a formula, and text is
// neutralised as in the CSV, so the sheet stays safe when saved again as CSV.
const typed = (rows: Cell[][]) =>
  rows.map((r) =>
    r.map((value) =>
      typeof value === 'number'
        ? { value, type: Number }
        : { value: neutralise(value), type: String },
    ),
  );

/** A workbook with a Cases sheet and a Timeline sheet. */
export async function casesToXlsx(
  cases: readonly CaseRecord[],
  events: readonly CaseEvent[],
  o: RowOptions = {},
): Promise<Blob> {
  return writeXlsxFile([
    {
      sheet: o.locale ? translate(o.locale, 'dashboard.sheet.cases') : 'Cases',
      data: [header(headerRow(CASE_COLUMNS, o)), ...typed(caseRows(cases, events, o))],
      stickyRowsCount: 1,
    },
    {
      sheet: o.locale ? translate(o.locale, 'dashboard.sheet.timeline') : 'Timeline',
      data: [header(headerRow(EVENT_COLUMNS, o, 'ev')), ...typed(eventRows(events, o))],
      stickyRowsCount: 1,
    },
  ]).toBlob();
}
