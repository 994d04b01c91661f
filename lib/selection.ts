// Text the agent selects on a page, sent to the panel for the manual path:
// from the context menu (any page) or an in-page shortcut (the seller
// centres, where our content script runs). The background keeps the latest
// selection until the panel takes it, so a panel that opens later still gets it.
import { MAX_TEXT } from './messages';

/** Shown in the panel; the content script matches the same keys. */
export const SELECTION_SHORTCUT = 'Alt+Shift+S';

/** Whether a key event is the agent pressing the selection shortcut (never one the page made up). */
export function isSelectionShortcut(e: KeyboardEvent): boolean {
  return (
    e.isTrusted === true && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyS'
  );
}

export interface PendingSelection {
  text: string;
  url?: string;
  at: number;
}

let pending: PendingSelection | undefined;

/** Keep the newest selection (whitespace-trimmed, capped); empty text is ignored. */
export function offerSelection(text: string, url: string | undefined, now = Date.now()) {
  const t = text.trim().slice(0, MAX_TEXT);
  if (!t) return undefined;
  pending = url ? { text: t, url, at: now } : { text: t, at: now };
  return pending;
}

/** The selection for the panel, once; a selection older than ten minutes is stale. */
export function takeSelection(now = Date.now()): PendingSelection | undefined {
  const p = pending;
  pending = undefined;
  return p && now - p.at < 10 * 60_000 ? p : undefined;
}
