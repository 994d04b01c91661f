// What the panel makes of the content script's answer to an insert request: the
// message to show, and when the box already holds the agent's text, the question
// to ask (Replace / Add after / Leave it) with what an added draft may still take.
import type { InsertResult } from './messages';
import { translate, type UiLocale } from './i18n';

/** The box holds text the agent typed: ask before touching it. */
export interface InsertAsk {
  /** Characters of that text (trailing blanks left out). */
  length: number;
  /** Characters a draft added after it may have, when the box itself has a limit. */
  room?: number;
}

export interface InsertReply {
  ok: boolean;
  message: string;
  ask?: InsertAsk;
}

/** The blank line an appended draft follows in a multi-line box. */
const BLANK_LINE = 2;

export function insertReply(r: InsertResult, locale: UiLocale): InsertReply {
  if (r.ok) {
    return {
      ok: true,
      message: translate(locale, r.truncated ? 'panel.insertedShort' : 'panel.inserted'),
    };
  }
  if (r.code === 'box-not-empty') {
    const length = r.length ?? 0;
    return {
      ok: false,
      message: translate(locale, 'sites.insert.notEmpty', { count: length }),
      ask: r.room === undefined ? { length } : { length, room: r.room },
    };
  }
  if (r.code === 'too-long')
    return { ok: false, message: translate(locale, 'sites.insert.tooLong') };
  // the content script sends a code and a short English fallback (its bundle stays small)
  return {
    ok: false,
    message: r.code ? translate(locale, `sites.insert.${r.code}`, { error: r.error }) : r.error,
  };
}

/**
 * Characters a draft added after the agent's text may have: the box's own room, and the item's
 * limit as the page states it (eBay feedback replies: 80), whichever is smaller. Undefined: no limit.
 */
export function appendRoom(ask: InsertAsk, replyLimit?: number): number | undefined {
  const byItem =
    replyLimit === undefined ? undefined : Math.max(0, replyLimit - ask.length - BLANK_LINE);
  if (ask.room === undefined) return byItem;
  return byItem === undefined ? ask.room : Math.min(ask.room, byItem);
}
