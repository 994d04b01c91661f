import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, mergeCases, openCase, recordDraft, setNotes, setStep } from '@/lib/db';
import { casesToCsv, csvField, neutralise } from '@/lib/export/csv';
import { exportCases } from '@/lib/export/stream';
import { casesToJson } from '@/lib/export/json';
import {
  CaseStreamSplitter,
  checkSize,
  importErrorText,
  parseCaseChunks,
  parseCaseExport,
  readCaseFile,
} from '@/lib/export/import';
import { maskName, maskOrder } from '@/lib/export/rows';
import { analysis, caseRecord, freshDb, item } from '../../helpers';

beforeEach(() => {
  freshDb();
});

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")'],
    ['=HYPERLINK("http://evil")\nsecond line'],
    ['+cmd|'],
    ['-2+3'],
    ['@SUM(A1)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['＝1+1'],
  ])('neutralises %j, multi-line values included', (v) => {
    expect(neutralise(v).startsWith("'")).toBe(true);
    const csv = casesToCsv([caseRecord({ item: item({ externalId: 'R1', body: v, title: v }) })]);
    const [header, row] = parse(csv);
    const body = row![header!.indexOf('body')];
    expect(body).toBe(`'${v}`);
  });

  it('quotes by RFC 4180 and keeps numbers as numbers', () => {
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvField(3)).toBe('3');
    expect(csvField('plain')).toBe('plain');
  });

  it('masks buyer names and order ids', () => {
    expect(maskName('Jane Doe')).toBe('J******e');
    expect(maskOrder('111-2223334-5556667')).toBe('***************6667');
  });
});

describe('exportCases', () => {
  async function seed() {
    const c = await openCase({
      site: 'amazon',
      item: item({ author: 'Jane Doe', orderId: '111-2223334-5556667' }),
      pageUrl: 'https://sellercentral.amazon.com/x',
      analysis: analysis(),
      now: Date.UTC(2026, 10, 20, 8),
    });
    await setNotes(c.id, '已补发新壶\n=不是公式', Date.UTC(2026, 10, 20, 9));
    await setStep(c.id, 'first_contact', 'done', Date.UTC(2026, 10, 20, 10));
    await openCase({
      site: 'ebay',
      item: item({ externalId: 'E1' }),
      pageUrl: 'https://www.ebay.com/fb',
      analysis: analysis(),
      now: Date.UTC(2026, 10, 21),
    });
    return c;
  }

  it('writes a BOM CSV with headers and values in the UI language, local times and the notes', async () => {
    await seed();
    const { blob, count } = await exportCases({ site: 'amazon' }, 'csv', {
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
    });
    expect(count).toBe(1);
    const text = await blob.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, row] = parse(text);
    expect(header).toContain('备注');
    expect(header).toContain('状态');
    const at = (name: string) => row![header!.indexOf(name)];
    expect(at('备注')).toBe('已补发新壶\n=不是公式');
    expect(at('状态')).toBe('已联系');
    expect(at('平台')).toBe('亚马逊');
    // 08:00 UTC is 16:00 in Shanghai.
    expect(at('发现时间')).toMatch(/16:00/);
    expect(at('买家')).toBe('Jane Doe');
  });

  it("counts each case's own inserted and copied drafts, a neighbour's id sharing its prefix", async () => {
    const open = (externalId: string, day: number) =>
      openCase({
        site: 'amazon',
        item: item({ externalId }),
        pageUrl: 'https://sellercentral.amazon.com/x',
        analysis: analysis(),
        now: Date.UTC(2026, 10, day),
      });
    const a = await open('A1', 1);
    const b = await open('A10', 2);
    const c = await open('A2', 3);
    await recordDraft(a.id, 'draft_inserted', 'first_contact', Date.UTC(2026, 10, 4));
    await recordDraft(a.id, 'draft_inserted', 'follow_up', Date.UTC(2026, 10, 5));
    await recordDraft(a.id, 'draft_copied', 'follow_up', Date.UTC(2026, 10, 6));
    await recordDraft(b.id, 'draft_copied', 'first_contact', Date.UTC(2026, 10, 7));
    await setStep(c.id, 'first_contact', 'done', Date.UTC(2026, 10, 8));
    const [header, ...rows] = parse(
      await (await exportCases({ site: 'amazon' }, 'csv')).blob.text(),
    );
    const col = (name: string) => header!.indexOf(name);
    const counts = Object.fromEntries(
      rows.map((r) => [r[col('case_id')], [r[col('drafts_inserted')], r[col('drafts_copied')]]]),
    );
    expect(counts).toEqual({
      [a.id]: ['2', '1'],
      [b.id]: ['0', '1'],
      [c.id]: ['0', '0'],
    });
  });

  it('masks on request', async () => {
    await seed();
    const text = await (
      await exportCases({ site: 'amazon' }, 'csv', { locale: 'en', mask: true })
    ).blob.text();
    expect(text).not.toContain('Jane Doe');
    expect(text).not.toContain('111-2223334');
    expect(text).toContain('6667');
  });

  it('writes a JSON log with the agent name that merges back into another browser idempotently', async () => {
    await seed();
    const { blob } = await exportCases({}, 'json', { agent: 'Lin' });
    const parsed = await readCaseFile(blob);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({ agent: 'Lin', version: 2 });
    expect(parsed.value.cases).toHaveLength(2);
    freshDb();
    const first = await mergeCases(parsed.value.cases, parsed.value.events);
    expect(first).toMatchObject({ added: 2, updated: 0 });
    const again = await mergeCases(parsed.value.cases, parsed.value.events);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2, events: 0 });
    const c = await db().cases.get('amazon:R1ABCDEF');
    expect(c).toMatchObject({ notes: '已补发新壶\n=不是公式', status: 'contacted' });
  });
});

