import writeXlsxFile from 'write-excel-file/universal';
import type { CaseEvent, CaseRecord } from '../db/schema';
import { CASE_COLUMNS, caseRows, EVENT_COLUMNS, eventRows, type Cell } from './rows';

const header = (cols: readonly string[]) =>
  cols.map((value) => ({ value, fontWeight: 'bold' as const }));
// Every value is written with an explicit type, so a page text such as "=HYPERLINK(...)"
// stays a string and never becomes a formula.
const typed = (rows: Cell[][]) =>
  rows.map((r) =>
    r.map((value) =>
      typeof value === 'number' ? { value, type: Number } : { value, type: String },
    ),
  );

/** A workbook with a Cases sheet and a Timeline sheet. */
export async function casesToXlsx(
  cases: readonly CaseRecord[],
  events: readonly CaseEvent[],
): Promise<Blob> {
  return writeXlsxFile([
    {
      sheet: 'Cases',
      data: [header(CASE_COLUMNS), ...typed(caseRows(cases, events))],
      stickyRowsCount: 1,
    },
    {
      sheet: 'Timeline',
      data: [header(EVENT_COLUMNS), ...typed(eventRows(events))],
      stickyRowsCount: 1,
    },
  ]).toBlob();
}
