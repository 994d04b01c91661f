import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { casesToCsv, CSV_COLUMNS } from '@/lib/export/csv';
import type { CaseRecord } from '@/lib/db/schema';
import { makeEvent } from '@/lib/db/model';
import { item, caseRecord } from '../../helpers';

const record = (over: Partial<CaseRecord> = {}): CaseRecord =>
  caseRecord({
    createdAt: Date.UTC(2026, 10, 20, 8, 0),
    updatedAt: Date.UTC(2026, 10, 21, 9, 30),
    causes: ['quality', 'logistics'],
    flags: ['extortion'],
    steps: { analyse: 'done', first_contact: 'done', appeal: 'skipped' },
    ...over,
  });

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });

describe('casesToCsv', () => {
  it('writes a header and one row per case that parses back to the same values', () => {
    const csv = casesToCsv([record(), record({ id: 'amazon:R2', externalId: 'R2' })]);
    const { data, meta, errors } = parse(csv);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    expect(data).toHaveLength(2);
    expect(data[0]).toMatchObject({
      case_id: 'amazon:R1',
      causes: 'quality|logistics',
      flags: 'extortion',
      steps_done: 'analyse|first_contact',
      steps_skipped: 'appeal',
      created_at: '2026-11-20T08:00:00.000Z',
      rating: '1',
    });
  });

  it('keeps commas, quotes, newlines and Chinese text intact', () => {
    const body = '质量太差了，"完全"不能用\n第二行, with comma';
    const { data } = parse(casesToCsv([record({ item: item({ body }) })]));
    expect(data[0]?.body).toBe(body);
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    const csv = casesToCsv([
      record({ item: item({ body: '=HYPERLINK("http://evil","x")', author: '+cmd' }) }),
    ]);
    const { data } = parse(csv);
    expect(data[0]?.body).toMatch(/^'=HYPERLINK/);
    expect(data[0]?.author).toBe("'+cmd");
  });

  it('counts inserted and copied drafts per case from the events', () => {
    const csv = casesToCsv([record()], {
      events: [
        makeEvent({ caseId: 'amazon:R1', at: 1, type: 'draft_inserted' }),
        makeEvent({ caseId: 'amazon:R1', at: 2, type: 'draft_inserted' }),
        makeEvent({ caseId: 'amazon:R1', at: 3, type: 'draft_copied' }),
        makeEvent({ caseId: 'amazon:OTHER', at: 3, type: 'draft_copied' }),
      ],
    });
    expect(parse(csv).data[0]).toMatchObject({ drafts_inserted: '2', drafts_copied: '1' });
  });

  it('adds a byte-order mark only when asked (for Excel)', () => {
    expect(casesToCsv([record()], { bom: true }).charCodeAt(0)).toBe(0xfeff);
    expect(casesToCsv([record()]).charCodeAt(0)).not.toBe(0xfeff);
  });
});
