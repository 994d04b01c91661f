// Amazon Seller Central adapter. What is known and what is a guess of the DOM
// is in shared/sites/amazon.md: anchors are ids, data-testid, kat-* components
// and visible label text (English and Chinese), never hashed class names.
import { MAX_ITEMS, type PageKind, type Snapshot, type SnapshotItem } from '../messages';
import { AMAZON_HOSTS, hostPatterns } from './hosts';
import type { ReplyBox, SiteAdapter } from './types';
import {
  allElementsDeep,
  capShort,
  capText,
  containsDeep,
  deepById,
  deepFirst,
  deepQuerySelectorAll,
  normText,
  parentDeep,
  starsOf,
  visibleText,
} from './dom';

const HOSTS = new Set<string>(AMAZON_HOSTS);

/** Amazon order id: 3-7-7 digits. */
export const ORDER_ID_RE = /\b\d{3}-\d{7}-\d{7}\b/g;
const ORDER_ID_EXACT = /^\d{3}-\d{7}-\d{7}$/;

const orderIdsIn = (text: string): string[] => Array.from(new Set(text.match(ORDER_ID_RE) ?? []));

/** Strip an optional namespace (`amazon:R2…`) from an id the side panel sends. */
const bareId = (id: string): string => normText(id).replace(/^amazon:/i, '');

// ---------------------------------------------------------------------------
// URL → page kind (pure)

export function detectAmazon(url: URL): PageKind {
  if (url.protocol !== 'https:' || !HOSTS.has(url.hostname.toLowerCase())) return 'none';
  const path = url.pathname.toLowerCase().replace(/\/{2,}/g, '/');
  const under = (prefix: string) => path === prefix || path.startsWith(prefix + '/');
  if (under('/brand-customer-reviews')) return 'reviews';
  if (under('/messaging/reviews')) return 'none'; // Request-a-Review, not a reply page
  if (
    under('/messaging/inbox-v3') ||
    under('/messaging/inbox') ||
    under('/messaging/thread') ||
    under('/messaging/contact')
  ) {
    return 'messages';
  }
  if (under('/feedback-manager')) return 'feedback';
  return 'none';
}

// ---------------------------------------------------------------------------
// Reviews (/brand-customer-reviews/)

const REVIEW_CARD = '.reviewContainer[data-testid^="review-"]';
const REVIEW_BY_EN = /Review by\s+(.+?)\s+on\s+([A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})/;
const REVIEW_BY_ZH = /^(?:评论者[:：]?\s*)?(.+?)\s*于\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/;
const CONTACTED = /You contacted the customer on|您已于.{0,40}联系|已联系(?:买家|顾客|客户)/i;
const ASIN_RE = /\b(B0[0-9A-Z]{8}|\d{9}[0-9X])\b/;
const EMPTY_REVIEWS =
  /no reviews (?:match|found|to show)|there are no reviews|没有(?:符合条件的)?评论|暂无评论/i;

/** Shortest element text in `card` (outside `exclude`) matching `re`. */
function shortestMatch(
  card: Element,
  re: RegExp,
  exclude: readonly Element[],
): RegExpExecArray | null {
  let best: { m: RegExpExecArray; len: number } | null = null;
  for (const el of allElementsDeep(card)) {
    if (exclude.some((x) => containsDeep(x, el))) continue;
    const t = visibleText(el);
    if (!t || t.length > 300) continue;
    const m = re.exec(t);
    if (m && (!best || t.length < best.len)) best = { m, len: t.length };
  }
  return best?.m ?? null;
}

function productOf(card: Element): string | undefined {
  const detail = deepFirst(card, ['.asinDetail', '[class*="asinDetail"]', '[data-testid*="asin"]']);
  const link = deepFirst(card, ['a[href*="/dp/"]']);
  let asin = ASIN_RE.exec(visibleText(detail))?.[1];
  if (!asin && link) asin = /\/dp\/([A-Z0-9]{10})/i.exec(link.getAttribute('href') ?? '')?.[1];
  const nameEl = deepFirst(card, [
    '[class*="productTitle"]',
    '[class*="product-title"]',
    '[data-testid*="product-title"]',
    '[class*="productName"]',
  ]);
  let name = visibleText(nameEl);
  if (!name && link) {
    const lt = visibleText(link);
    if (lt && !ASIN_RE.test(lt)) name = lt;
  }
  if (asin && name && !name.includes(asin)) return capShort(`${asin} · ${name}`);
  if (name) return capShort(name);
  return asin ? capShort(asin) : undefined;
}

