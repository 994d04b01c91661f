// Amazon Seller Central, the page reader: bundled only into
// entrypoints/amazon.content.ts. Anchors are ids, data-testid, kat-* components
// and visible label text (English and Chinese), never hashed class names
// (shared/sites/amazon.md).
import type { ReadContext, ReplyBox } from './types';
import type { SnapshotItem, SnapshotMessage } from '../messages';
import { amazon, AMAZON_ORDER_ID, AMAZON_ORDER_ID_EXACT, ASIN } from './amazon';
import { defineAdapter } from './define';
import { matchesIn, readContext } from './scan';
import { isoDate, itemDate, type DateHints } from './dates';
import { marketOffset } from './dates-ymd';
import { ownWords, shownWords, wholeOfCut } from './words';
import {
  containsDeep,
  deepById,
  deepFirst,
  deepQuerySelectorAll,
  normText,
  parentDeep,
  starsOf,
  visibleText,
} from './dom';
import {
  firstIn,
  isEnabled,
  isVisible,
  markedAncestors,
  pageLink,
  readThreadMessages,
  labelledBuyer,
  replyBoxesIn,
  messageAt,
  senderOf,
  type BoxInfo,
  byListPlace,
} from './shared';

const orderIdsIn = (text: string): string[] =>
  Array.from(new Set(text.match(AMAZON_ORDER_ID) ?? []));

/** Strip an optional namespace (`amazon:R2…`) from an id the side panel sends. */
const bareId = (id: string): string => normText(id).replace(/^amazon:/i, '');

/** Element by exact id inside `root`, without building a selector from page text. */
const byId = (root: Element, id: string): Element | null => deepById(root, id);

// ---------------------------------------------------------------------------
// Reviews (/brand-customer-reviews/)

