// eBay adapter. What is known and what is a guess of eBay's pages is in shared/sites/ebay.md: the
// public feedback page's class names are known (li.fdbk-container …), the legacy message page's ids
// come from eBay's own e-mail markup (#UserInputtedText …); the reply boxes and My eBay messages are
// guesses, so those are read by role and label text (Reply, Antworten, …), never by hashed classes.
import type { PageKind } from '../messages';
import { policyFor } from '../playbook/platforms';
import { capShort, capText, normText, visibleText } from './dom';

// ---------------------------------------------------------------------------
// Hosts and URL rules (pure)

/** The country sites (www.ebay.<tld>); Belgium has two language hosts instead of www.ebay.be. */
export const EBAY_TLDS = [
  'com',
  'co.uk',
  'de',
  'com.au',
  'ca',
  'fr',
  'it',
  'es',
  'at',
  'ie',
  'nl',
  'pl',
  'ch',
  'com.hk',
  'com.sg',
  'com.my',
  'ph',
  'be',
] as const;

const SITE_HOSTS = EBAY_TLDS.flatMap((t) =>
  t === 'be' ? ['www.benl.ebay.be', 'www.befr.ebay.be'] : [`www.ebay.${t}`],
);
const MESG_HOSTS = EBAY_TLDS.map((t) => `mesg.ebay.${t}`);
const FEEDBACK_HOSTS = EBAY_TLDS.map((t) => `feedback.ebay.${t}`);

export const EBAY_HOSTS: readonly string[] = [...SITE_HOSTS, ...MESG_HOSTS, ...FEEDBACK_HOSTS];
const HOSTS = new Set(EBAY_HOSTS);

/** Feedback the seller received as a buyer, or left for others, is not the seller's to defuse. */
const NOT_AS_SELLER = /AS_BUYER|GIVEN|LEFT/i;

function legacyFeedbackKind(url: URL): PageKind {
  // eBayISAPI.dll takes its verb as a bare key: ?ViewFeedback2&userid=…&ftab=FeedbackAsSeller
  const verb = url.search.replace(/^\?/, '').split('&')[0]?.toLowerCase();
  if (verb !== 'viewfeedback2' && verb !== 'viewfeedback') return 'none';
  const tab = (url.searchParams.get('ftab') ?? '').toLowerCase();
  if (tab === 'feedbackasbuyer' || tab === 'feedbackleftforothers') return 'none';
  return 'feedback';
}

export function detectEbay(url: URL): PageKind {
  if (url.protocol !== 'https:') return 'none';
  const host = url.hostname.toLowerCase();
  if (!HOSTS.has(host)) return 'none';
  const path = url.pathname.toLowerCase().replace(/\/{2,}/g, '/');
  const under = (prefix: string) => path === prefix || path.startsWith(prefix + '/');
  if (host.startsWith('mesg.')) {
    return under('/mesgweb/viewmessages') || under('/mesgweb/viewmessagedetail')
      ? 'messages'
      : 'none';
  }
  if (path === '/ws/ebayisapi.dll') return legacyFeedbackKind(url);
  if (host.startsWith('feedback.')) return 'none';
  if (/^\/fdbk\/(?:feedback_profile\/[^/]+|mweb_profile)\/?$/.test(path)) {
    return NOT_AS_SELLER.test(url.searchParams.get('filter') ?? '') ? 'none' : 'feedback';
  }
  if (under('/mye/myebay/messages') || under('/sh/messages') || under('/mys/bo/messages/inbox')) {
    return 'messages';
  }
  return 'none';
}

