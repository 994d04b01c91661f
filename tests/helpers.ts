import { DefuseDB, setDatabase } from '@/lib/db';
import type { Snapshot, SnapshotItem } from '@/lib/messages';
import type { Analysis } from '@/lib/analysis/types';
import type { CaseRecord } from '@/lib/db/schema';

let n = 0;
/** A fresh, uniquely named database for one test. */
export function freshDb(): DefuseDB {
  const d = new DefuseDB(`defuse-test-${Date.now()}-${n++}`);
  setDatabase(d);
  return d;
}

export const item = (over: Partial<SnapshotItem> = {}): SnapshotItem => ({
  externalId: 'R1ABCDEF',
  kind: 'reviews',
  rating: 1,
  title: 'Broke after two days',
  body: 'The handle snapped after two days. Very disappointed.',
  author: 'Jane Doe',
  date: { iso: '2026-11-18', raw: 'November 18, 2026' },
  product: { id: 'B0TEST1234' },
  replyable: false,
  ...over,
});

export const snapshot = (items: SnapshotItem[], over: Partial<Snapshot> = {}): Snapshot => ({
  site: 'amazon',
  url: 'https://sellercentral.amazon.com/brand-customer-reviews/',
  pageKind: 'reviews',
  items,
  warnings: [],
  ...over,
});

export const analysis = (over: Partial<Analysis> = {}): Analysis => ({
  language: 'en',
  sentiment: 'negative',
  anger: 1,
  causes: [{ cause: 'quality', score: 0.9, evidence: ['snapped'] }],
  flags: [],
  facts: { orderIds: [], amounts: [], dates: [], products: [] },
  ...over,
});

/** A stored case; each test file overrides what its assertions depend on. */
export const caseRecord = (over: Partial<CaseRecord> = {}): CaseRecord => ({
  id: 'amazon:R1',
  site: 'amazon',
  externalId: 'R1',
  kind: 'reviews',
  host: 'sellercentral.amazon.com',
  pageKind: 'reviews',
  status: 'new',
  remedies: [],
  notes: '',
  stamps: {},
  terms: [],
  createdAt: 0,
  updatedAt: 0,
  pageUrl: 'https://sellercentral.amazon.com/brand-customer-reviews/',
  item: item({ externalId: 'R1' }),
  language: 'en',
  sentiment: 'negative',
  anger: 2,
  causes: ['quality'],
  flags: [],
  steps: {},
  ...over,
});
