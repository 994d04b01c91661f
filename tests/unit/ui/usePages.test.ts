import { describe, expect, it } from 'vitest';
import { applyPush, overlayPages, type Pushed } from '@/lib/ui/usePages';
import type { PageSeen } from '@/lib/background/page-push';
import type { PageRecord } from '@/lib/db';
import { item, snapshot } from '../../helpers';

const seen = (tabId: number, at: number, ids: string[], active = false): PageSeen => ({
  type: 'page-seen',
  tabId,
  windowId: 1,
  title: `tab ${tabId}`,
  snapshot: snapshot(ids.map((externalId) => item({ externalId }))),
  active,
  at,
});
const stored = (tabId: number, at: number, ids: string[], over: Partial<PageRecord> = {}) => ({
  tabId,
  windowId: 1,
  title: `tab ${tabId}`,
  snapshot: snapshot(ids.map((externalId) => item({ externalId }))),
  updatedAt: at,
  lastActiveAt: 5,
  ...over,
});
const ids = (pages: PageRecord[] | undefined, tabId: number) =>
  pages?.find((p) => p.tabId === tabId)?.snapshot.items.map((i) => i.externalId);

describe('the pages the panel shows: stored records overlaid with pushes', () => {
  it('shows a pushed page before the store has it, with the record putPage would write', () => {
    const pushed = applyPush(new Map(), seen(3, 100, ['A', 'B']));
    const pages = overlayPages([stored(1, 50, ['X'])], pushed);
    expect(ids(pages, 3)).toEqual(['A', 'B']);
    expect(ids(pages, 1)).toEqual(['X']);
    // not active: it keeps no activity of its own, as putPage would store it
    expect(pages?.find((p) => p.tabId === 3)?.lastActiveAt).toBe(0);
  });

  it('a push newer than the stored record replaces it and keeps the stored activity', () => {
    const pushed = applyPush(new Map(), seen(1, 200, ['NEW']));
    const page = overlayPages([stored(1, 100, ['OLD'])], pushed)?.[0];
    expect(page?.snapshot.items.map((i) => i.externalId)).toEqual(['NEW']);
    expect(page?.lastActiveAt).toBe(5);
    expect(page?.updatedAt).toBe(200);
  });

  it('a stored record newer than the push wins (the store is the source of truth)', () => {
    const pushed = applyPush(new Map(), seen(1, 100, ['PUSHED']));
    expect(ids(overlayPages([stored(1, 150, ['STORED'])], pushed), 1)).toEqual(['STORED']);
  });

  it('once the push is written, the pushed snapshot object stays and the store’s fields hold', () => {
    const push = seen(1, 100, ['A'], true);
    const page = overlayPages(
      [stored(1, 100, ['A'], { lastError: 'boom', lastActiveAt: 100 })],
      applyPush(new Map(), push),
    )?.[0];
    expect(page?.snapshot).toBe(push.snapshot);
    expect(page?.lastError).toBe('boom');
  });

  it('waits for the store before showing anything (the panel says it is loading)', () => {
    expect(overlayPages(undefined, applyPush(new Map(), seen(1, 1, ['A'])))).toBeUndefined();
  });

  it('forgets a tab’s push when its page is gone, and every push when all are cleared', () => {
    let pushed: Pushed = new Map();
    pushed = applyPush(pushed, seen(1, 100, ['A']));
    pushed = applyPush(pushed, seen(2, 100, ['B']));
    pushed = applyPush(pushed, { type: 'page-gone', tabId: 1 });
    expect(overlayPages([], pushed)?.map((p) => p.tabId)).toEqual([2]);
    pushed = applyPush(pushed, { type: 'page-gone', tabId: 'all' });
    expect(overlayPages([], pushed)).toEqual([]);
  });

  it('keeps only a tab’s latest push', () => {
    let pushed: Pushed = new Map();
    pushed = applyPush(pushed, seen(1, 100, ['A']));
    pushed = applyPush(pushed, seen(1, 101, ['A', 'B']));
    expect(pushed.size).toBe(1);
    expect(ids(overlayPages([], pushed), 1)).toEqual(['A', 'B']);
  });
});
