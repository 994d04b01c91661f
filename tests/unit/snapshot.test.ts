import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPatch, mergeFrames, type Assembly } from '@/lib/snapshot';
import { handleContentMessage } from '@/lib/background/handlers';
import { db } from '@/lib/db';
import { offerSelection, takeSelection, isSelectionShortcut } from '@/lib/selection';
import {
  ContentMessageSchema,
  MAX_PAGE_ITEMS,
  PATCH_ITEMS,
  type SnapshotPatch,
} from '@/lib/messages';
import { freshDb, item, snapshot } from '../helpers';

const patch = (over: Partial<SnapshotPatch> = {}): SnapshotPatch => ({
  type: 'snapshot-patch',
  session: 's1',
  seq: 0,
  reset: true,
  site: 'amazon',
  url: 'https://sellercentral.amazon.com/brand-customer-reviews/',
  pageKind: 'reviews',
  upsert: [],
  remove: [],
  warnings: [],
  complete: true,
  ...over,
});

describe('applyPatch', () => {
  it('resets, appends, replaces in place, removes and reorders', () => {
    let a: Assembly | undefined;
    const step = (p: SnapshotPatch) => {
      const r = applyPatch(a, p);
      if (!r.ok) throw new Error(r.error);
      a = r.assembly;
      return a.snapshot.items.map((i) => `${i.externalId}:${i.body}`);
    };
    expect(
      step(
        patch({
          upsert: [item({ externalId: 'A', body: 'a' }), item({ externalId: 'B', body: 'b' })],
        }),
      ),
    ).toEqual(['A:a', 'B:b']);
    expect(
      step(
        patch({
          reset: false,
          seq: 1,
          upsert: [item({ externalId: 'A', body: 'a2' }), item({ externalId: 'C', body: 'c' })],
        }),
      ),
    ).toEqual(['A:a2', 'B:b', 'C:c']);
    expect(step(patch({ reset: false, seq: 2, remove: ['B'] }))).toEqual(['A:a2', 'C:c']);
    expect(step(patch({ reset: false, seq: 3, order: ['C', 'A'] }))).toEqual(['C:c', 'A:a2']);
    expect(
      step(patch({ session: 's2', seq: 0, upsert: [item({ externalId: 'Z', body: 'z' })] })),
    ).toEqual(['Z:z']);
  });

  it('asks for a resync when a patch does not follow, instead of guessing', () => {
    const first = applyPatch(undefined, patch());
    expect(first.ok).toBe(true);
    const a = first.ok ? first.assembly : undefined;
    expect(applyPatch(a, patch({ reset: false, seq: 5 }))).toMatchObject({
      ok: false,
      resync: true,
    });
    expect(applyPatch(a, patch({ reset: false, seq: 1, session: 'other' }))).toMatchObject({
      ok: false,
      resync: true,
    });
    expect(applyPatch(undefined, patch({ reset: false, seq: 1 }))).toMatchObject({
      ok: false,
      resync: true,
    });
  });

  it('says so when a page holds more than it lists', () => {
    let a: Assembly | undefined;
    const total = MAX_PAGE_ITEMS + 10;
    for (let i = 0, seq = 0; i < total; i += PATCH_ITEMS, seq++) {
      const upsert = Array.from({ length: Math.min(PATCH_ITEMS, total - i) }, (_, k) =>
        item({ externalId: `R${i + k}` }),
      );
      const r = applyPatch(
        a,
        patch({ seq, reset: seq === 0, upsert, complete: i + PATCH_ITEMS >= total }),
      );
      if (!r.ok) throw new Error(r.error);
      a = r.assembly;
    }
    expect(a!.snapshot.items).toHaveLength(MAX_PAGE_ITEMS);
    expect(a!.snapshot.warnings.join(' ')).toMatch(new RegExp(`${total} items`));
  });

  it('rejects a patch message with too many items for one message', () => {
    const big = patch({
      upsert: Array.from({ length: PATCH_ITEMS + 1 }, (_, i) => item({ externalId: `R${i}` })),
    });
    expect(ContentMessageSchema.safeParse(big).success).toBe(false);
    expect(ContentMessageSchema.safeParse(patch()).success).toBe(true);
  });
});

