// Reading helpers every marketplace's reader shares: reply boxes, thread
// messages with their senders, visibility, links. Page-specific anchors stay
// in the adapter files; what is true of seller pages in general lives here.
import { stamp } from './dates-ymd';
import type { SnapshotMessage } from '../messages';
import type { ReadContext, ReplyBox } from './types';
import { containsDeep, deepQuerySelectorAll, normText, parentDeep, visibleText } from './dom';

export interface BoxInfo {
  box: ReplyBox;
  /** The box's character limit (its maxlength, or its component host's). */
  limit?: number;
}

/** First element matching the selectors, tried in priority order, inside `root`. */
export function firstIn(
  root: Element | null | undefined,
  selectors: readonly string[],
): Element | null {
  if (!root) return null;
  for (const s of selectors) {
    try {
      const hit = root.querySelector(s);
      if (hit) return hit;
    } catch {
      // invalid selector: nothing
    }
  }
  return null;
}

/** Elements of `els` that contain another of them (crossing shadow boundaries). */
export function markedAncestors(els: readonly Element[]): Set<Element> {
  const marked = new Set<Element>();
  for (const el of els) {
    let cur = parentDeep(el);
    while (cur && !marked.has(cur)) {
      marked.add(cur);
      cur = parentDeep(cur);
    }
  }
  return marked;
}

/** Whether the page lays out at all (a real browser; not a DOMParser document or happy-dom). */
const hasLayout = (doc: Document): boolean =>
  (doc.documentElement?.getBoundingClientRect().width ?? 0) > 0;

/**
 * Whether an agent could see and type into the element: rendered, not
 * display:none/visibility:hidden/opacity 0 on it or an ancestor, not
 * `hidden`, and (where the page has layout) of non-zero size and on the page.
 */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  let cur: Element | null = el;
  while (cur) {
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true') return false;
    if (cur.localName === 'template') return false;
    cur = parentDeep(cur);
  }
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    if (!check.call(el, { opacityProperty: true, visibilityProperty: true })) return false;
  }
  const doc = el.ownerDocument;
  if (doc && hasLayout(doc)) {
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false;
    const view = doc.defaultView;
    const w = Math.max(doc.documentElement.scrollWidth, view?.innerWidth ?? 0);
    if (r.right + (view?.scrollX ?? 0) < 0 || r.left > w + 1) return false;
    if (r.bottom + (view?.scrollY ?? 0) < 0) return false;
  }
  return true;
}

/** Whether the agent can type into the box. */
export function isEnabled(box: Element): boolean {
  const f = box as HTMLTextAreaElement;
  if (f.disabled || f.readOnly) return false;
  if (
    box.getAttribute('aria-disabled') === 'true' ||
    box.getAttribute('aria-readonly') === 'true'
  ) {
    return false;
  }
  return !box.closest('fieldset[disabled]');
}

const limitOf = (box: Element, host?: Element): number | undefined => {
  const ml = (box as HTMLTextAreaElement).maxLength;
  if (typeof ml === 'number' && ml > 0) return ml;
  const attr = Number(host?.getAttribute('maxlength') ?? host?.getAttribute('max-length'));
  return Number.isInteger(attr) && attr > 0 ? attr : undefined;
};

/** Every reply box on the page: kat-textarea inner textareas, then plain textareas / contenteditables. */
export function replyBoxesIn(ctx: Pick<ReadContext, 'all'>): BoxInfo[] {
  const out: BoxInfo[] = [];
  const seen = new Set<Element>();
  const push = (box: Element, host?: Element) => {
    if (seen.has(box)) return;
    seen.add(box);
    const limit = limitOf(box, host);
    out.push(limit ? { box: box as ReplyBox, limit } : { box: box as ReplyBox });
  };
  for (const host of ctx.all('kat-textarea')) {
    const inner = host.shadowRoot?.querySelector('textarea') ?? host.querySelector('textarea');
    if (inner) push(inner, host);
  }
  for (const el of ctx.all('textarea, [contenteditable="true"], [contenteditable=""]')) push(el);
  return out;
}

type Sender = SnapshotMessage['from'] | 'unknown';

const hintOf = (el: Element): string =>
  [
    el.getAttribute('data-sender'),
    el.getAttribute('data-direction'),
    // a message component's own attribute (<kat-message-bubble direction="inbound">)
    el.getAttribute('direction'),
    el.getAttribute('data-author'),
    el.getAttribute('data-from'),
    el.getAttribute('data-role'),
    el.getAttribute('class'),
    el.getAttribute('data-testid'),
  ]
    .join(' ')
    .toLowerCase();

