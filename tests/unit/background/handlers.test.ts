import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handleContentMessage } from '@/lib/background/handlers';
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