const REVIEW_CARD = '.reviewContainer[data-testid^="review-"]';
const FEEDBACK_ROW = 'kat-table-row#feedback-details, [id="feedback-details"]';
// day first on the UK/EU marketplaces: "on 12 Nov 2026"
const REVIEW_BY_EN =
  /Review by\s+(.+?)\s+on\s+((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s+\d{4})/;
const REVIEW_BY_ZH = /^(?:评论者[:：]?\s*)?(.+?)\s*于\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/;
// 「NAME さんのレビュー（2026年11月24日）」, 「NAME によるレビュー · 2026/11/24」
const REVIEW_BY_JA =
  /^(?:レビュー(?:投稿)?者[:：]?\s*)?(.+?)\s*(?:さん)?\s*(?:の|による)\s*レビュー\s*[（(·・|]?\s*(\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\/\s*\d{1,2}\s*\/\s*\d{1,2}))/;
/**
 * A day-first date with a month name, as the EU marketplaces write it: 24. November 2026, 24 de
 * noviembre de 2026, and the French first of the month, 1er décembre 2026 (1º, 1° elsewhere).
 */
const EU_DATE = String.raw`\d{1,2}(?:er|[º°])?\.?\s+(?:de\s+)?[A-Za-zÀ-ÿ]{3,10}\.?\s+(?:de\s+)?\d{4}`;
/** "Review by NAME on DATE" in the EU marketplaces' languages (de, fr, es, it, nl, pt, pl, sv). */
const REVIEW_BY_EU = new RegExp(
  String.raw`(?:Rezension|Bewertung|Kundenrezension) von\s+(.+?)\s+(?:am|vom)\s+(${EU_DATE})` +
    String.raw`|(?:Commentaire|Avis|Évaluation) (?:de|d['’]|par)\s*(.+?)\s+(?:le|du)\s+(${EU_DATE})` +
    String.raw`|(?:Reseña|Opinión|Valoración) (?:de|por)\s+(.+?)\s+(?:el|del)\s+(${EU_DATE})` +
    String.raw`|(?:Recensione|Valutazione) (?:di|da)\s+(.+?)\s+(?:il|del)\s+(${EU_DATE})` +
    String.raw`|(?:Review|Beoordeling|Recensie) (?:door|van)\s+(.+?)\s+op\s+(${EU_DATE})` +
    String.raw`|(?:Avaliação|Análise) (?:de|por)\s+(.+?)\s+(?:em|de)\s+(${EU_DATE})` +
    String.raw`|(?:Recenzja|Opinia) (?:od|użytkownika)\s+(.+?)\s+z dnia\s+(${EU_DATE})` +
    String.raw`|Recension av\s+(.+?)\s+den\s+(${EU_DATE})`,
);
/** The EU pattern's name and date, wherever its alternative put them, as [_, name, date]. */
function euBy(t: string): RegExpExecArray | null {
  const m = REVIEW_BY_EU.exec(t);
  if (!m) return null;
  const i = m.findIndex((v, n) => n > 0 && v !== undefined);
  const out = [m[0], m[i], m[i + 1]] as unknown as RegExpExecArray;
  out.index = m.index;
  out.input = t;
  return out;
}
const reviewByIn = (t: string): RegExpExecArray | null =>
  REVIEW_BY_EN.exec(t) ?? REVIEW_BY_ZH.exec(t) ?? REVIEW_BY_JA.exec(t) ?? euBy(t);
/** Words one of the reviewer lines holds: a cheap test before the patterns. */
const REVIEW_BY_HINT =
  /Review by|于|レビュー|Rezension|Bewertung|Commentaire|Avis|Évaluation|Reseña|Opinión|Valoración|Recensione|Valutazione|door|Avaliação|Análise|Recenzja|Opinia|Recension/;
/** "You contacted the customer on …" in the Seller Central languages. */
const CONTACTED =
  /You contacted the customer on|您已于.{0,40}联系|已联系(?:买家|顾客|客户)|お客様に連絡しました|お客様に連絡済み|Sie haben (?:den|die) Kund(?:en|in) am|Vous avez contacté (?:le|la) client|Hai contattato il cliente|Has contactado (?:con )?el cliente|(?:Te pusiste|Te has puesto|Se puso|Se ha puesto|Has puesto) en contacto con el cliente|Contactaste (?:con )?el cliente|U hebt contact opgenomen met de klant|Você entrou em contato com o cliente/i;
const CONTACT_LABEL = /^(?:contact (?:the )?(?:customer|buyer)|联系(?:买家|顾客|客户))$/i;
const EMPTY_REVIEWS =
  /no reviews (?:match|found|to show)|there are no reviews|没有(?:符合条件的)?评论|暂无评论/i;

/** "Review by NAME on DATE" / 「NAME 于 DATE」: the meta line, or the shortest element saying it. */
function reviewBy(card: Element, exclude: readonly Element[]): RegExpExecArray | null {
  const meta = card.querySelector(
    '.reviewMeta, [class*="reviewMeta"], [class*="review-meta" i], [data-testid*="review-meta" i]',
  );
  if (meta) {
    const t = normText(meta.textContent);
    const m = reviewByIn(t);
    if (m) return m;
  }
  let best: { m: RegExpExecArray; len: number } | null = null;
  for (const el of Array.from(card.querySelectorAll('div, span, p, kat-label'))) {
    if (exclude.some((x) => x.contains(el))) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 300 || !REVIEW_BY_HINT.test(raw)) continue;
    const t = normText(raw);
    const m = reviewByIn(t);
    if (m && (!best || t.length < best.len)) best = { m, len: t.length };
  }
  return best?.m ?? null;
}

interface CardParts {
  body?: Element;
  title?: Element;
  rating?: Element;
  meta?: Element;
  detail?: Element;
  productName?: Element;
  dpLink?: Element;
  links: Element[];
}

const META_CLASS = /review-?meta/i;
/**
 * Every element cardParts may take, and a few more (it tests each as before): links with an href,
 * and classes holding the parts' names ("meta" for META_CLASS: an ASCII-only match that /i's
 * case folding, ı for i, cannot widen).
 */
const PART_CANDIDATES =
  'a[href], kat-link[href], kat-button[href], .reviewRating, [class*="meta" i], [class*="asinDetail"], [class*="productTitle"], [class*="product-title"], [class*="productName"]';
const PRODUCT_NAME_CLASS = /productTitle|product-title|productName/;

/**
 * A card's parts in one walk over its elements (the first of each in tree order, as the scoped
 * querySelector of each part's selector gives; seven such queries were a third of reading a card),
 * and the ids through the tree's id index.
 */
