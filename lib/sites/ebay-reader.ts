// eBay's page reader: bundled only into eBay's content script (the site part is ./ebay.ts).
// What is known and what is a guess is in shared/sites/ebay.md: the public feedback page's class
// names are known (li.fdbk-container …), the legacy message page's ids come from eBay's own e-mail
// markup (#UserInputtedText …); the reply boxes and My eBay messages are guesses, so those are read
// by role and label text (Reply, Antworten, …), never by hashed classes. Text caps, date checks and
// error wrapping are the generic layer's; this file holds only what is true of eBay.
import type { ItemKind } from '../messages';
import { policyFor } from '../playbook/platforms';
import { normText, visibleText } from './dom';
import { detectEbay } from './ebay';

// ---------------------------------------------------------------------------
// What the reader produces (the snapshot contract of the brief)

export type Polarity = 'positive' | 'neutral' | 'negative';
export type From = 'buyer' | 'seller' | 'platform';
export interface EbayDate {
  iso?: string;
  raw: string;
}
export interface EbayMessage {
  from: From;
  at?: string;
  text: string;
}
export interface EbayItem {
  externalId: string;
  kind: ItemKind;
  polarity?: Polarity;
  title?: string;
  body: string;
  author?: string;
  orderId?: string;
  product?: { id?: string; name?: string; url?: string };
  date?: EbayDate;
  messages?: EbayMessage[];
  followUp?: { text: string; date?: EbayDate };
  replyable: boolean;
  replyLimit?: number;
  replyState?: 'open' | 'replied' | 'expired' | 'closed';
  replyAction?: string;
  unreadable?: boolean;
}
export interface EbayCtx {
  doc: Document;
  url: URL;
  kind: ItemKind;
  all(selector: string): Element[];
  warn(message: string): void;
}
export type EbayBox = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

// ---------------------------------------------------------------------------
// Small readers

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  mär: 3,
  apr: 4,
  may: 5,
  mai: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  okt: 10,
  nov: 11,
  dec: 12,
  dez: 12,
};
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * eBay's dates as shown: legacy "Nov-19-26 14:02" (US) and "19-Nov-26 14:02" (UK), message dates
 * "18 Nov 2026, 07:30" and "Nov 18, 2026". Relative ones ("Past month") keep only the raw text:
 * `iso` is set only when a day was really read. No zone is shown, so none is claimed.
 */
export function ebayDate(raw: string): EbayDate | undefined {
  const text = normText(raw);
  if (!text) return undefined;
  const mon = (s: string | undefined) => MONTHS[(s ?? '').slice(0, 3).toLowerCase()];
  const year = (s: string | undefined) => {
    const n = Number(s);
    return s && s.length === 2 ? 2000 + n : n;
  };
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let r: RegExpExecArray | null;
  // Day first when the text starts with the day ("19-Nov-26"), so "Nov-26 14:02" is never read as a date.
  if ((r = /\b(\d{1,2})\.?[- ]([A-Za-zä]{3})[a-zä]*\.?,?[- ](\d{4}|\d{2})\b(?!:)/.exec(text))) {
    [d, m, y] = [Number(r[1]), mon(r[2]), year(r[3])];
  } else if ((r = /\b([A-Za-zä]{3})[a-zä]*\.?[- ](\d{1,2}),?[- ](\d{4}|\d{2})\b(?!:)/.exec(text))) {
    [m, d, y] = [mon(r[1]), Number(r[2]), year(r[3])];
  } else if ((r = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text))) {
    [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  }
  if (!y || !m || !d || d > 31) return { raw: text };
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCDate() !== d) return { raw: text };
  let iso = `${y}-${pad(m)}-${pad(d)}`;
  const t = /(?<!\d)(\d{1,2}):(\d{2})\b/.exec(text.slice((r?.index ?? 0) + (r?.[0].length ?? 0)));
  if (t && Number(t[1]) < 24 && Number(t[2]) < 60) iso += `T${pad(Number(t[1]))}:${t[2]}`;
  return { iso, raw: text };
}

/** Positive/Neutral/Negative from a rating label in the site's language. */
export function polarityOf(label: string | null | undefined): Polarity | undefined {
  const s = normText(label).toLowerCase();
  if (!s) return undefined;
  if (/n[ée]gati/.test(s)) return 'negative';
  if (/neutr/.test(s)) return 'neutral';
  if (/positi/.test(s)) return 'positive';
  return undefined;
}

