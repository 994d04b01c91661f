// A tenth blind set (tests/fixtures/{site}/blind10-*.html): seller pages of kinds the older sets did
// not have, written from shared/sites/*.md, DESIGN.md and the writer's knowledge of the seller
// centres before any reader code (lib/sites/*, entrypoints/) was read by its writer, with every
// expected fact below written before the first run. Each `it` is one fact. Pages are split into a
// tuning and a checking half by the repo's fixed hash of the file name (splitOf, as the older sets):
// only the tuning half's misses may guide reader fixes; the checking half's are only counted. (File
// names were chosen, before any run, so that each half holds review-or-feedback pages and message
// pages, every site sits in both halves, and Taobao has a review page and a chat page in each.)
// Weighted to Taobao/千牛 (4 of 9 pages) and Amazon (3).
// Kinds: 评价管理 of the newer build scoring items with 1–5 stars (商品评分, star icons and an "N星"
// aria-label, no 好评/中评/差评 word), 追加评价 with its own date in the expanded row, a 5-star review
// whose buyer writes 差评 about another shop; 评价管理 mounted as a qiankun micro-app inside an open
// shadow root, drawn late, with the previous route's render left hidden in the shell; 千牛 接待中心
// drawn as a virtual list (recycled nodes out of DOM order, data-index the order, sides only by
// is-self, a platform refund line, 商品卡片 and 订单卡片 sent by the buyer, an 智能辅助 panel with its
// own textarea); 千牛 chat whose messages show only a time of day under day dividers
// ("2026年11月23日"), a recall line, a buyer message appended late; Amazon Feedback Manager in
// Japanese (YYYY/MM/DD, the Japanese FBA note, a removal panel with its own textarea); brand reviews in
// Brazilian Portuguese ("Avaliação de NAME em …", "1º de dezembro", a "Compra verificada" badge, a
// contacted line, two cards appended by infinite scroll); Amazon inbox-v3 in German as two panes in a
// shadow root (conversation rows and the open conversation: "Sie", an Amazon notice, an attachment);
// eBay fdbk cards on www.ebay.at ("Jän.", "März"; the hidden "Als Käufer erhalten" panel; an inline
// reply form with maxlength 80); eBay Seller Hub /sh/messages on .co.uk (day dividers, times of day
// only, sides by modifier class, a return-request card, a contenteditable composer).
//
// FIRST RUN (2026-12-03, before any reader change; facts passed / facts):
//   [tune]  taobao/blind10-rate-stars.html           10/11
//   [check] taobao/blind10-rate-qiankun-shadow.html   2/11
//   [tune]  taobao/blind10-qn-chat-virtual.html       6/11
//   [check] taobao/blind10-qn-chat-daysplit.html     10/10
//   [tune]  amazon/blind10-feedback-jp.html           9/9
//   [check] amazon/blind10-reviews-pt-br.html        10/11
//   [check] amazon/blind10-inbox-twopane-de.html      9/11
//   [tune]  ebay/blind10-fdbk-at.html                10/11
//   [check] ebay/blind10-sh-messages.html             9/11
//   total 75/96 (78%): tuning half 35/42, checking half 40/54.
//   Per site: Taobao 28/43, Amazon 28/31, eBay 19/22.
// One expectation was corrected after the first run, counted as a miss there: the 千牛 message
// times demanded the Beijing wall clock in the ISO text, while the snapshot's rule gives the instant
// (13:58:30 in Beijing is 05:58:30Z); bjAt now takes the wall time or that same instant.
// AFTER the fixes drawn from the tuning half's misses only: tuning half 42/42, checking half 40/54
// (the held-out figure, measured once with eval:pages; unchanged from the first run. Before it,
// the unit runs showed the names of the checking half's failing facts, not their values). Older
// sets unchanged: 56/56, 20/20, 61/61, 91/91, 88/88, 71/71, 91/91, 63/63, 89/89. The rules: a
// 评价管理 row scored with 1–5 stars (N星, N颗星, 评分 N 分; an average such as 4.6星 is none) gives
// the rating and Taobao's polarity (1–2 差, 3 中, 4–5 好); a virtual list's recycled nodes take
// their data-index order (with aria-rowindex/posinset, shared byListPlace); a hashed chat header's
// nick part names the buyer; the item card sent in a thread is the conversation's product; the
// Austrian month Jän. (Jänner). Probes: blind10-probes.test.ts.
// AFTER THE CHECKING HALF WAS OPENED (its misses read, two kinds fixed, no expectation changed):
// checking half 50/54, 92/96 in all; older sets still 56/56, 20/20, 61/61, 91/91, 88/88, 71/71,
// 91/91, 63/63, 89/89. The rules: 评价管理 rows drawn inside an open shadow root (a qiankun
// micro-app) are found, the page, its frames and their shadow roots being one set of row scopes;
// the Portuguese months fevereiro and outubro. Left open then for lack of time (4 facts): eBay
// /sh/messages sides by the modifier classes msg--in/msg--out, and Amazon's German two-pane thread
// (a message's attachment chip in its text and in the buyer's words).
// THOSE 4 FIXED LATER (2026-12-03, no expectation changed): checking half 54/54, 96/96 in all;
// older sets still 56/56, 20/20, 61/61, 91/91, 88/88, 71/71, 91/91, 63/63, 89/89. The rules
// (lib/sites/shared.ts): a message row's direction modifier on a message stem (msg--out,
// chat-bubble--in, message_out; not fade-in or msg-inbox) names its side, out the shop's own; a
// part of a message whose whole text is a file (a 📎 chip, "name.pdf (120 KB)") is no words.
// Content scripts after: Amazon 20,451 B gzip (29 B left), eBay 20,217 B (263 B left).
import { describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import { ISO_DATE_RE, type Snapshot, type SnapshotItem } from '../../../lib/messages';
import { insertDraft } from '../../../lib/insert';
import {
  withPageTimers,
  read,
  open as openPage,
  common,
  type Page,
  split,
  shownOrIso,
  dayOf,
  notAnswered,
} from './blind-harness';

withPageTimers();

/** The one item that carries a thread: a page's open conversation. */
const threadOf = (snap: Snapshot): SnapshotItem | undefined => {
  const withMsgs = snap.items.filter((i) => i.messages?.length);
  return withMsgs.length === 1 ? withMsgs[0] : undefined;
};
const fromOf = (item: SnapshotItem | undefined, re: RegExp) =>
  item?.messages?.find((m) => re.test(m.text))?.from;
const orderOf = (item: SnapshotItem | undefined, res: RegExp[]) => {
  const texts = item?.messages?.map((m) => m.text) ?? [];
  return res.map((re) => texts.findIndex((t) => re.test(t)));
};
/**
 * A 千牛 message time: the text shown, or its ISO form, which must be that Beijing wall time or the
 * same instant in UTC (a reader reads Beijing time with its zone: 13:58:30 is 05:58:30Z).
 */
const bjAt = (raw: string, wall: string) =>
  expect.toSatisfy(
    (v: unknown) =>
      v === raw ||
      (typeof v === 'string' &&
        ISO_DATE_RE.test(v) &&
        (/(?:Z|[+-]\d{2}:\d{2})$/.test(v)
          ? Date.parse(v) === Date.parse(`${wall}+08:00`)
          : v.startsWith(wall))),
  );
const bare = (id: string) => id.replace(/^(?:amazon|ebay|taobao):/, '');

// ---------------------------------------------------------------- 评价管理, 1–5 stars only
{
  const P: Page = {
    file: 'taobao/blind10-rate-stars.html',
    url: new URL(
      'https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=1&pageSize=20',
    ),
    adapter: taobaoAdapter,
    kind: 'reviews',
  };
  const IDS = [1, 2, 3, 4].map((n) => `412398765001234500${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 rows once each by order id (not the skeleton, summary or popup)', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => bare(i.externalId))).toEqual(IDS);
      expect(items.map((i) => i.orderId)).toEqual(IDS);
    });
    it('reads the 商品评分 stars as the rating (not the 30-day average)', () => {
      expect(read(P).snap.items.map((i) => i.rating)).toEqual([1, 3, 2, 5]);
    });
    it('derives no positive polarity for a 1- or 2-star row, and no negative for 5 stars', () => {
      const p = read(P).snap.items.map((i) => i.polarity);
      expect([p[0], p[2]].every((x) => x === undefined || x === 'negative')).toBe(true);
      expect(p[3] === undefined || p[3] === 'positive').toBe(true);
    });
    it('reads the nicks', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['m**2', '快**乐', 'z**a', 'y**n']);
    });
    it('reads each 初次评价 date', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-26', '2026-11-26'),
        dayOf('2026-11-24', '2026-11-24'),
        dayOf('2026-11-21', '2026-11-21'),
        dayOf('2026-11-19', '2026-11-19'),
      ]);
    });
    it("reads the first reviews as written, without the shop's reply", () => {
      const items = read(P).snap.items;
      expect(items[0]?.body).toBe('茶壶到手壶嘴就是歪的，倒水洒一桌。');
      expect(items[1]?.body).toBe('杯子还可以，就是比图片小一圈。');
      expect(items[3]?.body).toBe('之前在别家买的给了差评，这家的盖碗真的好，推荐！');
    });
    it('reads the 追加评价 of row 3 as its follow-up, with its date, without the label', () => {
      const item = read(P).snap.items[2];
      expect(item?.followUp?.text).toBe('联系客服说换一个，到现在也没发。');
      expect(item?.followUp?.date?.iso).toMatch(/^2026-11-28/);
      expect(item?.body).toMatch(/^茶叶罐密封不好，回潮了。/);
    });
    it('reads each product by its item link', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual([1, 2, 3, 4].map((n) => `74560000000${n}`));
      expect(items[0]?.product?.name).toBe('手工紫砂壶 西施 220ml');
    });
    it('sees 评价回复记录 as replied; offers 评价回复 / 追评回复 on the others', () => {
      const items = read(P).snap.items;
      expect(items[1]).toMatchObject({ replyable: false, replyState: 'replied' });
      expect(items[1]?.replyAction).toBeUndefined();
      expect([items[0]?.replyAction, items[2]?.replyAction, items[3]?.replyAction]).toEqual([
        '评价回复',
        '追评回复',
        '评价回复',
      ]);
      [0, 2, 3].forEach((n) => notAnswered(items[n]?.replyState));
    });
  });
}

// ---------------------------------------------------------------- 评价管理 as a qiankun micro-app in a shadow root
{
  const P: Page = {
    file: 'taobao/blind10-rate-qiankun-shadow.html',
    url: new URL(
      'https://qn.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=1&pageSize=20&content=hasContent',
    ),
    adapter: taobaoAdapter,
    kind: 'reviews',
    ms: 200,
  };
  const IDS = [1, 2, 3].map((n) => `298765432109876540${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it("lists the micro-app's 3 rows by order id (not the hidden previous render)", () => {
      const items = read(P).snap.items;
      expect(items.map((i) => bare(i.externalId))).toEqual(IDS);
      expect(items.map((i) => i.orderId)).toEqual(IDS);
    });
    it('reads 差评/中评 as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'negative',
      ]);
    });
    it('reads the nicks', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['乐**天', 'j**n', '小**子']);
    });
    it('reads the 初次评价 dates', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-25', '2026-11-25'),
        dayOf('2026-11-23', '2026-11-23'),
        dayOf('2026-11-20', '2026-11-20'),
      ]);
    });
    it("reads the reviews (the <br> lines as text), without the shop's reply", () => {
      const items = read(P).snap.items;
      expect(items[0]?.body).toMatch(/^茶叶有一股霉味，完全不能喝。\s*泡了三次都一样。$/);
      expect(items[1]?.body).toBe('味道一般，包装不错。');
    });
    it('reads the "收货后6天追评" as the follow-up, without its label', () => {
      const item = read(P).snap.items[2];
      expect(item?.followUp?.text).toBe('客服一直推脱，不给换。');
      expect(item?.body).toMatch(/^发错货了，我要的是绿茶。/);
    });
    it('reads each product by its item link', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual([
        '698765432101',
        '698765432102',
        '698765432103',
      ]);
      expect(items[2]?.product?.name).toBe('碧螺春 礼盒装');
    });
    it('sees 已回复 as replied with no action; offers 评价回复 on row 1 and 追评回复 on row 3', () => {
      const items = read(P).snap.items;
      expect(items[1]).toMatchObject({ replyable: false, replyState: 'replied' });
      expect(items[1]?.replyAction).toBeUndefined();
      expect([items[0]?.replyAction, items[2]?.replyAction]).toEqual(['评价回复', '追评回复']);
    });
    it('before the micro-app mounts: no row from the hidden previous render', () => {
      const doc = openPage({ ...P, ms: 0 });
      const ids = taobaoAdapter
        .extract(doc, P.url)
        .items.map((i) => i.externalId)
        .join(' ');
      expect(ids).not.toMatch(/400011112222333390/);
    });
  });
}