function cardParts(card: Element, id: string): CardParts {
  const parts: CardParts = { links: [] };
  const body = byId(card, `review-content-${id}`);
  if (body) parts.body = body;
  const title = byId(card, `${id}-title`);
  if (title) parts.title = title;
  // only the elements the tests below can take: the browser's selector match is cheaper than a
  // look at every element's tag and class here
  const all = card.querySelectorAll(PART_CANDIDATES);
  for (let i = 0, n = all.length; i < n; i++) {
    const el = all[i]!;
    const tag = el.localName;
    if (tag === 'a' || tag === 'kat-link' || tag === 'kat-button') {
      const href = el.getAttribute('href');
      if (href !== null) {
        if (tag === 'a' && href.includes('/dp/')) parts.dpLink ??= el;
        else parts.links.push(el);
      }
    }
    const cls = el.getAttribute('class');
    if (!cls) continue;
    if (!parts.rating && el.classList.contains('reviewRating')) parts.rating = el;
    if (!parts.meta && META_CLASS.test(cls)) parts.meta = el;
    if (!parts.detail && cls.includes('asinDetail')) parts.detail = el;
    if (!parts.productName && PRODUCT_NAME_CLASS.test(cls)) parts.productName = el;
  }
  return parts;
}

/** A card slot the page is still loading (a skeleton before the next batch): no review yet. */
const LOADING_CARD = /(?:^|[\s_-])(?:skeleton|placeholder|shimmer|loading)(?:$|[\s_-])/i;

function readReview(card: Element, ctx: ReadContext): SnapshotItem | null {
  const id = normText(card.getAttribute('data-testid')).replace(/^review-/, '');
  if (!id) return null;
  if (card.getAttribute('aria-busy') === 'true' || LOADING_CARD.test(card.className)) return null;
  const p = cardParts(card, id);
  const bodyEl = p.body;
  const titleEl = p.title ?? null;
  const exclude = [bodyEl, titleEl].filter((e): e is Element => !!e);
  const item: SnapshotItem = {
    externalId: id,
    kind: 'reviews',
    // a review cut at "Read more" with its whole text hidden beside it: the whole text, once
    body: wholeOfCut(bodyEl) ?? shownWords(bodyEl),
    replyable: false, // brand reviews are read-only
  };
  const rating = starsOf(p.rating);
  if (rating !== undefined) item.rating = rating;
  else if (p.rating) ctx.warn(`review ${id.slice(0, 40)}: its star rating could not be read`);
  const title = visibleText(titleEl?.querySelector('b') ?? titleEl);
  if (title) item.title = title;
  let by: RegExpExecArray | null = null;
  if (p.meta) {
    const t = normText(p.meta.textContent);
    by = reviewByIn(t);
  }
  by ??= reviewBy(card, exclude);
  if (by?.[1]) item.author = normText(by[1]);
  const date = itemDate(normText(by?.[2]).replace(/\s*([年月日])\s*/g, '$1'));
  if (date) item.date = date;
  const product: NonNullable<SnapshotItem['product']> = {};
  const href = p.dpLink?.getAttribute('href') ?? '';
  const asin =
    ASIN.exec(p.detail?.textContent ?? '')?.[1] ?? /\/dp\/([A-Z0-9]{10})/i.exec(href)?.[1];
  if (asin) product.id = asin;
  let name = visibleText(p.productName);
  if (!name && p.dpLink) {
    const lt = visibleText(p.dpLink);
    if (lt && !ASIN.test(lt)) name = lt;
  }
  if (name) product.name = name;
  const purl = href ? pageLink(href, ctx.url) : undefined;
  if (purl) product.url = purl;
  if (Object.keys(product).length) item.product = product;
  // "You contacted the customer" is the page's, never the buyer's own text
  const all = card.textContent ?? '';
  if (CONTACTED.test(all)) {
    let rest = all;
    for (const x of exclude) rest = rest.replace(x.textContent ?? '', ' ');
    if (CONTACTED.test(rest)) item.contacted = true;
  }
  for (const a of p.links) {
    const href = a.getAttribute('href') ?? '';
    const label = normText(a.getAttribute('label') ?? a.textContent);
    if (CONTACT_LABEL.test(label) || /\/messaging\/contact\b/i.test(href)) {
      const u = pageLink(href, ctx.url);
      if (u) {
        item.contactUrl = u;
        break;
      }
    }
  }
  if (!bodyEl) ctx.warn(`review ${id.slice(0, 40)}: no body element found`);
  return item;
}

// ---------------------------------------------------------------------------
// Feedback (/feedback-manager/)

/**
 * Seller Central writes 11/20/2026 month first in the Americas, day first elsewhere; its times are
 * in the marketplace's zone where that is certain (amazon.co.jp: Tokyo; marketOffset).
 */
