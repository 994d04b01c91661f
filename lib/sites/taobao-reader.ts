// Taobao/Tmall (千牛工作台), the page reader: bundled only into entrypoints/taobao.content.ts.
// shared/sites/taobao.md: no class name of these pages is verified, so rows, fields and boxes are
// found by label text (Simplified and Traditional) and by structure; class fragments are only a
// first guess. What cannot be read is said, never guessed.
import type { ItemDate, ItemKind, Polarity, SnapshotItem, SnapshotMessage } from '../messages';
import type { ReadContext, ReplyBox } from './types';
import { taobao, TAOBAO_HISTORY_HOST } from './taobao';
import { defineAdapter } from './define';
import { isoYmd } from './dates-ymd';
import { capShort, capText, frameDocs, normText, shadowRootsUnder, visibleText } from './dom';
import {
  byListPlace,
  HIDING_STYLE,
  isEnabled,
  isVisible,
  likeRowsNear,
  messageAt,
  pageLink,
} from './shared';
import { matchesIn } from './scan';
import { wholeOfCut } from './words';
import { TAOBAO_REPLY_MAX } from '../playbook/platforms';

// ---------------------------------------------------------------------------
// Labels, Simplified and Traditional (回复 is 回覆 or 回復 in Traditional builds)

const R = '回[复復覆]';
const ORDER_LABEL = /[订訂][单單](?:[号號]|[编編][号號])/;
const ORDER_RE = new RegExp(`${ORDER_LABEL.source}\\s*[:：]?\\s*(\\d{8,25})`);
const ORDER_RE_G = new RegExp(ORDER_RE.source, 'g');
const FIRST_LABEL = /初次[评評][价價]/;
const DATE_SRC =
  '(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
const FIRST_RE = new RegExp(`(?:初次[评評][价價])\\s*[:：]?\\s*(${DATE_SRC})`);
/** A follow-up's label: 追加评价：date, 追评（date）, or 收货后N天(追加/追评). */
const FOLLOW_RE = new RegExp(
  `(?:追加[评評][价價]|追[评評])\\s*[:：]?\\s*[（(]?\\s*(${DATE_SRC})\\s*[)）]?|(收[货貨][后後]\\s*\\d{1,3}\\s*天)`,
);
/** A follow-up's label alone (追评：, 追加评价), its date in a sibling: read with its block. */
const FOLLOW_ALONE = /^(?:追加[评評][价價]|追[评評])\s*[:：]?$/;
/**
 * A follow-up's date or days-after-receipt leading its words, when the label stands alone and they
 * sit in sibling spans of one block (追评 <span>收货后6天</span> <span>words</span>): the page's.
 */
const FOLLOW_LEAD = new RegExp(
  `^[\\s（(]*(?:${DATE_SRC}|收[货貨][后後]\\s*\\d{1,3}\\s*天)[\\s)）:：]*`,
);
/** What may follow a follow-up's date before its words: a bracket, a colon, the label word. */
const FOLLOW_TAIL = /^[\s)）:：]*(?:追加(?:[评評][价價论論])?|追[评評])?[\s)）:：]*/;
const RATING_WORDS: Record<string, 'positive' | 'neutral' | 'negative'> = {
  好评: 'positive',
  好評: 'positive',
  正面: 'positive',
  中评: 'neutral',
  中評: 'neutral',
  中性: 'neutral',
  差评: 'negative',
  差評: 'negative',
  负面: 'negative',
  負面: 'negative',
};
/** A star score's label: 2星, 2颗星, 评分 2 分 (an average such as 4.6星 is no row's score). */
const STARS_RE = /^(?:[评評]分)?\s*([1-5])\s*(?:[颗顆]?星|分)$/;
/** Taobao's own reading of a 5-star score: 1–2 星 差评, 3 星 中评, 4–5 星 好评. */
const STAR_POLARITY: Polarity[] = ['negative', 'negative', 'neutral', 'positive', 'positive'];
const FIRST_ACTION = new RegExp(`^(?:[评評][价價]${R}|${R}[评評][价價])$`);
const FOLLOW_ACTION = new RegExp(`^追[评評]${R}$`);
const REPLIED = new RegExp(
  `^(?:已${R}|(?:[评評][价價]|追[评評])${R}[记記][录錄]|[商卖賣]家已${R})`,
);
const EXPIRED = new RegExp(`^已?超[过過]${R}期限`);
const CLOSED = new RegExp(`^(?:${R}已[关關][闭閉]|[无無]法${R}|不可${R})`);
/** Other labels that are not what the buyer wrote (order, dates, ratings, states are read first). */
// (a shop's reply label stands alone or before its colon, date or bracket: 商家回复：…; a buyer's
// "商家回复了也没用" goes on in words, and is the buyer's)
const LABEL_TEXT = new RegExp(
  `^(?:追[评評]$|追加[评評][价價]|[买買]家|信[誉譽]|[会會][员員]|投[诉訴]|(?:掌柜|商家|[卖賣]家)${R}(?=$|[\\s:：（(\\d])|共\\s*\\d+\\s*[条條]$)`,
);
/**
 * The platform's words where a buyer wrote none (a review of images only, a review the system left
 * for a buyer who gave none): never the buyer's text.
 */
const NO_WORDS =
  /^(?:此用[户戶](?:没有|沒有|未)填[写寫][评評][价價](?:[内內]容)?|[该該]用[户戶](?:没有|沒有|未)填[写寫][评評][价價论論](?:[内內]容)?|用[户戶]未填[写寫][评評][价價](?:[内內]容)?|(?:[评評][价價]方|[买買]家)未及[时時]做出[评評][价價][,，]?系[统統]默[认認]好[评評]|系[统統]默[认認](?:好[评評]|[评評][价價]))[。.！!]?$/;
// an anonymous review shows no nick at all, only 匿名买家
const MASKED_NICK = /^(?:[^\s*：:]{0,16}\*{2,}[^\s*：:]{0,16}|匿名[买買]家)$/;
/** Class fragments a public tool tried for the review text (unverified): a hint, never required. */
const BODY_CLASS = /comment-content|rate-content|review-content|rateText/;
const ITEM_LINK = /(?:item\.taobao\.com|detail\.tmall\.com|detail\.tmall\.hk|item\.htm)/i;
const INLINE = new Set(['span', 'em', 'b', 'i', 'strong', 'font', 'mark', 'br', 'small', 'u']);

/** Every known "this is not a reply box" popup (sites/taobao.md). */
const POPUP_RE =
  /重要消息|[预預]警通知|功能升[级級]|智能分析上[线線]|新手引[导導]|[资資][损損][预預]警|我知道了/;

type ReplyState = NonNullable<SnapshotItem['replyState']>;

/** One review row as the page shows it (the snapshot item is built from this). */
export interface ReviewRow {
  externalId: string;
  orderId: string;
  author?: string;
  polarity?: Polarity;
  /** The 1–5 stars of builds that score the item (商品评分) instead of 好评/中评/差评. */
  rating?: number;
  body: string;
  date?: ItemDate;
  followUp?: { text: string; date?: ItemDate };
  product?: { id?: string; name?: string; url?: string };
  replyState?: ReplyState;
  replyAction?: string;
  /** The row element and the rows that belong to it (the expanded 追评 row). */
  elements: Element[];
  /** The first review's and the follow-up's text elements (to tie a dialog quoting them). */
  textEls: Element[];
}

