import { beforeEach, describe, expect, it } from 'vitest';
import { db, mergeCases, refreshDeadlines } from '@/lib/db';
import { windowDaysOf } from '@/lib/cases/deadlines';
import {
  casePage,
  countCases,
  countShown,
  forEachChunk,
  forEachShown,
  indexedCounts,
  SEARCH_BOUNDS,
} from '@/lib/db/query';
import { caseRecord, freshDb, item } from '../../helpers';

const bounds = { ...SEARCH_BOUNDS };
beforeEach(() => {
  freshDb();
  Object.assign(SEARCH_BOUNDS, bounds);
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

  it('counts an index range in slices to the same total, each case once, and stops when abandoned', async () => {
    // Nine times 100 ms apart over a span of 800: every slice boundary holds cases.
    await seed(200, (i) => ({ createdAt: 1000 + (i % 9) * 100 }));
    const all = await db().cases.toArray();
    const count = (p: (c: (typeof all)[number]) => boolean) => all.filter(p).length;
    expect((await countShown({})).count).toBe(200);
    expect((await countShown({ site: 'ebay' })).count).toBe(count((c) => c.site === 'ebay'));
    expect((await countShown({ site: 'amazon', from: 1150, to: 1700 })).count).toBe(
      count((c) => c.site === 'amazon' && c.createdAt >= 1150 && c.createdAt <= 1700),
    );
    expect((await countShown({ owner: 'Lin', from: 1300, to: 1300 })).count).toBe(
      count((c) => c.owner === 'Lin' && c.createdAt === 1300),
    );
    expect((await countShown({ site: 'taobao' })).count).toBe(0);
    // Abandoned after its first slice: it stops there, short of the total.
    let asked = 0;
    const partial = await countShown({ site: 'amazon' }, { abandoned: () => asked++ > 0 });
    expect(partial.count).toBeGreaterThan(0);
    expect(partial.count).toBeLessThan(count((c) => c.site === 'amazon'));
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

describe('the first page in one request', () => {
  it('reads every index path newest first as Dexie does, date ranges and ties included', async () => {
    // Same createdAt for pairs: ties come in the index's own order, as with Dexie.
    await seed(60, (i) => ({
      createdAt: 1000 + Math.floor(i / 2),
      status: i % 4 ? 'new' : 'closed',
    }));
    expect('getAllRecords' in IDBIndex.prototype).toBe(true);
    const filters = [
      {},
      { from: 1005, to: 1020 },
      { site: 'ebay' as const },
      { site: 'amazon' as const, from: 1010 },
      { status: 'closed' as const },
      { owner: 'Lin' },
      { owner: 'Lin', to: 1012 },
    ];
    for (const f of filters) {
      const dexie = (await casePage(f, 0, 7, { direct: false })).map((c) => c.id);
      expect(dexie.length, JSON.stringify(f)).toBeGreaterThan(0);
      expect(
        (await casePage(f, 0, 7, { direct: true })).map((c) => c.id),
        JSON.stringify(f),
      ).toEqual(dexie);
    }
  });
});

describe('a search term that matches most cases', () => {
  it('reads only the first index entries and says the result is partial', async () => {
    await seed(60);
    Object.assign(SEARCH_BOUNDS, { narrow: 20, scan: 10 });
    // "x" starts a term of every case (x0 … x59): a wide range.
    const shown = await countShown({ text: 'x' });
    expect(shown).toEqual({ count: 10, partial: true });
    const page = await casePage({ text: 'x' }, 0, 100);
    expect(page).toHaveLength(10);
    for (const c of page) expect(c.externalId.toLowerCase()).toMatch(/^x/);
    // The numbers are computed over the same cases the table shows.
    const seen: string[] = [];
    expect(
      await forEachShown({ text: 'x' }, (chunk) => void seen.push(...chunk.map((c) => c.id)), 4),
    ).toBe(10);
    expect(seen.sort()).toEqual(page.map((c) => c.id).sort());
    // Other conditions are still applied to what was read.
    const ebay = await casePage({ text: 'x', site: 'ebay' }, 0, 100);
    expect(ebay.every((c) => c.site === 'ebay')).toBe(true);
    expect((await countShown({ text: 'x', site: 'ebay' })).count).toBe(ebay.length);
    // A narrow term is read whole and is not partial.
    expect(await countShown({ text: 'x42' })).toEqual({ count: 1, partial: false });
  });

  it('is complete when the range is within the bound', async () => {
    await seed(12);
    Object.assign(SEARCH_BOUNDS, { narrow: 20, scan: 10 });
    expect(await countShown({ text: 'x' })).toEqual({ count: 12, partial: false });
  });
});

describe('index counts for the first paint', () => {
  it('counts open cases and marketplaces exactly, and gives up where an index cannot', async () => {
    await seed(30, (i) => ({ status: i % 5 ? 'new' : 'closed' }));
    expect(await indexedCounts({})).toEqual({ open: 24, bySite: { amazon: 20, ebay: 10 } });
    expect(await indexedCounts({ from: 1000, to: 1009 })).toEqual({
      open: 8,
      bySite: { amazon: 6, ebay: 4 },
    });
    expect(await indexedCounts({ site: 'ebay' })).toBeUndefined();
    expect(await indexedCounts({ owner: '' })).toBeUndefined();
  });
});

describe('refreshDeadlines', () => {
  it('moves a lapsed review window to the next deadline and leaves a missed first reply', async () => {
    const D = 86_400_000;
    const T = Date.UTC(2026, 0, 5);
    const days = windowDaysOf('ebay', 'feedback')!;
    await mergeCases(
      [
        // Answered, its review window the nearest deadline; the check-in comes after it.
        caseRecord({
          id: 'ebay:W',
          site: 'ebay',
          kind: 'feedback',
          externalId: 'W',
          status: 'contacted',
          createdAt: T,
          buyerAt: T,
          firstResponseAt: T + 1000,
          updatedAt: T + (days + 10) * D,
          item: item({ externalId: 'W', kind: 'feedback' }),
        }),
        // Never answered: the first reply stays due, however late.
        caseRecord({
          id: 'amazon:F',
          externalId: 'F',
          createdAt: T,
          updatedAt: T,
          item: item({ externalId: 'F' }),
        }),
      ],
      [],
      { now: T + D },
    );
    expect((await db().cases.get('ebay:W'))?.dueKind).toBe('review_window');
    const before = await db().cases.get('amazon:F');
    expect(before?.dueKind).toBe('first_reply');
    expect(await refreshDeadlines(T + (days + 1) * D)).toBe(1);
    expect((await db().cases.get('ebay:W'))?.dueKind).toBe('check_in');
    expect(await db().cases.get('amazon:F')).toEqual(before);
    // Nothing left to move.
    expect(await refreshDeadlines(T + (days + 1) * D)).toBe(0);
  });

  it('moves every lapsed window, however many, in short transactions', async () => {
    const D = 86_400_000;
    const T = Date.UTC(2026, 0, 5);
    const days = windowDaysOf('ebay', 'feedback')!;
    const n = 1_234;
    await mergeCases(
      Array.from({ length: n }, (_, i) =>
        caseRecord({
          id: `ebay:W${i}`,
          site: 'ebay',
          kind: 'feedback',
          externalId: `W${i}`,
          status: 'contacted',
          createdAt: T,
          buyerAt: T,
          firstResponseAt: T + 1000,
          updatedAt: T + (days + 10) * D,
          item: item({ externalId: `W${i}`, kind: 'feedback' }),
        }),
      ),
      [],
      { now: T + D },
    );
    expect(await refreshDeadlines(T + (days + 1) * D)).toBe(n);
    expect(await db().cases.where('dueKind').equals('check_in').count()).toBe(n);
  });
});