function extractReviews(doc: Document): { items: SnapshotItem[]; warnings: string[] } {
  const items: SnapshotItem[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const cards = deepQuerySelectorAll(doc, REVIEW_CARD);
  for (const card of cards) {
    const id = normText(card.getAttribute('data-testid')).replace(/^review-/, '');
    if (!id || id.length > 200 || seen.has(id)) continue;
    seen.add(id);
    const bodyEl = deepById(card, `review-content-${id}`);
    const titleEl = deepById(card, `${id}-title`);
    const ratingEl = deepFirst(card, [
      'kat-star-rating.reviewRating',
      '.reviewRating',
      '[class*="reviewRating"]',
    ]);
    const exclude = [bodyEl, titleEl].filter((e): e is Element => !!e);
    const by =
      shortestMatch(card, REVIEW_BY_EN, exclude) ?? shortestMatch(card, REVIEW_BY_ZH, exclude);
    const meta = visibleText(card, { exclude });
    const item: SnapshotItem = {
      externalId: id,
      kind: 'reviews',
      body: capText(visibleText(bodyEl)),
      replyable: false, // brand reviews are read-only
    };
    const rating = starsOf(ratingEl);
    if (rating !== undefined) item.rating = rating;
    const title = visibleText(titleEl?.querySelector('b') ?? titleEl);
    if (title) item.title = capShort(title);
    if (by?.[1]) item.author = capShort(normText(by[1]));
    if (by?.[2]) item.date = capShort(normText(by[2]).replace(/\s*([年月日])\s*/g, '$1'));
    const product = productOf(card);
    if (product) item.product = product;
    if (CONTACTED.test(meta)) item.contacted = true;
    if (!bodyEl) warnings.push(`review ${capShort(id).slice(0, 40)}: no body element found`);
    items.push(item);
    if (items.length >= MAX_ITEMS) break;
  }
  if (!cards.length && !EMPTY_REVIEWS.test(visibleText(doc.body))) {
    warnings.push('reviews page: no review cards found — the page may have changed');
  }
  return { items, warnings };
}

// ---------------------------------------------------------------------------
// Feedback (/feedback-manager/)

const FBA_NOTE = /\s*(?:来自亚马逊的消息\s*[:：]|Message from Amazon\s*[:：]?)[\s\S]*$/i;

function extractFeedback(doc: Document): { items: SnapshotItem[]; warnings: string[] } {
  const items: SnapshotItem[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const rows = deepQuerySelectorAll(doc, 'kat-table-row#feedback-details, [id="feedback-details"]');
  for (const row of rows) {
    if (row.matches('.fb-detail-table-header, .panel-active')) continue;
    const orderEl = deepFirst(row, ['.col_order_id kat-link[label]', '.col_order_id']);
    const orderText = orderEl?.getAttribute('label') ?? visibleText(orderEl);
    const orderId = orderIdsIn(orderText)[0] ?? orderIdsIn(visibleText(row))[0];
    if (!orderId || seen.has(orderId)) continue;
    seen.add(orderId);
    const cells = Array.from(row.querySelectorAll('kat-table-cell'));
    const commentEl = deepFirst(row, ['.col_comments', '.col_comment']) ?? cells[3] ?? null;
    const rawComment = visibleText(commentEl);
    const fba = FBA_NOTE.test(rawComment);
    const item: SnapshotItem = {
      externalId: orderId,
      kind: 'feedback',
      orderId,
      body: capText(rawComment.replace(FBA_NOTE, '').trim()),
      replyable: false, // the public reply form is a guess (sites/amazon.md)
    };
    const rating = starsOf(
      deepFirst(row, ['.col_feedback_rating kat-star-rating', '.col_feedback_rating']),
    );
    if (rating !== undefined) item.rating = rating;
    const date = visibleText(deepFirst(row, ['.col_order_date', '.col_date']));
    if (date) item.date = capShort(date);
    if (fba) item.fba = true;
    items.push(item);
    if (items.length >= MAX_ITEMS) break;
  }
  if (!rows.length) {
    warnings.push('feedback page: no feedback rows found — the page may have changed');
  }
  return { items, warnings };
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
].join(', ');
const SEND_TO_RE =
  /^(?:Send (?:a )?message to|Message to|Reply to)\s+(.+?)\s*$|^(?:发送消息给|回复)\s*(.+?)\s*$|^向\s*(.+?)\s*发送消息$/i;
const DATE_RE =
  /\b(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?:,? \d{1,2}:\d{2}(?: ?[AP]M)?)?|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?)|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}:\d{2})?/;