const dateHints = (url: URL): DateHints => ({
  slash:
    /\.(?:com|ca|com\.mx|com\.br)$/.test(url.hostname) && !url.hostname.includes('europe')
      ? 'mdy'
      : 'dmy',
  utcOffsetMinutes: marketOffset(url.hostname),
});

/**
 * Amazon's note on an FBA order's feedback, in the marketplaces' languages: "Message from Amazon",
 * Nachricht von Amazon, Message d'Amazon, Messaggio da/di Amazon, Mensaje de Amazon, Bericht van
 * Amazon, Amazonからのメッセージ, 来自亚马逊的消息.
 */
const FBA_NOTE = new RegExp(
  String.raw`\s*(?:来自亚马逊的消息|Amazon\s*からのメッセージ|(?:Message from|Nachricht von|Message (?:d['’]|de la part d['’])|Messaggio d[ai]|Mensaje de|Mensagem d[ao]|Bericht van|Meddelande från|Wiadomość od)\s*Amazon)\s*[:：]?[\s\S]*$`,
  'i',
);

/** The row's own "contact this buyer" link: the page's contact form, or a link labelled so. */
function contactLink(row: Element, base: URL): string | undefined {
  for (const a of Array.from(row.querySelectorAll('a[href], kat-link[href], kat-button[href]'))) {
    const href = a.getAttribute('href') ?? '';
    const label = normText(a.getAttribute('label') ?? a.textContent);
    if (CONTACT_LABEL.test(label) || /\/messaging\/contact\b/i.test(href)) {
      const u = pageLink(href, base);
      if (u) return u;
    }
  }
  return undefined;
}

function readFeedback(row: Element, ctx: ReadContext): SnapshotItem | null {
  if (row.matches('.fb-detail-table-header, .panel-active')) return null;
  const orderEl = firstIn(row, ['.col_order_id kat-link[label]', '.col_order_id']);
  const orderText = orderEl?.getAttribute('label') ?? visibleText(orderEl);
  const orderId = orderIdsIn(orderText)[0] ?? orderIdsIn(visibleText(row))[0];
  if (!orderId) return null;
  const cells = Array.from(row.querySelectorAll('kat-table-cell'));
  const commentEl = firstIn(row, ['.col_comments', '.col_comment']) ?? cells[3] ?? null;
  const rawComment = visibleText(commentEl);
  const item: SnapshotItem = {
    externalId: orderId,
    kind: 'feedback',
    orderId,
    body: rawComment.replace(FBA_NOTE, '').trim(),
    replyable: false, // the public reply form is a guess (sites/amazon.md)
  };
  const ratingEl = firstIn(row, ['.col_feedback_rating kat-star-rating', '.col_feedback_rating']);
  const rating = starsOf(ratingEl);
  if (rating !== undefined) item.rating = rating;
  else if (ratingEl) ctx.warn(`feedback ${orderId}: its star rating could not be read`);
  const date = itemDate(
    visibleText(firstIn(row, ['.col_order_date', '.col_date'])),
    dateHints(ctx.url),
  );
  if (date) item.date = date;
  if (FBA_NOTE.test(rawComment)) item.fba = true;
  const contact = contactLink(row, ctx.url);
  if (contact) item.contactUrl = contact;
  return item;
}

// ---------------------------------------------------------------------------
// Messages (/messaging/inbox-v3, /inbox, /thread, /contact)

const EMPTY_MESSAGES =
  /没有需要回复的消息|no messages that need a response|no messages need a response|you have no (?:new )?messages/i;
