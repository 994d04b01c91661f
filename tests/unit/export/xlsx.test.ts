import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { casesToXlsx, MAX_SHEET_ROWS, XlsxWriter } from '@/lib/export/xlsx';
import type { CaseRecord } from '@/lib/db/schema';
import { makeEvent } from '@/lib/db/model';
import { item, caseRecord } from '../../helpers';

const record = (over: Partial<CaseRecord> = {}): CaseRecord =>
  caseRecord({
    item: item({ externalId: 'R1', body: '质量太差 =HYPERLINK("http://evil")' }),
    language: 'zh-Hans',
    ...over,
  });

async function sheets(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

describe('casesToXlsx', () => {
  it('writes a workbook with a Cases and a Timeline sheet', async () => {
    const files = await sheets(
      await casesToXlsx(
        [record(), record({ id: 'amazon:R2', externalId: 'R2', item: item({ body: '=1+1' }) })],
        [makeEvent({ caseId: 'amazon:R1', at: 0, type: 'opened' })],
      ),
    );
    expect(files['xl/workbook.xml']).toMatch(/name="Cases".*name="Timeline"/s);
    const all = Object.values(files).join('\n');
    expect(all).toContain('质量太差');
    expect(all).toContain('amazon:R2');
    // Page text is data, never a formula.
    expect(all).not.toMatch(/<f>/);
    // Neutralised as in the CSV, so saving the sheet as CSV stays safe.
    expect(all).toContain("'=1+1");
  });

  it('writes headers and sheet names in the UI language', async () => {
    const files = await sheets(
      await casesToXlsx([record({ notes: '已补发' })], [], { locale: 'zh-CN' }),
    );
    expect(files['xl/workbook.xml']).toMatch(/name="案例".*name="时间线"/s);
    const all = Object.values(files).join('\n');
    expect(all).toContain('备注');
    expect(all).toContain('已补发');
  });
});

/** The cells of a sheet as text, row by row, read back from the XML. */
function cellsOf(sheetXml: string): string[][] {
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#13;/g, '\r')
      .replace(/&amp;/g, '&');
  return [...sheetXml.matchAll(/<row [^>]*>(.*?)<\/row>/gs)].map(([, row]) =>
    [...row!.matchAll(/<c [^>]*?(?:\/>|>(.*?)<\/c>)/gs)].map(([, inner]) => {
      const t = /<t[^>]*>(.*?)<\/t>/s.exec(inner ?? '')?.[1];
      const v = /<v>(.*?)<\/v>/s.exec(inner ?? '')?.[1];
      return unescape(t ?? v ?? '');
    }),
  );
}

describe('XLSX cells', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")'],
    ['=HYPERLINK("http://evil")\nsecond line'],
    ['+cmd|'],
    ['-2+3'],
    ['@SUM(A1)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['＝1+1'],
  ])('neutralises %j in every text cell, as in the CSV', async (v) => {
    const files = await sheets(
      await casesToXlsx(
        [
          record({
            notes: v,
            owner: v,
            buyer: v,
            item: item({ externalId: 'R1', body: v, title: v }),
          }),
        ],
        [makeEvent({ caseId: 'amazon:R1', at: 0, type: 'note', text: v, detail: v })],
      ),
    );
    expect(Object.values(files).join('\n')).not.toMatch(/<f>/);
    for (const sheet of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      const [header, row] = cellsOf(files[sheet]!);
      const cells = row!.filter((_, i) =>
        ['body', 'title', 'notes', 'owner', 'author', 'text', 'detail'].includes(header![i]!),
      );
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) expect(c).toBe(`'${v}`);
    }
  });

  it('keeps numbers as numbers and text as inline strings, XML-escaped, control characters dropped', async () => {
    const files = await sheets(
      await casesToXlsx(
        [record({ rating: 2, notes: 'a < b & "c"\u0001 ok', item: item({ externalId: 'R1' }) })],
        [],
      ),
    );
    const sheet = files['xl/worksheets/sheet1.xml']!;
    const [header, row] = cellsOf(sheet);
    expect(row![header!.indexOf('notes')]).toBe('a < b & "c" ok');
    expect(sheet).toMatch(/<c r="U2"><v>2<\/v><\/c>/);
    expect(header![20]).toBe('rating');
    // The header row is bold and frozen.
    expect(sheet).toMatch(/<row r="1"><c r="A1" s="1" t="inlineStr">/);
    expect(sheet).toContain('state="frozen"');
  });
});

describe('XLSX sheets past the row limit', () => {
  it("is Excel's limit by default", () => {
    expect(MAX_SHEET_ROWS).toBe(1_048_576);
  });

  it('goes on in further sheets, each with the header again, losing no row', async () => {
    const w = new XlsxWriter(1, 4);
    w.startSheet('Cases', ['id', 'n']);
    // Rows arrive in chunks that do not line up with the sheets.
    w.rows([
      ['a', 1],
      ['b', 2],
    ]);
    w.rows([
      ['c', 3],
      ['d', 4],
      ['e', 5],
      ['f', 6],
      ['g', 7],
    ]);
    w.startSheet('Timeline', ['at']);
    w.rows([['t1']]);
    const files = await sheets(w.finish());
    expect(files['xl/workbook.xml']).toMatch(
      /name="Cases".*name="Cases \(2\)".*name="Cases \(3\)".*name="Timeline"/s,
    );
    expect(cellsOf(files['xl/worksheets/sheet1.xml']!)).toEqual([
      ['id', 'n'],
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ]);
    expect(cellsOf(files['xl/worksheets/sheet2.xml']!)).toEqual([
      ['id', 'n'],
      ['d', '4'],
      ['e', '5'],
      ['f', '6'],
    ]);
    expect(cellsOf(files['xl/worksheets/sheet3.xml']!)).toEqual([
      ['id', 'n'],
      ['g', '7'],
    ]);
    expect(cellsOf(files['xl/worksheets/sheet4.xml']!)).toEqual([['at'], ['t1']]);
    // Every sheet is listed in the content types and the workbook's relations.
    for (const i of [1, 2, 3, 4]) {
      expect(files['[Content_Types].xml']).toContain(`/xl/worksheets/sheet${i}.xml`);
      expect(files['xl/_rels/workbook.xml.rels']).toContain(`worksheets/sheet${i}.xml`);
    }
  });

  it('keeps a continued sheet name within 31 characters', async () => {
    const w = new XlsxWriter(1, 2);
    w.startSheet('A very long sheet name, longer than Excel allows', ['h']);
    w.rows([['1'], ['2']]);
    const names = [
      ...(await sheets(w.finish()))['xl/workbook.xml']!.matchAll(/name="([^"]*)"/g),
    ].map((m) => m[1]!);
    expect(names).toHaveLength(2);
    expect(names[1]).toMatch(/ \(2\)$/);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    expect(new Set(names).size).toBe(2);
  });
});
