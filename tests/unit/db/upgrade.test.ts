import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DefuseDB, caseEvents, setDatabase } from '@/lib/db';
import { CASES_V3, defineCaseVersions } from '@/lib/db/upgrade';
import { caseRecord, item } from '../../helpers';

/** The schema as version 2 shipped it. */
function version2(name: string): Dexie {
  const d = new Dexie(name);
  d.version(1).stores({
    cases: 'id, [site+externalId], site, kind, status, createdAt, updatedAt',
    events: '++id, caseId, at, type',
    pages: 'tabId, windowId, lastActiveAt',
  });
  d.version(2).stores({ settings: 'key' });
  return d;
}

const N = 10_000;
const DAY = 86_400_000;

describe('upgrade from version 2 to the case model (3, 4)', () => {
  it(`keeps all ${N} cases and their events, mapping status, owner, product and deadlines`, async () => {
    const name = `defuse-up-${Date.now()}`;
    const old = version2(name);
    const t0 = Date.UTC(2026, 9, 1);
    const cases = Array.from({ length: N }, (_, i) => ({
      id: `amazon:R${i}`,
      site: i % 3 === 0 ? 'ebay' : 'amazon',
      externalId: `R${i}`,
      kind: i % 3 === 0 ? 'feedback' : 'reviews',
      status: i % 4 === 0 ? 'closed' : 'open',
      outcome: i % 8 === 0 ? 'revised' : undefined,
      createdAt: t0 + i * 60_000,
      updatedAt: t0 + i * 60_000 + DAY,
      pageUrl: 'https://sellercentral.amazon.com/brand-customer-reviews/',
      item: item({
        externalId: `R${i}`,
        author: `Buyer ${i}`,
        orderId: `111-${i}`,
        product: 'B0TEST1234 · Blender' as never,
        date: 'November 18, 2026' as never,
      }),
      language: 'en',
      sentiment: 'negative',
      anger: 1,
      causes: ['quality'],
      flags: [],
      steps: i % 2 ? { analyse: 'done', first_contact: 'done' } : { analyse: 'done' },
      agent: i % 5 === 0 ? 'Ann' : undefined,
    }));
    await old.table('cases').bulkPut(cases);
    await old.table('events').bulkAdd(
      cases.flatMap((c) => [
        { caseId: c.id, at: c.createdAt, type: 'opened' },
        { caseId: c.id, at: c.createdAt + 1, type: 'step_done', detail: 'analyse' },
      ]),
    );
    old.close();

    const d = new DefuseDB(name);
    setDatabase(d);
    const t = performance.now();
    await d.open();
    const ms = performance.now() - t;
    expect(d.verno).toBeGreaterThanOrEqual(4);
    expect(await d.cases.count()).toBe(N);
    expect(await d.log.count()).toBe(2 * N);
    expect(d.tables.map((x) => x.name)).not.toContain('events');

    const c0 = await d.cases.get('amazon:R0');
    expect(c0).toMatchObject({
      status: 'review_updated',
      outcome: 'revised',
      owner: 'Ann',
      host: 'sellercentral.amazon.com',
      buyer: 'Buyer 0',
      orderId: '111-0',
      product: { name: 'B0TEST1234 · Blender' },
    });
    const c1 = await d.cases.get('amazon:R1');
    expect(c1).toMatchObject({ status: 'contacted', notes: '', remedies: [] });
    expect(c1?.firstResponseAt).toBe(c1?.updatedAt);
    const c2 = await d.cases.get('amazon:R2');
    // Open, never answered: the first-reply deadline from the review's date runs.
    expect(c2).toMatchObject({
      status: 'new',
      dueKind: 'first_reply',
      buyerAt: Date.UTC(2026, 10, 18),
    });
    const c4 = await d.cases.get('amazon:R4');
    expect(c4?.status).toBe('closed');
    expect(c4?.dueAt).toBeUndefined();
    expect((await caseEvents('amazon:R7')).map((e) => e.type)).toEqual(['opened', 'step_done']);
    // The new indexes answer.
    expect(await d.cases.where('owner').equals('Ann').count()).toBe(N / 5);
    expect(await d.cases.where('terms').startsWith('buyer').count()).toBeGreaterThan(0);
    console.log(`upgrade of ${N} version-2 cases: ${ms.toFixed(0)} ms (fake-indexeddb)`);
    d.close();
  }, 120_000);
});

/** The schema as version 11 shipped it: everything before the deadline index. */
function version11(name: string): Dexie {
  const d = version2(name);
  defineCaseVersions(d);
  d.version(10).stores({ templates: 'id, stage, platform, language, updatedAt' });
  d.version(11).stores({ scenarios: 'id, createdAt' });
  return d;
}

describe('upgrade from version 11 to 12 (deadlines indexed by kind)', () => {
  it(`keeps all ${N} cases unchanged and answers by kind and time`, async () => {
    const name = `defuse-up12-${Date.now()}`;
    const old = version11(name);
    expect(CASES_V3).not.toContain('dueKind');
    const kinds = ['first_reply', 'check_in', 'review_window', undefined] as const;
    const t0 = Date.UTC(2026, 9, 1);
    const cases = Array.from({ length: N }, (_, i) => {
      const kind = kinds[i % 4];
      return caseRecord({
        id: `amazon:R${i}`,
        externalId: `R${i}`,
        createdAt: t0 + i,
        updatedAt: t0 + i,
        ...(kind ? { dueKind: kind, dueAt: t0 + i * 60_000 } : {}),
      });
    });
    await old.table('cases').bulkPut(cases);
    old.close();

    const d = new DefuseDB(name);
    setDatabase(d);
    await d.open();
    expect(d.verno).toBe(12);
    expect(await d.cases.count()).toBe(N);
    expect(await d.cases.get('amazon:R4321')).toEqual(cases[4321]);
    const cut = t0 + (N / 2) * 60_000;
    const byKind = (k: string) =>
      d.cases.where('[dueKind+dueAt]').between([k, -Infinity], [k, cut], true, true).count();
    // Of each kind, the cases due by the cut: every fourth of the first half (and the cut itself).
    expect(await byKind('first_reply')).toBe(N / 8 + 1);
    expect(await byKind('check_in')).toBe(N / 8);
    expect(await byKind('review_window')).toBe(N / 8);
    d.close();
  }, 120_000);
});