/** Who wrote a message element, from its attributes (classes, data-sender, direction). */
export function senderOf(el: Element): Sender {
  const hint = hintOf(el);
  if (/platform|system|amazon|ebay|notice|notification|automated/.test(hint)) return 'platform';
  // a message row's direction modifier (msg--out, chat-bubble--in, message_out): out is the
  // shop's own, in is to it; only on a message stem, so fade-in or sign-in name no side
  const dir = /(?:msg|message|bubble|chat)[-_]{1,2}(in|out)(?!\S)/.exec(hint)?.[1];
  if (
    dir === 'out' ||
    /seller|outbound|outgoing|\bsent\b|\bown\b|\bself\b|\bme\b|\bmine\b|merchant|agent/.test(hint)
  ) {
    return 'seller';
  }
  if (dir || /buyer|customer|inbound|incoming|received|\bthem\b/.test(hint)) return 'buyer';
  return 'unknown';
}

const MESSAGE_SELECTORS = [
  '[data-testid*="message-bubble" i]',
  '[data-testid="thread-message"]',
  '[class*="message-bubble" i]',
  '[class*="thread-message" i]',
  '[class*="message-entry" i]',
  '[class*="chat-message" i]',
  '[class*="msg-item" i]',
  '[data-sender]',
  '[data-direction]',
  // message components that carry their side as an attribute of their own
  '[direction]',
  '[class*="buyer-message" i]',
  '[class*="seller-message" i]',
  '[class*="customer-message" i]',
  // rows named only by their direction (msg inbound / outbound)
  '[class*="inbound" i]',
  '[class*="outbound" i]',
].join(', ');

const TEXT_PART = [
  '[class*="message-text" i]',
  '[class*="message-body" i]',
  '[class*="message-content" i]',
  '[data-testid*="message-text" i]',
  '[data-testid*="message-body" i]',
  'kat-text',
  'p',
];
const AT_PART = ['time', '[class*="date" i]', '[class*="time" i]', '[data-testid*="date" i]'];
/** A message component's time as its own attribute (drawn in its shadow root, not its light DOM). */
const AT_ATTRS = ['sent-at', 'timestamp', 'data-sent-at', 'data-timestamp', 'datetime'];
const WHO_PART = ['[class*="who" i]', '[class*="sender" i]', '[class*="author" i]'];
const SELLER_LABEL = /^(?:you|me|seller|我|卖家|您)$/i;
const PLATFORM_LABEL = /^(?:amazon|ebay|system|taobao|淘宝|天猫|系统|平台)/i;

/** Query `root` and the open shadow trees below it (its own one too). */
function deepIn(root: Element, selector: string): Element[] {
  const out = deepQuerySelectorAll(root, selector);
  if (root.shadowRoot) out.push(...deepQuerySelectorAll(root.shadowRoot, selector));
  return out;
}

/** An inline style that hides what it is on (markup only: no layout is read). */
export const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Role words a thread may label each message with (a badge, a sender line of one word). */
const BUYER_ROLE =
  /^(?:buyer|customer|买家|買家|顾客|顧客|客户|客戶|käufer|kunde|acheteur|client)$/i;
const SELLER_ROLE = /^(?:seller|you|me|卖家|賣家|商家|我|verkäufer|vendeur)$/i;
const PLATFORM_ROLE = /^(?:amazon|亚马逊|亞馬遜|ebay|system|系统|系統|平台)$/i;
const roleOf = (t: string): SnapshotMessage['from'] | undefined =>
  BUYER_ROLE.test(t)
    ? 'buyer'
    : SELLER_ROLE.test(t)
      ? 'seller'
      : PLATFORM_ROLE.test(t)
        ? 'platform'
        : undefined;
/** A date (and what follows it) at the end of a sender line, to leave the name alone. */
const TRAILING_DATE =
  /\s*[·|,]?\s*(?:\d{4}\s*[年/.-]|\d{1,2}\s+[A-Z][a-z]{2}|[A-Z][a-z]{2,8}\.? \d{1,2},|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}).*$/;

interface Labelled {
  el: Element;
  head: Element;
  from: SnapshotMessage['from'];
  /** The sender line without its role word and date: the writer's name, if shown. */
  name: string;
}