// ---------------------------------------------------------------------------
// Small DOM helpers (realm-independent: no instanceof)

/** Lower-case tag name (localName is cheap; tagName allocates an upper-case copy). */
const tag = (el: Element) => el.localName;
const text = (el: Element | null | undefined) => normText(el?.textContent);

/** Taobao shows Beijing time: a date with a time becomes UTC from +08:00 (shared YMD parser). */
export const cnDate = (raw: string): ItemDate => {
  const r = capShort(normText(raw));
  const iso = isoYmd(r, 480);
  return iso ? { iso, raw: r } : { raw: r };
};

/**
 * Not hidden by its own or an ancestor's attributes or inline style, up to `stop` (cheap: no style
 * pass, no CSSStyleDeclaration objects).
 */
export function notHidden(el: Element, stop?: Element, aria = true): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.hasAttribute('hidden') || (aria && cur.getAttribute('aria-hidden') === 'true'))
      return false;
    const style = cur.getAttribute('style');
    if (style && HIDING_STYLE.test(style)) return false;
    if (cur === stop) break;
  }
  return true;
}

const isAction = (t: string) => t.length <= 8 && (FIRST_ACTION.test(t) || FOLLOW_ACTION.test(t));

// ---------------------------------------------------------------------------
// 评价管理 rows

/** What may stand before an order label in a field: a qualifier of the order (交易订单号, 子订单号). */
const ORDER_QUALIFIER = /^(?:交易|[主子父]|淘宝|淘寶|天猫|天貓)?$/;

/**
 * An order label that is a field of the row (订单号：…), not one quoted in the buyer's running text
 * ("上次订单号：… 的那只", "我的订单号：…"): it starts its text node, after a qualifier at most.
 */
function fieldLabel(v: string): boolean {
  const m = ORDER_LABEL.exec(v);
  return !!m && ORDER_QUALIFIER.test(v.slice(0, m.index).trim());
}

/** Text nodes holding an order label under each of `scopes`, in document order (one TreeWalker pass). */
function* labelsIn(scopes: readonly Node[]): Generator<Text> {
  // Rows share their ancestors up to the page's top: each is looked at once per walk, not once a
  // row (on a 1,000-row page that was 15 levels of attribute reads for every label).
  const shownAt = new Map<Element, boolean>();
  const notHiddenUp = (el: Element): boolean => {
    const path: Element[] = [];
    let ok = true;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const known = shownAt.get(cur);
      if (known !== undefined) {
        ok = known;
        break;
      }
      path.push(cur);
      if (!notHidden(cur, cur, false)) {
        ok = false;
        break;
      }
    }
    for (const e of path) shownAt.set(e, ok);
    return ok;
  };
  for (const scope of scopes) {
    const walker = (scope.ownerDocument ?? (scope as Document)).createTreeWalker(scope, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const v = n.nodeValue;
      if (!v || v.length < 3 || !ORDER_LABEL.test(v) || !fieldLabel(v)) continue;
      // a script's or style's text is no field: the page's own data often names 订单号, and its row
      // would be read up to <body> (the whole page's text) on every scan
      if (n.parentElement && SKIP_PARENT.has(n.parentElement.localName)) continue;
      // a hidden skeleton or placeholder row is no row the agent sees; aria-hidden is not
      // enough, since modal libraries put it on the whole page behind an open reply dialog
      if (n.parentElement && !notHiddenUp(n.parentElement)) continue;
      yield n as Text;
    }
  }
}
/**
 * Where a 评价管理 micro-app may be drawn: the page, a same-origin frame of the 千牛 shell, or the
 * open shadow root a micro-frontend (qiankun's style isolation) mounts it in.
 */
const rowScopes = (doc: Document): Node[] =>
  frameDocs(doc).flatMap((d) => (d.body ? [d.body, ...shadowRootsUnder(d.body)] : []));

/** The order labels of every scope rows may be drawn in. */
const orderLabelNodes = (doc: Document): Text[] => [...labelsIn(rowScopes(doc))];

/** Order fields in an element, quoted ones left out (the text count first: exact when ≤ 1). */
function fieldOrders(el: Element, t: string): number {
  const n = (t.match(ORDER_RE_G) ?? []).length;
  return n <= 1 ? n : [...labelsIn([el])].length;
}
const orderCount = (el: Element): number => fieldOrders(el, el.textContent ?? '');

/** The order id of a field label: from its own text, else the nearest block holding one id only. */
function orderOf(label: Text, row: Element, t: string): string | undefined {
  let cur: Node | null = label;
  for (let i = 0; cur && i < 3; i++, cur = cur.parentNode) {
    const m = (cur.textContent ?? '').match(ORDER_RE_G);
    if (m?.length === 1) return ORDER_RE.exec(m[0])?.[1];
    if (cur === row) break;
  }
  return ORDER_RE.exec(t)?.[1];
}

/**
 * The text of the rows the last walk for roots found (whole rows, ending with the next order label
 * or not): reading a row then need not ask its next sibling's textContent again. Only for the
 * scan that walked (reset by each walk); a row changed since is read again on the next scan.
 */
let rowTexts = new Map<Element, string>();

/** The row element for one order label: the row (tr / role=row) that also holds 初次评价. */
function rowFor(label: Text): [Element, string] | null {
  const parent = label.parentElement;
  if (!parent) return null;
  const row = parent.closest('tr, [role="row"]');
  if (row) {
    const t = rowTexts.get(row) ?? row.textContent ?? '';
    rowTexts.set(row, t);
    if (FIRST_LABEL.test(t) && fieldOrders(row, t) === 1) return [row, t];
  }
  // A card layout: the nearest ancestor holding 初次评价 too, widened while it holds this order only.
  let cur: Element | null = parent;
  while (cur && !FIRST_LABEL.test(cur.textContent ?? '')) cur = cur.parentElement;
  if (!cur || tag(cur) === 'body' || orderCount(cur) !== 1) return null;
  while (
    cur.parentElement &&
    tag(cur.parentElement) !== 'body' &&
    orderCount(cur.parentElement) === 1
  ) {
    const p: Element = cur.parentElement;
    if (p.querySelector('th, [role="columnheader"], .next-pagination')) break;
    cur = p;
  }
  return [cur, cur.textContent ?? ''];
}

/** The expanded rows after a row (its 追评): following siblings up to the next order. */
function extraRows(row: Element): Element[] {
  const out: Element[] = [];
  for (let s = row.nextElementSibling; s && out.length < 3; s = s.nextElementSibling) {
    const t = rowTexts.get(s) ?? s.textContent ?? '';
    if (ORDER_LABEL.test(t)) break;
    if (/expand/i.test(s.getAttribute('class') ?? '') || FOLLOW_RE.test(t)) out.push(s);
    else break;
  }
  return out;
}

const CLICKABLE = 'button, a, [role="button"], [role="link"]';
const SKIP_PARENT = new Set(['script', 'style', 'textarea', 'noscript', 'template', 'option']);

