import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { casesToXlsx } from '@/lib/export/xlsx';
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
