// eBay's page reader: bundled only into eBay's content script (the site part is ./ebay.ts).
// What is known and what is a guess is in shared/sites/ebay.md: the public feedback page's class
// names are known (li.fdbk-container …), the legacy message page's ids come from eBay's own e-mail
// markup (#UserInputtedText …); the reply boxes and My eBay messages are guesses, so those are read
// by role and label text (Reply, Antworten, …), never by hashed classes. Text caps, date checks and
// error wrapping are the generic layer's; this file holds only what is true of eBay.
import type { SnapshotItem, SnapshotMessage } from '../messages';
import { itemDate, type DateHints } from './dates';
import { defineAdapter } from './define';
import { frameDocs, normText, visibleText } from './dom';
import { ebay } from './ebay';
import { matchesIn, readContext } from './scan';
import { ownWords } from './words';
import { buyerOf, ratingLabel, tableCells } from './ebay-table';
import {
  HIDING_STYLE,
  isEnabled,
  isVisible,
  likeRowsNear,
  pageLink,
  senderOf as senderHint,
} from './shared';
import type { ReadContext, ReplyBox } from './types';

type Item = SnapshotItem;
type From = SnapshotMessage['from'];
type Polarity = NonNullable<Item['polarity']>;

// ---------------------------------------------------------------------------
// Small readers

/**
 * eBay's dates as shown: legacy "Nov-19-26 14:02" (US) and "19-Nov-26 14:02" (UK) are spelled out
 * for the shared parser; "18 Nov 2026, 07:30" and "Nov 18, 2026" it reads as they are. Relative ones
 * ("Past month") keep only the raw text.
 */
export function ebayDate(raw: string | null | undefined, hints?: DateHints): Item['date'] {
  const text = normText(raw);
  if (!text) return undefined;
  const spelled = text
    .replace(/\b(\d{1,2})-([A-Za-zä]{3})-(\d{2})\b(?!:)/, '$1 $2 20$3')
    .replace(/\b([A-Za-zä]{3})-(\d{1,2})-(\d{2})\b(?!:)/, '$1 $2, 20$3');
  const d = itemDate(spelled, hints);
  return d?.iso ? { iso: d.iso, raw: text } : { raw: text };
}

/**
 * How the site writes 03/11/2026: eBay's US, Canadian and Philippine sites month first, the
 * European, Australian and Asian ones day first (as the locale of each site does).
 */
export const ebaySlash = (url: URL): DateHints => ({
  slash: /(?:^|\.)ebay\.(?:com|ca|ph)$/i.test(url.hostname) ? 'mdy' : 'dmy',
});

/**
 * The rating words' stems in the languages of eBay's hosts: negative/négatif/negativo/negatief and
 * Polish negatywny; neutral/neutre/neutraal/neutralny; positive/positivo/positief and pozytywny.
 */
const POLARITY_STEMS: [RegExp, Polarity][] = [
  [/n[ée]gat[iy]/, 'negative'],
  [/neutr/, 'neutral'],
  [/po[sz][iy]t[iy]/, 'positive'],
  // the Traditional Chinese site (ebay.com.hk): 負面/負評 評價, 中立評價, 正面/正評 評價
  [/[负負](?:面|[评評])/, 'negative'],
  [/中立|中[评評]/, 'neutral'],
  [/正(?:面|[评評])/, 'positive'],
];

/** Positive/Neutral/Negative from a rating label in the site's language. */
export function polarityOf(label: string | null | undefined): Polarity | undefined {
  const s = normText(label).toLowerCase();
  if (!s) return undefined;
  return POLARITY_STEMS.find(([re]) => re.test(s))?.[1];
}