describe('import', () => {
  const file = (over: Record<string, unknown> = {}) => ({
    ...JSON.parse(casesToJson([caseRecord({ createdAt: 1000, updatedAt: 2000 })], [])),
    ...over,
  });

  it('refuses an impossible date (createdAt: 1e20) and writes nothing', async () => {
    const f = file();
    f.cases[0].createdAt = 1e20;
    const r = await parseCaseExport(JSON.stringify(f));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(importErrorText(r.error)).toMatch(/case 1 \(createdAt\)/);
    expect(await db().cases.count()).toBe(0);
  });

  it('says a newer version is newer, not damaged', async () => {
    const r = await parseCaseExport(JSON.stringify(file({ version: 99 })));
    expect(r.ok || r.error).toMatchObject({ code: 'newer', version: 99, supported: 2 });
    if (!r.ok) expect(importErrorText(r.error)).not.toMatch(/damaged/);
  });

  it('keeps fields it does not know (a newer minor version)', async () => {
    const f = file();
    f.cases[0].sentimentV2 = { score: 0.3 };
    const r = await parseCaseExport(JSON.stringify(f));
    expect(r.ok && (r.value.cases[0] as unknown as Record<string, unknown>).sentimentV2).toEqual({
      score: 0.3,
    });
  });

  it('reads a version-1 log of the old schema', async () => {
    const v1 = {
      format: 'defuse-cases',
      version: 1,
      cases: [
        {
          id: 'amazon:R9',
          site: 'amazon',
          externalId: 'R9',
          kind: 'reviews',
          status: 'closed',
          outcome: 'kept',
          createdAt: 1,
          updatedAt: 2,
          pageUrl: 'https://sellercentral.amazon.com/',
          item: item({ externalId: 'R9' }),
          language: 'en',
          sentiment: 'negative',
          anger: 1,
          causes: [],
          flags: [],
          steps: {},
          events: [{ at: 1, type: 'opened' }],
        },
      ],
    };
    const r = await parseCaseExport(JSON.stringify(v1), 'bob');
    expect(r.ok && r.value.cases[0]).toMatchObject({ status: 'review_kept', owner: 'bob' });
  });

  it('checks the size before reading', () => {
    expect(checkSize(2 * 1024 ** 3)).toMatchObject({ code: 'too_large' });
    expect(checkSize(1024)).toBeUndefined();
  });

  it('splits a log at any chunk boundary, strings with braces included', async () => {
    const cases = Array.from({ length: 30 }, (_, i) =>
      caseRecord({
        id: `amazon:R${i}`,
        externalId: `R${i}`,
        item: item({ externalId: `R${i}`, body: `{"tricky": [${i}] \\" }` }),
      }),
    );
    const text = casesToJson(cases, []);
    for (const size of [1, 7, 64, 1000]) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      const r = await parseCaseChunks(chunks);
      expect(r.ok && r.value.cases.map((c) => c.item.body)).toEqual(cases.map((c) => c.item.body));
    }
  });

  it('rejects a truncated file as not valid JSON', async () => {
    const text = casesToJson([caseRecord()], []);
    const r = await parseCaseExport(text.slice(0, text.length - 10));
    expect(r.ok || r.error.code).toBe('not_json');
  });

  it('a splitter reports a non-object case', () => {
    const s = new CaseStreamSplitter(() => {});
    s.push('{"format":"defuse-cases","version":2,"cases":[1]}');
    expect(s.finish()).toMatchObject({ code: 'damaged' });
  });
});