/** Inside a link or button, up to the row (a walk up is cheaper than closest() to the page's top). */
function inControl(el: Element, stop: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const t = cur.localName;
    if (t === 'a' || t === 'button' || cur.getAttribute('role') === 'button') return true;
    if (cur === stop) break;
  }
  return false;
}

/** The nearest non-inline ancestor of a text node: the block that holds it. */
function blockOf(node: Text, stop: Element): Element {
  let el = node.parentElement!;
  while (el !== stop && INLINE.has(tag(el)) && el.parentElement) el = el.parentElement;
  return el;
}

/** Text of a block the buyer wrote: textContent when flat (fast), else the reader's view. */
const blockText = (el: Element): string =>
  el.childElementCount ? visibleText(el) : normText(el.textContent);

function productOf(row: Element, base: URL): ReviewRow['product'] {
  // the live tag list, not querySelectorAll('a[href]'): a tenth of a row's reading time
  const links = row.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i]!;
    const href = a.getAttribute('href');
    if (href === null || !ITEM_LINK.test(href)) continue;
    const link = pageLink(href, base);
    if (!link) continue;
    const p: NonNullable<ReviewRow['product']> = { url: link };
    // the query's id, without a URL parse per row (microseconds each on a 1,000-row page)
    const id = /[?&]id=([^&#]*)/.exec(link)?.[1];
    if (id && /^\d{6,20}$/.test(id)) p.id = id;
    const name =
      normText(a.textContent) ||
      normText(a.getAttribute('title')) ||
      normText(a.querySelector('img')?.getAttribute('alt'));
    if (name) p.name = capShort(name);
    return p;
  }
  return undefined;
}

interface Piece {
  block: Element;
  len: number;
  /** The block carries one of the review-text class fragments. */
  hinted: boolean;
  /** The block's text nodes read as the buyer's words (labels beside them in the block left out). */
  words: string;
}

/**
 * One pass over a row's text nodes classifies each as a label (order, dates, rating, nick,
 * states, actions) or the buyer's words; the 追评 is the text beside its label.
 */
function readRow(row: Element, orderId: string, base: URL): ReviewRow {
  const extras = extraRows(row);
  const elements = [row, ...extras];
  const r: ReviewRow = { externalId: orderId, orderId, body: '', elements, textEls: [] };
  const pieces: Piece[] = [];
  const actions: Element[] = [];
  let followLabel: Element | null = null;
  let followDate: ItemDate | undefined;
  let followWords = '';
  let replied = false;
  let expired = false;
  let closed = false;
  let firstLine = '';
  for (const scope of elements) {
    const walker = scope.ownerDocument.createTreeWalker(scope, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const v = n.nodeValue;
      if (!v || !v.trim()) continue;
      const parent = n.parentElement;
      if (!parent || SKIP_PARENT.has(parent.localName)) continue;
      // long text is the buyer's: only short text can be a label
      let t = v.length <= 80 ? normText(v) : '';
      if (t && t.length <= 60) {
        if (FIRST_LABEL.test(t)) {
          // the block: a label and its date may sit in sibling spans
          firstLine ||= normText(blockOf(n, scope).textContent);
          continue;
        }
        if (ORDER_LABEL.test(t) && fieldLabel(t)) continue;
        if (NO_WORDS.test(t)) continue;
        if (isAction(t)) {
          actions.push(parent.closest(CLICKABLE) ?? parent);
          continue;
        }
        // a label alone (its date in a sibling span): read it with its block
        const alone = FOLLOW_ALONE.test(t);
        const block = alone ? blockOf(n, scope) : null;
        const fm = FOLLOW_RE.exec(block ? normText(block.textContent) : t);
        if (fm) {
          if (!followLabel) {
            followLabel = parent;
            followDate = fm[1] ? cnDate(fm[1]) : { raw: capShort(normText(fm[8])) };
            // the label and the words in one text (追加评价（date）：words), or in one block whose
            // own text is the label (追评：<span>date</span> <span>words</span>)
            if (fm.input === t || block === parent) {
              const rest = fm.input.slice(fm.index + fm[0].length).replace(FOLLOW_TAIL, '');
              if (rest) followWords = rest;
            }
          }
          continue;
        }
        if (t in RATING_WORDS) {
          r.polarity ??= RATING_WORDS[t];
          continue;
        }
        if (MASKED_NICK.test(t)) {
          r.author ??= capShort(t);
          continue;
        }
        if (REPLIED.test(t)) replied = true;
        else if (EXPIRED.test(t)) expired = true;
        else if (CLOSED.test(t)) closed = true;
        // a bare number or date (a label's value) is no buyer's words
        else if (!LABEL_TEXT.test(t) && !/^[\d :-]+$/.test(t)) t = ''; // the buyer's words (below)
        if (t) continue;
      }
      if (inControl(parent, scope)) continue; // product name, controls
      const block = blockOf(n, scope);
      const last = pieces[pieces.length - 1];
      if (last?.block !== block)
        pieces.push({
          block,
          len: v.length,
          hinted: BODY_CLASS.test(block.getAttribute('class') ?? ''),
          words: v,
        });
      else {
        last.len += v.length;
        last.words += v;
      }
    }
  }
  if (firstLine) {
    const m = FIRST_RE.exec(firstLine);
    if (m?.[1]) r.date = cnDate(m[1]);
  }
  // The follow-up's container: from its label up to the first ancestor holding buyer text too.
  let followBox: Element | null = null;
  // (words in the label's own text need no container: the label's block is theirs)
  if (followLabel && !followWords) {
    for (let cur: Element | null = followLabel; cur; cur = cur.parentElement) {
      if (pieces.some((p) => p.block !== followLabel && cur!.contains(p.block))) {
        followBox = cur;
        break;
      }
      if (elements.includes(cur)) break;
    }
  }
  const inFollow = (el: Element) => !!followBox && followBox.contains(el);
  const longest = (ps: Piece[]) =>
    ps.reduce<Piece | undefined>((b, p) => (!b || p.len > b.len ? p : b), undefined);
  // a hinted block first, else the longest text that is no label
  const pick = (ps: Piece[]) => (ps.find((p) => p.hinted) ?? longest(ps))?.block;
  const firstEl = pick(pieces.filter((p) => !inFollow(p.block)));
  if (firstEl) {
    // a review cut at 展开 with its whole text hidden beside it: the whole text, once
    // A cell whose words are an inline span beside the page's own inline labels (<td><span>负面
    // </span> <span>words</span><div>初次评价：…</div></td>): its text holds more than the words read,
    // the rest being labels, so the words alone. (Hidden text makes the words the longer, and <br>
    // only spaces the whole: whole, then, as it keeps the lines apart.)
    const whole = blockText(firstEl);
    const own = normText(pieces.find((p) => p.block === firstEl)?.words);
    const bare = (t: string) => t.replace(/\s+/g, '').length;
    r.body = wholeOfCut(firstEl) ?? (own && bare(own) < bare(whole) ? own : whole);
    r.textEls.push(firstEl);
  }
  if (followWords && followLabel) {
    r.followUp = followDate
      ? { text: capText(followWords), date: followDate }
      : { text: capText(followWords) };
    r.textEls.push(followLabel);
  } else if (followBox) {
    const fEl = pick(pieces.filter((p) => inFollow(p.block)));
    // the label (追评 收货后10天：, 追评：date) is the page's, though it shares the words' block
    const t = !fEl
      ? ''
      : followLabel && followLabel !== fEl && fEl.contains(followLabel)
        ? visibleText(fEl, { exclude: [followLabel] }).replace(FOLLOW_LEAD, '')
        : blockText(fEl);
    if (fEl && t) {
      r.followUp = followDate ? { text: capText(t), date: followDate } : { text: capText(t) };
      r.textEls.push(fEl);
    }
  }
  if (!r.polarity) {
    // an icon instead of a word: its alt, title or aria-label (builds that draw only ARIA)
    for (const e of elements) {
      for (const el of Array.from(e.querySelectorAll('[title], [aria-label], img[alt]'))) {
        const t = normText(
          el.getAttribute('title') ?? el.getAttribute('aria-label') ?? el.getAttribute('alt'),
        );
        if (t in RATING_WORDS) {
          r.polarity = RATING_WORDS[t];
          break;
        }
        const stars = STARS_RE.exec(t);
        if (stars) {
          r.rating = +stars[1]!;
          r.polarity = STAR_POLARITY[r.rating - 1];
          break;
        }
      }
      if (r.polarity) break;
    }
  }
  if (!r.author) {
    const m = /[买買]家(?:[昵暱][称稱])?\s*[:：]\s*(\S{1,40})/.exec(normText(row.textContent));
    if (m?.[1]) r.author = capShort(m[1]);
  }
  const product = productOf(row, base);
  if (product) r.product = product;
  // attributes only: asking for computed style here would force a style pass per scan
  const shown = actions.filter((a) => notHidden(a, row.parentElement ?? row));
  const followAction = shown.find((a) => FOLLOW_ACTION.test(text(a)));
  const firstAction = shown.find((a) => FIRST_ACTION.test(text(a)));
  const action = (r.followUp && followAction) || firstAction || followAction;
  if (action) {
    r.replyState = 'open';
    r.replyAction = capShort(text(action));
  } else if (closed) r.replyState = 'closed';
  else if (expired) r.replyState = 'expired';
  else if (inlineEditor(elements, row)) {
    // The page shows a reply form only for a reply it takes: an editor open in the row or its
    // 追评 row means that reply is open, though the row's 已回复 says the first review's is done
    // (the action that opened it is gone, replaced by the form).
    r.replyState = 'open';
  } else if (replied) r.replyState = 'replied';
  for (const e of elements) readAs.set(e, r);
  return r;
}

