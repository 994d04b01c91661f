import { beforeEach, describe, expect, it } from 'vitest';
import { mergeCases } from '@/lib/db';
import { casePage, countCases, forEachChunk } from '@/lib/db/query';
import { caseRecord, freshDb, item } from '../../helpers';

beforeEach(() => {
  freshDb();
});

const seed = (
  n: number,
  over: (i: number) => Partial<Parameters<typeof caseRecord>[0]> = () => ({}),
) =>
  mergeCases(
    Array.from({ length: n }, (_, i) =>
      caseRecord({
        id: `${i % 3 ? 'amazon' : 'ebay'}:X${i}`,
        externalId: `X${i}`,
        site: i % 3 ? 'amazon' : 'ebay',
        createdAt: 1000 + i,
        updatedAt: 1000 + i,
        owner: i % 2 ? 'Lin' : undefined,
        item: item({ externalId: `X${i}`, body: `body of case ${i}` }),
        ...over(i),
      }),
    ),
    [],
  );

describe('case queries', () => {
  it('finds a case by a word of its text through the terms index', async () => {
    await seed(30);
    expect(await countCases({ text: 'x12' })).toBe(1);
    expect((await casePage({ text: 'x12' }, 0, 10)).map((c) => c.id)).toEqual(['ebay:X12']);
  });

  it('answers an index-decided filter from the index, newest first, and leaves practice cases out', async () => {
    await seed(30, (i) => (i === 27 ? { practice: 1 } : {}));
    // ebay: 0, 3, …, 27 (27 is practice).
    expect(await countCases({ site: 'ebay' })).toBe(9);
    expect((await casePage({ site: 'ebay' }, 0, 3)).map((c) => c.id)).toEqual([
      'ebay:X24',
      'ebay:X21',
      'ebay:X18',
    ]);
    expect(await countCases({ site: 'ebay', practice: true })).toBe(10);
    expect((await casePage({ site: 'ebay', practice: true }, 0, 1))[0]!.id).toBe('ebay:X27');
    expect(await countCases({ from: 1010, to: 1019 })).toBe(10);
  });

  it("tests in JS what no index decides: nobody's cases, a cause, a text without a term", async () => {
    await seed(30, (i) => (i === 4 ? { causes: ['logistics'] } : { causes: ['quality'] }));
    expect(await countCases({ owner: '' })).toBe(15);
    expect((await casePage({ owner: '' }, 0, 2)).map((c) => c.id)).toEqual([
      'amazon:X28',
      'amazon:X26',
    ]);
    expect(await countCases({ owner: 'Lin', site: 'amazon' })).toBe(10);
    expect(await countCases({ cause: 'logistics' })).toBe(1);
    expect(await countCases({ text: 'case 1' })).toBe(11);
  });

  it('walks every matching case once, in id order, in chunks', async () => {
    await seed(25);
    const seen: string[] = [];
    let chunks = 0;
    const n = await forEachChunk(
      { site: 'amazon' },
      (chunk) => {
        chunks++;
        for (const c of chunk) seen.push(c.id);
      },
      4,
    );
    expect(n).toBe(16);
    expect(seen).toHaveLength(16);
    expect(new Set(seen).size).toBe(16);
    expect([...seen].sort()).toEqual(seen);
    expect(chunks).toBeGreaterThan(4);
  });
});