const ROW_SELECTORS = [
  'kat-table-row',
  'tr',
  '[class*="message-row" i]',
  '[class*="message-item" i]',
  '[class*="message-card" i]',
  '[class*="conversation-row" i]',
  '[class*="conversation-item" i]',
  '[class*="conversation-card" i]',
  '[class*="thread-row" i]',
  '[class*="thread-item" i]',
  '[class*="thread-card" i]',
  '[data-testid*="message-row" i]',
  '[data-testid*="message-item" i]',
  '[data-testid*="conversation-row" i]',
  '[data-testid*="conversation-item" i]',
  '[data-testid*="thread-row" i]',
  '[data-testid*="thread-item" i]',
  '[data-testid*="thread-card" i]',
  // builds drawn with ARIA only: a grid's rows (the header row holds no order id: no item)
  '[role="row"]',
  // a virtualised list's items: each names its place in the whole list
  '[role="listitem"][aria-posinset]',
  // a test id naming a message, conversation or thread and a row, item or card, with words between
  // them (sites/amazon.md): conversation-list-item, message-thread-row
  ...['message', 'conversation', 'thread'].flatMap((a) =>
    ['row', 'item', 'card'].map((b) => `[data-testid*="${a}" i][data-testid*="${b}" i]`),
  ),
].join(', ');
const ORDER_ANCHORS = [
  'kat-link[label]',
  '[class*="order-id" i]',
  '[class*="orderId"]',
  '[data-testid*="order-id" i]',
  'a[href*="order" i]',
];
const SEND_TO_RE =
  /^(?:Send (?:a )?message to|Message to|Reply to|Conversation with)\s+(.+?)\s*$|^(?:发送消息给|回复)\s*(.+?)\s*$|^向\s*(.+?)\s*发送消息$/i;
const DATE_RE =
  /\b(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?:,? \d{1,2}:\d{2}(?: ?[AP]M)?)?|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?)|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}:\d{2})?/;
const PREVIEW = [
  '[class*="preview" i]',
  '[class*="snippet" i]',
  '[class*="last-message" i]',
  '[class*="message-text" i]',
  '[data-testid*="preview" i]',
  '[data-testid*="last-message" i]',
];

function urlOrderId(url: URL): string | undefined {
  for (const key of ['orderId', 'orderID', 'orderid', 'order_id']) {
    const v = url.searchParams.get(key)?.trim();
    if (v && AMAZON_ORDER_ID_EXACT.test(v)) return v;
  }
  return undefined;
}

/** A thread's own id when the URL names no order (a thread of a buyer without an order). */
function urlThreadId(url: URL): string | undefined {
  for (const key of ['threadId', 'threadID', 'conversationId', 'messageId']) {
    const v = url.searchParams.get(key)?.trim();
    if (v && /^[\w-]{1,100}$/.test(v)) return `thread:${v}`;
  }
  return undefined;
}

/**
 * The order a row is about: the id its order cell or order link names, so a
 * buyer quoting another order in the message text changes nothing; only a row
 * without such an anchor falls back to the first id in its text.
 */
function orderOfRow(row: Element): string | undefined {
  for (const sel of ORDER_ANCHORS) {
    for (const el of Array.from(row.querySelectorAll(sel))) {
      const id = orderIdsIn(
        `${el.getAttribute('label') ?? ''} ${el.getAttribute('href') ?? ''} ${el.textContent ?? ''}`,
      )[0];
      if (id) return id;
    }
  }
  return orderIdsIn(visibleText(row))[0];
}

/**
 * The order a reply box belongs to: walk up from the box (across shadow
 * boundaries) to the first ancestor with an order anchor. A URL that names
 * the order settles a thread view whose header names none.
 */
function orderOfBox(box: Element, url: URL): string | undefined {
  return orderNear(box, url)?.id;
}

/** The box's order and how many levels up it was found: the nearest claim wins. */
function orderNear(
  box: Element,
  url: URL,
): { id: string; depth: number; at?: Element } | undefined {
  const fromUrl = urlOrderId(url);
  let cur: Element | null = parentDeep(box);
  let depth = 0;
  while (cur && cur.localName !== 'body') {
    depth++;
    const id = orderOfAnchorIn(cur);
    if (id) return { id, depth, at: cur };
    const text = visibleText(cur);
    const labelled = ORDER_LABEL.exec(text)?.[1];
    if (labelled) return { id: labelled, depth, at: cur };
    const ids = orderIdsIn(text);
    if (ids.length === 1) return { id: ids[0]!, depth, at: cur };
    if (ids.length > 1)
      return fromUrl && ids.includes(fromUrl) ? { id: fromUrl, depth, at: cur } : undefined;
    cur = parentDeep(cur);
  }
  return fromUrl ? { id: fromUrl, depth: Number.MAX_SAFE_INTEGER } : undefined;
}