// ---------------------------------------------------------------- 千牛 接待中心, virtual list out of DOM order
{
  const P: Page = {
    file: 'taobao/blind10-qn-chat-virtual.html',
    url: new URL('https://qn.taobao.com/home.htm/app-customer-service/toolpage/Message'),
    adapter: taobaoAdapter,
    kind: 'messages',
  };
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('the open conversation is the one item with a thread', () => {
      expect(threadOf(read(P).snap)).toBeDefined();
    });
    it('names the buyer by nick', () => {
      expect(threadOf(read(P).snap)?.author).toBe('茶客2046');
    });
    it('orders the messages by data-index, not DOM order', () => {
      const t = threadOf(read(P).snap);
      const at = orderOf(t, [/有裂缝/, /拍一下裂缝/, /补发一只/, /尽快吧/]);
      expect(at.every((n) => n >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });
    it('tells the seller (is-self) from the buyer, and the refund line as the platform', () => {
      const t = threadOf(read(P).snap);
      expect(fromOf(t, /有裂缝/)).toBe('buyer');
      expect(fromOf(t, /尽快吧/)).toBe('buyer');
      expect(fromOf(t, /拍一下裂缝/)).toBe('seller');
      expect(fromOf(t, /补发一只/)).toBe('seller');
      expect(fromOf(t, /退款申请/)).toBe('platform');
    });
    it("keeps each message's time", () => {
      const t = threadOf(read(P).snap);
      expect(t?.messages?.find((m) => /有裂缝/.test(m.text))?.at).toEqual(
        bjAt('2026-11-24 13:58:30', '2026-11-24T13:58:30'),
      );
      expect(t?.messages?.find((m) => /补发一只/.test(m.text))?.at).toEqual(
        bjAt('2026-11-24 14:05:00', '2026-11-24T14:05:00'),
      );
    });
    it("the body is the buyer's words only, oldest first, no suggestion or other buyer", () => {
      const body = threadOf(read(P).snap)?.body ?? '';
      expect(body.indexOf('有裂缝')).toBeGreaterThanOrEqual(0);
      expect(body.indexOf('尽快吧')).toBeGreaterThan(body.indexOf('有裂缝'));
      expect(body).not.toMatch(/拍一下|补发|登记补发，请耐心|能便宜点|什么时候发货|退款申请/);
    });
    it("reads the order id from the buyer's order card", () => {
      expect(threadOf(read(P).snap)?.orderId).toBe('4012345678901234567');
    });
    it("reads the product from the buyer's item card", () => {
      expect(threadOf(read(P).snap)?.product?.id).toBe('712345678901');
    });
    it('takes the textarea by 发送 as the box (not the 智能辅助 one), and inserts', () => {
      const { doc, snap } = read(P);
      const t = threadOf(snap)!;
      expect(t.replyable).toBe(true);
      const ta = doc.querySelector('.ed__Cc15') as HTMLTextAreaElement;
      expect(taobaoAdapter.findReplyBox(doc, t.externalId, P.url)).toBe(ta);
      const draft = '亲，非常抱歉，新杯子今天发出，单号稍后发您。';
      expect(insertDraft(ta, draft)).toMatchObject({ ok: true });
      expect(ta.value).toBe(draft);
      expect((doc.querySelector('.as_ta__Cc19') as HTMLTextAreaElement).value).toMatch(
        /^亲，已为您/,
      );
    });
  });
}