describe('XLSX export', () => {
  it('streams the filtered cases and their timelines in chunks, with progress to the end', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const cases = Array.from({ length: 2500 }, (_, i) =>
      caseRecord({
        id: `amazon:R${String(i).padStart(4, '0')}`,
        externalId: `R${String(i).padStart(4, '0')}`,
        site: i % 5 ? 'amazon' : 'ebay',
        notes: i === 7 ? '=HYPERLINK("http://evil")' : '',
        item: item({ externalId: `R${i}`, body: `body ${i}` }),
      }),
    );
    await mergeCases(cases, [
      { id: 'e1', caseId: 'amazon:R0007', at: 5, type: 'note', text: '@SUM(A1)' },
      { id: 'e2', caseId: 'ebay:X', at: 6, type: 'opened' },
    ]);
    const progress: number[] = [];
    const { blob, count } = await exportCases({ site: 'amazon' }, 'xlsx', {
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(count).toBe(2000);
    // Several chunks were reported, in order, up to the end.
    expect(progress.length).toBeGreaterThan(3);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(progress.at(-1)).toBe(1);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const cases1 = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const timeline = strFromU8(files['xl/worksheets/sheet2.xml']!);
    expect(cases1.match(/<row /g)).toHaveLength(2001);
    expect(cases1).toContain('amazon:R2499');
    expect(cases1).not.toContain('ebay:');
    expect(cases1).toContain("'=HYPERLINK(&quot;http://evil&quot;)");
    expect(timeline).toContain("'@SUM(A1)");
    // Only the exported cases' events.
    expect(timeline).not.toContain('ebay:X');
  });

  it('splits the Cases sheet at the row limit (a small one injected), every case kept', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    await mergeCases(
      Array.from({ length: 25 }, (_, i) =>
        caseRecord({
          id: `amazon:S${i}`,
          externalId: `S${i}`,
          item: item({ externalId: `S${i}` }),
        }),
      ),
      [],
    );
    const { blob, count } = await exportCases({}, 'xlsx', { maxSheetRows: 10 });
    expect(count).toBe(25);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    // 25 cases, 9 per sheet under the header: three Cases sheets, then the timeline.
    expect([...workbook.matchAll(/name="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'Cases',
      'Cases (2)',
      'Cases (3)',
      'Timeline',
    ]);
    const ids = [1, 2, 3].flatMap((i) =>
      [...strFromU8(files[`xl/worksheets/sheet${i}.xml`]!).matchAll(/amazon:S\d+/g)].map(
        (m) => m[0],
      ),
    );
    expect(new Set(ids).size).toBe(25);
  });
});
