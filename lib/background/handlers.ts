// What the background does with each message, as plain functions over the db
// module so they can be tested without a browser.
import { ContentMessageSchema, parseMessage, type PatchReply, type Snapshot } from '../messages';
import { markPageError, putPage } from '../db';
import { applyPatch, mergeFrames, type Assembly } from '../snapshot';

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
/** One message at a time per tab: a patch must see the one before it applied. */
const queues = new Map<number, Promise<unknown>>();

/** Forget a tab's assemblies (tab closed or navigated away). */
export function forgetTab(tabId: number): void {
  complete.delete(tabId);
  for (const key of assemblies.keys()) if (key.startsWith(`${tabId}:`)) assemblies.delete(key);
}

export async function handleContentMessage(
  raw: unknown,
  tab: SenderTab | undefined,
  now = Date.now(),
  frameId = 0,
): Promise<HandleOutcome> {
  const parsed = parseMessage(ContentMessageSchema, raw);
  if (!parsed.ok) {
    console.warn('[defuse] dropped a malformed message:', parsed.error);
    return { ok: false, error: parsed.error };
  }
  if (tab?.id === undefined) return { ok: false, error: 'message without a tab' };
  const tabId = tab.id;
  const msg = parsed.value;
  const run = async (): Promise<HandleOutcome> => {
    const store = async (frameSnapshot: Snapshot) => {
      const frames = complete.get(tabId) ?? new Map<number, Snapshot>();
      frames.set(frameId, frameSnapshot);
      complete.set(tabId, frames);
      const merged = mergeFrames(frames) ?? frameSnapshot;
      await putPage(
        tabId,
        tab.windowId ?? -1,
        (tab.title ?? '').slice(0, 300),
        merged,
        tab.active ?? false,
        now,
      );
    };
    if (msg.type === 'snapshot') {
      await store(msg.snapshot);
    } else if (msg.type === 'snapshot-patch') {
      const key = `${tabId}:${frameId}`;
      const r = applyPatch(assemblies.get(key), msg);
      if (!r.ok) {
        assemblies.delete(key);
        return { ok: false, error: r.error, resync: true };
      }
      assemblies.set(key, r.assembly);
      if (msg.complete) await store(r.assembly.snapshot);
    } else if (msg.type === 'content-error') {
      console.warn('[defuse] content script error on', msg.url, msg.error);
      await markPageError(tabId, msg.error);
    } else {
      return { ok: false, error: 'selection messages go to the side panel' };
    }
    return { ok: true };
  };
  const prev = queues.get(tabId) ?? Promise.resolve();
  const next = prev.then(run, run);
  queues.set(tabId, next);
  try {
    return await next;
  } finally {
    if (queues.get(tabId) === next) queues.delete(tabId);
  }
}