/**
 * Messages marked by a role label (a kat-badge's label, or an element whose whole text is one role
 * word: 买家, Seller, Amazon): each message is the largest block around its label holding no
 * other label, its head the part holding the label.
 */
function labelledMessages(container: Element, skip: (el: Element) => boolean): Labelled[] {
  const labels: [Element, SnapshotMessage['from']][] = [];
  for (const el of deepIn(container, 'kat-badge[label], span, b, strong, label, em')) {
    if (el.childElementCount || skip(el)) continue;
    const t = normText(el.getAttribute('label') || el.textContent);
    const from = t.length <= 12 ? roleOf(t) : undefined;
    if (from) labels.push([el, from]);
  }
  if (labels.length < 2) return [];
  const out: Labelled[] = [];
  for (const [label, from] of labels) {
    let el = label;
    let head = label;
    for (let p = el.parentElement; p && p !== container; p = p.parentElement) {
      if (labels.some(([o]) => o !== label && p.contains(o))) break;
      head = el;
      el = p;
    }
    if (el === label) continue;
    const name = normText(
      visibleText(head, { exclude: [label] }).replace(TRAILING_DATE, ''),
    ).replace(/^[·|:：,\s]+|[·|:：,\s]+$/g, '');
    out.push({ el, head, from, name });
  }
  return out;
}

/** The name shown beside a buyer label in a thread (王芳 after 买家), or a buyer's sender line's. */
export function labelledBuyer(
  container: Element,
  exclude: readonly Element[] = [],
): string | undefined {
  const skip = (el: Element) => exclude.some((x) => containsDeep(el, x));
  return (
    labelledMessages(container, skip).find((m) => m.from === 'buyer' && m.name)?.name ??
    senderLineMessages(container, skip).find((m) => m.from === 'buyer')?.who
  );
}

/** A date (and time) ending a sender line: 24 Nov 2026, 10:02 · Nov 24, 2026 · 2026-11-24 10:02 · 2026年11月24日. */
const LINE_DATE =
  /(?:\d{1,2}\.?\s+[A-Z][a-zäéû]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;

/**
 * Parts of a message that are not what was said: controls and hidden parts (a "See original"
 * toggle, the original it hides) and attachment chips (a file's name and size, "Photo attached").
 */
const NOT_WORDS =
  'button, [role="button"], [hidden], [aria-hidden="true"], [class*="attach" i], [data-testid*="attach" i]';
/** A part whose whole text is a file: "📎 IMG_2044.jpg", "receipt.pdf (120 KB)"; its name is no word. */
const FILE_CHIP =
  /^(?:📎.{0,80}|\S+\.(?:jpe?g|png|gif|webp|heic|pdf|docx?|xlsx?|txt|zip|mp4|mov)(?: \(?[\d.,]+ ?[KMG]?B\)?)?)$/i;
const notWords = (el: Element): Element[] =>
  Array.from(el.querySelectorAll('*')).filter(
    (e) => e.matches(NOT_WORDS) || FILE_CHIP.test(normText(e.textContent)),
  );

const INLINE_LINE = new Set(['time', 'span', 'b', 'strong', 'em', 'i', 'small', 'a', 'abbr']);
/** An element of a few inline leaves only: one line of text. */
const inlineOnly = (el: Element): boolean => {
  if (el.childElementCount > 3) return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (!INLINE_LINE.has(c.localName) || c.childElementCount) return false;
  }
  return true;
};

/**
 * Messages headed by a sender line (plain blocks, hashed classes): each block's first element is
 * one line of the sender and the date ("Jonas Weber · 24 Nov 2026, 10:02", "You · …", "Amazon · …"),
 * the rest is what was said. The sender is a role word (You, Amazon, 买家), or the side the block's
 * class names, or else the buyer: the seller mostly shows as "You" in their own centre. Two such
 * blocks at least make a thread.
 */