/** Item number (eBay listings have 9–15 digits) of a /itm/ link, or of "#123…" / "Item number: 123…" text. */
const ITEM_IN_HREF = /\/itm\/(?:[^/?#]+\/)?(\d{9,15})(?:[/?#]|$)/;
const ITEM_IN_TEXT =
  /(?:#|\b(?:Item number|Artikelnummer|Numéro de l'objet|Numero oggetto|Número de artículo)\s*:?\s*)(\d{9,15})\b/i;
/** eBay order numbers: 12-34567-89012. */
const ORDER_IN_TEXT = /\b(\d{2}-\d{5}-\d{5})\b/;

/** The seller's own reply, the buyer's follow-up: label text, in the site languages. */
const SELLER_REPLY =
  /^(?:Reply by|Seller'?s reply|Antwort (?:von|des Verkäufers)|Réponse (?:de|du vendeur)|Risposta d[ie]|Respuesta de)\b/i;
const FOLLOW_UP =
  /^(?:Follow-up by|Nachtrag von|Suivi de|Seguito di|Seguimiento de)\s+[^:]{1,80}:\s*/i;
const REPLY_LABEL =
  /^(?:Reply|Respond|Reply to feedback|Antworten|Répondre|Rispondi|Responder|Reageren|Odpowiedz)$/i;
const SELF_LABEL = /^(?:You|Du|Sie|Vous|Tu|Tú|Jij|Ty)$/i;
const PLATFORM_LABEL = /^eBay$/i;
const BUYER_LABEL = /^(?:Buyer|Käufer|Acheteur|Acquirente|Comprador)\s*:/i;

/** An element the agent can see and use, judged from the DOM alone (works on a DOMParser document). */
export function shown(el: Element | null | undefined): boolean {
  for (let cur: Element | null = el ?? null; cur; cur = cur.parentElement) {
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true') return false;
    const style = (cur.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (style.includes('display:none') || style.includes('visibility:hidden')) return false;
  }
  return !!el;
}

const TEXT_BOX =
  'textarea, input[type="text"], input:not([type]), [contenteditable="true"], [contenteditable=""]';

/** Visible, enabled text boxes under `root`, outside the global header's search. */
function textBoxes(root: ParentNode): EbayBox[] {
  return Array.from(root.querySelectorAll(TEXT_BOX)).filter((el) => {
    if (!shown(el)) return false;
    if (el.closest('#gh, [role="search"]')) return false;
    const f = el as HTMLTextAreaElement;
    return !f.disabled && !f.readOnly && el.getAttribute('aria-disabled') !== 'true';
  }) as EbayBox[];
}

/** The box's own limit (maxlength), if any. */
function boxLimit(box: EbayBox): number | undefined {
  const ml = Number(box.getAttribute('maxlength'));
  return Number.isInteger(ml) && ml > 0 ? ml : undefined;
}

/** eBay's feedback reply limit (lib/playbook owns the number), or the box's own when smaller. */
export function feedbackReplyLimit(box: EbayBox | null): number {
  const platform = policyFor('ebay', 'feedback').publicReply.maxLength ?? Infinity;
  const own = box ? boxLimit(box) : undefined;
  return Math.min(platform, own ?? Infinity);
}

const text = (el: Element | null | undefined): string => visibleText(el);
/** A short label's text (a name, a date, a link): the native textContent, much cheaper than a walk. */
const label = (el: Element | null | undefined): string => normText(el?.textContent);
/** An absolute http(s) link of the element, resolved against the page (no URL parse when already absolute). */
const hrefOf = (el: Element | null | undefined): string | undefined => {
  const raw = normText(el?.getAttribute('href'));
  if (!raw) return undefined;
  if (/^https?:\/\/[^\s"'<>]+$/i.test(raw)) return raw;
  try {
    const u = new URL(raw, el?.ownerDocument?.baseURI ?? undefined);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
};

function productOf(link: Element | null, context?: string): EbayItem['product'] | undefined {
  const url = hrefOf(link);
  const linkText = label(link);
  const id =
    (url ? ITEM_IN_HREF.exec(url)?.[1] : undefined) ?? ITEM_IN_TEXT.exec(context ?? linkText)?.[1];
  const name = normText(linkText.replace(/\s*\(?#\d{9,15}\)?\s*$/, ''));
  if (!id && !name) return undefined;
  const p: NonNullable<EbayItem['product']> = {};
  if (id) p.id = id;
  if (name) p.name = name;
  if (url) p.url = url;
  return p;
}

const withDate = <T extends { date?: EbayDate }>(item: T, raw: string): T => {
  const d = ebayDate(raw);
  if (d) item.date = d;
  return item;
};

// ---------------------------------------------------------------------------
// Feedback: the profile page's cards, and the legacy table

const CARD = 'li.fdbk-container';
const LEGACY_COMMENT = '.feedback-comment-text';

/** The id a card is known by: eBay's feedback id where the page shows one, else item + buyer (+ date). */
function cardId(card: Element, itemId: string | undefined, buyer: string, date: string): string {
  const own =
    card.getAttribute('data-feedback-id') ??
    card.querySelector('[data-feedback-id]')?.getAttribute('data-feedback-id') ??
    /[?&]feedback_?id=(\d+)/i.exec(
      card
        .querySelector('a[href*="eedback_id=" i], a[href*="eedbackid=" i]')
        ?.getAttribute('href') ?? '',
    )?.[1];
  if (own && normText(own)) return normText(own);
  return [itemId ?? 'item', buyer || 'buyer', date].filter(Boolean).join(':');
}

/** Whether a visible text node under `root` starts with the label (one pass over its text nodes). */
function hasLabel(root: Element, label: RegExp): boolean {
  const doc = root.ownerDocument;
  const w = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const v = n.nodeValue;
    if (v && label.test(v.trimStart()) && shown(n.parentElement)) return true;
  }
  return false;
}

/** Reply state of a feedback card: the seller's existing reply, its open box, or the Reply control. */
function replyOf(parts: readonly Element[]): Partial<EbayItem> {
  if (parts.some((p) => hasLabel(p, SELLER_REPLY)))
    return { replyable: false, replyState: 'replied' };
  const box = parts.flatMap((p) => textBoxes(p))[0];
  if (box) return { replyable: true, replyState: 'open', replyLimit: feedbackReplyLimit(box) };
  for (const p of parts) {
    for (const c of Array.from(p.querySelectorAll('button, a, [role="button"]'))) {
      const label = normText(c.textContent) || normText(c.getAttribute('aria-label'));
      if (REPLY_LABEL.test(label) && shown(c)) return { replyable: false, replyAction: label };
    }
  }
  return { replyable: false };
}

// Scoped queries here are single compounds: Chromium answers `card.querySelector('.a > b')` by
// collecting every `.a` of the whole document first, which makes a 10,000-card page quadratic.
const profileBuyer = (card: Element) => {
  const name = card.querySelector('.fdbk-container__details__info__username');
  return label(Array.from(name?.children ?? []).find((c) => c.localName === 'span'));
};
const profileLink = (card: Element) => card.querySelector('.fdbk-container__details__item-link');

function profileCardId(card: Element): string {
  const link = profileLink(card);
  return cardId(card, productOf(link)?.id, profileBuyer(card), '');
}

function readProfileCard(card: Element): EbayItem {
  const commentEl =
    card.querySelector('.fdbk-container__details__comment') ?? card.querySelector(LEGACY_COMMENT);
  const buyer = profileBuyer(card);
  const ratingEl =
    card.querySelector('.fdbk-container__details__info__icon')?.querySelector('[aria-label]') ??
    card.querySelector('[aria-label*="feedback" i], img[alt*="feedback" i]');
  const link = profileLink(card);
  const product = productOf(link);
  const item: EbayItem = {
    externalId: cardId(card, product?.id, buyer, ''),
    kind: 'feedback',
    body: text(commentEl),
    replyable: false,
  };
  const polarity = polarityOf(
    ratingEl?.getAttribute('aria-label') ?? ratingEl?.getAttribute('alt'),
  );
  if (polarity) item.polarity = polarity;
  if (buyer) item.author = buyer;
  if (product) item.product = product;
  withDate(item, label(card.querySelector('.fdbk-container__details__info__divide__time')));
  return Object.assign(item, replyOf([card]));
}

/** Legacy table: a comment row and the detail rows after it, up to the next comment row. */
function legacyRows(row: Element): Element[] {
  const rows: Element[] = [row];
  if (row.localName !== 'tr') return rows;
  for (
    let r = row.nextElementSibling;
    r && !r.querySelector(LEGACY_COMMENT);
    r = r.nextElementSibling
  ) {
    rows.push(r);
  }
  return rows;
}

function legacyRoot(comment: Element): Element {
  return comment.closest('tr') ?? comment.parentElement ?? comment;
}

function legacyDate(first: Element): string {
  return (
    text(first.querySelector('.fbr-date')) ||
    (/\b(?:[A-Z][a-z]{2}-\d{2}-\d{2}|\d{2}-[A-Z][a-z]{2}-\d{2})(?: \d{2}:\d{2})?/.exec(
      text(first),
    )?.[0] ??
      '')
  );
}

function readLegacyCard(first: Element): EbayItem {
  const rows = legacyRows(first);
  const all = rows.map((r) => text(r)).join(' ');
  const ratingEl = first.querySelector('img[alt], img[title], [aria-label]');
  const buyerCell = Array.from(first.querySelectorAll('td')).find((td) =>
    BUYER_LABEL.test(text(td)),
  );
  const buyer = text(buyerCell?.querySelector('a'));
  const dateRaw = legacyDate(first);
  const link = rows.map((r) => r.querySelector('a[href*="/itm/"]')).find(Boolean) ?? null;
  const itemCell = rows
    .flatMap((r) => Array.from(r.querySelectorAll('td')))
    .find((td) => ITEM_IN_TEXT.test(text(td)));
  const product = productOf(link ?? itemCell ?? null, all);
  const item: EbayItem = {
    externalId: cardId(first, product?.id, buyer, dateRaw),
    kind: 'feedback',
    body: text(first.querySelector(LEGACY_COMMENT)),
    replyable: false,
  };
  const polarity =
    polarityOf(ratingEl?.getAttribute('alt')) ??
    polarityOf(ratingEl?.getAttribute('title')) ??
    polarityOf(ratingEl?.getAttribute('aria-label'));
  if (polarity) item.polarity = polarity;
  if (buyer) item.author = buyer;
  if (product) item.product = product;
  withDate(item, dateRaw);
  for (const r of rows.slice(1)) {
    const t = text(r);
    if (FOLLOW_UP.test(t)) item.followUp = { text: t.replace(FOLLOW_UP, '') };
  }
  return Object.assign(item, replyOf(rows));
}

function feedbackRoots(ctx: EbayCtx): Element[] {
  const cards = ctx
    .all(CARD)
    .filter((c) => !/--skeleton\b/.test(c.getAttribute('class') ?? '') && shown(c));
  const legacy = ctx
    .all(LEGACY_COMMENT)
    .filter((c) => !c.closest(CARD) && shown(c))
    .map(legacyRoot);
  return [...cards, ...legacy];
}

const EMPTY_FEEDBACK =
  /no feedback (?:yet|to show|found)|keine bewertungen|aucune évaluation|nessun feedback|ningún voto/i;

// ---------------------------------------------------------------------------
// Messages: legacy inbox and detail (body in an iframe), My eBay conversations

const DETAIL_LINK = 'a[href*="ViewMessageDetail" i]';
const DETAIL_RE = /\/mesgweb\/ViewMessageDetail\/\d+\/([^/?#]+)\/(\d+)/i;

/** The documents a message body may sit in: this one and its same-origin iframes (nested too). */
export function frameDocs(doc: Document): Document[] {
  const out = [doc];
  for (let i = 0; i < out.length && out.length < 20; i++) {
    for (const f of Array.from((out[i] as Document).querySelectorAll('iframe, frame'))) {
      try {
        const d = (f as HTMLIFrameElement).contentDocument;
        if (d && !out.includes(d)) out.push(d);
      } catch {
        // cross-origin: that frame's own content script reads it
      }
    }
  }
  return out;
}

const isDetail = (url: URL) => DETAIL_RE.test(url.pathname);

function readInboxRow(row: Element): EbayItem | null {
  const link = row.matches(DETAIL_LINK) ? row : row.querySelector(DETAIL_LINK);
  const m = DETAIL_RE.exec(link?.getAttribute('href') ?? '');
  if (!link || !m?.[2]) return null;
  const subject = text(link);
  const sender =
    text(row.querySelector('.mesg-sender, .mesg-from, [class*="sender" i]')) ||
    (/^(?:[^:]{1,40}:\s*)?(.+?) sent a message/i.exec(subject)?.[1] ?? '');
  // Notices from eBay itself are not a buyer's case.
  if (m[1]?.toLowerCase() === 'ebay' || PLATFORM_LABEL.test(sender)) return null;
  const item: EbayItem = {
    externalId: m[2],
    kind: 'messages',
    title: subject,
    body: subject,
    replyable: false,
  };
  if (sender) item.author = sender;
  const id = ITEM_IN_TEXT.exec(subject)?.[1];
  const name = /\babout (.+?)\s*#\d{9,15}/i.exec(subject)?.[1];
  if (id || name) item.product = { ...(id ? { id } : {}), ...(name ? { name } : {}) };
  return withDate(item, text(row.querySelector('.mesg-date, time, [class*="date" i]')));
}

/** One legacy message: the e-mail markup (#UserInputtedText …) in whichever frame holds it. */
function readLegacyDetail(ctx: EbayCtx): EbayItem | undefined {
  const { doc, url } = ctx;
  const id = DETAIL_RE.exec(url.pathname)?.[2];
  if (!id) return undefined;
  const bodyDoc = frameDocs(doc).find((d) => d.getElementById('UserInputtedText'));
  const item: EbayItem = { externalId: id, kind: 'messages', body: '', replyable: false };
  const subject = text(doc.querySelector('.mesg-subject, h1'));
  if (subject) item.title = subject;
  const from = text(doc.querySelector('.mesg-from'));
  if (from) item.author = from;
  withDate(item, text(doc.querySelector('.mesg-date')));
  if (bodyDoc) {
    const buyer = text(bodyDoc.querySelector('#PrimaryMessage .secondary-headline a'));
    if (buyer) item.author = buyer;
    const messages: EbayMessage[] = [];
    // eBay's e-mails list earlier messages newest first: turned round here, oldest first.
    for (const block of Array.from(bodyDoc.querySelectorAll('.previous-message')).reverse()) {
      const t = text(block.querySelector('.previous-message__text'));
      if (!t) continue;
      const label = text(block.querySelector('.previous-message__from'));
      const at = ebayDate(text(block.querySelector('.previous-message__date')));
      const from: From = /^(?:Your|Ihre|Votre|Il tuo|Tu) /i.test(label) ? 'seller' : 'buyer';
      messages.push(at ? { from, at: at.iso ?? at.raw, text: t } : { from, text: t });
    }
    const newest = text(bodyDoc.getElementById('UserInputtedText'));
    if (newest) {
      const at = item.date?.iso ?? item.date?.raw;
      messages.push(at ? { from: 'buyer', at, text: newest } : { from: 'buyer', text: newest });
    }
    item.messages = messages;
    item.body = messages
      .filter((x) => x.from === 'buyer')
      .map((x) => x.text)
      .join('\n\n');
    const area = bodyDoc.getElementById('area7Container');
    const areaText = text(area);
    const product = productOf(area?.querySelector('a[href*="/itm/"]') ?? null, areaText);
    if (product) item.product = product;
    const order = ORDER_IN_TEXT.exec(areaText)?.[1];
    if (order) item.orderId = order;
  }
  if (!item.body) {
    item.unreadable = true;
    ctx.warn(`message ${id}: could not read the message text`);
  }
  const box = textBoxes(doc)[0];
  if (box) {
    item.replyable = true;
    item.replyState = 'open';
    const limit = boxLimit(box);
    if (limit) item.replyLimit = limit;
  }
  return item;
}

const CONV_LINK = 'a[href*="conversationId="]';
const convIdOf = (href: string | null | undefined): string | undefined =>
  /[?&]conversationId=([\w-]{1,190})/.exec(href ?? '')?.[1];

function readConversationLink(a: Element): EbayItem | null {
  const id = convIdOf(a.getAttribute('href'));
  if (!id) return null;
  const [nameEl, ...rest] = Array.from(a.children);
  const name = text(nameEl);
  if (PLATFORM_LABEL.test(name)) return null;
  const preview =
    rest
      .filter((c) => c.localName !== 'time')
      .map((c) => text(c))
      .sort((x, y) => y.length - x.length)[0] ?? '';
  const item: EbayItem = { externalId: id, kind: 'messages', body: preview, replyable: false };
  if (name) item.author = name;
  return withDate(item, text(a.querySelector('time')));
}

/** The author line of a message bubble says whose it is: "You", "eBay", or the buyer's name. */
function senderOf(bubble: Element): From {
  const cls =
    `${bubble.getAttribute('class') ?? ''} ${bubble.getAttribute('data-sender') ?? ''}`.toLowerCase();
  if (/\b(?:system|platform|notice)\b|--system/.test(cls)) return 'platform';
  if (/\bsent\b|--sent|outgoing|\bseller\b|\bself\b/.test(cls)) return 'seller';
  if (/received|incoming|\bbuyer\b/.test(cls)) return 'buyer';
  const first = text(bubble.firstElementChild);
  if (SELF_LABEL.test(first)) return 'seller';
  if (PLATFORM_LABEL.test(first)) return 'platform';
  return 'buyer';
}

function readBubble(bubble: Element): EbayMessage & { raw?: string } {
  const timeEl = bubble.querySelector('time');
  const parts = Array.from(bubble.children).filter((c) => c.localName !== 'time');
  // The author line is the first part; the text is the longest of the rest.
  const body = parts.length > 1 ? parts.slice(1) : parts;
  const t = body.map((c) => text(c)).sort((a, b) => b.length - a.length)[0] ?? text(bubble);
  const raw = text(timeEl) || normText(timeEl?.getAttribute('datetime'));
  const at = ebayDate(raw);
  const msg: EbayMessage & { raw?: string } = { from: senderOf(bubble), text: t };
  if (at) msg.at = at.iso ?? at.raw;
  if (raw) msg.raw = raw;
  return msg;
}

/** The reply box of the open conversation (not one inside the conversation list). */
const conversationBox = (doc: Document): EbayBox | undefined =>
  textBoxes(doc).find((b) => !b.closest(CONV_LINK));

function openConversationId(ctx: EbayCtx): string | undefined {
  const links = ctx.all(CONV_LINK);
  const current = links.find(
    (a) =>
      shown(a) &&
      (a.getAttribute('aria-current') === 'true' || a.getAttribute('aria-selected') === 'true'),
  );
  return (
    convIdOf(current?.getAttribute('href')) ??
    ctx.url.searchParams.get('conversationId') ??
    undefined
  );
}

/** The open conversation, read message by message, merged into its list item (a new object). */
function withOpenConversation(items: EbayItem[], ctx: EbayCtx): EbayItem[] {
  const box = conversationBox(ctx.doc);
  const thread = box?.closest('section, article, [role="main"], [role="region"]');
  const id = openConversationId(ctx);
  if (!box || !thread || !id) return items;
  const list = Array.from(thread.querySelectorAll('ol, ul')).find((l) =>
    l.querySelector(':scope > li'),
  );
  const read = list
    ? Array.from(list.querySelectorAll(':scope > li'))
        .map(readBubble)
        .filter((m) => m.text)
    : [];
  const fromBuyer = read.filter((m) => m.from === 'buyer');
  const base = items.find((i) => i.externalId === id);
  const open: EbayItem = {
    ...(base ?? { externalId: id, kind: 'messages' }),
    messages: read.map(({ raw: _raw, ...m }) => m),
    body: fromBuyer.map((m) => m.text).join('\n\n'),
    replyable: true,
    replyState: 'open',
  };
  if (!fromBuyer.length) open.unreadable = true;
  const lastRaw = fromBuyer.at(-1)?.raw;
  if (lastRaw) withDate(open, lastRaw);
  const headText = text(thread.querySelector('header, [class*="head" i]') ?? thread);
  const product = productOf(thread.querySelector('a[href*="/itm/"]'), headText);
  if (product) open.product = product;
  const order = ORDER_IN_TEXT.exec(headText)?.[1];
  if (order) open.orderId = order;
  const limit = boxLimit(box);
  if (limit) open.replyLimit = limit;
  return base ? items.map((i) => (i === base ? open : i)) : [...items, open];
}

const EMPTY_MESSAGES =
  /no messages|you have no (?:new )?messages|keine nachrichten|aucun message|nessun messaggio|no tienes mensajes/i;

// ---------------------------------------------------------------------------
// The reader, in the generic layer's terms: roots (cards, rows), one read per
// root (re-run only for new or changed roots), and a cheap page-level finish.

export const ANCHORS = [
  CARD,
  LEGACY_COMMENT,
  DETAIL_LINK,
  CONV_LINK,
  '#UserInputtedText',
  'iframe',
  'textarea',
  'input[type="text"]',
];

export function roots(ctx: EbayCtx): Element[] {
  if (ctx.kind === 'feedback') return feedbackRoots(ctx);
  if (ctx.kind !== 'messages') return [];
  if (ctx.url.hostname.startsWith('mesg.')) {
    if (isDetail(ctx.url)) return []; // one message: finish() reads it
    const rows = ctx
      .all(DETAIL_LINK)
      .filter((a) => shown(a))
      .map((a) => a.closest('tr, li, [role="row"]') ?? a);
    return Array.from(new Set(rows));
  }
  return ctx.all(CONV_LINK).filter((a) => shown(a) && !a.closest('#gh'));
}

export function read(root: Element, ctx: EbayCtx): EbayItem | null {
  if (ctx.kind === 'feedback') {
    return root.matches(CARD) ? readProfileCard(root) : readLegacyCard(root);
  }
  if (root.matches(CONV_LINK)) return readConversationLink(root);
  return readInboxRow(root);
}

export function finish(items: EbayItem[], ctx: EbayCtx): EbayItem[] {
  let out = items;
  if (ctx.kind === 'messages') {
    if (ctx.url.hostname.startsWith('mesg.') && isDetail(ctx.url)) {
      const one = readLegacyDetail(ctx);
      out = one ? [one] : [];
    } else if (!ctx.url.hostname.startsWith('mesg.')) {
      out = withOpenConversation(items, ctx);
    }
  }
  if (!out.length) {
    const bodyText = text(ctx.doc.body);
    if (ctx.kind === 'feedback' && !EMPTY_FEEDBACK.test(bodyText)) {
      ctx.warn('feedback page: no feedback cards found — the page may have changed');
    }
    if (ctx.kind === 'messages' && !EMPTY_MESSAGES.test(bodyText)) {
      ctx.warn('messages page: no messages found — the page may have changed');
    }
  }
  for (const i of out) {
    if (i.kind === 'feedback' && !i.body) {
      ctx.warn(`feedback ${i.externalId.slice(0, 40)}: no comment found`);
    }
  }
  return out;
}

/** The reply box the page ties to this item (visible and enabled), or null: never another item's. */
export function replyBox(doc: Document, externalId: string, url: URL): EbayBox | null {
  const id = normText(externalId).replace(/^ebay:/i, '');
  if (!id) return null;
  const kind = detectEbay(url);
  if (kind === 'feedback') {
    for (const card of Array.from(doc.querySelectorAll(CARD))) {
      if (shown(card) && profileCardId(card) === id) return textBoxes(card)[0] ?? null;
    }
    for (const c of Array.from(doc.querySelectorAll(LEGACY_COMMENT))) {
      const first = legacyRoot(c);
      if (readLegacyCard(first).externalId !== id) continue;
      return legacyRows(first).flatMap((r) => textBoxes(r))[0] ?? null;
    }
    return null;
  }
  if (kind !== 'messages') return null;
  if (url.hostname.startsWith('mesg.')) {
    return DETAIL_RE.exec(url.pathname)?.[2] === id ? (textBoxes(doc)[0] ?? null) : null;
  }
  const ctx: EbayCtx = {
    doc,
    url,
    kind,
    all: (s) => Array.from(doc.querySelectorAll(s)),
    warn: () => undefined,
  };
  return openConversationId(ctx) === id ? (conversationBox(doc) ?? null) : null;
}

/** The limit the draft must fit in this item's box: eBay's 80 for feedback replies, else the box's own. */
export function replyLimitOf(box: EbayBox, url: URL): number | undefined {
  return detectEbay(url) === 'feedback' ? feedbackReplyLimit(box) : boxLimit(box);
}

/** The whole page at once (roots → read → finish), as the generic layer runs it. */
export function readEbay(doc: Document, url: URL): { items: EbayItem[]; warnings: string[] } {
  const kind = detectEbay(url);
  const warnings: string[] = [];
  if (kind === 'none') return { items: [], warnings };
  const ctx: EbayCtx = {
    doc,
    url,
    kind,
    all: (s) => Array.from(doc.querySelectorAll(s)),
    warn: (m) => warnings.push(m),
  };
  const items: EbayItem[] = [];
  const seen = new Set<string>();
  for (const root of roots(ctx)) {
    const item = read(root, ctx);
    if (item && !seen.has(item.externalId)) {
      seen.add(item.externalId);
      items.push(item);
    }
  }
  return { items: finish(items, ctx), warnings };
}
