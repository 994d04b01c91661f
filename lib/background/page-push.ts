// A page the background has just read goes straight to an open side panel as
// well as into IndexedDB: the panel lists it without waiting for the write and
// for its liveQuery to notice (together about half the time from a page's
// render to its rows in the panel). The store stays the source of truth: a
// panel that opens, reloads or misses a message reads the pages from Dexie, and
// a stored record newer than a pushed one wins (lib/ui/usePages.ts).
//
// The push goes by a BroadcastChannel, not runtime messaging: a structured clone
// from worker to page instead of a JSON round through the browser process, which
// took 20–250 ms for a 100-row page on a busy machine (the panel's liveQuery, told by
// Dexie's own BroadcastChannel, often heard of the write before the message arrived).
// A channel is bound to its origin: only the extension's own pages and worker can
// post to it, never a content script (it runs in the seller page's origin).
import * as z from 'zod/mini';
import { SnapshotSchema, type Snapshot } from '../messages';

/**
 * Larger pages go by the store only: a push is copied whole on every scan,
 * while the content script sends a long page in patches of what changed.
 */
export const PUSH_MAX_ITEMS = 1000;

const tabIdSchema = z.number().check(z.int());

export const PagePushSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('page-seen'),
    tabId: tabIdSchema,
    windowId: tabIdSchema,
    title: z.string().check(z.maxLength(300)),
    snapshot: SnapshotSchema,
    active: z.boolean(),
    /** The `updatedAt` the background writes with it. */
    at: z.number(),
  }),
  /** The tab's page is gone (closed, navigated away): `all` when every page is cleared. */
  z.object({ type: z.literal('page-gone'), tabId: z.union([tabIdSchema, z.literal('all')]) }),
]);
export type PagePush = z.infer<typeof PagePushSchema>;
export type PageSeen = Extract<PagePush, { type: 'page-seen' }>;

/** The channel the background posts pushes on and the panel listens to. */
export const PAGE_PUSH_CHANNEL = 'defuse-page-push';

/** The push channel, where the context has BroadcastChannel (every supported browser does). */
export function pagePushChannel(): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'function'
    ? new BroadcastChannel(PAGE_PUSH_CHANNEL)
    : undefined;
}

let send: (msg: PagePush) => void = () => {};
/** How a push reaches an open panel (the background entrypoint posts it on the channel). */
export function onPagePush(fn: (msg: PagePush) => void): void {
  send = fn;
}

export function pushPageSeen(
  tabId: number,
  windowId: number,
  title: string,
  snapshot: Snapshot,
  active: boolean,
  at: number,
): void {
  if (snapshot.items.length > PUSH_MAX_ITEMS) return;
  send({ type: 'page-seen', tabId, windowId, title, snapshot, active, at });
}

export function pushPageGone(tabId: number | 'all'): void {
  send({ type: 'page-gone', tabId });
}
