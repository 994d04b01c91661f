// What the background does with each message, as plain functions over the db
// module so they can be tested without a browser.
import { ContentMessageSchema, parseMessage, type PatchReply, type Snapshot } from '../messages';
import { markPageError, putPage } from '../db';
import { applyPatch, mergeFrames, type Assembly } from '../snapshot';
import { offerSelection, type PendingSelection } from '../selection';
import { pushPageSeen } from './page-push';

let notify: (s: PendingSelection) => void = () => {};
/** How a selection reaches an open side panel (the background wires runtime messaging). */
export function onSelectionOffered(fn: (s: PendingSelection) => void): void {
  notify = fn;
}
const notifyPanel = (s: PendingSelection) => notify(s);

export interface SenderTab {
  id?: number;
  windowId?: number;
  title?: string;
  active?: boolean;
}

export type HandleOutcome = PatchReply;

/** Patches being assembled, per tab and frame; what is complete per frame. */
const assemblies = new Map<string, Assembly>();
const complete = new Map<number, Map<number, Snapshot>>();
/** When each frame's document started (performance.timeOrigin), per tab. */
const origins = new Map<number, Map<number, number | undefined>>();
/**
 * Each tab's store writes, one after another in the order their messages came. A message is
 * applied (and its page pushed to the panel) as it arrives, synchronously, so a patch sees the
 * one before it applied without waiting for that one's IndexedDB write.
 */
const writes = new Map<number, Promise<unknown>>();

function queueWrite(tabId: number, write: () => Promise<unknown>): Promise<unknown> {
  const prev = writes.get(tabId) ?? Promise.resolve();
  const next = prev.then(write, write);
  writes.set(tabId, next);
  const forget = () => {
    if (writes.get(tabId) === next) writes.delete(tabId);
  };
  next.then(forget, forget);
  return next;
}

/** A page's identity across SPA query changes: origin and path. */
const pageKey = (href: string): string => {
  try {
    const u = new URL(href);
    return u.origin + u.pathname;
  } catch {
    return href;
  }
};

/** Forget a tab's assemblies (tab closed or navigated away). */
export function forgetTab(tabId: number): void {
  complete.delete(tabId);
  origins.delete(tabId);
  for (const key of assemblies.keys()) if (key.startsWith(`${tabId}:`)) assemblies.delete(key);
}

/**
 * Handles a content script's message and resolves once its store write (if any) is done.
 * (The background entrypoint answers the content script sooner: receiveContentMessage.)
 */
export async function handleContentMessage(
  raw: unknown,
  tab: SenderTab | undefined,
  now = Date.now(),
  frameId = 0,
): Promise<HandleOutcome> {
  const { outcome, written } = receiveContentMessage(raw, tab, now, frameId);
  await written;
  return outcome;
}

export interface Received {
  /** The answer for the content script, known as soon as the message is applied. */
  outcome: HandleOutcome;
  /** The message's store write, queued after the tab's earlier ones (rejects if it fails). */
  written: Promise<unknown>;
}

/**
 * Applies a content script's message at once (its page pushed to an open panel) and queues
 * its write. The content script's answer need not wait for the write: it only says whether
 * the patch applied, and a content script waiting for it held back its next scan, by as long
 * as IndexedDB took on a busy machine (up to a second).
 */
export function receiveContentMessage(
  raw: unknown,
  tab: SenderTab | undefined,
  now = Date.now(),
  frameId = 0,
): Received {
  const done = (outcome: HandleOutcome): Received => ({ outcome, written: Promise.resolve() });
  const parsed = parseMessage(ContentMessageSchema, raw);
  if (!parsed.ok) {
    console.warn('[defuse] dropped a malformed message:', parsed.error);
    return done({ ok: false, error: parsed.error });
  }
  if (tab?.id === undefined) return done({ ok: false, error: 'message without a tab' });
  const tabId = tab.id;
  const msg = parsed.value;
  const store = (frameSnapshot: Snapshot, origin?: number): Promise<unknown> => {
    const frames = complete.get(tabId) ?? new Map<number, Snapshot>();
    const starts = origins.get(tabId) ?? new Map<number, number | undefined>();
    // The top frame is on another page now: the old page's frames are gone with it.
    // A frame whose document started after the new top document did belongs to the
    // new page (its snapshot can arrive first); within one document (an app moving
    // to another view) every other frame belonged to the old view.
    const top = frames.get(0);
    if (frameId === 0 && top && pageKey(top.url) !== pageKey(frameSnapshot.url)) {
      const newStart = origin === starts.get(0) ? undefined : origin;
      for (const id of [...frames.keys()]) {
        if (id === 0) continue;
        const start = starts.get(id);
        if (newStart === undefined || start === undefined || start < newStart) {
          frames.delete(id);
          starts.delete(id);
        }
      }
    }
    frames.set(frameId, frameSnapshot);
    starts.set(frameId, origin);
    origins.set(tabId, starts);
    complete.set(tabId, frames);
    const merged = mergeFrames(frames) ?? frameSnapshot;
    const windowId = tab.windowId ?? -1;
    const title = (tab.title ?? '').slice(0, 300);
    // Before the write: an open panel lists the page without waiting for IndexedDB.
    pushPageSeen(tabId, windowId, title, merged, tab.active ?? false, now);
    return queueWrite(tabId, () =>
      putPage(tabId, windowId, title, merged, tab.active ?? false, now),
    );
  };
  if (msg.type === 'snapshot') {
    return { outcome: { ok: true }, written: store(msg.snapshot) };
  }
  if (msg.type === 'snapshot-patch') {
    const key = `${tabId}:${frameId}`;
    const r = applyPatch(assemblies.get(key), msg);
    if (!r.ok) {
      assemblies.delete(key);
      return done({ ok: false, error: r.error, resync: true });
    }
    assemblies.set(key, r.assembly);
    return {
      outcome: { ok: true },
      written: msg.complete ? store(r.assembly.snapshot, msg.origin) : Promise.resolve(),
    };
  }
  if (msg.type === 'content-error') {
    console.warn('[defuse] content script error on', msg.url, msg.error);
    return {
      outcome: { ok: true },
      written: queueWrite(tabId, () => markPageError(tabId, msg.error)),
    };
  }
  const offered = offerSelection(msg.text, msg.url);
  if (offered) notifyPanel(offered);
  return done({ ok: true });
}