// ---------------------------------------------------------------- 千牛 chat, times of day under day dividers
{
  const P: Page = {
    file: 'taobao/blind10-qn-chat-daysplit.html',
    url: new URL(
      'https://myseller.taobao.com/home.htm/app-customer-service/toolpage/Message?nick=hz_tea_88',
    ),
    adapter: taobaoAdapter,
    kind: 'messages',
    ms: 250,
  };
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the one conversation, with its thread', () => {
      const snap = read(P).snap;
      expect(snap.items).toHaveLength(1);
      expect(threadOf(snap)).toBeDefined();
    });
    it('names the buyer by nick', () => {
      expect(read(P).snap.items[0]?.author).toBe('hz_tea_88');
    });
    it("orders buyer, seller, seller, buyer, buyer (the recall line is nobody's words)", () => {
      const msgs = read(P).snap.items[0]?.messages ?? [];
      expect(msgs.filter((m) => !/撤回/.test(m.text)).map((m) => m.from)).toEqual([
        'buyer',
        'seller',
        'seller',
        'buyer',
        'buyer',
      ]);
      expect(msgs.filter((m) => /撤回/.test(m.text)).every((m) => m.from !== 'buyer')).toBe(true);
    });
    it('gives each time of day the day of its divider', () => {
      const msgs = (read(P).snap.items[0]?.messages ?? []).filter((m) => !/撤回/.test(m.text));
      expect(msgs.map((m) => m.at)).toEqual([
        bjAt('20:15:03', '2026-11-23T20:15:03'),
        bjAt('20:16:40', '2026-11-23T20:16:40'),
        bjAt('20:17:10', '2026-11-23T20:17:10'),
        bjAt('09:02:55', '2026-11-24T09:02:55'),
        bjAt('09:30:12', '2026-11-24T09:30:12'),
      ]);
    });
    it('reads each message as written, without name or time', () => {
      const msgs = (read(P).snap.items[0]?.messages ?? []).filter((m) => !/撤回/.test(m.text));
      expect(msgs.map((m) => m.text)).toEqual([
        '你好，我买的竹茶盘边上开裂了',
        '您好亲，麻烦发下照片我们看看哦',
        '照片发过来我们马上处理',
        '照片昨天就发了，怎么没人理？',
        '再不处理我就去投诉了',
      ]);
    });
    it("the body is the buyer's words only, the late message last", () => {
      const body = read(P).snap.items[0]?.body ?? '';
      expect(body.indexOf('开裂')).toBeGreaterThanOrEqual(0);
      expect(body.indexOf('去投诉')).toBeGreaterThan(body.indexOf('没人理'));
      expect(body).not.toMatch(/撤回|发下照片|马上处理|2026年/);
    });
    it('before the late message: the thread ends with the 09:02 message', () => {
      const doc = openPage({ ...P, ms: 0 });
      const msgs = taobaoAdapter.extract(doc, P.url).items[0]?.messages ?? [];
      expect(msgs[msgs.length - 1]?.text).toBe('照片昨天就发了，怎么没人理？');
    });
    it('takes the contenteditable by 发送 as the box (not 快捷短语 or search), and inserts', () => {
      const { doc, snap } = read(P);
      const it0 = snap.items[0]!;
      expect(it0.replyable).toBe(true);
      const ed = doc.querySelector('.ed__Dd11') as HTMLElement;
      expect(taobaoAdapter.findReplyBox(doc, it0.externalId, P.url)).toBe(ed);
      const draft = '亲，非常抱歉让您久等了，我们马上给您补发新的茶盘。';
      expect(insertDraft(ed, draft)).toMatchObject({ ok: true });
      expect(ed.textContent).toBe(draft);
    });
  });
}

