import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleContentMessage, receiveContentMessage } from '@/lib/background/handlers';
import { onPagePush, PUSH_MAX_ITEMS, type PagePush } from '@/lib/background/page-push';
import { db } from '@/lib/db';
import { freshDb, item, snapshot } from '../../helpers';

beforeEach(() => {
  freshDb();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const tab = { id: 7, windowId: 1, title: 'Customer Reviews', active: true };

describe('background message handling', () => {
  it('stores a valid snapshot for the sending tab', async () => {
    const r = await handleContentMessage(
      { type: 'snapshot', snapshot: snapshot([item()]) },
      tab,
      50,
    );
    expect(r).toEqual({ ok: true });
    const page = await db().pages.get(7);
    expect(page?.snapshot.items[0]?.externalId).toBe('R1ABCDEF');
    expect(page?.lastActiveAt).toBe(50);
  });

  it('drops malformed messages with a warning and keeps what was stored', async () => {
    await handleContentMessage({ type: 'snapshot', snapshot: snapshot([item()]) }, tab);
    const junk = [
      undefined,
      42,
      { type: 'snapshot', snapshot: { site: 'amazon' } },
      { type: 'snapshot', snapshot: snapshot([item({ body: 'x'.repeat(100_000) })]) },
      { type: 'snapshot', snapshot: snapshot([item({ externalId: 5 as never })]) },
    ];
    for (const raw of junk) {
      const r = await handleContentMessage(raw, tab);
      expect(r.ok).toBe(false);
    }
    expect(console.warn).toHaveBeenCalledTimes(junk.length);
    expect((await db().pages.get(7))?.snapshot.items).toHaveLength(1);
  });

  it('ignores messages that come from no tab', async () => {
    const r = await handleContentMessage({ type: 'snapshot', snapshot: snapshot([]) }, undefined);
    expect(r.ok).toBe(false);
    expect(await db().pages.count()).toBe(0);
  });

  it('records a content-script error on the page without losing its items', async () => {
    await handleContentMessage({ type: 'snapshot', snapshot: snapshot([item()]) }, tab);
    await handleContentMessage({ type: 'content-error', url: 'https://x', error: 'boom' }, tab);
    const page = await db().pages.get(7);
    expect(page?.lastError).toBe('boom');
    expect(page?.snapshot.items).toHaveLength(1);
  });
});

describe('a tab of several frames', () => {
  const patch = (
    session: string,
    url: string,
    ids: string[],
    origin: number,
  ): Record<string, unknown> => ({
    type: 'snapshot-patch',
    session,
    seq: 0,
    reset: true,
    site: 'ebay',
    url,
    pageKind: 'messages',
    upsert: ids.map((externalId) => item({ externalId, kind: 'messages' })),
    remove: [],
    warnings: [],
    complete: true,
    origin,
  });
  const ids = async (tabId: number) =>
    ((await db().pages.get(tabId))?.snapshot.items ?? []).map((i) => i.externalId);
  const t = { ...tab, id: 9 };

  it("keeps a new page's frame whose snapshot arrived before the top frame's", async () => {
    await handleContentMessage(patch('a', 'https://mesg.ebay.com/inbox', ['OLD'], 1000), t, 1, 0);
    await handleContentMessage(
      patch('b', 'https://old.example/frame', ['OLDFRAME'], 1100),
      t,
      2,
      4,
    );
    // navigation: the new page's iframe (started at 2100) speaks before its top frame (2000)
    await handleContentMessage(patch('c', 'https://mesg.ebay.com/frame', ['BODY'], 2100), t, 3, 5);
    await handleContentMessage(patch('d', 'https://mesg.ebay.com/detail', ['TOP'], 2000), t, 4, 0);
    expect(await ids(9)).toEqual(['TOP', 'BODY']);
  });

  it("drops the other frames when the top document moves to another view (an app's own navigation)", async () => {
    const u = { ...tab, id: 10 };
    await handleContentMessage(patch('a', 'https://qn.taobao.com/chat', ['T1'], 1000), u, 1, 0);
    await handleContentMessage(patch('b', 'https://market.m.taobao.com/h', ['H1'], 1500), u, 2, 3);
    expect(await ids(10)).toEqual(['T1', 'H1']);
    await handleContentMessage(patch('c', 'https://qn.taobao.com/reviews', ['R1'], 1000), u, 3, 0);
    expect(await ids(10)).toEqual(['R1']);
  });
});

describe('pushing a page to an open panel', () => {
  afterEach(() => onPagePush(() => {}));

  it('pushes the merged snapshot before its write, stamped with the updatedAt it is written with', async () => {
    const pushes: PagePush[] = [];
    let storedAtPush: unknown = 'not pushed';
    onPagePush((m) => {
      pushes.push(m);
      // synchronously at the push, nothing is written yet: the panel need not wait for it
      storedAtPush = db().pages.get(11);
    });
    const t11 = { ...tab, id: 11 };
    await handleContentMessage({ type: 'snapshot', snapshot: snapshot([item()]) }, t11, 70);
    expect(await storedAtPush).toBeUndefined();
    expect(pushes).toHaveLength(1);
    const p = pushes[0]!;
    expect(p.type === 'page-seen' && p.snapshot.items.map((i) => i.externalId)).toEqual([
      'R1ABCDEF',
    ]);
    expect(p.type === 'page-seen' && [p.tabId, p.at, p.active, p.title]).toEqual([
      11,
      70,
      true,
      'Customer Reviews',
    ]);
    expect((await db().pages.get(11))?.updatedAt).toBe(70);
  });

  it('pushes each page as its message arrives, not after the write of the one before; writes stay in order', async () => {
    const pushes: PagePush[] = [];
    onPagePush((m) => pushes.push(m));
    const t13 = { ...tab, id: 13 };
    const first = handleContentMessage(
      { type: 'snapshot', snapshot: snapshot([item({ externalId: 'R1FIRST' })]) },
      t13,
      80,
    );
    const second = handleContentMessage(
      { type: 'snapshot', snapshot: snapshot([item({ externalId: 'R2SECOND' })]) },
      t13,
      81,
    );
    // both pushed before either write could finish (IndexedDB answers in a later task)
    expect(pushes.map((p) => p.type === 'page-seen' && p.snapshot.items[0]?.externalId)).toEqual([
      'R1FIRST',
      'R2SECOND',
    ]);
    expect(await Promise.all([first, second])).toEqual([{ ok: true }, { ok: true }]);
    const stored = await db().pages.get(13);
    expect([stored?.updatedAt, stored?.snapshot.items[0]?.externalId]).toEqual([81, 'R2SECOND']);
  });

  it('answers the content script once the message is applied, before its write is done', async () => {
    const t14 = { ...tab, id: 14 };
    const r = receiveContentMessage({ type: 'snapshot', snapshot: snapshot([item()]) }, t14, 90);
    expect(r.outcome).toEqual({ ok: true });
    expect(await db().pages.get(14)).toBeUndefined();
    await r.written;
    expect((await db().pages.get(14))?.updatedAt).toBe(90);
    const bad = receiveContentMessage({ type: 'snapshot', snapshot: { site: 'amazon' } }, t14);
    expect(bad.outcome.ok).toBe(false);
  });

  it('pushes nothing for a malformed message or an incomplete patch, and leaves long pages to the store', async () => {
    const pushes: PagePush[] = [];
    onPagePush((m) => pushes.push(m));
    const u = { ...tab, id: 12 };
    await handleContentMessage({ type: 'snapshot', snapshot: { site: 'amazon' } }, u);
    const part = (seq: number, n: number, complete: boolean) => ({
      type: 'snapshot-patch',
      session: 's',
      seq,
      reset: seq === 0,
      site: 'amazon',
      url: 'https://sellercentral.amazon.com/brand-customer-reviews/',
      pageKind: 'reviews',
      upsert: Array.from({ length: n }, (_, i) => item({ externalId: `R${seq}-${i}` })),
      remove: [],
      warnings: [],
      complete,
    });
    await handleContentMessage(part(0, 200, false), u);
    expect(pushes).toHaveLength(0);
    // 1,200 items in all: more than a push carries
    for (let s = 1; s < 6; s++) await handleContentMessage(part(s, 200, s === 5), u);
    expect(PUSH_MAX_ITEMS).toBeLessThan(1200);
    expect(pushes).toHaveLength(0);
    expect((await db().pages.get(12))?.snapshot.items).toHaveLength(1200);
  });
});