interface BoxInfo {
  box: ReplyBox;
  limit?: number;
}

const tagOf = (el: Element) => el.localName.toLowerCase();

/** Every reply box on the page: kat-textarea inner textareas, then plain textareas / contenteditables. */
function replyBoxes(doc: Document): BoxInfo[] {
  const out: BoxInfo[] = [];
  const seen = new Set<Element>();
  const push = (box: Element, host?: Element) => {
    if (seen.has(box)) return;
    seen.add(box);
    let limit: number | undefined;
    const ml = (box as HTMLTextAreaElement).maxLength;
    if (typeof ml === 'number' && ml > 0) limit = ml;
    if (!limit && host) {
      const attr = Number(host.getAttribute('maxlength') ?? host.getAttribute('max-length'));
      if (Number.isInteger(attr) && attr > 0) limit = attr;
    }
    out.push(limit ? { box: box as ReplyBox, limit } : { box: box as ReplyBox });
  };
  for (const host of deepQuerySelectorAll(doc, 'kat-textarea')) {
    const inner = host.shadowRoot?.querySelector('textarea') ?? host.querySelector('textarea');
    if (inner) push(inner, host);
  }
  for (const el of deepQuerySelectorAll(
    doc,
    'textarea, [contenteditable="true"], [contenteditable=""]',
  )) {
    if (tagOf(el) === 'textarea' && (el as HTMLTextAreaElement).type === 'hidden') continue;
    push(el);
  }
  return out;
}

function urlOrderId(url: URL): string | undefined {
  for (const key of ['orderId', 'orderID', 'orderid', 'order_id']) {
    const v = url.searchParams.get(key);
    if (v && ORDER_ID_EXACT.test(v.trim())) return v.trim();
  }
  return undefined;
}

/**
 * The order a reply box belongs to: walk up from the box (across shadow
 * boundaries) to the first ancestor whose text names an order id. One id there
 * is the box's thread; none or several (the ancestor spans a list) is unknown,
 * where a contact/thread page's URL order id settles it.
 */
function orderOfBox(box: Element, url: URL): string | undefined {
  const fromUrl = urlOrderId(url);
  let cur: Element | null = parentDeep(box);
  while (cur) {
    const ids = orderIdsIn(visibleText(cur));
    if (ids.length === 1) return ids[0];
    if (ids.length > 1) return fromUrl && ids.includes(fromUrl) ? fromUrl : undefined;
    cur = parentDeep(cur);
  }
  return fromUrl;
}

/** The thread container around a box: the outermost ancestor naming only this order. */
function threadContainer(box: Element, orderId: string): Element | null {
  let best: Element | null = null;
  let cur: Element | null = parentDeep(box);
  while (cur) {
    const ids = orderIdsIn(visibleText(cur));
    if (ids.length > 1 || (ids.length === 1 && ids[0] !== orderId)) break;
    best = cur;
    cur = parentDeep(cur);
  }
  return best;
}

type Sender = 'buyer' | 'seller' | 'unknown';

function senderOf(el: Element): Sender {
  const hint = [
    el.getAttribute('data-sender'),
    el.getAttribute('data-direction'),
    el.getAttribute('data-author'),
    el.getAttribute('class'),
    el.getAttribute('data-testid'),
  ]
    .join(' ')
    .toLowerCase();
  if (/seller|outbound|outgoing|\bsent\b|\bown\b|\bself\b|\bme\b/.test(hint)) return 'seller';
  if (/buyer|customer|inbound|incoming|received/.test(hint)) return 'buyer';
  return 'unknown';
}