// ---------------------------------------------------------------- Amazon Feedback Manager, Japanese
{
  const P: Page = {
    file: 'amazon/blind10-feedback-jp.html',
    url: new URL('https://sellercentral.amazon.co.jp/feedback-manager/index.html#/'),
    adapter: amazonAdapter,
    kind: 'feedback',
    ms: 120,
  };
  const IDS = [1, 2, 3, 4].map((n) => `250-3344556-778800${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 rows by order id (not the header, panel, template or summary)', () => {
      expect(read(P).snap.items.map((i) => bare(i.externalId))).toEqual(IDS);
    });
    it("reads each row's order id", () => {
      expect(read(P).snap.items.map((i) => i.orderId)).toEqual(IDS);
    });
    it('reads the stars', () => {
      expect(read(P).snap.items.map((i) => i.rating)).toEqual([1, 2, 5, 3]);
    });
    it('parses the YYYY/MM/DD dates', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-25', '2026/11/25'),
        dayOf('2026-11-21', '2026/11/21'),
        dayOf('2026-11-17', '2026/11/17'),
        dayOf('2026-11-03', '2026/11/03'),
      ]);
    });
    it('reads the comments, without the Japanese FBA note', () => {
      expect(read(P).snap.items.map((i) => i.body)).toEqual([
        '届いた急須の蓋が割れていました。問い合わせても返事がありません。',
        '箱が潰れていて、湯呑みが一つ欠けていました。',
        'とても良い品です。また購入します！',
        '普通です。写真より少し小さく感じました。',
      ]);
    });
    it('flags the row with the Japanese FBA note as FBA, only that one', () => {
      expect(read(P).snap.items.map((i) => i.fba === true)).toEqual([false, true, false, false]);
    });
    it("offers no reply box (the removal panel's textarea is none)", () => {
      expect(read(P).snap.items.map((i) => i.replyable)).toEqual([false, false, false, false]);
    });
  });
}

// ---------------------------------------------------------------- Amazon brand reviews, Brazilian Portuguese
{
  const P: Page = {
    file: 'amazon/blind10-reviews-pt-br.html',
    url: new URL(
      'https://sellercentral.amazon.com.br/brand-customer-reviews/?stars=1,2,3&includeDone=true&pageSize=50&pageNumber=1',
    ),
    adapter: amazonAdapter,
    kind: 'reviews',
    ms: 200,
  };
  const IDS = [1, 2, 3, 4].map((n) => `R2BRAA000000${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 cards by review id once the scroll batch is in (no skeleton, no template)', () => {
      expect(read(P).snap.items.map((i) => bare(i.externalId))).toEqual(IDS);
    });
    it('lists the 2 first cards before the batch is appended', () => {
      const doc = openPage({ ...P, ms: 0 });
      expect(amazonAdapter.extract(doc, P.url).items.map((i) => bare(i.externalId))).toEqual(
        IDS.slice(0, 2),
      );
    });
    it("reads the review's stars, not the ASIN average", () => {
      expect(read(P).snap.items.map((i) => i.rating)).toEqual([1, 2, 3, 1]);
    });
    it('reads the titles', () => {
      expect(read(P).snap.items.map((i) => i.title)).toEqual([
        'Chegou quebrada',
        'Cor diferente',
        'Razoável',
        'Nunca chegou',
      ]);
    });
    it('reads the reviewers from "Avaliação de NAME em …", without the badge', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual([
        'Ana Paula S.',
        'João Pedro',
        'Cliente Amazon',
        'Márcio',
      ]);
    });
    it('parses the Portuguese dates, the ordinal "1º" too', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-24', '24 de novembro de 2026'),
        dayOf('2026-11-19', '19 de novembro de 2026'),
        dayOf('2026-10-03', '3 de outubro de 2026'),
        dayOf('2026-12-01', 'dezembro de 2026'),
      ]);
    });
    it('reads the words (the <br> as a line break), without the contacted line', () => {
      const items = read(P).snap.items;
      expect(items[0]?.body).toMatch(
        /^A chaleira chegou com a tampa quebrada\.\s+Embalagem muito fraca, só um plástico\.$/,
      );
      expect(items[1]?.body).toBe('Pedi na cor preta e veio marrom. Não gostei.');
      expect(items[3]?.body).toBe('Paguei e o produto nunca chegou. Quero meu dinheiro de volta!');
    });
    it('reads the child ASINs', () => {
      expect(read(P).snap.items.map((i) => i.product?.id)).toEqual([
        'B0BRTEA101',
        'B0BRTEA102',
        'B0BRTEA103',
        'B0BRTEA104',
      ]);
    });
    it('sees the Portuguese "contacted" line on card 2 only', () => {
      expect(read(P).snap.items.map((i) => i.contacted === true)).toEqual([
        false,
        true,
        false,
        false,
      ]);
    });
  });
}