/**
 * An editor open inside the row's own elements, not hidden by markup (attributes only: no layout
 * per row). A tag-name test first: most rows hold no form at all.
 */
function inlineEditor(elements: readonly Element[], row: Element): boolean {
  for (const e of elements) {
    const ed = e.querySelector(EDITOR_SEL);
    if (ed && isEnabled(ed) && notHidden(ed, row.parentElement ?? row)) return true;
  }
  return false;
}

/** What each row element (a row, its expanded 追评 rows) was last read as. */
const readAs = new WeakMap<Element, ReviewRow>();

/** Every review row on the 评价管理 page, in page order. */
interface RowRef {
  row: Element;
  orderId: string;
  externalId: string;
}

/** The review rows of the page with their ids, in page order (no row is read here). */
export const rowRefs = (doc: Document): RowRef[] => {
  rowTexts = new Map();
  return [...refsOf(orderLabelNodes(doc))];
};

/** The rows of these order labels with their ids (a generator: a walk of a long page may pause). */
function* refsOf(labels: Iterable<Text>): Generator<RowRef> {
  const seenRows = new Set<Element>();
  const ids = new Map<string, number>();
  for (const label of labels) {
    const [row, t] = rowFor(label) ?? [];
    if (!row || seenRows.has(row)) continue;
    seenRows.add(row);
    const id = orderOf(label, row, t!);
    if (!id) continue;
    const n = ids.get(id) ?? 0;
    ids.set(id, n + 1);
    // one order, several items reviewed: the later rows keep the order but need their own id
    const item =
      n > 0
        ? /[?&]id=(\d{6,20})/.exec(
            row.querySelector('a[href*="id="]')?.getAttribute('href') ?? '',
          )?.[1]
        : undefined;
    yield { row, orderId: id, externalId: n > 0 ? `${id}:${item ?? n + 1}` : id };
  }
}

/** Every review row on the 评价管理 page, read, in page order. */
export function reviewRows(doc: Document, base: URL = new URL(doc.URL)): ReviewRow[] {
  return rowRefs(doc).map((ref) => {
    const r = readRow(ref.row, ref.orderId, base);
    r.externalId = ref.externalId;
    return r;
  });
}

// ---------------------------------------------------------------------------
// Reply boxes

const EDITOR_SEL =
  'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], [role="textbox"]';

// a role=textbox wrapper around a contenteditable: take the inner one
const usable = (el: Element) => isEnabled(el) && !el.querySelector(EDITOR_SEL) && isVisible(el);

export function editorsIn(root: Element | Document): Element[] {
  return Array.from(root.querySelectorAll(EDITOR_SEL)).filter(usable);
}

/** The page's editor elements at the last scan, each with whether it was usable, per document. */
const editorEls = new WeakMap<Document, Map<Element, boolean>>();

/**
 * The usable editors of the page. An attribute query visits every element of the page (12 ms on
 * 5,000 rows), and isVisible lays the page out (hundreds of ms right after the page appended
 * rows, in our task). A re-scan of what changed keeps the last scan's editors still on the page,
 * with their answer unless a changed subtree holds them, and adds those in the changed subtrees
 * after them: they are the newest, as a dialog Fusion appends is. (A change of class, style or
 * hidden makes the scan a whole-page one, where everything is asked again.)
 */
function pageEditors(ctx: ReadContext): Element[] {
  const last = editorEls.get(ctx.doc);
  const ch = ctx.changed;
  const els = new Map<Element, boolean>();
  const found =
    last && ch
      ? [...last.keys()].filter((e) => e.isConnected).concat(matchesIn(ch, EDITOR_SEL))
      : Array.from(ctx.doc.querySelectorAll(EDITOR_SEL));
  for (const e of found) {
    if (els.has(e)) continue;
    const was = ch && !ch.some((c) => c.contains(e)) ? last?.get(e) : undefined;
    els.set(e, was ?? usable(e));
  }
  editorEls.set(ctx.doc, els);
  return [...els.keys()].filter((e) => els.get(e));
}

/** The row a dialog (or a portalled form) answers: it names the order, or quotes one row's text. */
function rowOfDialog(dialog: Element, rows: ReviewRow[]): ReviewRow | undefined {
  const t = text(dialog);
  const byOrder = rows.filter((r) => t.includes(r.orderId));
  if (byOrder.length === 1) return byOrder[0];
  if (byOrder.length > 1) return undefined;
  const quotes = rows.filter((r) =>
    r.textEls.some((el) => {
      const q = text(el).slice(0, 24);
      return q.length >= 6 && t.includes(q);
    }),
  );
  return quotes.length === 1 ? quotes[0] : undefined;
}

export interface BoxFound {
  box: Element;
  limit: number;
}