describe('mergeFrames', () => {
  it('takes the top frame’s page and adds the items a sub-frame read', () => {
    const top = snapshot([], { pageKind: 'none', url: 'https://top/' });
    const frame = snapshot([item({ externalId: 'M1' })], {
      pageKind: 'messages',
      url: 'https://frame/',
    });
    const merged = mergeFrames(
      new Map([
        [0, top],
        [3, frame],
      ]),
    );
    expect(merged).toMatchObject({ pageKind: 'messages', url: 'https://top/' });
    expect(merged?.items.map((i) => i.externalId)).toEqual(['M1']);
  });
});

describe('background: patches to the stored page', () => {
  beforeEach(() => {
    freshDb();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  const tab = { id: 4, windowId: 1, title: 'Reviews', active: true };

  it('writes the page only when a scan is complete, then applies deltas', async () => {
    const a = item({ externalId: 'A' });
    expect(await handleContentMessage(patch({ upsert: [a], complete: false }), tab)).toEqual({
      ok: true,
    });
    expect(await db().pages.get(4)).toBeUndefined();
    await handleContentMessage(
      patch({ reset: false, seq: 1, upsert: [item({ externalId: 'B' })] }),
      tab,
    );
    expect((await db().pages.get(4))?.snapshot.items.map((i) => i.externalId)).toEqual(['A', 'B']);
    await handleContentMessage(patch({ reset: false, seq: 2, remove: ['A'] }), tab);
    expect((await db().pages.get(4))?.snapshot.items.map((i) => i.externalId)).toEqual(['B']);
    expect(await handleContentMessage(patch({ reset: false, seq: 9 }), tab)).toMatchObject({
      ok: false,
      resync: true,
    });
    expect((await db().pages.get(4))?.snapshot.items).toHaveLength(1);
  });

  it('merges a sub-frame’s items into the tab’s page', async () => {
    await handleContentMessage(patch({ pageKind: 'none' }), tab, 1, 0);
    await handleContentMessage(
      patch({ session: 'f', pageKind: 'messages', upsert: [item({ externalId: 'M' })] }),
      tab,
      2,
      7,
    );
    const page = await db().pages.get(4);
    expect(page?.snapshot.pageKind).toBe('messages');
    expect(page?.snapshot.items.map((i) => i.externalId)).toEqual(['M']);
  });
});

describe('selection for the manual path', () => {
  it('keeps the newest selection for the panel, once', () => {
    expect(offerSelection('   ', 'https://x/')).toBeUndefined();
    offerSelection('first', 'https://x/', 1000);
    offerSelection('  second  ', 'https://y/', 2000);
    expect(takeSelection(3000)).toEqual({ text: 'second', url: 'https://y/', at: 2000 });
    expect(takeSelection(3000)).toBeUndefined();
    offerSelection('old', undefined, 0);
    expect(takeSelection(11 * 60_000)).toBeUndefined();
  });

  it('answers only the agent’s own Alt+Shift+S, never a key event the page made up', () => {
    const ev = new KeyboardEvent('keydown', { code: 'KeyS', altKey: true, shiftKey: true });
    expect(ev.isTrusted).not.toBe(true);
    expect(isSelectionShortcut(ev)).toBe(false);
    const trusted = {
      isTrusted: true,
      altKey: true,
      shiftKey: true,
      ctrlKey: false,
      metaKey: false,
      code: 'KeyS',
    };
    expect(isSelectionShortcut(trusted as KeyboardEvent)).toBe(true);
    expect(isSelectionShortcut({ ...trusted, ctrlKey: true } as KeyboardEvent)).toBe(false);
  });
});