const MESSAGE_SELECTORS = [
  '[data-testid*="message-bubble" i]',
  '[data-testid="thread-message"]',
  '[class*="message-bubble" i]',
  '[class*="thread-message" i]',
  '[class*="message-entry" i]',
  '[data-sender]',
  '[data-direction]',
].join(', ');

const textPart = (el: Element): Element | null =>
  deepFirst(el, [
    '[class*="message-text" i]',
    '[class*="message-body" i]',
    '[class*="message-content" i]',
    '[data-testid*="message-text" i]',
    '[data-testid*="message-body" i]',
  ]);
const datePart = (el: Element): string => {
  const t = deepFirst(el, [
    'time',
    '[class*="date" i]',
    '[class*="timestamp" i]',
    '[data-testid*="date" i]',
  ]);
  const raw =
    t?.getAttribute('datetime') && !visibleText(t) ? t.getAttribute('datetime') : visibleText(t);
  return normText(raw) || (DATE_RE.exec(visibleText(el))?.[0] ?? '');
};

function buyerNameIn(root: Element | Document): string | undefined {
  const el = deepFirst(root, [
    '[class*="buyer-name" i]',
    '[data-testid*="buyer-name" i]',
    '[class*="buyerName"]',
    '[class*="customer-name" i]',
  ]);
  const direct = visibleText(el).replace(/^(?:Buyer|Customer|买家|顾客)\s*[:：]\s*/i, '');
  if (direct) return direct;
  for (const h of deepQuerySelectorAll(
    root,
    'h1, h2, h3, [class*="header" i] > *, kat-box[label]',
  )) {
    const t = visibleText(h) || normText(h.getAttribute('label'));
    if (!t || t.length > 120) continue;
    const m = SEND_TO_RE.exec(t);
    const name = normText(m?.[1] ?? m?.[2] ?? m?.[3]);
    if (name && !ORDER_ID_EXACT.test(name)) return name;
  }
  return undefined;
}

interface ThreadInfo {
  orderId: string;
  author?: string;
  body: string;
  date?: string;
  box?: BoxInfo;
}

/**
 * Every buyer message of the thread, oldest first: what the buyer is upset about
 * is often in the first message, and the latest one only says they are still waiting.
 */
function readThread(container: Element): { body: string; date?: string } {
  const msgs = deepQuerySelectorAll(container, MESSAGE_SELECTORS).filter(
    // innermost message elements only
    (el, _i, all) => !all.some((o) => o !== el && containsDeep(el, o)),
  );
  if (!msgs.length) return { body: '' };
  const withSender = msgs.map((el) => ({ el, who: senderOf(el) }));
  const buyer = withSender.filter((m) => m.who !== 'seller');
  const texts = buyer.map((m) => visibleText(textPart(m.el) ?? m.el)).filter(Boolean);
  const last = buyer[buyer.length - 1];
  const date = last ? datePart(last.el) : '';
  return date ? { body: texts.join('\n\n'), date } : { body: texts.join('\n\n') };
}

/** Open threads on the page, each with its own reply box. */
function openThreads(doc: Document, url: URL): ThreadInfo[] {
  const out: ThreadInfo[] = [];
  for (const info of replyBoxes(doc)) {
    const orderId = orderOfBox(info.box, url);
    if (!orderId || out.some((t) => t.orderId === orderId)) continue;
    const container = threadContainer(info.box, orderId) ?? doc.body;
    const { body, date } = readThread(container);
    const t: ThreadInfo = { orderId, body, box: info };
    const author = buyerNameIn(container);
    if (author) t.author = author;
    if (date) t.date = date;
    out.push(t);
  }
  return out;
}

function listRows(doc: Document): { row: Element; orderId: string }[] {
  const candidates = deepQuerySelectorAll(doc, ROW_SELECTORS).filter(
    (r) => !r.closest('thead') && tagOf(r) !== 'template',
  );
  const withId = candidates
    .map((row) => ({ row, ids: orderIdsIn(visibleText(row)) }))
    .filter((r) => r.ids.length === 1);
  // innermost rows only (a row component may wrap a row element)
  const inner = withId.filter((r) => !withId.some((o) => o !== r && containsDeep(r.row, o.row)));
  const seen = new Set<string>();
  const out: { row: Element; orderId: string }[] = [];
  for (const r of inner) {
    const id = r.ids[0];
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.push({ row: r.row, orderId: id });
  }
  return out;
}