// ---------------------------------------------------------------- Amazon inbox-v3, German, two panes
{
  const P: Page = {
    file: 'amazon/blind10-inbox-twopane-de.html',
    url: new URL('https://sellercentral.amazon.de/messaging/inbox-v3?fi=responseNeeded'),
    adapter: amazonAdapter,
    kind: 'messages',
    ms: 150,
  };
  const IDS = [1, 2, 3].map((n) => `302-4455667-100000${n}`);
  const OPEN = IDS[0]!;
  const open = (snap: Snapshot) => snap.items.find((i) => bare(i.externalId) === OPEN);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 3 conversations once each by order id', () => {
      expect(read(P).snap.items.map((i) => bare(i.externalId))).toEqual(IDS);
    });
    it('names the buyers', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual([
        'Lena Vogel',
        'Markus Braun',
        'Sabine K.',
      ]);
    });
    it('only the open conversation carries the thread and the box', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => (i.messages?.length ?? 0) > 0)).toEqual([true, false, false]);
      expect(items.map((i) => i.replyable)).toEqual([true, false, false]);
    });
    it('tells buyer, "Sie" (the seller) and the Amazon notice apart, oldest first', () => {
      expect(open(read(P).snap)?.messages?.map((m) => m.from)).toEqual([
        'buyer',
        'seller',
        'platform',
        'buyer',
      ]);
    });
    it("keeps each message's German time", () => {
      expect(open(read(P).snap)?.messages?.map((m) => m.at)).toEqual([
        shownOrIso('22.11.2026, 18:40', '2026-11-22T18:40'),
        shownOrIso('23.11.2026, 09:05', '2026-11-23T09:05'),
        shownOrIso('23.11.2026, 09:06', '2026-11-23T09:06'),
        shownOrIso('24.11.2026, 20:12', '2026-11-24T20:12'),
      ]);
    });
    it('reads each message as written, without name, time or the attachment chip', () => {
      expect(open(read(P).snap)?.messages?.map((m) => m.text)).toEqual([
        'Hallo, der Deckel der Teekanne passt nicht richtig und wackelt.',
        'Guten Tag Frau Vogel, das tut uns leid. Können Sie uns ein Foto schicken?',
        'Hinweis von Amazon: Zu Ihrer Sicherheit wurden Kontaktdaten aus dieser Nachricht entfernt.',
        'Foto ist angehängt. Ich möchte bitte einen Ersatz, keine Erstattung.',
      ]);
    });
    it("the open conversation's body is the buyer's words only, oldest first", () => {
      const body = open(read(P).snap)?.body ?? '';
      expect(body.indexOf('wackelt')).toBeGreaterThanOrEqual(0);
      expect(body.indexOf('keine Erstattung')).toBeGreaterThan(body.indexOf('wackelt'));
      expect(body).not.toMatch(/Frau Vogel|Hinweis von Amazon|IMG_2044/);
    });
    it("reads a list row's last line as its words", () => {
      expect(read(P).snap.items[1]?.body).toContain('Wann kommt meine Bestellung?');
    });
    it("takes the reply kat-textarea (not the template picker's) as the box, and inserts", () => {
      const { doc, snap } = read(P);
      const it0 = open(snap)!;
      const ta = doc
        .getElementById('inbox-app')
        ?.shadowRoot?.querySelector('.reply-box')
        ?.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement;
      expect(amazonAdapter.findReplyBox(doc, it0.externalId, P.url)).toBe(ta);
      const draft = 'Guten Tag Frau Vogel, wir senden Ihnen heute einen neuen Deckel.';
      expect(insertDraft(ta, draft)).toMatchObject({ ok: true });
      expect(ta.value).toBe(draft);
    });
  });
}