const limitOf = (box: Element): number => {
  const ml = Number(box.getAttribute('maxlength'));
  return Number.isInteger(ml) && ml > 0 ? Math.min(ml, TAOBAO_REPLY_MAX) : TAOBAO_REPLY_MAX;
};

/** The dialog or popup an editor sits in, if any. */
const dialogOf = (el: Element): Element | null =>
  el.closest('[role="dialog"], [role="alertdialog"], .next-dialog, .next-overlay-wrapper');

const isPopup = (d: Element): boolean =>
  d.matches('.upgrade-analysis-dialog, .tbd-modal') ||
  POPUP_RE.test(
    text(d.querySelector('.next-dialog-header, [class*="title" i], h1, h2, h3, h4') ?? d).slice(
      0,
      200,
    ),
  );

/**
 * The reply box open for each row, from one look at the page's editors: an editor inside a row is
 * that row's inline form; one in a dialog belongs to the row the dialog names or quotes; one outside
 * both only to the row the click tracker saw it open for. Never another row's box, never a popup's.
 */
export function replyBoxes(
  doc: Document,
  rows: ReviewRow[],
  boundTo?: (editor: Element) => string | undefined,
  editors = editorsIn(doc),
): Map<ReviewRow, BoxFound> {
  const out = new Map<ReviewRow, BoxFound>();
  if (!editors.length) return out;
  // up from the editor to a row element (a map of every row's elements cost each scan 10,000 sets)
  const rowOfEl = (el: Element): ReviewRow | undefined => {
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const r = readAs.get(cur);
      if (r) return rows.includes(r) ? r : rows.find((x) => x.elements.includes(cur!));
    }
    return undefined;
  };
  // the newest dialog first: Fusion appends each one it opens
  for (const ed of editors.reverse()) {
    let row = rowOfEl(ed);
    if (!row) {
      const bound = boundTo?.(ed);
      const d = dialogOf(ed);
      if (d && isPopup(d)) continue;
      row = (d ? rowOfDialog(d, rows) : undefined) ?? rows.find((r) => r.externalId === bound);
    }
    if (row && !out.has(row)) out.set(row, { box: ed, limit: limitOf(ed) });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Login, 滑块 and 验证码: nothing to read

const GATE_TEXT =
  /[请請]按住滑[块塊]|拖[动動]到最右[边邊]|[请請]完成安全[验驗][证證]|[请請](?:登[录錄入])|[扫掃][码碼]登[录錄]|密[码碼]登[录錄]|[输輸]入[验驗][证證][码碼]/;
const GATE_SEL =
  '#nc_1_wrapper, .nc_wrapper, [id^="nc_"][id$="_wrapper"], #baxia-dialog-content, iframe[src*="login" i], iframe[src*="captcha" i], iframe[src*="punish" i]';

/** A login form or slider/captcha covers the page (its iframes are hosts we never match). */
export function gateShown(doc: Document): boolean {
  if (!doc.body) return false;
  for (const el of Array.from(doc.querySelectorAll(GATE_SEL))) if (isVisible(el)) return true;
  const t = (doc.body.textContent ?? '').slice(0, 4000);
  return t.length < 600 && GATE_TEXT.test(t);
}

// ---------------------------------------------------------------------------
// 千牛 web chat

type From = SnapshotMessage['from'];
type ChatMessage = SnapshotMessage;
export interface ChatRead {
  buyer?: string;
  orderId?: string;
  product?: ReviewRow['product'];
  messages: ChatMessage[];
  editor?: Element;
}

const MSG_ITEM = [
  '[class*="chatWrap"]',
  '[class*="msg-item" i]',
  '[class*="msgItem"]',
  '[class*="message-item" i]',
  '[class*="messageItem"]',
  '[data-msgid]',
  '[data-msg-id]',
  // an ARIA list item whose class names a message (hashed: msg__x1)
  '[role="listitem"][class*="msg" i]',
].join(', ');
const SYS_RE = /^(?:系[统統](?:消息|提示|通知)|[温溫]馨提示)/;
const SYS_CLASS = /(?:^|[\s_-])(?:sys|system|notice|tips?)(?:$|[\s_-])/i;
// a full date and time; the month and day alone (千牛 shows "11-24 13:05" for an earlier day of the
// year); a time alone
const TIME_RE =
  /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?|(?<![\d-])\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?![\d:])|^\d{1,2}:\d{2}(?::\d{2})?$/;
/** The platform's own staff in a chat, drawn on the buyer's side: 平台小二, 淘宝小二, 官方客服. */
const PLATFORM_NAME =
  /^(?:(?:平台|淘宝|淘寶|天猫|天貓|阿里)?小二|(?:平台|官方)客服|淘宝官方|淘寶官方|天猫官方|天貓官方)(?:\s|$)|(?:^|\s)官方$/;
const SELF_CLASS = /(?:^|[\s_-])(?:right|self|mine|me|send|sent|seller|out)(?:$|[\s_-]|--)/i;
const OTHER_CLASS = /(?:^|[\s_-])(?:left|other|receive|received|buyer|in)(?:$|[\s_-]|--)/i;
const SEND_RE = /^[发發]送$/;

const partOf = (item: Element, frags: string[]): Element | null => {
  for (const f of frags) {
    const hit = item.querySelector(`[class*="${f}"]`);
    if (hit) return hit;
  }
  return null;
};

/** A chat header's label of whom the agent is serving now. */
const RECEIVING_RE =
  /(?:正在接待|当前接待|當前接待|接待中|当前会话|當前會話|正在[与與])\s*[:：]?\s*([^\s:：]{1,40})/;

/** The chat header: a head/title block above the messages (hashed classes: chat_head, chatHead). */
const chatHead = (doc: Document): Element | null =>
  doc.querySelector(
    '[class*="chat-head" i], [class*="chat_head" i], [class*="chatHead"], [class*="chat-title" i], [class*="chat_title" i]',
  );

/** The buyer nick of the open conversation: the selected list entry, else the header. */
function openBuyer(doc: Document): string | undefined {
  const sel = doc.querySelector(
    '[aria-selected="true"], [class*="selected" i][class*="item" i], [class*="active" i][class*="conv" i]',
  );
  if (sel) {
    const nickEl = partOf(sel, ['nick', 'name', 'Nick', 'Name']) ?? sel.firstElementChild;
    const t = text(nickEl);
    if (t && t.length <= 40) return t;
  }
  // the nick part of the chat's header (hashed: im_head__x > im_nick__y)
  const head = doc.querySelector('[class*="title-nick" i], [class*="head" i] [class*="nick" i]');
  const t = text(head);
  if (t && t.length <= 40) return t;
  // the chat header's own words: 正在接待 小***猫, 当前会话：…
  const m0 = RECEIVING_RE.exec(visibleText(chatHead(doc)));
  if (m0?.[1]) return m0[1];
  const m = /[买買]家\s*[:：]\s*(\S{1,40})/.exec(visibleText(doc.body));
  return m?.[1];
}