function senderLineMessages(
  container: Element,
  skip: (el: Element) => boolean,
): (SnapshotMessage & { who: string })[] {
  const out: (SnapshotMessage & { who: string })[] = [];
  for (const line of deepIn(container, 'div, span, p, b, strong, time, header, small')) {
    // one line of text: its date may sit in a <time> or span of its own ("Rachel · <time>…")
    if (line.childElementCount && !inlineOnly(line)) continue;
    const block = line.parentElement;
    if (!block || block.firstElementChild !== line || skip(block)) continue;
    // a pre-rendered, hidden message; not aria-hidden, which a modal sets on the page behind it
    if (block.closest('[hidden]')) continue;
    const t = normText(line.textContent);
    const date = t.length <= 100 ? LINE_DATE.exec(t) : null;
    if (!date) continue;
    const who = t.slice(0, date.index).replace(/[\s·|,:：–—-]+$/, '');
    if (!who || who.length > 60) continue;
    const text = visibleText(block, { exclude: [line, ...notWords(block)] });
    if (!text) continue;
    // a name that is no role word is the buyer's, unless the block's own class or data attribute
    // names its side (bsm-msg--seller beside bsm-msg--customer: the shop shows its own name)
    const side = senderOf(block);
    out.push({
      from: roleOf(who) ?? (side === 'unknown' ? 'buyer' : side),
      at: stamp(line) ?? date[0],
      text,
      who,
    });
  }
  return out.length >= 2 ? out : [];
}

/**
 * Messages drawn with ARIA only: role=article (or listitem) elements whose aria-label alone names
 * the sender and the time ("Oliver Grant, 20 Nov 2026, 10:15", "You, …", "Amazon, …"); the words
 * are the element's text. The sender is a role word, else the buyer, as on sender lines.
 */
function ariaLabelledMessages(
  container: Element,
  skip: (el: Element) => boolean,
): SnapshotMessage[] {
  const out: SnapshotMessage[] = [];
  for (const el of deepIn(
    container,
    '[role="article"][aria-label], [role="listitem"][aria-label]',
  )) {
    if (skip(el) || el.closest('[hidden]')) continue;
    const l = normText(el.getAttribute('aria-label'));
    const date = l.length <= 140 ? LINE_DATE.exec(l) : null;
    if (!date) continue;
    const who = l.slice(0, date.index).replace(/[\s·|,:：–—-]+$/, '');
    if (!who || who.length > 60) continue;
    const text = visibleText(el, { exclude: notWords(el) });
    if (text) out.push({ from: roleOf(who) ?? 'buyer', at: date[0], text });
  }
  return out.length >= 2 ? out : [];
}

/**
 * A message's `at`, by the one rule every reader follows: the ISO form where the reader's own date
 * parsing (with its marketplace's hints, as for the items' dates) reads the page's time, else the
 * time as the page shows it ("10:02", "yesterday").
 */
export const messageAt = (shown: string, parse: (t: string) => string | undefined): string =>
  parse(shown) ?? shown;

/**
 * A thread's messages, oldest first, each with its sender: bubbles with
 * buyer/seller classes or data attributes, `kat-*` rows, or, when the thread
 * has no such markup, its plain text blocks as one buyer message. Text inside
 * `exclude` (the reply box's area) is left out. Each `at` is the time as shown:
 * the reader turns it into its ISO form (messageAt).
 */
export function readThreadMessages(
  container: Element,
  exclude: readonly Element[] = [],
): SnapshotMessage[] {
  // a block holding the reply box is the form around it, not a message
  const skip = (el: Element) => exclude.some((x) => containsDeep(el, x));
  const all = deepIn(container, MESSAGE_SELECTORS).filter((el) => !skip(el));
  const outer = markedAncestors(all);
  // A thread is a list of like rows: a row of the same kind beside a found one (a notice
  // without a direction class) is a message too, in its place.
  const msgs: Element[] = [];
  const seen = new Set<Element>();
  for (const el of all) {
    if (outer.has(el) || seen.has(el)) continue;
    const cls = el.classList[0];
    const row = el.parentElement?.children;
    for (const k of cls && row ? Array.from(row) : [el]) {
      if ((k === el || k.classList[0] === cls) && !seen.has(k) && !skip(k)) {
        seen.add(k);
        msgs.push(k);
      }
    }
  }
  const out: SnapshotMessage[] = [];
  for (const el of msgs) {
    let textEl = firstIn(el, TEXT_PART);
    // a bare paragraph is one of the message's paragraphs, not its text part: read them all
    if (textEl?.localName === 'p') textEl = null;
    const whoEl = firstIn(el, WHO_PART);
    const atEl = firstIn(el, AT_PART);
    const text = visibleText(textEl ?? el, {
      exclude: [
        ...(textEl ? [] : [whoEl, atEl].filter((e): e is Element => !!e)),
        ...notWords(textEl ?? el),
      ],
    });
    if (!text) continue;
    let from = senderOf(el);
    if (from === 'unknown') {
      const who = visibleText(whoEl);
      from = SELLER_LABEL.test(who) ? 'seller' : PLATFORM_LABEL.test(who) ? 'platform' : 'buyer';
    }
    // a datetime stating its zone is the time; the visible "6:45 p.m." names none (stamp)
    const at = normText(
      stamp(atEl) ||
        visibleText(atEl) ||
        atEl?.getAttribute('datetime') ||
        AT_ATTRS.map((a) => el.getAttribute(a)).find((v) => v?.trim()),
    );
    out.push(at ? { from, at, text } : { from, text });
  }
  if (out.length) return out;
  // Messages marked by a role label only (kat-box rows with a 买家/卖家/亚马逊 badge)
  for (const m of labelledMessages(container, skip)) {
    const text = visibleText(m.el, { exclude: [m.head] });
    if (text) out.push({ from: m.from, text });
  }
  if (out.length) return out;
  const labelled = ariaLabelledMessages(container, skip);
  if (labelled.length) return labelled;
  const lined = senderLineMessages(container, skip);
  if (lined.length) return lined.map(({ who: _who, ...m }) => m);
  // Plain blocks: the thread's paragraphs outside headers, forms and the reply area.
  const blocks = deepIn(
    container,
    'p, blockquote, pre, [class*="body" i], [class*="content" i]',
  ).filter(
    (el) =>
      !el.closest('form, header, h1, h2, h3, [class*="header" i], [class*="hint" i]') && !skip(el),
  );
  const outerBlocks = markedAncestors(blocks);
  const text = blocks
    .filter((b) => !outerBlocks.has(b))
    .map((b) => visibleText(b))
    .filter(Boolean)
    .join('\n\n');
  return text ? [{ from: 'buyer', text }] : [];
}