/** URLs of every page kind, for the cross-site URL table test (github-url-detection's habit). */
export const EBAY_TEST_URLS: Record<PageKind, string[]> = {
  reviews: [],
  feedback: [
    'https://www.ebay.com/fdbk/feedback_profile/aurora_home_goods',
    'https://www.ebay.com/fdbk/feedback_profile/aurora_home_goods?filter=feedback_page:RECEIVED_AS_SELLER&sort=TIME',
    'https://www.ebay.co.uk/fdbk/feedback_profile/aurora_home_goods?filter=feedback_page:RECEIVED_AS_SELLER&sort=NEWEST&page_id=2',
    'https://www.ebay.de/fdbk/feedback_profile/aurora_home_goods/',
    'https://www.ebay.com.au/fdbk/mweb_profile?username=aurora_home_goods',
    'https://www.ebay.ca/fdbk/feedback_profile/aurora_home_goods?filter=feedback_page:All',
    'https://www.ebay.fr/fdbk/feedback_profile/aurora_home_goods',
    'https://www.ebay.it/fdbk/feedback_profile/aurora_home_goods',
    'https://www.ebay.es/fdbk/feedback_profile/aurora_home_goods',
    'https://www.benl.ebay.be/fdbk/feedback_profile/aurora_home_goods',
    'https://feedback.ebay.com/ws/eBayISAPI.dll?ViewFeedback2&userid=aurora_home_goods&ftab=FeedbackAsSeller',
    'https://feedback.ebay.co.uk/ws/eBayISAPI.dll?ViewFeedback2&userid=aurora_home_goods&ftab=AllFeedback',
    'https://feedback.ebay.fr/ws/eBayISAPI.dll?ViewFeedback2&userid=aurora_home_goods',
  ],
  messages: [
    'https://mesg.ebay.com/mesgweb/ViewMessages/0',
    'https://mesg.ebay.com/mesgweb/ViewMessages/0/m2m',
    'https://mesg.ebay.co.uk/mesgweb/ViewMessages/0?messageId=160123456789',
    'https://mesg.ebay.com/mesgweb/ViewMessageDetail/0/m2m/160123456789',
    'https://mesg.ebay.de/mesgweb/ViewMessageDetail/0/All/160123456789',
    'https://www.ebay.com/mye/myebay/messages',
    'https://www.ebay.com.au/mye/myebay/messages?conversationId=c-5001',
    'https://www.ebay.com/sh/messages',
  ],
  none: [
    'https://www.ebay.com/',
    'https://www.ebay.com/itm/266012345678',
    'https://www.ebay.de/fdbk/leave_feedback?item=266012345678',
    'https://www.ebay.com/fdbk/feedback_profile/aurora_home_goods?filter=feedback_page:RECEIVED_AS_BUYER',
    'https://www.ebay.com/fdbk/feedback_profile/aurora_home_goods?filter=feedback_page:GIVEN_AS_BUYER',
    'https://www.ebay.com/sh/ovw',
    'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS',
    'https://www.ebay.com/mye/myebay/summary',
    'https://mesg.ebay.com/mesgweb/SendMessage',
    'https://feedback.ebay.com/ws/eBayISAPI.dll?ViewFeedback2&userid=aurora_home_goods&ftab=FeedbackLeftForOthers',
    'https://feedback.ebay.com/ws/eBayISAPI.dll?LeaveFeedbackReply&userid=s***h',
    'https://feedback.ebay.com/',
    'http://www.ebay.com/fdbk/feedback_profile/aurora_home_goods',
    'https://ebay.com.evil.example/fdbk/feedback_profile/aurora_home_goods',
    'https://www.ebay.cn/fdbk/feedback_profile/aurora_home_goods',
  ],
};

// ---------------------------------------------------------------------------
// What the reader produces (the snapshot contract of the brief)

