// XLSX written as it is read: each sheet is one deflated zip entry fed row by
// row (fflate's streaming Zip), strings inline (no shared-string table to hold),
// and the zip's output gathered into a Blob. Memory holds one chunk of rows.
import '../i18n/dashboard';
import { strToU8, Zip, ZipDeflate } from 'fflate';
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

/** What Excel holds in one cell. */
const MAX_CELL = 32_767;

/** XML 1.0 has no place for most control characters or lone surrogates. */
const INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Anything xml() changes; most cells have none of it, and one test is cheaper than six passes. */
const SPECIAL =
  // eslint-disable-next-line no-control-regex -- as INVALID
  /[&<>"\r\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;
const xml = (s: string): string =>
  !SPECIAL.test(s)
    ? s
    : s
        .replace(INVALID, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        // A bare CR would be read back as LF.
        .replace(/\r/g, '&#13;');

const columnName = (i: number): string => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
// Every cell names its column: the letters of the first columns are made once.
const COLUMNS = Array.from({ length: 64 }, (_, i) => columnName(i));
const column = (i: number): string => COLUMNS[i] ?? columnName(i);

/**
 * One cell. Text is an inline string, never a formula, and neutralised as in the
 * CSV (a leading = + - @ gets an apostrophe), so the sheet stays safe when saved
 * again as CSV. Numbers stay numbers.
 */
function cellXml(v: Cell, ref: string, style: string): string {
  if (typeof v === 'number')
    return Number.isFinite(v) ? `<c r="${ref}"${style}><v>${v}</v></c>` : `<c r="${ref}"${style}/>`;
  const text = neutralise(v).slice(0, MAX_CELL);
  if (!text) return `<c r="${ref}"${style}/>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xml(text)}</t></is></c>`;
}

/** Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (s: string, suffix = '') =>
  (s.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31 - suffix.length) || 'Sheet') + suffix;

/** The most rows a sheet holds in Excel (and WPS), the header row included. */
export const MAX_SHEET_ROWS = 1_048_576;

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export class XlsxWriter {
  private readonly zip: Zip;
  private parts: BlobPart[] = [];
  private pending = 0;
  private blob = new Blob([]);
  private sheets: string[] = [];
  private sheet?: ZipDeflate;
  private row = 0;
  private error?: Error;
  /** The sheet being written, to continue it on a new sheet when it is full. */
  private current?: { name: string; header: readonly string[]; part: number };

  /**
   * `maxRows`: rows per sheet, the header included (Excel's limit; tests inject a
   * small one). Past it the rows go on in a new sheet, "Cases (2)", with the header again.
   */
  constructor(
    private readonly level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 1,
    private readonly maxRows = MAX_SHEET_ROWS,
  ) {
    if (maxRows < 2) throw new Error('A sheet holds at least a header and one row');
    this.zip = new Zip((err, data) => {
      if (err) {
        this.error = err;
        return;
      }
      this.parts.push(data as Uint8Array<ArrayBuffer>);
      this.pending += data.length;
      // Output goes into the Blob every few MB, so JS memory holds one slice of it.
      if (this.pending > 4 * 1024 * 1024) this.flush();
    });
  }

  private flush() {
    this.blob = new Blob([this.blob, ...this.parts]);
    this.parts = [];
    this.pending = 0;
  }

  private file(name: string, text: string) {
    const f = new ZipDeflate(name, { level: this.level });
    this.zip.add(f);
    f.push(strToU8(text), true);
  }

  /** Starts a sheet with its header row (bold, frozen). */
  startSheet(name: string, header: readonly string[]): void {
    this.current = { name, header, part: 1 };
    this.openSheet(sheetName(name), header);
  }

  private openSheet(name: string, header: readonly string[]) {
    this.endSheet();
    this.sheets.push(name);
    this.sheet = new ZipDeflate(`xl/worksheets/sheet${this.sheets.length}.xml`, {
      level: this.level,
    });
    this.zip.add(this.sheet);
    this.row = 0;
    this.sheet.push(
      strToU8(
        `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>`,
      ),
    );
    this.write([header], ' s="1"');
  }

  /** Appends rows to the current sheet, going on in a new one when it is full. */
  rows(rows: readonly (readonly Cell[])[]): void {
    if (!this.sheet || !this.current) throw new Error('No sheet started');
    let from = 0;
    while (from < rows.length) {
      if (this.row >= this.maxRows) {
        const c = this.current;
        c.part++;
        this.openSheet(sheetName(c.name, ` (${c.part})`), c.header);
      }
      const to = Math.min(rows.length, from + this.maxRows - this.row);
      this.write(rows.slice(from, to), '');
      from = to;
    }
  }

  private write(rows: readonly (readonly Cell[])[], style: string) {
    let out = '';
    for (const r of rows) {
      const n = ++this.row;
      out += `<row r="${n}">`;
      for (let i = 0; i < r.length; i++) out += cellXml(r[i]!, `${column(i)}${n}`, style);
      out += '</row>';
    }
    this.sheet!.push(strToU8(out));
    if (this.error) throw this.error;
  }

  private endSheet() {
    if (!this.sheet) return;
    this.sheet.push(strToU8('</sheetData></worksheet>'), true);
    this.sheet = undefined;
  }

  /** The workbook's parts around the sheets, and the file. */
  finish(): Blob {
    this.endSheet();
    const n = this.sheets.length;
    const ids = Array.from({ length: n }, (_, i) => i + 1);
    this.file(
      '[Content_Types].xml',
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${ids
        .map(
          (i) =>
            `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('')}</Types>`,
    );
    this.file(
      '_rels/.rels',
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    this.file(
      'xl/workbook.xml',
      `${HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${this.sheets
        .map((s, i) => `<sheet name="${xml(s)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    );
    this.file(
      'xl/_rels/workbook.xml.rels',
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${ids
        .map(
          (i) =>
            `<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    );
    this.file(
      'xl/styles.xml',
      `${HEAD}<styleSheet xmlns="${NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
    );
    this.zip.end();
    if (this.error) throw this.error;
    this.flush();
    return new Blob([this.blob], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  }
}

export const casesSheetName = (o: RowOptions) =>
  o.locale ? translate(o.locale, 'dashboard.sheet.cases') : 'Cases';
export const timelineSheetName = (o: RowOptions) =>
  o.locale ? translate(o.locale, 'dashboard.sheet.timeline') : 'Timeline';

/** A workbook with a Cases sheet and a Timeline sheet (small sets; the dashboard streams). */
export async function casesToXlsx(
  cases: readonly CaseRecord[],
  events: readonly CaseEvent[],
  o: RowOptions = {},
): Promise<Blob> {
  const w = new XlsxWriter();
  w.startSheet(casesSheetName(o), headerRow(CASE_COLUMNS, o));
  w.rows(caseRows(cases, events, o));
  w.startSheet(timelineSheetName(o), headerRow(EVENT_COLUMNS, o, 'ev'));
  w.rows(eventRows(events, o));
  return Promise.resolve(w.finish());
}