/** Messages in page order; `buyer` settles who said what when the name is shown. */
export function readMessages(
  root: Element | Document,
  buyer?: string,
  editor?: Element,
  els?: Element[],
): ChatMessage[] {
  let items = Array.from(root.querySelectorAll(MSG_ITEM)).filter(
    (el, _i, all) => !all.some((o) => o !== el && el.contains(o)),
  );
  if (!items.length && editor) items = likeRowsNear(editor);
  if (!items.length) return [];
  // the list holding them, so system notices between bubbles keep their place
  const list = items[0]!.parentElement;
  let ordered: Element[] = [];
  if (list && items.every((i) => i.parentElement === list)) {
    for (const c of Array.from(list.children)) ordered.push(c);
  } else ordered.push(...items);
  // a virtual list recycles its nodes: their data-index, not the DOM, is the order shown
  ordered = byListPlace(ordered);
  const out: ChatMessage[] = [];
  for (const el of ordered) {
    const isItem = items.includes(el);
    const whole = visibleText(el);
    if (!whole) continue;
    if (!isItem) {
      if (SYS_RE.test(whole) || SYS_CLASS.test(el.getAttribute('class') ?? ''))
        out.push({ from: 'platform', text: capText(whole) });
      continue;
    }
    const nameEl = partOf(el, ['chatName', 'name', 'nick', 'Name', 'Nick']);
    const timeEl = partOf(el, ['chatTime', 'time', 'Time', 'date']);
    const textEl = partOf(el, ['chatText', 'bubble', 'content', 'text', 'Text', 'Content']);
    const parts = nameEl || textEl ? undefined : rowParts(el);
    const name = text(nameEl) || (parts?.name ?? '');
    const at = text(timeEl) || TIME_RE.exec(whole)?.[0] || '';
    let body = textEl ? visibleText(textEl) : (parts?.text ?? '');
    if (!body) body = normText(whole.replace(name, ' ').replace(at, ' '));
    if (!body) continue;
    let from: From;
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('data-from') ?? ''}`;
    // a row under the buyer's own name is the buyer's, even when its words say 系统提示
    if (buyer && name === buyer) from = 'buyer';
    else if (SYS_RE.test(body) || SYS_CLASS.test(cls) || PLATFORM_NAME.test(name))
      from = 'platform';
    else if (/[:：]/.test(name))
      from = 'seller'; // seller accounts show as 店铺:子账号
    else if (SELF_CLASS.test(cls)) from = 'seller';
    else if (OTHER_CLASS.test(cls)) from = 'buyer';
    else if (buyer && name && name !== buyer) from = 'seller';
    else from = 'buyer';
    els?.push(el);
    const m: ChatMessage = { from, text: capText(body) };
    // one rule for every reader's `at`: the ISO form where the page's time parses (Beijing time,
    // as the review dates), else the time as shown ("10:02", "昨天 18:30")
    if (at) m.at = messageAt(capShort(at), (t) => isoYmd(t, 480));
    out.push(m);
  }
  return out;
}

/** A read receipt beside the seller's own message: the page's, not anyone's words. */
const RECEIPT_RE = /^(?:已[读讀]|未[读讀]|[对對]方已[读讀]|[对對]方未[读讀])$/;

/**
 * A message row of hashed classes only: its first part is the name line when short and another
 * part is longer; the words are its longest part that is no read receipt or time.
 */
function rowParts(el: Element, depth = 0): { name: string; text: string } | undefined {
  const kids = Array.from(el.children).map((c) => visibleText(c));
  // an avatar beside one block that holds the name line and the words: read that block
  const full = kids.filter(Boolean);
  if (full.length === 1 && kids.length > 1 && depth < 3) {
    const only = el.children[kids.indexOf(full[0]!)]!;
    if (only.childElementCount >= 2) return rowParts(only, depth + 1);
  }
  if (kids.length < 2) return undefined;
  const words = (ts: string[]) =>
    ts
      .filter((t) => t && !RECEIPT_RE.test(t) && !TIME_RE.test(t))
      .sort((a, b) => b.length - a.length)[0] ?? '';
  // the name line may carry the time too ("NAME 11-24 13:05"): the name is what stands before it
  const first = normText(kids[0]!.replace(TIME_RE, ' '));
  const rest = words(kids.slice(1));
  if (first.length <= 40 && rest) return { name: first, text: rest };
  return { name: '', text: words(kids) };
}

/** The chat input: a visible editor with a 发送 button near it. */
export function chatEditor(doc: Document): Element | undefined {
  for (const ed of editorsIn(doc)) {
    let cur: Element | null = ed.parentElement;
    for (let i = 0; cur && i < 5; i++, cur = cur.parentElement) {
      const send = Array.from(cur.querySelectorAll('button, [role="button"], a, span')).some((b) =>
        SEND_RE.test(text(b)),
      );
      if (send) return ed;
    }
  }
  return undefined;
}

/** The open conversation of the 千牛 chat page. */
export function readChat(doc: Document): ChatRead {
  const buyer = openBuyer(doc);
  const ed = chatEditor(doc);
  const els: Element[] = [];
  const messages = doc.body ? readMessages(doc.body, buyer, ed, els) : [];
  const out: ChatRead = { messages };
  const product = threadProduct(els, doc);
  if (product) out.product = product;
  const nick = buyer ?? namedBuyer(doc);
  if (nick) out.buyer = capShort(nick);
  // the order card, not the conversation list (a preview may quote another order)
  const list = doc.querySelector(
    '[role="list"], [class*="conv-list" i], [class*="session-list" i]',
  );
  const order = orderCard(doc, list);
  if (order) out.orderId = order;
  if (ed) out.editor = ed;
  return out;
}

/**
 * The order of a conversation: the first order card's field (订单号：… starting its text), outside
 * `skip`. Cards sit beside the chat, or are sent in it as a message (the history frame's 订单卡片);
 * an order the buyer quotes in running text is no field (fieldLabel).
 */
function orderCard(doc: Document, skip?: Element | null): string | undefined {
  for (const n of orderLabelNodes(doc)) {
    if (skip?.contains(n)) continue;
    const m = ORDER_RE.exec(n.parentElement?.textContent ?? n.nodeValue ?? '');
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/**
 * The product a conversation is about: the first item card (a link to an item page) sent in the
 * thread, by either side; links in the conversation list or beside the chat are other buyers'.
 */
function threadProduct(els: readonly Element[], doc: Document): ReviewRow['product'] {
  const base = new URL(doc.URL || 'https://qn.taobao.com/');
  for (const el of els) {
    const p = productOf(el, base);
    if (p) return p;
  }
  return undefined;
}

/** The buyer among the names shown with messages: the one not written 店铺:子账号. */
const namedBuyer = (doc: Document): string | undefined =>
  Array.from(doc.querySelectorAll('[class*="chatName"], [class*="name" i]'))
    .map(text)
    .find((n) => n && n.length <= 40 && !/[:：]/.test(n));

/** The history frame: who the buyer is and the messages. */
export function readHistory(doc: Document): ChatRead {
  const buyer = namedBuyer(doc);
  const els: Element[] = [];
  const out: ChatRead = { messages: doc.body ? readMessages(doc.body, buyer, undefined, els) : [] };
  const product = threadProduct(els, doc);
  if (product) out.product = product;
  if (buyer) out.buyer = capShort(buyer);
  const order = orderCard(doc);
  if (order) out.orderId = order;
  return out;
}

/** The id a chat is known by in both frames: the buyer, since an order card may change. */
export const chatId = (buyer: string): string => `chat:${buyer}`;

// ---------------------------------------------------------------------------
// Snapshot items

const EMPTY_REVIEWS =
  /[没沒]有符合[条條]件的[评評][价價]|[暂暫][无無](?:[评評][价價]|[数數][据據])/;
const EMPTY_CHAT = /[暂暫][无無](?:[历歷]史消息|[会會][话話])/;
const GATE_WARNING = 'login or slider verification (滑块/验证码) shown: nothing to read';

function rowItem(r: ReviewRow, kind: ItemKind): SnapshotItem {
  const item: SnapshotItem = {
    externalId: r.externalId,
    kind,
    orderId: r.orderId,
    // the follow-up is part of the buyer's text: what they said last is often the sharper part
    body: capText(r.followUp ? `${r.body}\n\n${r.followUp.text}` : r.body),
    replyable: false,
  };
  if (r.polarity) item.polarity = r.polarity;
  if (r.rating) item.rating = r.rating;
  if (r.author) item.author = r.author;
  if (r.product) item.product = r.product;
  if (r.date) item.date = r.date;
  if (r.followUp) item.followUp = r.followUp;
  if (r.replyState) item.replyState = r.replyState;
  if (r.replyAction) item.replyAction = r.replyAction;
  return item;
}

function chatItem(doc: Document, history: boolean): SnapshotItem | null {
  const chat = history ? readHistory(doc) : readChat(doc);
  const id = chat.buyer ? chatId(chat.buyer) : chat.orderId;
  if (!id) return null;
  const item: SnapshotItem = {
    externalId: id,
    kind: 'messages',
    body: capText(
      chat.messages
        .filter((m) => m.from === 'buyer')
        .map((m) => m.text)
        .join('\n\n'),
    ),
    messages: chat.messages,
    replyable: !!chat.editor,
  };
  if (chat.buyer) item.author = chat.buyer;
  if (chat.orderId) item.orderId = chat.orderId;
  if (chat.product) item.product = chat.product;
  if (!chat.messages.length && !history) item.unreadable = true;
  return item;
}

/** What each row root was read as, for the page-level pass and the reply box. */
const readRows = new WeakMap<Element, ReviewRow>();
/** The id each row root has on this scan (a second row of one order gets a suffix). */
const rowIds = new WeakMap<Element, RowRef>();
/** A row's id or order changed since the last finish: its results from then no longer hold. */
let refMoved = false;
function setRef(ref: RowRef): void {
  const old = rowIds.get(ref.row);
  if (old && (old.externalId !== ref.externalId || old.orderId !== ref.orderId)) refMoved = true;
  rowIds.set(ref.row, ref);
}

/**
 * What the last finishReviews worked out, root by root: a re-scan whose roots and items start the
 * same takes that run's results instead of looking every row up again (on a 5,000-row page the
 * look-ups were a fifth of a re-scan that appended 50), and the orders of its roots answer
 * rootsIn's check for a repeated order without a pass over every known row.
 */
interface FinishMemo {
  doc: Document;
  roots: readonly Element[];
  items: readonly SnapshotItem[];
  /** How many roots from the start were matched in step (no map by id, no read in finish). */
  clean: number;
  /** After each root: the place in `items` reached, and how long `out` was. */
  nextAfter: number[];
  outAfter: number[];
  rows: ReviewRow[];
  out: SnapshotItem[];
  /** Each root's order (as rootsIn reads it), and the roots of each order. */
  orderOf: string[];
  byOrder: Map<string, Element[]>;
}
let memo: FinishMemo | undefined;

let tracker: ReplyTracker | undefined;
let trackerDoc: Document | undefined;
/** The click tracker of this document (started with the first scan, before any click). */
function trackerFor(doc: Document): ReplyTracker {
  if (!tracker || trackerDoc !== doc) {
    tracker?.stop();
    tracker = trackReplyClicks(doc);
    trackerDoc = doc;
  }
  return tracker;
}

function readRoot(root: Element, ctx: ReadContext): ReviewRow {
  const ref = rowIds.get(root);
  const r = readRow(root, ref?.orderId ?? '', ctx.url);
  if (ref) r.externalId = ref.externalId;
  // a change in the expanded 追评 row is a change of this row
  for (const e of r.elements) if (e !== root) ctx.claim?.(e);
  readRows.set(root, r);
  return r;
}

// a generator: its walk of every root yields every 256 (the scanner pauses there when the slice is up)
function* finishReviews(
  items: SnapshotItem[],
  ctx: ReadContext,
  roots: readonly Element[],
): Generator<void, SnapshotItem[], void> {
  if (!roots.length) {
    if (gateShown(ctx.doc))
      return items; // the page is none of ours: gate() says so
    // the legacy rating summary (rate.taobao.com/myRate.htm) has counts only, no review to answer
    else if (ctx.kind === 'feedback' && ctx.doc.getElementById('new-rate-content')) return items;
    else if (!EMPTY_REVIEWS.test(visibleText(ctx.doc.body))) {
      ctx.warn(
        `${ctx.kind} page: no review rows (订单号 + 初次评价) found — the page may have changed`,
      );
    }
    return items;
  }
  // The items come in the roots' order, one each: matched in step, and through a map of every id
  // only when they are not (a map of 10,000 ids per scan was a tenth of a re-scan).
  let byId: Map<string, SnapshotItem> | undefined;
  let next = 0;
  const itemOf = (id: string): SnapshotItem | undefined => {
    if (items[next]?.externalId === id) return items[next++];
    byId ??= new Map(items.map((i) => [i.externalId, i]));
    return byId.get(id);
  };
  // (kept by the memo and changed by the next run: neither the scanner nor replyBoxes keeps them)
  let rows: ReviewRow[] = [];
  let out: SnapshotItem[] = [];
  // The roots the last run began with, unchanged, each with the same items in the same places: a
  // root read again since has a new item there, and a moved id clears the whole memo (refMoved).
  const last = memo && memo.doc === ctx.doc && !refMoved ? memo : undefined;
  let start = 0;
  if (last) {
    const lim = Math.min(last.clean, roots.length);
    let j = 0;
    for (; start < lim && roots[start] === last.roots[start]; start++) {
      const end = last.nextAfter[start]!;
      if (end > items.length) break;
      while (j < end && items[j] === last.items[j]) j++;
      if (j < end) break;
    }
  }
  refMoved = false;
  let nextAfter: number[];
  let outAfter: number[];
  let orderOf: string[];
  let byOrder: Map<string, Element[]>;
  if (last && start > 0) {
    next = last.nextAfter[start - 1]!;
    rows = last.rows;
    rows.length = last.outAfter[start - 1]!;
    out = last.out;
    out.length = rows.length;
    ({ nextAfter, outAfter, orderOf, byOrder } = last);
    // the roots of the last run past the common start leave the order map
    for (let i = start; i < last.roots.length; i++) {
      const at = byOrder.get(orderOf[i]!);
      const k = at ? at.indexOf(last.roots[i]!) : -1;
      if (k >= 0) at!.splice(k, 1);
    }
    nextAfter.length = outAfter.length = orderOf.length = start;
  } else {
    nextAfter = [];
    outAfter = [];
    orderOf = [];
    byOrder = new Map();
  }
  // a run that throws leaves no memo (its arrays are half changed)
  memo = undefined;
  let clean = start;
  let inStep = true;
  for (let i = start; i < roots.length; i++) {
    const root = roots[i]!;
    const ref = rowIds.get(root);
    let row = readRows.get(root);
    let item = ref ? itemOf(ref.externalId) : undefined;
    // the row's id moved (a second row of its order came or went before it): read it again
    if (!row || (ref && row.externalId !== ref.externalId)) {
      row = readRoot(root, ctx);
      item = rowItem(row, ctx.kind);
      inStep = false;
    }
    if (byId) inStep = false;
    if (item) {
      rows.push(row);
      out.push(item);
    }
    const order = ref?.orderId ?? '';
    orderOf.push(order);
    const at = byOrder.get(order);
    if (at) at.push(root);
    else byOrder.set(order, [root]);
    nextAfter.push(next);
    outAfter.push(out.length);
    if (inStep) clean = i + 1;
    if ((i & 255) === 255) yield;
  }
  memo = {
    doc: ctx.doc,
    roots,
    items,
    clean,
    nextAfter,
    outAfter,
    rows,
    out,
    orderOf,
    byOrder,
  };
  // (the page's editors: on a whole-page scan one query of every element, a step of its own)
  yield;
  const boxes = replyBoxes(ctx.doc, rows, trackerFor(ctx.doc).boundTo, pageEditors(ctx));
  // the very list when nothing changed: the scanner then need not check 10,000 items again
  if (!boxes.size)
    return out.length === items.length && out.every((x, i) => x === items[i]) ? items : out;
  return out.map((item, i) => {
    const box = boxes.get(rows[i]!);
    if (
      !box ||
      item.replyState === 'replied' ||
      item.replyState === 'expired' ||
      item.replyState === 'closed'
    ) {
      return item;
    }
    const { replyAction: _open, ...rest } = item;
    return { ...rest, replyable: true, replyLimit: box.limit };
  });
}

export const taobaoAdapter = defineAdapter(taobao, {
  siblings: true,
  anchors: [
    '.next-table',
    'tr',
    '[role="row"]',
    '[role="dialog"]',
    'textarea',
    '[contenteditable]',
    '[class*="chatWrap"]',
    '.results-list',
  ],
  *roots(ctx) {
    const body = ctx.doc.body;
    if (ctx.kind === 'messages' && body) yield body;
    if (ctx.kind === 'messages' || !body) return;
    trackerFor(ctx.doc);
    rowTexts = new Map();
    for (const ref of refsOf(labelsIn(rowScopes(ctx.doc)))) {
      setRef(ref);
      yield ref.row;
    }
  },
  rootsIn(scopes, ctx, known) {
    if (ctx.kind === 'messages') return undefined;
    rowTexts = new Map();
    const refs = [...refsOf(labelsIn(scopes))];
    const rows = new Set(refs.map((r) => r.row));
    const orders = new Set(refs.map((r) => r.orderId));
    if (orders.size < refs.length) return undefined;
    // a second row of an order already listed is numbered by its place on the whole page
    if (memo && memo.roots === known && !refMoved) {
      // the last finish listed the orders of these very roots
      for (const o of orders) if (memo.byOrder.get(o)?.some((r) => !rows.has(r))) return undefined;
    } else {
      for (const r of known)
        if (!rows.has(r) && orders.has(rowIds.get(r)?.orderId ?? '')) return undefined;
    }
    for (const ref of refs) setRef(ref);
    return [...rows];
  },
  read(root, ctx) {
    if (ctx.kind === 'messages') return chatItem(ctx.doc, ctx.url.hostname === TAOBAO_HISTORY_HOST);
    return rowItem(readRoot(root, ctx), ctx.kind);
  },
  finish(items, ctx, roots) {
    if (ctx.kind !== 'messages') return finishReviews(items, ctx, roots);
    if (!items.length) {
      // a login or slider: gate() says so
      if (!gateShown(ctx.doc) && !EMPTY_CHAT.test(visibleText(ctx.doc.body))) {
        ctx.warn('chat: no open conversation found — the page may have changed');
      }
    }
    return items;
  },
  gate: (doc) => (gateShown(doc) ? GATE_WARNING : undefined),
  replyBox(doc, externalId, url) {
    const kind = taobao.detect(url);
    if (kind === 'messages') {
      if (url.hostname === TAOBAO_HISTORY_HOST) return null; // history only: no input there
      const chat = readChat(doc);
      const id = chat.buyer ? chatId(chat.buyer) : chat.orderId;
      return id === externalId ? ((chat.editor as ReplyBox | undefined) ?? null) : null;
    }
    const rows = reviewRows(doc, url);
    const row = rows.find((r) => r.externalId === externalId);
    if (!row) return null;
    return (replyBoxes(doc, rows, trackerFor(doc).boundTo).get(row)?.box as ReplyBox) ?? null;
  },
});

export default taobaoAdapter;

// ---------------------------------------------------------------------------
// Click tracking for forms portalled away from their row

export interface ReplyTracker {
  /** The row (externalId) a portalled editor was opened for, if the tracker saw it happen. */
  boundTo(editor: Element): string | undefined;
  stop(): void;
}

/**
 * Some builds portal the reply form outside both the row and any dialog, and name no order in it.
 * Then the only tie is time: the one editor that shows up within `windowMs` of a click on a row's
 * 评价回复/追评回复 belongs to that row (looked for lazily: every scan asks, and a scan follows each
 * change of the page). A new click unties every portalled editor first, so a form the page re-uses
 * for another row never stays tied to the old one; two new editors tie nothing.
 */
export function trackReplyClicks(doc: Document, windowMs = 3000): ReplyTracker {
  let bound = new WeakMap<Element, string>();
  let pending: { id: string; at: number; before: Set<Element>; rows: ReviewRow[] } | undefined;
  const poll = () => {
    const p = pending;
    if (!p) return;
    if (Date.now() - p.at > windowMs) {
      pending = undefined;
      return;
    }
    const fresh = editorsIn(doc).filter(
      (e) => !p.before.has(e) && !p.rows.some((r) => r.elements.some((x) => x.contains(e))),
    );
    if (fresh.length === 1) bound.set(fresh[0]!, p.id);
    if (fresh.length) pending = undefined;
  };
  const onClick = (ev: Event) => {
    try {
      // a click on (or inside) a 评价回复/追评回复 control
      let el = ev.target as Element | null;
      for (let i = 0; el && i < 4 && !isAction(text(el)); i++) el = el.parentElement;
      if (!el || !isAction(text(el))) return;
      const target = el;
      const rows = reviewRows(doc);
      // the row the control sits in, or the row whose expanded 追评 row holds it
      const id = rows.find((r) => r.elements.some((e) => e.contains(target)))?.externalId;
      if (!id) return;
      bound = new WeakMap();
      pending = { id, at: Date.now(), before: new Set(editorsIn(doc)), rows };
    } catch {
      // the host page must never see our errors
    }
  };
  doc.addEventListener('click', onClick, true);
  return {
    boundTo(editor) {
      poll();
      return bound.get(editor);
    },
    stop: () => doc.removeEventListener('click', onClick, true),
  };
}
