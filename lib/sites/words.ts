// Which part of a text block is what its writer said, wherever a page wraps it in its own parts:
// a review cut short with its whole text hidden beside it ("…" + 展开 / Read more), and a message a
// buyer answered from a mail app, with the earlier exchange quoted under it. Pure, and small: every
// marketplace's content script may carry it.
import { visibleText } from './dom';
import { HIDING_STYLE } from './shared';

/** What ends a cut text: an ellipsis, with the page's "more" control after it at most. */
const ELLIPSIS = /\s*(?:…|\.{3}|⋯)+\s*$/;

const hides = (el: Element): boolean =>
  el.hasAttribute('hidden') || HIDING_STYLE.test(el.getAttribute('style') ?? '');

/**
 * A text cut short on the page ("…", often with a 展开 / Read more control) whose whole text the
 * page keeps hidden beside it, to show on a click without a request: that whole text. Undefined
 * when `el` holds no such pair (most blocks: one attribute query and nothing else).
 */
export function wholeOfCut(el: Element | null | undefined): string | undefined {
  if (!el || !el.childElementCount) return undefined;
  const hidden = Array.from(el.querySelectorAll('[hidden], [style]')).filter(hides);
  if (!hidden.length) return undefined;
  // the 展开 / Read more control: the page's words, never the writer's
  const controls = Array.from(el.querySelectorAll('a, button, [role="button"]'));
  for (const h of hidden) {
    const whole = visibleText(h);
    if (whole.length < 8) continue;
    // what the page shows instead: the rest of the block, its ellipsis and control left out
    const shown = visibleText(el, { exclude: [...hidden, ...controls] }).replace(ELLIPSIS, '');
    if (shown.length >= 4 && shown.length < whole.length && whole.startsWith(shown)) return whole;
  }
  return undefined;
}

/**
 * Where a mail app's quote of the earlier exchange starts: a separator line naming the original
 * message (-----Original Message-----, — original message —, -------- Your previous message
 * --------, in the marketplaces' languages), an "On DATE, NAME wrote:" line (Am DATE schrieb NAME:), or an Outlook header
 * (From: NAME Sent: DATE).
 */
const QUOTE_START = new RegExp(
  [
    String.raw`(?:-{2,}|[—–]+)\s*(?:original message|your previous message|previous message|ursprüngliche nachricht|ihre vorherige nachricht|message d['’]origine|message original|votre message précédent|messaggio originale|mensaje original|oorspronkelijk bericht|wiadomość oryginalna|原始邮件|原始郵件|原邮件|原郵件)\s*(?:-{2,}|[—–]+)`,
    String.raw`\b(?:On|Am|Le|Il|El|Op)\s[^\n]{4,80}?\b(?:wrote|schrieb|a écrit|ha scritto|escribió|schreef)(?:\s+[^\s:]{1,40})?\s*:`,
    String.raw`\bFrom:\s*\S[^\n]{0,80}?\s+Sent:\s`,
  ].join('|'),
  'i',
);

/**
 * A message's own words: its text up to the quote of the earlier exchange a mail app put under it.
 * The quote is a copy of messages already sent (often the seller's own), not what the writer says
 * now, and it names no sender the reader can trust. A text that is nothing but a quote keeps it all.
 */
export function ownWords(text: string): string {
  const m = QUOTE_START.exec(text);
  if (!m) return text;
  const own = text.slice(0, m.index).trim();
  return own ? own : text;
}

/**
 * A review's shown words, without the page's own notes that carry a control: a marketplace that
 * shows a review translated puts "Translated from English · See original" (Traduit de l'anglais ·
 * Voir l'original, …) before the words, its toggle showing the original hidden beside them. The
 * control's short wrapper (≤ 80 characters) is the page's in any language, and so are the control
 * and the hidden original. A block with no control is its visible text (most: one query).
 */
export function shownWords(el: Element | null | undefined): string {
  const controls = el ? Array.from(el.querySelectorAll('a, button, [role="button"]')) : [];
  if (!el || !controls.length) return visibleText(el);
  const exclude = controls.map((c) => {
    const p = c.parentElement;
    return p && p !== el && (p.textContent ?? '').length <= 80 ? p : c;
  });
  exclude.push(...Array.from(el.querySelectorAll('[hidden], [style]')).filter(hides));
  return visibleText(el, { exclude });
}