const ORDER_LABEL =
  /(?:Order(?:\s*ID|\s*#|\s*number)?|订单(?:编号|号)?|Bestellnummer|Commande)\s*[:：#]?\s*(\d{3}-\d{7}-\d{7})/i;

function orderOfAnchorIn(el: Element): string | undefined {
  for (const sel of ORDER_ANCHORS) {
    const hit = el.querySelector(sel);
    if (!hit) continue;
    const id = orderIdsIn(
      `${hit.getAttribute('label') ?? ''} ${hit.getAttribute('href') ?? ''} ${hit.textContent ?? ''}`,
    )[0];
    if (id) return id;
  }
  return undefined;
}

/** The thread view around a box: the outermost ancestor that is not a list of threads. */
function threadContainer(box: Element, rows: ReadonlySet<Element>): Element | null {
  let best: Element | null = null;
  let cur: Element | null = parentDeep(box);
  while (cur && cur.localName !== 'body') {
    if (rows.has(cur)) return cur;
    let listHere = false;
    for (const r of rows) {
      if (r !== cur && containsDeep(cur, r) && !containsDeep(r, box)) {
        listHere = true;
        break;
      }
    }
    if (listHere) break;
    best = cur;
    cur = parentDeep(cur);
  }
  return best;
}

function buyerNameIn(root: Element): string | undefined {
  const el = deepFirst(root, [
    '[class*="buyer-name" i]',
    '[data-testid*="buyer-name" i]',
    '[class*="buyerName"]',
    '[class*="customer-name" i]',
  ]);
  const direct = visibleText(el).replace(/^(?:Buyer|Customer|买家|顾客)\s*[:：]\s*/i, '');
  if (direct) return direct;
  // the heading may sit in the thread app's shadow root, as its buyer-name element may
  for (const h of deepQuerySelectorAll(
    root,
    'h1, h2, h3, [class*="header" i] > *, kat-box[label], kat-textarea[label]',
  )) {
    const t = normText(h.getAttribute('label')) || visibleText(h);
    if (!t || t.length > 120) continue;
    const m = SEND_TO_RE.exec(t);
    const name = normText(m?.[1] ?? m?.[2] ?? m?.[3]);
    if (name && !AMAZON_ORDER_ID_EXACT.test(name)) return name;
  }
  return undefined;
}

const datePart = (el: Element): string => {
  const t = firstIn(el, [
    'time',
    '[class*="date" i]',
    '[class*="timestamp" i]',
    '[data-testid*="date" i]',
  ]);
  const shown = visibleText(t);
  return (
    normText(shown || t?.getAttribute('datetime')) || (DATE_RE.exec(visibleText(el))?.[0] ?? '')
  );
};

/** Row labels that are no one's name: states, and a name's own label. */
const ROW_LABEL =
  /^(?:new|unread|read|urgent|replied|response needed|needs? (?:a )?response|no response needed|awaiting response|buyer|customer|未读|新|已读|紧急|需要回复|已回复|无需回复|买家|顾客)\s*[:：]?$/i;

/**
 * A conversation row names its buyer first, as its heading: the row's first piece of text, when
 * it stands before the order id and is short, holds no date, id or colon, and is no state
 * label. Only for rows whose name has no marking of its own (class or testid: buyerNameIn).
 */
function leadingName(row: Element, orderId: string, preview: Element | null): string | undefined {
  const all = row.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < 40; i++) {
    const el = all[i]!;
    if (el.childElementCount || (preview && preview.contains(el))) continue;
    const t = visibleText(el);
    if (!t || ROW_LABEL.test(t)) continue;
    if (t.includes(orderId) || t.length > 60 || /[:：@]|\d{3}/.test(t) || DATE_RE.test(t))
      return undefined;
    return t;
  }
  return undefined;
}

function readRow(row: Element): SnapshotItem | null {
  const orderId = orderOfRow(row);
  if (!orderId) return null;
  const previewEl = firstIn(row, PREVIEW);
  const dateText = datePart(row);
  const author = buyerNameIn(row) ?? leadingName(row, orderId, previewEl);
  let body = visibleText(previewEl);
  if (!body) {
    body = normText(
      visibleText(row)
        .replace(orderId, ' ')
        .replace(dateText, ' ')
        .replace(author ?? '\u0000', ' '),
    );
  }
  const item: SnapshotItem = {
    externalId: orderId,
    kind: 'messages',
    orderId,
    body,
    replyable: false,
  };
  if (author) item.author = author;
  // the row's <time datetime> with its zone, if any, is the time (the one datePart reads first)
  const date = itemDate(dateText, { el: row });
  if (date) item.date = date;
  return item;
}

interface OpenThread {
  id: string;
  orderId?: string;
  author?: string;
  messages: SnapshotMessage[];
  unreadable: boolean;
  date?: string;
  product?: NonNullable<SnapshotItem['product']>;
  box: BoxInfo;
}

/** The product a thread is about: its header's (or any of its) /dp/ASIN link. */
function threadProduct(
  container: Element,
  base: URL,
): NonNullable<SnapshotItem['product']> | undefined {
  for (const a of deepQuerySelectorAll(container, 'a[href*="/dp/"]')) {
    const href = a.getAttribute('href') ?? '';
    const asin = /\/dp\/([A-Z0-9]{10})/i.exec(href)?.[1];
    if (!asin) continue;
    const product: NonNullable<SnapshotItem['product']> = { id: asin };
    const url = pageLink(href, base);
    if (url) product.url = url;
    return product;
  }
  return undefined;
}

function openThreads(ctx: ReadContext, rows: ReadonlySet<Element>): OpenThread[] {
  const out: OpenThread[] = [];
  for (const info of replyBoxesIn(ctx)) {
    const orderId = orderOfBox(info.box, ctx.url);
    const container = threadContainer(info.box, rows) ?? ctx.doc.body;
    const author = buyerNameIn(container) ?? labelledBuyer(container, [info.box]);
    const id = orderId ?? urlThreadId(ctx.url) ?? (author ? `buyer:${author}` : undefined);
    if (!id || out.some((t) => t.id === id)) continue;
    const shown = readThreadMessages(container, [info.box]);
    const parse = (t: string) => isoDate(t, dateHints(ctx.url));
    // a buyer answering from a mail app quotes the exchange under her words: her words only
    const messages = shown.map((m) => {
      const own = ownWords(m.text);
      const t = own === m.text ? m : { ...m, text: own };
      return t.at ? { ...t, at: messageAt(t.at, parse) } : t;
    });
    const t: OpenThread = {
      id,
      messages,
      unreadable: !messages.some((m) => m.from === 'buyer'),
      box: info,
    };
    if (orderId) t.orderId = orderId;
    if (author) t.author = author;
    const product = threadProduct(container, ctx.url);
    if (product) t.product = product;
    // the item's date keeps the text the page shows; its ISO form comes from the same parse
    const lastShown = [...shown].reverse().find((m) => m.from === 'buyer');
    if (lastShown?.at) t.date = lastShown.at;
    out.push(t);
  }
  return out;
}

/**
 * A box the agent can type into now: a disabled one (a form that waits for a template to be
 * picked, a closed thread) is shown but takes no draft, so the item is not replyable yet.
 */
const usable = (box: Element): boolean => isVisible(box) && isEnabled(box);

const buyerBody = (messages: readonly SnapshotMessage[]): string =>
  messages
    .filter((m) => m.from === 'buyer')
    .map((m) => m.text)
    .join('\n\n');

function finishMessages(
  items: SnapshotItem[],
  ctx: ReadContext,
  rowEls: readonly Element[],
): SnapshotItem[] {
  const rows = new Set(rowEls);
  const threads = openThreads(ctx, rows);
  const out = items.map((item) => {
    const open = threads.find((t) => t.id === item.externalId);
    if (!open) return item;
    const next: SnapshotItem = { ...item, replyable: usable(open.box.box) };
    if (open.box.limit) next.replyLimit = open.box.limit;
    if (open.messages.length) next.messages = open.messages;
    const body = buyerBody(open.messages);
    if (body) next.body = body;
    return next;
  });
  for (const t of threads) {
    if (out.some((i) => i.externalId === t.id)) continue;
    const item: SnapshotItem = {
      externalId: t.id,
      kind: 'messages',
      body: buyerBody(t.messages),
      replyable: usable(t.box.box),
    };
    if (t.orderId) item.orderId = t.orderId;
    if (t.messages.length) item.messages = t.messages;
    if (t.unreadable) item.unreadable = true;
    if (t.box.limit) item.replyLimit = t.box.limit;
    if (t.author) item.author = t.author;
    if (t.product) item.product = t.product;
    const date = itemDate(t.date, dateHints(ctx.url));
    if (date) item.date = date;
    out.push(item);
  }
  if (!out.length && !EMPTY_MESSAGES.test(pageText(ctx))) {
    const where = /\/messaging\/(thread|contact)/i.test(ctx.url.pathname)
      ? 'message thread'
      : 'messages page';
    ctx.warn(`${where}: no message rows or thread found — the page may have changed`);
  }
  return out;
}

/** All text of the page, shadow trees included (for empty-state labels). */
function pageText(ctx: ReadContext): string {
  const parts = [visibleText(ctx.doc.body)];
  for (const sr of ctx.shadowRoots) {
    for (const c of Array.from(sr.children)) parts.push(visibleText(c));
  }
  return parts.join(' ');
}

// ---------------------------------------------------------------------------

/** Message list rows, innermost only (a row component may wrap a row element). */
function messageRows(ctx: ReadContext): Element[] {
  // (a row pre-rendered hidden, a template row of a server-drawn table, is no conversation; not
  // aria-hidden, which a modal puts on the page behind it)
  const candidates = ctx
    .all(ROW_SELECTORS)
    .filter((r) => !r.closest('thead, kat-table-head, template, [hidden]'));
  const outer = markedAncestors(candidates);
  return byListPlace(candidates.filter((r) => !outer.has(r)));
}

export const amazonAdapter = defineAdapter(amazon, {
  anchors: [
    '.reviewContainer',
    'kat-star-rating',
    'kat-table-row',
    '#feedback-details',
    'kat-textarea',
    '.contact-buyer-text-area',
    'textarea',
    '[data-testid*="thread" i]',
    '[class*="message" i]',
  ],
  roots(ctx) {
    if (ctx.kind === 'reviews') return ctx.all(REVIEW_CARD);
    if (ctx.kind === 'feedback') {
      return ctx.all(FEEDBACK_ROW);
    }
    // rows inside an open thread view are that thread's header, not list rows
    // and a row whose own class names its writer's side (message-row--buyer) is a bubble of the
    // open thread: an inbox row is a conversation, written by no one
    const boxes = replyBoxesIn(ctx);
    return messageRows(ctx).filter(
      (row) =>
        !boxes.some((b) => containsDeep(row, b.box)) &&
        !(boxes.length && /^(?:buyer|seller)$/.test(senderOf(row))),
    );
  },
  rootsIn(scopes, ctx) {
    if (ctx.kind === 'reviews') return matchesIn(scopes, REVIEW_CARD);
    if (ctx.kind === 'feedback') return matchesIn(scopes, FEEDBACK_ROW);
    return undefined; // message rows are the innermost ones outside open threads: the whole page
  },
  read(root, ctx) {
    if (ctx.kind === 'reviews') return readReview(root, ctx);
    if (ctx.kind === 'feedback') return readFeedback(root, ctx);
    return readRow(root);
  },
  finish(items, ctx, roots) {
    if (ctx.kind === 'messages') return finishMessages(items, ctx, roots);
    if (!items.length) {
      if (ctx.kind === 'reviews' && !EMPTY_REVIEWS.test(visibleText(ctx.doc.body))) {
        ctx.warn('reviews page: no review cards found — the page may have changed');
      }
      if (ctx.kind === 'feedback' && !ctx.all(FEEDBACK_ROW).length) {
        ctx.warn('feedback page: no feedback rows found — the page may have changed');
      }
    }
    return items;
  },
  replyBox(doc, externalId, url) {
    if (amazon.detect(url) !== 'messages') return null; // reviews are read-only; feedback reply is unknown
    const id = bareId(externalId);
    const scope = readContext(doc, url, 'messages');
    const boxes = replyBoxesIn(scope);
    if (AMAZON_ORDER_ID_EXACT.test(id)) {
      // Of the boxes tied to this order, the visible, enabled one nearest to its
      // order anchor: never a hidden template or a field earlier on the page.
      // A box whose order container holds another usable box (a field earlier on the
      // page, under the same wrapper as the form) is not the one tied to the order.
      const usable = boxes.filter((b) => isVisible(b.box) && isEnabled(b.box));
      let best: { box: ReplyBox; rank: number } | undefined;
      for (const b of usable) {
        const near = orderNear(b.box, url);
        if (near?.id !== id) continue;
        const shared = near.at && usable.some((o) => o !== b && containsDeep(near.at!, o.box));
        const rank = (shared ? 1e6 : 0) + near.depth;
        if (!best || rank < best.rank) best = { box: b.box, rank };
      }
      return best?.box ?? null;
    }
    // a thread without an order id: the box of the one open thread it names
    const threads = openThreads(scope, new Set(messageRows(scope)));
    return (threads.find((t) => t.id === id)?.box.box as ReplyBox | undefined) ?? null;
  },
});

export default amazonAdapter;