function rowItem(row: Element, orderId: string): SnapshotItem {
  const previewEl = deepFirst(row, [
    '[class*="preview" i]',
    '[class*="snippet" i]',
    '[class*="last-message" i]',
    '[class*="message-text" i]',
    '[data-testid*="preview" i]',
    '[data-testid*="last-message" i]',
  ]);
  const dateText = datePart(row);
  const author = buyerNameIn(row);
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
    body: capText(body),
    replyable: false,
  };
  if (author) item.author = capShort(author);
  if (dateText) item.date = capShort(dateText);
  return item;
}

function extractMessages(doc: Document, url: URL): { items: SnapshotItem[]; warnings: string[] } {
  const warnings: string[] = [];
  const items: SnapshotItem[] = [];
  const threads = openThreads(doc, url);
  const rows = listRows(doc).filter(
    // a row inside an open thread view is that thread's header, not a list row
    ({ row }) => !replyBoxes(doc).some((b) => containsDeep(row, b.box)),
  );
  for (const { row, orderId } of rows) {
    const item = rowItem(row, orderId);
    const open = threads.find((t) => t.orderId === orderId);
    if (open) {
      item.replyable = true;
      if (open.box?.limit) item.replyLimit = open.box.limit;
      if (open.body) item.body = capText(open.body);
    }
    items.push(item);
    if (items.length >= MAX_ITEMS) break;
  }
  for (const t of threads) {
    if (items.some((i) => i.externalId === t.orderId) || items.length >= MAX_ITEMS) continue;
    const item: SnapshotItem = {
      externalId: t.orderId,
      kind: 'messages',
      orderId: t.orderId,
      body: capText(t.body),
      replyable: !!t.box,
    };
    if (t.box?.limit) item.replyLimit = t.box.limit;
    if (t.author) item.author = capShort(t.author);
    if (t.date) item.date = capShort(t.date);
    items.push(item);
  }
  if (!items.length && !EMPTY_MESSAGES.test(deepText(doc))) {
    const path = url.pathname.toLowerCase();
    const where = /\/messaging\/(thread|contact)/.test(path) ? 'message thread' : 'messages page';
    warnings.push(`${where}: no message rows or thread found — the page may have changed`);
  }
  return { items, warnings };
}

/** All text of the page, shadow trees included (for empty-state labels). */
function deepText(doc: Document): string {
  const parts = [visibleText(doc.body)];
  for (const el of allElementsDeep(doc)) {
    if (el.shadowRoot) {
      for (const c of Array.from(el.shadowRoot.children)) parts.push(visibleText(c));
    }
  }
  return parts.join(' ');
}

// ---------------------------------------------------------------------------

function extract(doc: Document, url: URL): Snapshot {
  const pageKind = detectAmazon(url);
  const base = { site: 'amazon' as const, url: url.href.slice(0, 4000), pageKind };
  let result: { items: SnapshotItem[]; warnings: string[] } = { items: [], warnings: [] };
  try {
    if (!doc.body) result.warnings.push('page has no body yet');
    else if (pageKind === 'reviews') result = extractReviews(doc);
    else if (pageKind === 'messages') result = extractMessages(doc, url);
    else if (pageKind === 'feedback') result = extractFeedback(doc);
  } catch (e) {
    result = {
      items: [],
      warnings: [
        `${pageKind} page: extraction failed (${e instanceof Error ? e.message : String(e)})`,
      ],
    };
  }
  return {
    ...base,
    items: result.items.slice(0, MAX_ITEMS),
    warnings: result.warnings.slice(0, 50).map(capShort),
  };
}

function findReplyBox(doc: Document, externalId: string, url: URL): ReplyBox | null {
  if (detectAmazon(url) !== 'messages') return null; // reviews are read-only; feedback reply is unknown
  const id = bareId(externalId);
  if (!ORDER_ID_EXACT.test(id)) return null;
  for (const info of replyBoxes(doc)) {
    if (orderOfBox(info.box, url) === id) return info.box;
  }
  return null;
}

export const amazon: SiteAdapter = {
  id: 'amazon',
  matches: hostPatterns(AMAZON_HOSTS),
  detect: detectAmazon,
  extract,
  findReplyBox,
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
};

export default amazon;