const PLAIN_HTTPS = /^https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[\w\-./?#=&%:+~,;@!*()]*$/;
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?#]|$)/i;

/** An https link the page offers, resolved against the page; undefined for anything else. */
export function pageLink(href: string, base: URL): string | undefined {
  // already absolute and plain: parsing it (URL costs microseconds per call) would change nothing
  if (PLAIN_HTTPS.test(href) && !DOT_SEGMENT.test(href)) return href;
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A thread's message rows when no class or role names a message: the largest run of like siblings
 * (one first class, two parts or more each: a name line and the words) nearest the reply box,
 * outside the box's own block (so a conversation list, further off, is not taken for the thread).
 */
export function likeRowsNear(editor: Element): Element[] {
  let cur: Element | null = editor.parentElement;
  for (let depth = 0; cur && depth < 6; depth++, cur = cur.parentElement) {
    let best: Element[] = [];
    for (const p of Array.from(cur.getElementsByTagName('*'))) {
      if (p.contains(editor) || p.childElementCount < 2) continue;
      const groups = new Map<string, Element[]>();
      for (let c = p.firstElementChild; c; c = c.nextElementSibling) {
        const k = c.classList[0];
        if (!k || c.childElementCount < 2) continue;
        const g = groups.get(k);
        if (g) g.push(c);
        else groups.set(k, [c]);
      }
      for (const g of groups.values()) if (g.length >= 2 && g.length > best.length) best = g;
    }
    if (best.length) return best;
  }
  return [];
}

/**
 * A row's place in the whole list, as a virtualised grid or list says it: aria-rowindex or
 * aria-posinset (from 1), or a list library's data-index (from 0).
 */
const placeOf = (r: Element): number => {
  const a = r.getAttribute('aria-rowindex') ?? r.getAttribute('aria-posinset');
  const d = a ?? r.getAttribute('data-index');
  return d === null ? NaN : +d + (a ? 0 : 1);
};

/**
 * A virtualised grid or list recycles its row nodes, so DOM order is not the order shown: sibling
 * rows that all carry their place (placeOf) take their places in that order (others keep theirs).
 */
export function byListPlace(rows: Element[]): Element[] {
  const groups = new Map<Node | null, number[]>();
  rows.forEach((r, i) => {
    const g = groups.get(r.parentNode) ?? [];
    g.push(i);
    groups.set(r.parentNode, g);
  });
  const out = [...rows];
  for (const at of groups.values()) {
    const idx = at.map((i) => placeOf(rows[i]!));
    if (at.length < 2 || idx.some((n) => !Number.isInteger(n) || n < 1)) continue;
    const sorted = at.map((i, k) => [idx[k]!, rows[i]!] as const).sort((a, b) => a[0] - b[0]);
    at.forEach((pos, k) => (out[pos] = sorted[k]![1]));
  }
  return out;
}