// ---------------------------------------------------------------- eBay.at fdbk cards, Austrian months
{
  const P: Page = {
    file: 'ebay/blind10-fdbk-at.html',
    url: new URL(
      'https://www.ebay.at/fdbk/feedback_profile/alpen_teehaus?filter=feedback_page:RECEIVED_AS_SELLER&sort=TIME',
    ),
    adapter: ebayAdapter,
    kind: 'feedback',
  };
  const ITEMS = [1, 2, 3, 4].map((n) => `18770011100${n}`);
  const FB = [1, 2, 3, 4].map((n) => `350112233440${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 cards received as seller (not the hidden buyer tab, skeleton or template)', () => {
      const items = read(P).snap.items;
      expect(items).toHaveLength(4);
      items.forEach((i, n) =>
        expect(i.externalId.includes(ITEMS[n]!) || i.externalId.includes(FB[n]!)).toBe(true),
      );
    });
    it('reads Negativ/Neutral/Positiv as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'negative',
        'positive',
      ]);
    });
    it('reads the buyers without their score', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['f***a', 'h***r', 'm***i', 's***n']);
    });
    it('parses the Austrian dates ("Jän.", "März")', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-28', '28. Nov. 2026'),
        dayOf('2026-01-12', '12. Jän. 2026'),
        dayOf('2026-03-05', '5. März 2026'),
        dayOf('2026-12-02', '2. Dez. 2026'),
      ]);
    });
    it('reads the comments as written, without the posted reply', () => {
      expect(read(P).snap.items.map((i) => i.body)).toEqual([
        'Teekanne kam mit Sprung an, Verkäufer reagiert nicht.',
        'Ware ok, Versand nach Graz dauerte zwölf Tage.',
        'Falsche Größe geschickt!! Rücksendung auf meine Kosten.',
        'Schnell und gut verpackt. Danke!',
      ]);
    });
    it('reads item numbers and titles from the item links', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual(ITEMS);
      expect(items[2]?.product?.name).toMatch(/^Bambus-Teetablett groß(?: \(#187700111003\))?$/);
    });
    it('sees "Antwort des Verkäufers:" as replied, with no action', () => {
      const item = read(P).snap.items[1];
      expect(item).toMatchObject({ replyable: false, replyState: 'replied' });
      expect(item?.replyAction).toBeUndefined();
    });
    it('offers Antworten on cards 1 and 4, with no box open there', () => {
      const items = read(P).snap.items;
      expect([0, 3].map((n) => items[n]?.replyable)).toEqual([false, false]);
      expect([0, 3].map((n) => items[n]?.replyAction)).toEqual(['Antworten', 'Antworten']);
      [0, 3].forEach((n) => notAnswered(items[n]?.replyState));
    });
    it("ties card 3's inline form (maxlength 80) to card 3 only, and inserts", () => {
      const { doc, snap } = read(P);
      const c3 = snap.items[2]!;
      expect(c3.replyable).toBe(true);
      expect(c3.replyLimit).toBe(80);
      const ta = doc.getElementById('reply-3501122334403') as HTMLTextAreaElement;
      expect(ebayAdapter.findReplyBox(doc, c3.externalId, P.url)).toBe(ta);
      expect(ebayAdapter.findReplyBox(doc, snap.items[0]!.externalId, P.url)).not.toBe(ta);
      const draft = 'Entschuldigung! Wir tauschen gern um, Versand zahlen wir.';
      expect(insertDraft(ta, draft)).toMatchObject({ ok: true });
      expect(ta.value).toBe(draft);
    });
  });
}

// ---------------------------------------------------------------- eBay Seller Hub /sh/messages (.co.uk)
{
  const P: Page = {
    file: 'ebay/blind10-sh-messages.html',
    url: new URL('https://www.ebay.co.uk/sh/messages?conversationId=88123450077'),
    adapter: ebayAdapter,
    kind: 'messages',
    ms: 200,
  };
  const OPEN = /88123450077|295566778899|23-13579-24680/;
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('the open conversation is one item, the only one with the thread and the box', () => {
      const snap = read(P).snap;
      const t = threadOf(snap);
      expect(t?.externalId).toMatch(OPEN);
      expect(snap.items.filter((i) => i.replyable).map((i) => i.externalId)).toEqual([
        t?.externalId,
      ]);
    });
    it("names the open conversation's buyer", () => {
      expect(threadOf(read(P).snap)?.author).toBe('brit_teafan');
    });
    it("tells buyer, seller and eBay's return card apart, oldest first", () => {
      expect(threadOf(read(P).snap)?.messages?.map((m) => m.from)).toEqual([
        'buyer',
        'seller',
        'platform',
        'buyer',
      ]);
    });
    it('gives each time of day the day of its divider', () => {
      expect(threadOf(read(P).snap)?.messages?.map((m) => m.at)).toEqual([
        shownOrIso('19:42', '2026-11-22T19:42'),
        shownOrIso('21:03', '2026-11-22T21:03'),
        shownOrIso('08:15', '2026-11-24T08:15'),
        shownOrIso('08:16', '2026-11-24T08:16'),
      ]);
    });
    it('reads each message as written, without its time', () => {
      expect(threadOf(read(P).snap)?.messages?.map((m) => m.text)).toEqual([
        'Hi, the teapot arrived but the infuser is missing.',
        'Sorry to hear that! I will check with the warehouse tomorrow morning.',
        'Return request opened: Doesn’t match description. Respond by 27 Nov.',
        'Still no infuser and no answer. I have opened a return.',
      ]);
    });
    it("the body is the buyer's words only, oldest first", () => {
      const body = threadOf(read(P).snap)?.body ?? '';
      expect(body.indexOf('infuser is missing')).toBeGreaterThanOrEqual(0);
      expect(body.indexOf('opened a return')).toBeGreaterThan(body.indexOf('infuser is missing'));
      expect(body).not.toMatch(/warehouse|Return request opened|Jersey/);
    });
    it("reads the conversation's item number and title", () => {
      expect(threadOf(read(P).snap)?.product).toMatchObject({
        id: '295566778899',
        name: 'Cast Iron Teapot 1.2L with Stainless Infuser',
      });
    });
    it("reads the conversation's order number", () => {
      expect(threadOf(read(P).snap)?.orderId).toBe('23-13579-24680');
    });
    it('takes the composer role=textbox as the box (not search or the offer note), and inserts', () => {
      const { doc, snap } = read(P);
      const t = threadOf(snap)!;
      const box = ebayAdapter.findReplyBox(doc, t.externalId, P.url);
      expect(box).toBe(doc.querySelector('.shm_editor__e5'));
      const draft = 'I am sorry the infuser was missing. A new one is on its way today.';
      expect(box && insertDraft(box, draft)).toMatchObject({ ok: true });
      expect(box?.textContent).toBe(draft);
    });
  });
}