export type Polarity = 'positive' | 'neutral' | 'negative';
export type From = 'buyer' | 'seller' | 'platform';
export interface EbayDate {
  iso?: string;
  raw: string;
}
export interface EbayItem {
  externalId: string;
  kind: 'feedback' | 'messages';
  polarity?: Polarity;
  title?: string;
  body: string;
  author?: string;
  orderId?: string;
  product?: { id?: string; name?: string; url?: string };
  date?: EbayDate;
  messages?: { from: From; at?: string; text: string }[];
  followUp?: { text: string; date?: EbayDate };
  replyable: boolean;
  replyLimit?: number;
  replyState?: 'open' | 'replied' | 'expired' | 'closed';
  replyAction?: string;
  unreadable?: boolean;
}
export interface EbayRead {
  items: EbayItem[];
  warnings: string[];
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
  const text = capShort(normText(raw));
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

/** An element the agent can see and use, judged from the DOM alone (works on a DOMParser document). */
export function shown(el: Element | null | undefined): boolean {
  for (let cur: Element | null = el ?? null; cur; cur = cur.parentElement) {
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true') return false;
    const style = (cur.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (style.includes('display:none') || style.includes('visibility:hidden')) return false;
    if (cur.localName === 'template') return false;
  }
  return !!el;
}

const TEXT_BOX =
  'textarea, input[type="text"], input:not([type]), [contenteditable="true"], [contenteditable=""]';

/** Visible, enabled text boxes under `root`, outside the global header's search and templates. */
function textBoxes(root: ParentNode): EbayBox[] {
  return Array.from(root.querySelectorAll(TEXT_BOX)).filter((el) => {
    if (!shown(el)) return false;
    if (el.closest('#gh, [role="search"], form.gh-search')) return false;
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
const hrefOf = (el: Element | null | undefined): string | undefined => {
  const raw = el?.getAttribute('href');
  if (!raw) return undefined;
  try {
    const u = new URL(raw, el?.ownerDocument?.baseURI ?? undefined);
    return u.protocol === 'https:' || u.protocol === 'http:' ? capShort(u.href) : undefined;
  } catch {
    return undefined;
  }
};

function productOfLink(link: Element | null, context: string): EbayItem['product'] | undefined {
  const url = hrefOf(link);
  const id = (url ? ITEM_IN_HREF.exec(url)?.[1] : undefined) ?? ITEM_IN_TEXT.exec(context)?.[1];
  const name = normText(text(link).replace(/\s*\(?#\d{9,15}\)?\s*$/, ''));
  if (!id && !name) return undefined;
  const p: NonNullable<EbayItem['product']> = {};
  if (id) p.id = id;
  if (name) p.name = capShort(name);
  if (url) p.url = url;
  return p;
}

const setDate = (item: { date?: EbayDate }, raw: string) => {
  const d = ebayDate(raw);
  if (d) item.date = d;
};

// ---------------------------------------------------------------------------
// Feedback: the profile page's cards, and the legacy table

const CARD = 'li.fdbk-container';

/** The id a card is known by: eBay's feedback id where the page shows one, else item + buyer (+ date). */
function cardId(card: Element, itemId: string | undefined, buyer: string, date: string): string {
  const own =
    card.getAttribute('data-feedback-id') ??
    card.querySelector('[data-feedback-id]')?.getAttribute('data-feedback-id') ??
    /[?&]feedback_?id=(\d+)/i.exec(
      card
        .querySelector('a[href*="eedback_id="], a[href*="eedbackId="], a[href*="eedbackid="]')
        ?.getAttribute('href') ?? '',
    )?.[1];
  if (own && normText(own)) return normText(own).slice(0, 200);
  return [itemId ?? 'item', buyer || 'buyer', date].filter(Boolean).join(':').slice(0, 200);
}

/** Reply state of a feedback card: its open box, the seller's existing reply, or the Reply control. */
function replyOf(card: Element, parts: readonly Element[] = [card]): Partial<EbayItem> {
  for (const p of parts) {
    for (const el of Array.from(p.querySelectorAll('*'))) {
      if (el.children.length > 3) continue;
      if (SELLER_REPLY.test(text(el)) && shown(el))
        return { replyable: false, replyState: 'replied' };
    }
  }
  const box = parts.flatMap((p) => textBoxes(p))[0];
  if (box) return { replyable: true, replyState: 'open', replyLimit: feedbackReplyLimit(box) };
  for (const p of parts) {
    for (const c of Array.from(p.querySelectorAll('button, a, [role="button"]'))) {
      const label = text(c) || normText(c.getAttribute('aria-label'));
      if (REPLY_LABEL.test(label) && shown(c)) return { replyable: false, replyAction: label };
    }
  }
  return { replyable: false };
}

function readProfileCard(card: Element): EbayItem {
  const commentEl =
    card.querySelector('.fdbk-container__details__comment') ??
    card.querySelector('.feedback-comment-text');
  const buyer = text(card.querySelector('.fdbk-container__details__info__username > span'));
  const ratingEl =
    card.querySelector('.fdbk-container__details__info__icon [aria-label]') ??
    card.querySelector('[aria-label*="feedback" i], img[alt*="feedback" i]');
  const dateRaw = text(card.querySelector('.fdbk-container__details__info__divide__time'));
  const link = card.querySelector('.fdbk-container__details__item-link');
  const product = productOfLink(link, text(link));
  const item: EbayItem = {
    externalId: cardId(card, product?.id, buyer, ''),
    kind: 'feedback',
    body: capText(text(commentEl)),
    replyable: false,
  };
  const polarity = polarityOf(
    ratingEl?.getAttribute('aria-label') ?? ratingEl?.getAttribute('alt'),
  );
  if (polarity) item.polarity = polarity;
  if (buyer) item.author = capShort(buyer);
  if (product) item.product = product;
  setDate(item, dateRaw);
  Object.assign(item, replyOf(card));
  return item;
}

/** Legacy table: a comment row and the detail rows after it, up to the next comment row. */
function legacyCards(doc: Document): Element[][] {
  const out: Element[][] = [];
  for (const span of Array.from(doc.querySelectorAll('.feedback-comment-text'))) {
    if (span.closest(CARD) || !shown(span)) continue;
    const row = span.closest('tr');
    if (!row) {
      out.push([span.parentElement ?? span]);
      continue;
    }
    const rows: Element[] = [row];
    for (
      let r = row.nextElementSibling;
      r && !r.querySelector('.feedback-comment-text');
      r = r.nextElementSibling
    ) {
      rows.push(r);
    }
    out.push(rows);
  }
  return out;
}

function readLegacyCard(rows: Element[]): EbayItem {
  const first = rows[0] as Element;
  const all = rows.map((r) => text(r)).join(' ');
  const ratingEl = first.querySelector('img[alt], img[title], [aria-label]');
  const buyerEl =
    Array.from(first.querySelectorAll('td'))
      .find((td) => /^(?:Buyer|Käufer|Acheteur|Acquirente|Comprador)\s*:/i.test(text(td)))
      ?.querySelector('a') ?? null;
  const buyer = text(buyerEl);
  const dateRaw =
    text(first.querySelector('.fbr-date')) ||
    (/\b(?:[A-Z][a-z]{2}-\d{2}-\d{2}|\d{2}-[A-Z][a-z]{2}-\d{2})(?: \d{2}:\d{2})?/.exec(
      text(first),
    )?.[0] ??
      '');
  const link = rows.map((r) => r.querySelector('a[href*="/itm/"]')).find(Boolean) ?? null;
  const itemRow = rows.find((r) => ITEM_IN_TEXT.test(text(r)));
  const itemCell = itemRow
    ? Array.from(itemRow.querySelectorAll('td')).find((td) => ITEM_IN_TEXT.test(text(td)))
    : undefined;
  const product = link ? productOfLink(link, all) : productOfLink(itemCell ?? null, all);
  const item: EbayItem = {
    externalId: cardId(first, product?.id, buyer, dateRaw),
    kind: 'feedback',
    body: capText(text(first.querySelector('.feedback-comment-text'))),
    replyable: false,
  };
  const polarity =
    polarityOf(ratingEl?.getAttribute('alt')) ??
    polarityOf(ratingEl?.getAttribute('title')) ??
    polarityOf(ratingEl?.getAttribute('aria-label'));
  if (polarity) item.polarity = polarity;
  if (buyer) item.author = capShort(buyer);
  if (product) item.product = product;
  setDate(item, dateRaw);
  for (const r of rows.slice(1)) {
    const t = text(r);
    if (FOLLOW_UP.test(t)) item.followUp = { text: capText(t.replace(FOLLOW_UP, '')) };
  }
  Object.assign(item, replyOf(first, rows));
  return item;
}

const EMPTY_FEEDBACK =
  /no feedback (?:yet|to show|found)|keine bewertungen|aucune évaluation|nessun feedback|ningún voto/i;

export function readFeedback(doc: Document): EbayRead {
  const items: EbayItem[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const push = (item: EbayItem) => {
    if (seen.has(item.externalId)) return;
    seen.add(item.externalId);
    items.push(item);
  };
  for (const card of Array.from(doc.querySelectorAll(CARD))) {
    if (!shown(card) || /--skeleton\b/.test(card.className)) continue;
    push(readProfileCard(card));
  }
  for (const rows of legacyCards(doc)) push(readLegacyCard(rows));
  if (!items.length && !EMPTY_FEEDBACK.test(text(doc.body))) {
    warnings.push('feedback page: no feedback cards found — the page may have changed');
  }
  for (const i of items) {
    if (!i.body) warnings.push(`feedback ${i.externalId.slice(0, 40)}: no comment found`);
  }
  return { items, warnings };
}

// ---------------------------------------------------------------------------
// Messages: legacy inbox and detail (body in an iframe), My eBay conversations

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

function readLegacyInbox(doc: Document): EbayItem[] {
  const items: EbayItem[] = [];
  for (const link of Array.from(doc.querySelectorAll('a[href*="ViewMessageDetail" i]'))) {
    const m = DETAIL_RE.exec(link.getAttribute('href') ?? '');
    if (!m?.[2] || !shown(link)) continue;
    const row = link.closest('tr, li, [role="row"]') ?? link.parentElement ?? link;
    const sender =
      text(row.querySelector('.mesg-sender, .mesg-from, [class*="sender" i]')) ||
      (/^(.+?) sent a message/i.exec(text(link).replace(/^[^:]{1,40}:\s*/, ''))?.[1] ?? '');
    // Notices from eBay itself are not a buyer's case.
    if (m[1]?.toLowerCase() === 'ebay' || PLATFORM_LABEL.test(sender)) continue;
    if (items.some((i) => i.externalId === m[2])) continue;
    const subject = text(link);
    const item: EbayItem = {
      externalId: m[2],
      kind: 'messages',
      title: capShort(subject),
      body: capText(subject),
      replyable: false,
    };
    if (sender) item.author = capShort(sender);
    const pid = ITEM_IN_TEXT.exec(subject)?.[1];
    const pname = /\babout (.+?)\s*#\d{9,15}/i.exec(subject)?.[1];
    if (pid || pname) {
      item.product = {};
      if (pid) item.product.id = pid;
      if (pname) item.product.name = capShort(pname);
    }
    setDate(item, text(row.querySelector('.mesg-date, time, [class*="date" i]')));
    items.push(item);
  }
  return items;
}

/** One legacy message: the e-mail markup (#UserInputtedText …) in whichever frame holds it. */
function readLegacyDetail(doc: Document, url: URL): EbayItem | undefined {
  const id = DETAIL_RE.exec(url.pathname)?.[2];
  if (!id) return undefined;
  const bodyDoc = frameDocs(doc).find((d) => d.getElementById('UserInputtedText'));
  const subject = text(doc.querySelector('.mesg-subject, h1'));
  const item: EbayItem = { externalId: id, kind: 'messages', body: '', replyable: false };
  if (subject) item.title = capShort(subject);
  const from = text(doc.querySelector('.mesg-head .mesg-from, .mesg-from'));
  if (from) item.author = capShort(from);
  setDate(item, text(doc.querySelector('.mesg-head .mesg-date, .mesg-date')));
  if (!bodyDoc) {
    item.unreadable = true;
  } else {
    const buyer = text(bodyDoc.querySelector('#PrimaryMessage .secondary-headline a'));
    if (buyer) item.author = capShort(buyer);
    const messages: NonNullable<EbayItem['messages']> = [];
    // eBay's e-mails list earlier messages newest first: turned round here, oldest first.
    const earlier = Array.from(bodyDoc.querySelectorAll('.previous-message')).reverse();
    for (const block of earlier) {
      const label = text(block.querySelector('.previous-message__from'));
      const t = text(block.querySelector('.previous-message__text'));
      if (!t) continue;
      const at = ebayDate(text(block.querySelector('.previous-message__date')));
      const who: From = /^(?:Your|Ihre|Votre|Il tuo|Tu) /i.test(label) ? 'seller' : 'buyer';
      messages.push(
        at?.raw
          ? { from: who, at: at.iso ?? at.raw, text: capText(t) }
          : { from: who, text: capText(t) },
      );
    }
    const newest = text(bodyDoc.getElementById('UserInputtedText'));
    if (newest) {
      const at = item.date?.iso ?? item.date?.raw;
      messages.push(
        at
          ? { from: 'buyer', at, text: capText(newest) }
          : { from: 'buyer', text: capText(newest) },
      );
    }
    item.messages = messages.slice(0, 200);
    item.body = capText(
      messages
        .filter((x) => x.from === 'buyer')
        .map((x) => x.text)
        .join('\n\n'),
    );
    if (!item.body) item.unreadable = true;
    const area = bodyDoc.getElementById('area7Container');
    const areaText = text(area);
    const product = productOfLink(area?.querySelector('a[href*="/itm/"]') ?? null, areaText);
    if (product) item.product = product;
    const order = ORDER_IN_TEXT.exec(areaText)?.[1];
    if (order) item.orderId = order;
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

function readBubble(bubble: Element): { from: From; at?: string; text: string } {
  const from = senderOf(bubble);
  const timeEl = bubble.querySelector('time');
  const parts = Array.from(bubble.children).filter((c) => c !== timeEl && c.localName !== 'time');
  // The author line is the first short part; the text is the longest of the rest.
  const body = parts.length > 1 ? parts.slice(1) : parts;
  const t = body.map((c) => text(c)).sort((a, b) => b.length - a.length)[0] ?? text(bubble);
  const at = ebayDate(text(timeEl) || (timeEl?.getAttribute('datetime') ?? ''));
  const msg: { from: From; at?: string; text: string } = { from, text: capText(t) };
  if (at) msg.at = at.iso ?? at.raw;
  return msg;
}

function readConversations(doc: Document, url: URL): EbayItem[] {
  const items: EbayItem[] = [];
  const links = Array.from(doc.querySelectorAll(CONV_LINK)).filter(
    (a) => shown(a) && !a.closest('#gh'),
  );
  const current =
    links.find(
      (a) =>
        a.getAttribute('aria-current') === 'true' || a.getAttribute('aria-selected') === 'true',
    ) ??
    links.find((a) => convIdOf(a.getAttribute('href')) === url.searchParams.get('conversationId'));
  for (const a of links) {
    const id = convIdOf(a.getAttribute('href'));
    if (!id || items.some((i) => i.externalId === id)) continue;
    const [nameEl, ...rest] = Array.from(a.children);
    const preview =
      rest
        .filter((c) => c.localName !== 'time')
        .map((c) => text(c))
        .sort((x, y) => y.length - x.length)[0] ?? '';
    const name = text(nameEl);
    if (PLATFORM_LABEL.test(name)) continue;
    const item: EbayItem = {
      externalId: id,
      kind: 'messages',
      body: capText(preview),
      replyable: false,
    };
    if (name) item.author = capShort(name);
    setDate(item, text(a.querySelector('time')));
    items.push(item);
  }
  const box = textBoxes(doc).find((b) => !b.closest(CONV_LINK));
  const thread = box?.closest('section, article, [role="main"], [role="region"]') ?? null;
  if (!thread) return items;
  const id =
    convIdOf(current?.getAttribute('href')) ?? url.searchParams.get('conversationId') ?? undefined;
  if (!id) return items;
  const list = Array.from(thread.querySelectorAll('ol, ul')).find((l) =>
    l.querySelector(':scope > li'),
  );
  const bubbles = list ? Array.from(list.querySelectorAll(':scope > li')) : [];
  const read = bubbles.map((el) => ({ el, msg: readBubble(el) })).filter((b) => b.msg.text);
  const messages = read.map((b) => b.msg);
  let item = items.find((i) => i.externalId === id);
  if (!item) {
    item = { externalId: id, kind: 'messages', body: '', replyable: false };
    items.push(item);
  }
  item.messages = messages.slice(-200);
  const fromBuyer = read.filter((b) => b.msg.from === 'buyer');
  item.body = capText(fromBuyer.map((b) => b.msg.text).join('\n\n'));
  if (!fromBuyer.length) item.unreadable = true;
  const lastBuyer = fromBuyer.at(-1)?.el.querySelector('time');
  if (lastBuyer) setDate(item, text(lastBuyer) || (lastBuyer.getAttribute('datetime') ?? ''));
  const headText = text(thread.querySelector('header, [class*="head" i]') ?? thread);
  const link = thread.querySelector('a[href*="/itm/"]');
  const product = productOfLink(link, headText);
  if (product) item.product = product;
  const order = ORDER_IN_TEXT.exec(headText)?.[1];
  if (order) item.orderId = order;
  item.replyable = true;
  item.replyState = 'open';
  const limit = boxLimit(box as EbayBox);
  if (limit) item.replyLimit = limit;
  return items;
}

const EMPTY_MESSAGES =
  /no messages|you have no (?:new )?messages|keine nachrichten|aucun message|nessun messaggio|no tienes mensajes/i;

export function readMessages(doc: Document, url: URL): EbayRead {
  const warnings: string[] = [];
  const items: EbayItem[] = [];
  if (url.hostname.startsWith('mesg.')) {
    const detail = readLegacyDetail(doc, url);
    if (detail) {
      items.push(detail);
      if (detail.unreadable)
        warnings.push(`message ${detail.externalId}: could not read the message text`);
    } else items.push(...readLegacyInbox(doc));
  } else {
    items.push(...readConversations(doc, url));
  }
  if (!items.length && !EMPTY_MESSAGES.test(text(doc.body))) {
    warnings.push('messages page: no messages found — the page may have changed');
  }
  return { items, warnings };
}

/** Everything the page shows, by page kind. */
export function readEbay(doc: Document, url: URL): EbayRead {
  const kind = detectEbay(url);
  if (kind === 'feedback') return readFeedback(doc);
  if (kind === 'messages') return readMessages(doc, url);
  return { items: [], warnings: [] };
}

// ---------------------------------------------------------------------------
// The reply box of one item

const bareId = (id: string): string => normText(id).replace(/^ebay:/i, '');

/** The visible, enabled reply box tied to this item, with the limit the draft must fit; else null. */
export function ebayReplyBox(
  doc: Document,
  externalId: string,
  url: URL,
): { box: EbayBox; limit?: number } | null {
  const id = bareId(externalId);
  if (!id) return null;
  const kind = detectEbay(url);
  if (kind === 'feedback') {
    for (const card of Array.from(doc.querySelectorAll(CARD))) {
      if (!shown(card)) continue;
      if (readProfileCard(card).externalId !== id) continue;
      const box = textBoxes(card)[0];
      return box ? { box, limit: feedbackReplyLimit(box) } : null;
    }
    for (const rows of legacyCards(doc)) {
      if (readLegacyCard(rows).externalId !== id) continue;
      const box = rows.flatMap((r) => textBoxes(r))[0];
      return box ? { box, limit: feedbackReplyLimit(box) } : null;
    }
    return null;
  }
  if (kind !== 'messages') return null;
  const open = readMessages(doc, url).items.find((i) => i.externalId === id && i.replyable);
  if (!open) return null;
  const box = url.hostname.startsWith('mesg.')
    ? textBoxes(doc)[0]
    : textBoxes(doc).find((b) => !b.closest(CONV_LINK));
  if (!box) return null;
  const limit = boxLimit(box);
  return limit ? { box, limit } : { box };
}