/** Item number (eBay listings have 9–15 digits) of a /itm/ link, or of "#123…" / "Item number: 123…" text. */
const ITEM_IN_HREF = /\/itm\/(?:[^/?#]+\/)?(\d{9,15})(?:[/?#]|$)/;
const ITEM_IN_TEXT =
  /(?:#|\b(?:Item number|Artikelnummer|Numéro de l'objet|Numero oggetto|Número de artículo)\s*:?\s*)(\d{9,15})\b/i;
/** eBay order numbers: 12-34567-89012. */
const ORDER_IN_TEXT = /\b(\d{2}-\d{5}-\d{5})\b/;

/**
 * The seller's own reply, the buyer's follow-up: label text, in the site languages. ("Your reply:"
 * with its colon is the posted reply as Seller Hub shows it, in each host's language too: Ihre
 * Antwort:, Votre réponse :, …; a form's "Your reply" label, without the colon, is none.)
 */
const SELLER_REPLY =
  /^(?:(?:Reply by|Seller'?s reply|Reply from (?:the )?seller|Antwort (?:von|des Verkäufers)|Réponse (?:de|du vendeur)|Risposta (?:d[ie]|da|del venditore)|Respuesta (?:de|del vendedor)|Antwoord van|Odpowiedź sprzedającego)\b|(?:[卖賣]家)?(?:回[复覆復]|回[应應])\s*[:：]|(?:Your (?:reply|response)|(?:Ihre|Deine) Antwort|Votre réponse|La tua risposta|Tu respuesta|(?:Uw|Jouw) antwoord|Twoja odpowiedź)\s*:)/i;
const FOLLOW_UP =
  /^(?:Follow-up by|Nachtrag von|Suivi de|Seguito di|Seguimiento de)\s+[^:]{1,80}:\s*/i;
const REPLY_LABEL =
  /^(?:Reply|Respond|Reply to feedback|Antworten|Répondre|Rispondi|Responder|Reageren|(?:Be)?antwoorden|Odpowiedz|回[复覆復]|回[应應])$/i;
// (and the forms after "from": Bericht van jou, Nachricht von dir, Message de toi, Wiadomość od ciebie)
const SELF_LABEL = /^(?:You|Du|Sie|Vous|Tu|Tú|Jij|Ty|Jou|U|Dir|Dich|Toi|Te|Ti|Ciebie)$/i;
const PLATFORM_LABEL = /^eBay$/i;
const BUYER_LABEL = /^(?:Buyer|Käufer|Acheteur|Acquirente|Comprador)\s*:/i;

/**
 * Hidden by the page's markup (a loading skeleton, a pre-rendered form): a cheap attribute test for
 * cards, labels and controls, run on every scan. Reply boxes get the full isVisible test (layout
 * included), which on every card of a 10,000-card page would force a layout per scan.
 */
const hiddenCard = (el: Element | null | undefined): boolean =>
  !el || !!el.closest('[hidden], [aria-hidden="true"]') || /--skeleton\b/.test(el.className);
const shown = (el: Element | null | undefined): boolean => !hiddenCard(el);

const TEXT_BOX =
  'textarea, input[type="text"], input:not([type]), [contenteditable="true"], [contenteditable=""]';

/** Visible, enabled text boxes under `root`, outside the global header's search. */
function textBoxes(root: ParentNode): ReplyBox[] {
  return Array.from(root.querySelectorAll(TEXT_BOX)).filter(
    (el) => !el.closest('#gh, [role="search"]') && isVisible(el) && isEnabled(el),
  ) as ReplyBox[];
}

/**
 * The box's own limit (maxlength), if any. eBay's 80 characters for a feedback reply is not
 * repeated here: the drafts fit min(this, the playbook's limit) and the linter holds the draft to it.
 */
function boxLimit(box: ReplyBox): number | undefined {
  const ml = Number(box.getAttribute('maxlength'));
  return Number.isInteger(ml) && ml > 0 ? ml : undefined;
}
const limitOf = (box: ReplyBox): { replyLimit?: number } => {
  const l = boxLimit(box);
  return l ? { replyLimit: l } : {};
};

const text = (el: Element | null | undefined): string => visibleText(el);
/** A short label's text (a name, a date, a link): the native textContent, much cheaper than a walk. */
const label = (el: Element | null | undefined): string => normText(el?.textContent);
/** The element's https link (no URL parse when it is already absolute). */
const hrefOf = (el: Element | null | undefined): string | undefined => {
  const raw = normText(el?.getAttribute('href'));
  if (!raw || !el) return undefined;
  if (/^https:\/\/[^\s"'<>]+$/i.test(raw)) return raw;
  try {
    return pageLink(raw, new URL(el.ownerDocument.baseURI));
  } catch {
    return undefined;
  }
};

function productOf(link: Element | null, context?: string): Item['product'] | undefined {
  const url = hrefOf(link);
  const linkText = label(link);
  // the item number is in the link's path, resolved or not (a relative /itm/… link)
  const id =
    ITEM_IN_HREF.exec(url ?? link?.getAttribute('href') ?? '')?.[1] ??
    ITEM_IN_TEXT.exec(context ?? linkText)?.[1];
  const name = normText(linkText.replace(/\s*\(?#\d{9,15}\)?\s*$/, ''));
  if (!id && !name) return undefined;
  const p: NonNullable<Item['product']> = {};
  if (id) p.id = id;
  if (name) p.name = name;
  if (url) p.url = url;
  return p;
}

const withDate = <T extends { date?: Item['date'] }>(
  item: T,
  raw: string,
  hints?: DateHints,
): T => {
  const d = ebayDate(raw, hints);
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

/** SELLER_REPLY anywhere in a text: most cards have no reply, and the native textContent says so at once. */
const SELLER_REPLY_ANYWHERE = new RegExp(SELLER_REPLY.source.replace(/^\^/, ''), 'i');

/** Whether a visible text node under `root` starts with the label (one pass over its text nodes). */
function hasLabel(root: Element, label: RegExp): boolean {
  if (label === SELLER_REPLY && !SELLER_REPLY_ANYWHERE.test(root.textContent ?? '')) return false;
  const doc = root.ownerDocument;
  const w = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const v = n.nodeValue;
    if (v && label.test(v.trimStart()) && shown(n.parentElement)) return true;
  }
  return false;
}

/** A card's text boxes and controls, in tree order (what TEXT_BOX and CONTROL would match). */
interface Controls {
  boxes: Element[];
  controls: Element[];
}
const CONTROL = 'button, a, [role="button"]';

/** Whether the element is a TEXT_BOX or a CONTROL, from its tag and attributes (no selector match). */
function noteControl(el: Element, into: Controls): void {
  const tag = el.localName;
  if (tag === 'button' || tag === 'a') into.controls.push(el);
  else if (tag === 'textarea') into.boxes.push(el);
  else if (tag === 'input') {
    const type = el.getAttribute('type');
    if (type === null || type.toLowerCase() === 'text') into.boxes.push(el);
  } else {
    const ce = el.getAttribute('contenteditable');
    if (ce === 'true' || ce === '') into.boxes.push(el);
    if (el.getAttribute('role') === 'button') into.controls.push(el);
  }
}

const usableBox = (el: Element) =>
  !el.closest('#gh, [role="search"]') && isVisible(el) && isEnabled(el);

/** Reply state of a feedback card: the seller's existing reply, its open box, or the Reply control. */
function replyOf(parts: readonly Element[], found?: Controls): Partial<Item> {
  if (parts.some((p) => hasLabel(p, SELLER_REPLY)))
    return { replyable: false, replyState: 'replied' };
  const box = found
    ? (found.boxes.find(usableBox) as ReplyBox | undefined)
    : parts.flatMap((p) => textBoxes(p))[0];
  if (box) return { replyable: true, replyState: 'open', ...limitOf(box) };
  const controls = found?.controls ?? parts.flatMap((p) => Array.from(p.querySelectorAll(CONTROL)));
  for (const c of controls) {
    const label = normText(c.textContent) || normText(c.getAttribute('aria-label'));
    if (REPLY_LABEL.test(label) && shown(c)) return { replyable: false, replyAction: label };
  }
  return { replyable: false };
}

// Scoped queries here are single compounds: Chromium answers `card.querySelector('.a > b')` by
// collecting every `.a` of the whole document first, which makes a 10,000-card page quadratic.
const P = 'fdbk-container__details__';
const [C_COMMENT, C_NAME, C_ICON, C_LINK, C_TIME] = [
  'comment',
  'info__username',
  'info__icon',
  'item-link',
  'info__divide__time',
].map((c) => P + c) as [string, string, string, string, string];

/** The first child element with this tag (no array of the children). */
const childTagged = (el: Element | undefined, tag: string): Element | undefined => {
  for (let c = el?.firstElementChild; c; c = c.nextElementSibling)
    if (c.localName === tag) return c;
  return undefined;
};

/** A profile card's parts in one walk of its elements (a dozen scoped queries cost a card several times its text). */
function profileParts(card: Element) {
  const parts: {
    comment?: Element;
    legacyComment?: Element;
    name?: Element;
    icon?: Element;
    link?: Element;
    time?: Element;
  } & Controls = { boxes: [], controls: [] };
  const all = card.getElementsByTagName('*');
  for (let i = 0, n = all.length; i < n; i++) {
    const el = all[i]!;
    noteControl(el, parts);
    const cls = el.getAttribute('class');
    if (!cls) continue;
    if (cls.includes(P)) {
      const list = el.classList;
      if (!parts.comment && list.contains(C_COMMENT)) parts.comment = el;
      if (!parts.name && list.contains(C_NAME)) parts.name = el;
      if (!parts.icon && list.contains(C_ICON)) parts.icon = el;
      if (!parts.link && list.contains(C_LINK)) parts.link = el;
      if (!parts.time && list.contains(C_TIME)) parts.time = el;
    } else if (!parts.legacyComment && el.classList.contains('feedback-comment-text'))
      parts.legacyComment = el;
  }
  return parts;
}

function readProfileCard(card: Element, hints?: DateHints): Item | null {
  const p = profileParts(card);
  // a card slot with none of a feedback's parts is the list's promo or ad, not feedback
  if (!p.comment && !p.legacyComment && !p.name && !p.icon) return null;
  // the comment's own span (shared/sites/ebay.md), not the controls beside it ("See original")
  const commentEl = childTagged(p.comment, 'span') ?? p.comment ?? p.legacyComment ?? null;
  const buyer = label(childTagged(p.name, 'span'));
  const ratingEl =
    p.icon?.querySelector('[aria-label]') ??
    card.querySelector('[aria-label*="feedback" i], img[alt*="feedback" i]');
  const link = p.link ?? null;
  const product = productOf(link);
  const item: Item = {
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
  withDate(item, label(p.time), { ...hints, el: p.time });
  return Object.assign(item, replyOf([card], p));
}

/**
 * Seller Hub's React feedback list names its cards and parts by test id only, with hashed classes
 * (feedback-card; comment, buyer, date parts; the rating an icon's aria-label). A card still loading
 * (aria-busy) or with neither a comment nor a rating is none.
 */
const TID_CARD = ['card', 'row', 'entry'].map((w) => `[data-testid*="feedback-${w}" i]`).join();
const tidCards = new WeakSet<Element>();
const tid = (card: Element, part: string) => card.querySelector(`[data-testid*="${part}" i]`);

function readTidCard(card: Element, hints?: DateHints): Item | null {
  const byClass = iconCards.has(card);
  const comment = byClass ? iconCommentPart(card) : tid(card, 'comment');
  const icon = Array.from(card.querySelectorAll('[aria-label], img[alt]')).find((e) =>
    polarityOf(e.getAttribute('aria-label') ?? e.getAttribute('alt')),
  );
  if (card.getAttribute('aria-busy') === 'true' || (!comment && !icon)) return null;
  // the buyer as shown, without the feedback score beside it: "r***a (57)"
  const buyer = label(
    byClass ? iconBuyerPart(card) : (tid(card, 'buyer') ?? tid(card, 'user')),
  ).replace(/\s*\([\d,.]+\)$/, '');
  const product = productOf(card.querySelector('a[href*="/itm/"]'));
  const item: Item = {
    externalId: cardId(card, product?.id, buyer, ''),
    kind: 'feedback',
    body: text(comment),
    replyable: false,
  };
  const polarity = polarityOf(icon?.getAttribute('aria-label') ?? icon?.getAttribute('alt'));
  if (polarity) item.polarity = polarity;
  if (buyer) item.author = buyer;
  if (product) item.product = product;
  const date = byClass ? (card.querySelector('time') ?? part(card, ['date'])) : tid(card, 'date');
  const when = date ?? card.querySelector('time');
  withDate(item, label(when), { ...hints, el: when });
  return Object.assign(
    item,
    replyOf(
      [card],
      byClass
        ? {
            boxes: textBoxes(iconScope(card)),
            controls: Array.from(card.querySelectorAll(CONTROL)),
          }
        : undefined,
    ),
  );
}

/**
 * Feedback cards of markup none of the above knows (the mobile web profile's own card classes, a
 * new build): found by their rating icon, whose label names a polarity ("Negative feedback
 * rating"), the card being the icon's outermost ancestor holding no other such icon (its list holds
 * the others). Its parts by the words their classes or test ids carry (comment; buyer, user,
 * member, who or author; date), as a Seller Hub card's; one with neither a comment nor a buyer part
 * is no card (a summary of counts). Looked for only where no known card or row was found, so known pages pay nothing.
 */
const RATING_ICON = 'svg[aria-label], [role="img"][aria-label], img[alt]';
const iconCards = new WeakSet<Element>();
const isRatingIcon = (e: Element) =>
  !!polarityOf(e.getAttribute('aria-label') ?? e.getAttribute('alt'));
const part = (card: Element, words: string[]) => {
  for (const w of words) {
    const hit = card.querySelector(`[data-testid*="${w}" i], [class*="${w}" i]`);
    if (hit) return hit;
  }
  return null;
};
const iconCommentPart = (card: Element) => part(card, ['comment']);
const iconBuyerPart = (card: Element) => part(card, ['buyer', 'user', 'member', 'who', 'author']);

/**
 * Where a rating-icon card's reply box may be: the nearest ancestor of its icon holding its
 * comment (or buyer) part. A lone card (no neighbour bounds it) has for root the page's wrapper,
 * whose other boxes (a filter sheet, a page-level form) are not this card's.
 */
function iconScope(card: Element): Element {
  const p = iconCommentPart(card) ?? iconBuyerPart(card);
  let s = Array.from(card.querySelectorAll(RATING_ICON)).find(isRatingIcon)?.parentElement;
  while (s && s !== card && !(p && s.contains(p))) s = s.parentElement;
  return s ?? card;
}

const holdsRating = (el: Element | null): boolean =>
  !!el && Array.from(el.querySelectorAll(RATING_ICON)).some(isRatingIcon);

function iconCard(icon: Element): Element | null {
  if (!isRatingIcon(icon) || icon.closest(`${CARD}, ${TID_CARD}, tr, [role="row"]`)) return null;
  // up to the ancestor beside another card (a neighbour holding a rating icon): a look at two
  // siblings a level, not a count over the whole list (which made a long list quadratic); a lone
  // card stops below the first ancestor holding a second icon
  let card: Element | null = null;
  const body = icon.ownerDocument.body;
  for (let cur = icon.parentElement; cur && cur !== body; cur = cur.parentElement) {
    if (card && Array.from(cur.querySelectorAll(RATING_ICON)).filter(isRatingIcon).length > 1)
      break;
    card = cur;
    if (holdsRating(cur.previousElementSibling) || holdsRating(cur.nextElementSibling)) break;
  }
  return card && (iconCommentPart(card) || iconBuyerPart(card)) ? card : null;
}

/** Rating icons of legacy table rows whose comment carries no class (old ViewFeedback2 builds). */
const LEGACY_ICON = 'tr img[alt], tr img[title]';

/**
 * A legacy feedback row without the comment class: a table row whose icon names a rating and that
 * shows who left it ("Buyer: …") or when (a legacy date). The ratings summary's rows show neither.
 */
function iconRow(img: Element): Element | null {
  const row = img.closest('tr');
  if (!row || row.closest(CARD) || row.querySelector(LEGACY_COMMENT)) return null;
  if (!polarityOf(img.getAttribute('alt') ?? img.getAttribute('title'))) return null;
  // the icon is the row's own: in its first cell
  if (row.firstElementChild?.contains(img) !== true) return null;
  const cells = Array.from(row.children);
  if (!cells.some((td) => BUYER_LABEL.test(label(td))) && !legacyDate(row)) return null;
  return row;
}

const isLegacyHead = (r: Element): boolean =>
  !!r.querySelector(LEGACY_COMMENT) ||
  Array.from(r.querySelectorAll('img[alt], img[title]')).some((i) => iconRow(i) === r);

/** Legacy table: a comment row and the detail rows after it, up to the next comment row. */
function legacyRows(row: Element): Element[] {
  const rows: Element[] = [row];
  if (row.localName !== 'tr') return rows;
  for (let r = row.nextElementSibling; r && !isLegacyHead(r); r = r.nextElementSibling) {
    rows.push(r);
  }
  return rows;
}

/**
 * The comment of an icon row: the first cell after the icon's with text, without the controls
 * ("See original") and hidden parts (the untranslated original) inside it.
 */
function iconRowComment(row: Element): string {
  for (let td = row.firstElementChild?.nextElementSibling; td; td = td.nextElementSibling) {
    const exclude = Array.from(td.querySelectorAll('*')).filter(
      (e) =>
        e.localName === 'a' ||
        e.localName === 'button' ||
        e.getAttribute('role') === 'button' ||
        hiddenCard(e) ||
        HIDING_STYLE.test(e.getAttribute('style') ?? ''),
    );
    const t = exclude.length ? visibleText(td, { exclude }) : text(td);
    if (t) return t;
  }
  return '';
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

function readLegacyCard(first: Element, claim?: (el: Element) => void, hints?: DateHints): Item {
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
  // the title cell names the item; a link beside it may only say "View item"
  const product = itemCell ? productOf(itemCell, all) : productOf(link, all);
  const url = itemCell && hrefOf(link);
  if (product && url && !product.url) product.url = url;
  const commentEl = first.querySelector(LEGACY_COMMENT);
  const item: Item = {
    externalId: cardId(first, product?.id, buyer, dateRaw),
    kind: 'feedback',
    body: commentEl ? text(commentEl) : iconRowComment(first),
    replyable: false,
  };
  const polarity =
    polarityOf(ratingEl?.getAttribute('alt')) ??
    polarityOf(ratingEl?.getAttribute('title')) ??
    polarityOf(ratingEl?.getAttribute('aria-label'));
  if (polarity) item.polarity = polarity;
  if (buyer) item.author = buyer;
  if (product) item.product = product;
  withDate(item, dateRaw, hints);
  for (const r of rows.slice(1)) {
    claim?.(r);
    const t = text(r);
    if (FOLLOW_UP.test(t)) item.followUp = { text: t.replace(FOLLOW_UP, '') };
  }
  return Object.assign(item, replyOf(rows));
}

/**
 * The cards not hidden by markup. Cards share their list: its ancestors are checked once per
 * parent, not once per card (5,000 closest() walks on every scan of a long page).
 */
function shownCards(cards: readonly Element[]): Element[] {
  const parentShown = new Map<Element | null, boolean>();
  return cards.filter((c) => {
    if (c.hasAttribute('hidden') || c.getAttribute('aria-hidden') === 'true') return false;
    if (/--skeleton\b/.test(c.className)) return false;
    const p = c.parentElement;
    let ok = parentShown.get(p);
    if (ok === undefined) {
      ok = !p || !p.closest('[hidden], [aria-hidden="true"]');
      parentShown.set(p, ok);
    }
    return ok;
  });
}

/**
 * A card's role line naming a seller as the one who left it: feedback this member received as a
 * buyer (the profile's "All feedback" tab mixes both), not the seller's to answer.
 */
const FROM_SELLER =
  /^(?:(?:feedback )?(?:from|left by|received from) (?:the |a )?seller|(?:bewertung )?vo[nm] (?:einem |dem )?verkäufer|(?:de la part )?du vendeur|(?:laissée? )?par (?:le|un) vendeur|dal venditore|del vendedor|(?:door|van) (?:de |een )?verkoper|od sprzedającego)\.?$/i;
const SELLER_WORD = /seller|verkäufer|vendeur|venditore|vendedor|verkoper|sprzedając/i;
/**
 * FROM_SELLER anywhere in a card's text, its spaces any run of whitespace: a leaf saying it is part
 * of the card's textContent, so a card without it (most: "the seller took a week" is a comment)
 * needs no look at its leaves. Zero-width characters (normText drops them) leave it unsure.
 */
const FROM_SELLER_ANYWHERE = new RegExp(
  FROM_SELLER.source
    .replace(/^\^/, '')
    .replace(/\\\.\?\$$/, '')
    .replace(/ /g, '\\s+'),
  'i',
);
const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/;
function fromSeller(card: Element): boolean {
  const all = card.textContent ?? '';
  if (!SELLER_WORD.test(all)) return false;
  if (!FROM_SELLER_ANYWHERE.test(all) && !ZERO_WIDTH.test(all)) return false;
  for (const el of Array.from(card.querySelectorAll('span, div, p, small, em, b, strong'))) {
    if (el.childElementCount) continue;
    const t = el.textContent ?? '';
    if (t.length <= 40 && FROM_SELLER.test(normText(t))) return true;
  }
  return false;
}

/** Rows of a feedback data table (columns known by their header labels: ebay-table.ts). */
const tableRows = new WeakSet<Element>();

/**
 * A row of a data table whose header names a rating and a comment column, with a rating in its
 * rating cell: one feedback (the ratings summary's rows, the header, detail rows are not).
 */
function isTableRow(row: Element): boolean {
  if (row.closest(CARD) || !shown(row)) return false;
  const cells = tableCells(row);
  return !!cells && !!polarityOf(ratingLabel(cells.get('rating')));
}

/**
 * The cards and legacy rows among these matches (of the page, or of what it added). A generator:
 * the seller check reads each card's text, a long task on 10,000 cards unless the scan may pause,
 * and each query of the whole page after the cards is a step of its own (null: a place to pause).
 */
function* feedbackRoots(
  find: (selector: string) => Element[],
): Generator<Element | null, void, void> {
  let cards = 0;
  for (const c of shownCards(find(CARD)))
    if (!fromSeller(c)) {
      cards++;
      yield c;
    }
  yield null;
  const legacy = find(LEGACY_COMMENT)
    .filter((c) => !c.closest(CARD) && shown(c))
    .map(legacyRoot);
  const iconRows = find(LEGACY_ICON)
    .map(iconRow)
    .filter((r): r is Element => !!r && shown(r));
  yield null;
  // (the outermost: a card's own parts may be named feedback-card-body)
  const tids = shownCards(find(TID_CARD)).filter(
    (c) => !c.closest(CARD) && !c.parentElement?.closest(TID_CARD),
  );
  for (const c of tids) tidCards.add(c);
  yield null;
  const known = new Set([...legacy, ...iconRows]);
  // a table of feedback without the legacy markup: its rows by the header's column labels
  const rows = find('tr, [role="row"]').filter((r) => !known.has(r) && isTableRow(r));
  for (const r of rows) tableRows.add(r);
  const found = [...tids, ...legacy, ...new Set(iconRows), ...rows];
  yield* found;
  if (cards || found.length) return;
  yield null;
  // cards of a markup we do not know, found by their rating icon: only when nothing known was found
  const byIcon = find(RATING_ICON)
    .map(iconCard)
    .filter((c): c is Element => !!c && shown(c) && !fromSeller(c));
  for (const c of byIcon) iconCards.add(c);
  yield* new Set(byIcon);
}

/**
 * A table row and the rows the page draws under it for it: a reply form opened by its Reply button
 * is drawn as a row of its own right after it (a data table's expanded row), up to the next
 * feedback row. The box there is this row's, and no other's.
 */
function tableRowParts(row: Element): Element[] {
  const parts = [row];
  for (let r = row.nextElementSibling; r && !isTableRow(r); r = r.nextElementSibling)
    if (shown(r)) parts.push(r);
  return parts;
}

/** One row of a feedback data table, each field from the cell under its column. */
function readTableRow(row: Element, hints?: DateHints): Item {
  const cells = tableCells(row) ?? new Map<string, Element>();
  const commentCell = cells.get('comment');
  // the seller's posted reply, controls and hidden parts are not the buyer's comment
  const exclude = commentCell
    ? Array.from(commentCell.querySelectorAll('*')).filter(
        (e) =>
          e.localName === 'a' ||
          e.localName === 'button' ||
          e.getAttribute('role') === 'button' ||
          hiddenCard(e) ||
          HIDING_STYLE.test(e.getAttribute('style') ?? '') ||
          SELLER_REPLY.test(label(e)),
      )
    : [];
  const buyer = buyerOf(cells.get('buyer'));
  const itemCell = cells.get('item');
  const link = itemCell?.querySelector('a[href*="/itm/"]') ?? row.querySelector('a[href*="/itm/"]');
  const product = productOf(link ?? null, itemCell ? text(itemCell) : undefined);
  const item: Item = {
    externalId: cardId(row, product?.id, buyer, ''),
    kind: 'feedback',
    body: commentCell ? visibleText(commentCell, { exclude }) : '',
    replyable: false,
  };
  const polarity = polarityOf(ratingLabel(cells.get('rating')));
  if (polarity) item.polarity = polarity;
  if (buyer) item.author = buyer;
  if (product) item.product = product;
  withDate(item, text(cells.get('date')), hints);
  return Object.assign(item, replyOf(tableRowParts(row)));
}

const EMPTY_FEEDBACK =
  /no feedback (?:yet|to show|found)|keine bewertungen|aucune évaluation|nessun feedback|ningún voto/i;

// ---------------------------------------------------------------------------
// Messages: legacy inbox and detail (body in an iframe), My eBay conversations

const DETAIL_LINK = 'a[href*="ViewMessageDetail" i]';
const DETAIL_RE = /\/mesgweb\/ViewMessageDetail\/\d+\/([^/?#]+)\/(\d+)/i;

const isDetail = (url: URL) => DETAIL_RE.test(url.pathname);

function readInboxRow(row: Element): Item | null {
  const link = row.matches(DETAIL_LINK) ? row : row.querySelector(DETAIL_LINK);
  const m = DETAIL_RE.exec(link?.getAttribute('href') ?? '');
  if (!link || !m?.[2]) return null;
  const subject = text(link);
  const sender =
    text(row.querySelector('.mesg-sender, .mesg-from, [class*="sender" i]')) ||
    (/^(?:[^:]{1,40}:\s*)?(.+?) sent a message/i.exec(subject)?.[1] ?? '');
  // Notices from eBay itself are not a buyer's case.
  if (m[1]?.toLowerCase() === 'ebay' || PLATFORM_LABEL.test(sender)) return null;
  const item: Item = {
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
function readLegacyDetail(ctx: ReadContext): Item | undefined {
  const { doc, url } = ctx;
  const hints = ebaySlash(url);
  const id = DETAIL_RE.exec(url.pathname)?.[2];
  if (!id) return undefined;
  const bodyDoc = frameDocs(doc).find((d) => d.getElementById('UserInputtedText'));
  const item: Item = { externalId: id, kind: 'messages', body: '', replyable: false };
  const subject = text(doc.querySelector('.mesg-subject, h1'));
  if (subject) item.title = subject;
  const from = text(doc.querySelector('.mesg-from'));
  if (from) item.author = from;
  withDate(item, text(doc.querySelector('.mesg-date')), hints);
  if (bodyDoc) {
    const buyer = text(bodyDoc.querySelector('#PrimaryMessage .secondary-headline a'));
    if (buyer) item.author = buyer;
    // the newest message's date inside the frame, where the top page shows none
    if (!item.date)
      withDate(
        item,
        text(bodyDoc.querySelector('#PrimaryMessage .mesg-date, #PrimaryMessage time')),
        hints,
      );
    const messages: SnapshotMessage[] = [];
    // eBay's e-mails list earlier messages newest first: turned round here, oldest first.
    for (const block of Array.from(bodyDoc.querySelectorAll('.previous-message')).reverse()) {
      const t = text(block.querySelector('.previous-message__text'));
      if (!t) continue;
      // the sender and date in their own elements, or in one head line (a bold label, a date)
      const head = block.querySelector('.previous-message__head, [class*="head" i]');
      const label =
        text(block.querySelector('.previous-message__from')) ||
        text(head?.querySelector('b, strong, [class*="from" i]') ?? null);
      const at = ebayDate(
        text(block.querySelector('.previous-message__date, .mesg-date, time, [class*="date" i]')),
        hints,
      );
      const from: From = /^(?:Your|Ihre|Votre|Il tuo|Tu) /i.test(label) ? 'seller' : 'buyer';
      messages.push(at ? { from, at: at.iso ?? at.raw, text: t } : { from, text: t });
    }
    // a buyer answering from a mail app sends the earlier exchange back under her words: the
    // quote is a copy of messages already sent, naming no sender to trust, so it is cut off
    const newest = ownWords(text(bodyDoc.getElementById('UserInputtedText')));
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

// a list entry is a link to the conversation, or a button carrying its id
const CONV_LINK = 'a[href*="conversationId="], [data-conversation-id]';
/** The list's entries: an element that holds a text box is the open thread, even with an id on it. */
const convEntries = (ctx: ReadContext): Element[] =>
  ctx.all(CONV_LINK).filter((a) => !a.querySelector(TEXT_BOX));
const convIdOf = (el: Element | null | undefined): string | undefined =>
  /^[\w-]{1,190}$/.exec(el?.getAttribute('data-conversation-id') ?? '')?.[0] ??
  /[?&]conversationId=([\w-]{1,190})/.exec(el?.getAttribute('href') ?? '')?.[1];

function readConversationLink(a: Element): Item | null {
  const id = convIdOf(a);
  if (!id) return null;
  const [nameEl, ...rest] = Array.from(a.children);
  const name = text(nameEl);
  if (PLATFORM_LABEL.test(name)) return null;
  const preview =
    rest
      .filter((c) => c.localName !== 'time')
      .map((c) => text(c))
      .sort((x, y) => y.length - x.length)[0] ?? '';
  const item: Item = { externalId: id, kind: 'messages', body: preview, replyable: false };
  if (name) item.author = name;
  const time = a.querySelector('time');
  return withDate(item, text(time), { el: time });
}

/** What a message's aria-label says before its sender: "Message from", "Bericht van", … */
const ARIA_FROM =
  /^(?:message|bericht|nachricht|messaggio|mensaje|wiadomość|mensagem)\s+(?:from|van|von|de|da|del|od)\s+/i;

/**
 * A message drawn with ARIA only names its sender and time in its aria-label ("Bericht van h***n,
 * 19 nov. 2026 10:12"): the tail that parses as a date is the time, the rest the sender.
 */
function ariaParts(bubble: Element, hints?: DateHints): { who: string; when?: string } | undefined {
  const l = normText(bubble.getAttribute('aria-label'));
  if (!l) return undefined;
  const segs = l.split(/\s*,\s*/);
  for (let i = 1; i < segs.length; i++) {
    const when = segs.slice(i).join(', ');
    if (ebayDate(when, hints)?.iso)
      return { who: segs.slice(0, i).join(', ').replace(ARIA_FROM, ''), when };
  }
  return { who: l.replace(ARIA_FROM, '') };
}

/** The author line of a message bubble says whose it is: "You", "eBay", or the buyer's name. */
function senderOf(bubble: Element): From {
  const hint = senderHint(bubble); // received/sent/system classes, data-sender
  if (hint !== 'unknown') return hint;
  const who = ariaParts(bubble)?.who;
  if (who && SELF_LABEL.test(who)) return 'seller';
  if (who && PLATFORM_LABEL.test(who)) return 'platform';
  const first = text(bubble.firstElementChild);
  if (SELF_LABEL.test(first)) return 'seller';
  if (PLATFORM_LABEL.test(first)) return 'platform';
  return 'buyer';
}

/** A part of a bubble (not its author line) whose whole text is a date: its time, when unmarked. */
const datePartOf = (bubble: Element): Element | null => {
  for (let c = bubble.firstElementChild?.nextElementSibling; c; c = c.nextElementSibling) {
    const t = label(c);
    if (t && t.length <= 40 && ebayDate(t)?.iso) return c;
  }
  return null;
};

function readBubble(bubble: Element, hints?: DateHints): SnapshotMessage & { date?: Item['date'] } {
  const timeEl =
    bubble.querySelector('time') ?? bubble.querySelector('[class*="time" i]') ?? datePartOf(bubble);
  const parts = Array.from(bubble.children).filter((c) => c !== timeEl && c.localName !== 'time');
  // The author line is the first part; the text is the longest of the rest.
  const body = parts.length > 1 ? parts.slice(1) : parts;
  const t = body.map((c) => text(c)).sort((a, b) => b.length - a.length)[0] ?? text(bubble);
  const raw =
    text(timeEl) || normText(timeEl?.getAttribute('datetime')) || ariaParts(bubble, hints)?.when;
  // a datetime with its offset on the time element is the time: "6:45 p.m." names no zone (stamp)
  const date = raw ? ebayDate(raw, { ...hints, el: timeEl }) : undefined;
  const msg: SnapshotMessage & { date?: Item['date'] } = { from: senderOf(bubble), text: t };
  if (date) msg.at = date.iso ?? date.raw;
  if (date) msg.date = date;
  return msg;
}

/**
 * The reply box of the open conversation (not one inside the conversation list), in the page or in
 * the open shadow root of a messages app drawn as a web component (all: the context's deep query).
 */
const conversationBox = (all: (selector: string) => Element[]): ReplyBox | undefined =>
  (all(TEXT_BOX) as ReplyBox[]).find(
    (b) => !b.closest('a[href*="conversationId="]') && usableBox(b),
  );

function openConversationId(ctx: ReadContext): string | undefined {
  const links = convEntries(ctx);
  const current = links.find(
    (a) =>
      shown(a) &&
      (/^(?:true|page)$/.test(a.getAttribute('aria-current') ?? '') ||
        a.getAttribute('aria-selected') === 'true'),
  );
  return convIdOf(current) ?? ctx.url.searchParams.get('conversationId') ?? undefined;
}

/** The nearest ancestor of `el` that holds a `selector` match. */
function ancestorWith(el: Element | undefined, selector: string): Element | null {
  for (let cur = el?.parentElement; cur; cur = cur.parentElement)
    if (cur.querySelector(selector)) return cur;
  return null;
}

/**
 * Like rows and the other blocks between them in their list that carry a time or name a side: an
 * eBay system card (an offer declined, a return opened) is drawn with a class of its own among the
 * bubbles, and keeps its place in the thread.
 */
function withCards(rows: Element[]): Element[] {
  const list = rows[0]?.parentElement;
  if (!list || rows.some((r) => r.parentElement !== list)) return rows;
  const like = new Set(rows);
  return Array.from(list.children).filter(
    (c) =>
      like.has(c) ||
      (c.childElementCount > 1 && (!!c.querySelector('time') || senderHint(c) !== 'unknown')),
  );
}

/** The open conversation, read message by message, merged into its list item (a new object). */
function withOpenConversation(items: Item[], ctx: ReadContext): Item[] {
  const box = conversationBox(ctx.all);
  // the thread's container; in an ARIA-only build, the box's nearest ancestor holding the log
  const thread =
    box?.closest('section, article, [role="main"], [role="region"], [role="log"]') ??
    ancestorWith(box, '[role="log"], [role="feed"]');
  const id = openConversationId(ctx);
  if (!box || !thread || !id) return items;
  // a list of messages, in markup or in ARIA roles
  const ITEM = ':scope > li, :scope > [role="listitem"], :scope > [role="article"]';
  const list = Array.from(
    thread.querySelectorAll('ol, ul, [role="list"], [role="log"], [role="feed"]'),
  ).find((l) => l.querySelector(ITEM) && !l.querySelector(CONV_LINK)); // not the conversation list
  // else rows of hashed classes only: the run of like blocks nearest the box
  const rows = list
    ? Array.from(list.querySelectorAll(ITEM))
    : withCards(likeRowsNear(box).filter((r) => thread.contains(r)));
  // message times by the site's day order, as the items' dates (at: ISO where it parses)
  const hints = ebaySlash(ctx.url);
  const read = rows.map((r) => readBubble(r, hints)).filter((m) => m.text);
  const fromBuyer = read.filter((m) => m.from === 'buyer');
  const base = items.find((i) => i.externalId === id);
  const open: Item = {
    ...(base ?? { externalId: id, kind: 'messages' }),
    messages: read.map(({ date: _date, ...m }) => m),
    body: fromBuyer.map((m) => m.text).join('\n\n'),
    replyable: true,
    replyState: 'open',
  };
  if (!fromBuyer.length) open.unreadable = true;
  const lastDate = fromBuyer.at(-1)?.date;
  if (lastDate) open.date = lastDate;
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

function roots(ctx: ReadContext): Iterable<Element | null> {
  if (ctx.kind === 'feedback') return feedbackRoots(ctx.all);
  if (ctx.kind !== 'messages') return [];
  if (ctx.url.hostname.startsWith('mesg.')) {
    if (isDetail(ctx.url)) return []; // one message: finish() reads it
    const rows = ctx.all(DETAIL_LINK).map((a) => a.closest('tr, li, [role="row"]') ?? a);
    return Array.from(new Set(rows)).filter((r) => !hiddenCard(r));
  }
  return convEntries(ctx).filter((a) => !a.closest('#gh') && !hiddenCard(a));
}

function read(root: Element, ctx: ReadContext): Item | null {
  if (ctx.kind === 'feedback') {
    const hints = ebaySlash(ctx.url);
    if (tableRows.has(root)) return readTableRow(root, hints);
    if (tidCards.has(root) || iconCards.has(root)) return readTidCard(root, hints);
    return root.matches(CARD)
      ? readProfileCard(root, hints)
      : readLegacyCard(root, ctx.claim, hints);
  }
  if (root.matches(CONV_LINK)) return readConversationLink(root);
  return readInboxRow(root);
}

function finish(items: Item[], ctx: ReadContext): Item[] {
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

/** The reply box the page ties to this item, or null: never another item's. */
function replyBox(doc: Document, externalId: string, url: URL): ReplyBox | null {
  const id = normText(externalId).replace(/^ebay:/i, '');
  if (!id) return null;
  const kind = ebay.detect(url);
  if (kind !== 'feedback' && kind !== 'messages') return null;
  const ctx = readContext(doc, url, kind);
  if (kind === 'feedback') {
    // The item's root as the reader finds it (a profile, Seller Hub test-id or rating-icon card, a
    // legacy comment's rows, a table row and its expanded rows), read to its id: the box is
    // searched for in that root's parts only, never in an earlier, hidden or other card's.
    // (feedbackRoots yields null between its steps: a place for a scan to pause)
    for (const root of feedbackRoots(ctx.all)) {
      if (!root || read(root, ctx)?.externalId !== id) continue;
      const parts = tableRows.has(root)
        ? tableRowParts(root)
        : iconCards.has(root)
          ? [iconScope(root)]
          : tidCards.has(root)
            ? [root]
            : legacyRows(root);
      return parts.flatMap(textBoxes)[0] ?? null;
    }
    return null;
  }
  if (url.hostname.startsWith('mesg.')) {
    return DETAIL_RE.exec(url.pathname)?.[2] === id ? (textBoxes(doc)[0] ?? null) : null;
  }
  return openConversationId(ctx) === id ? (conversationBox(ctx.all) ?? null) : null;
}

export const ebayAdapter = defineAdapter(ebay, {
  anchors: [
    CARD,
    TID_CARD,
    RATING_ICON,
    LEGACY_COMMENT,
    LEGACY_ICON,
    DETAIL_LINK,
    CONV_LINK,
    '#UserInputtedText',
    'iframe',
    'textarea',
    'input[type="text"]',
  ],
  roots,
  rootsIn: (scopes, ctx) =>
    ctx.kind === 'feedback'
      ? [...feedbackRoots((sel) => matchesIn(scopes, sel))].filter((r): r is Element => !!r)
      : undefined,
  read,
  finish,
  replyBox,
});

export default ebayAdapter;
