// What the background does with each message, as plain functions over the db
// module so they can be tested without a browser.
import { ContentMessageSchema, parseMessage } from '../messages';
import { markPageError, putPage } from '../db';

export interface SenderTab {
  id?: number;
  windowId?: number;
  title?: string;
  active?: boolean;
}

export type HandleOutcome = { ok: true } | { ok: false; error: string };

export async function handleContentMessage(
  raw: unknown,
  tab: SenderTab | undefined,
  now = Date.now(),
): Promise<HandleOutcome> {
  const parsed = parseMessage(ContentMessageSchema, raw);
  if (!parsed.ok) {
    console.warn('[defuse] dropped a malformed message:', parsed.error);
    return { ok: false, error: parsed.error };
  }
  if (tab?.id === undefined) return { ok: false, error: 'message without a tab' };
  const msg = parsed.value;
  if (msg.type === 'snapshot') {
    await putPage(
      tab.id,
      tab.windowId ?? -1,
      (tab.title ?? '').slice(0, 300),
      msg.snapshot,
      tab.active ?? false,
      now,
    );
  } else {
    console.warn('[defuse] content script error on', msg.url, msg.error);
    await markPageError(tab.id, msg.error);
  }
  return { ok: true };
}
