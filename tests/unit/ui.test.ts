import { describe, expect, it } from 'vitest';
import { dateForDeadlines, dateLabel, productForBuyer, productLabel } from '@/lib/ui/product';
import { rankItems } from '@/lib/ui/rank';
import { caseStats } from '@/lib/ui/stats';
import { analysis, item, caseRecord } from '../helpers';
import type { CaseRecord } from '@/lib/db/schema';

describe('productForBuyer', () => {
  it('names the product, never its catalogue id', () => {
    expect(productForBuyer({ id: 'B0C7XYZ123', name: 'Aurora Blender 350ml' })).toBe(
      'Aurora Blender 350ml',
    );
    expect(productForBuyer({ id: 'B0C7XYZ123' })).toBeUndefined();
    expect(productForBuyer({ name: '蓝牙音箱 Mini' })).toBe('蓝牙音箱 Mini');
    expect(productForBuyer(undefined)).toBeUndefined();
  });
  it('still reads the product text of cases stored before it was structured', () => {
    expect(productForBuyer('B0C7XYZ123 · Aurora Blender 350ml')).toBe('Aurora Blender 350ml');
    expect(productLabel('B0C7XYZ123 · Aurora Blender 350ml')).toBe(
      'B0C7XYZ123 · Aurora Blender 350ml',
    );
    expect(productLabel({ id: 'B0C7XYZ123', name: 'Aurora' })).toBe('Aurora (B0C7XYZ123)');
    expect(dateLabel('Nov 2, 2026')).toBe('Nov 2, 2026');
    expect(dateForDeadlines({ iso: '2026-11-02', raw: '2 天前' })).toBe('2026-11-02');
    expect(dateForDeadlines({ raw: 'Past month' })).toBe('Past month');
  });
});

describe('rankItems', () => {
  it('puts negative first, then angrier, then fewer stars, keeping page order otherwise', () => {
    const rows = [
      {
        item: item({ externalId: 'pos', rating: 5 }),
        analysis: analysis({ sentiment: 'positive', anger: 0 }),
        index: 0,
      },
      { item: item({ externalId: 'calm', rating: 2 }), analysis: analysis({ anger: 0 }), index: 1 },
      {
        item: item({ externalId: 'furious', rating: 3 }),
        analysis: analysis({ anger: 3 }),
        index: 2,
      },
      {
        item: item({ externalId: 'neutral', rating: 3 }),
        analysis: analysis({ sentiment: 'neutral', anger: 0 }),
        index: 3,
      },
      {
        item: item({ externalId: 'calm1', rating: 1 }),
        analysis: analysis({ anger: 0 }),
        index: 4,
      },
    ];
    expect(rankItems(rows).map((r) => r.item.externalId)).toEqual([
      'furious',
      'calm1',
      'calm',
      'neutral',
      'pos',
    ]);
  });
});

describe('caseStats', () => {
  const c = (over: Partial<CaseRecord>): CaseRecord =>
    caseRecord({ id: 'x', externalId: 'x', item: item(), anger: 1, causes: [], ...over });
  it('counts open and closed cases, top causes and extortion', () => {
    const s = caseStats([
      c({ causes: ['quality', 'logistics'] }),
      c({ causes: ['quality'], status: 'closed' }),
      c({ causes: ['logistics'], flags: ['extortion'], site: 'ebay' }),
      c({}),
    ]);
    expect(s).toMatchObject({
      total: 4,
      open: 3,
      closed: 1,
      extortion: 1,
      bySite: { amazon: 3, ebay: 1 },
    });
    expect(s.byCause).toEqual([
      { cause: 'quality', count: 2 },
      { cause: 'logistics', count: 1 },
    ]);
  });
});
