// An eighth blind set (tests/fixtures/{site}/blind8-*.html): seller pages of kinds the older sets did
// not have, written from shared/sites/*.md and the writer's knowledge of the seller centres before any
// reader code (lib/sites/*-reader.ts) was read by its writer, with every expected fact below written
// before the first run. Each `it` is one fact. Pages are split into a tuning and a checking half by the
// repo's fixed hash of the file name (splitOf, as the older sets): only the tuning half's misses may
// guide reader fixes; the checking half's are only counted. (File names were chosen, before any run,
// so that each half holds one page of every site.)
// Kinds: Amazon Feedback Manager drawn late inside an open shadow root of the app's mount point (a
// kat-table with a removal panel row, one FBA note); an Amazon thread whose URL has no order id (it is
// in the thread header), whose buyer pastes HTML-looking text and quotes another of his orders; eBay
// Seller Hub "Performance > Feedback" as a React list with data-testid attributes and hashed classes
// only, ratings as SVG icons with only an aria-label, a summary of the same icons, a loading card; the
// new My eBay messages in two panes (a conversation list, the selected conversation), where only the
// selected conversation is an item; 千牛 评价管理 as div row blocks with nicks masked t***1, a 追评
// written 收货后15天 inside the row, and a 商家已回复 badge; Tmall 商家后台 评价管理 as a plain table whose
// product is only an image's alt, with 负面/中性/正面 tags.
//
// FIRST RUN (2026-12-03, before any reader change; facts passed / facts):
//   [check] amazon/blind8-feedback-kattable.html  11/11
//   [tune]  amazon/blind8-thread-htmltext.html     3/10
//   [check] ebay/blind8-sh-perf-feedback.html      0/10
//   [tune]  ebay/blind8-mye-twopane.html           2/10
//   [check] taobao/blind8-qn-rate-masked.html     11/11
//   [tune]  taobao/blind8-tmall-table-alt.html    10/11
//   total 37/63 (59%): tuning half 15/31, checking half 22/32.
//   Per site: Amazon 14/21, eBay 2/20, Taobao 21/22.
// AFTER the fixes drawn from the tuning half's misses only: tuning half 31/31, checking half 22/32
// (the held-out figure, from eval:pages; unchanged from the first run: the checking half's eBay
// Seller Hub page is 0/10, the other two full. eval:pages was run twice on the same code, both
// 22/32, and the unit runs show the names, not the details, of the 10 failing checking facts).
// Older sets unchanged: 56/56, 20/20, 61/61, 91/91, 88/88, 71/71, 91/91. The rules: an Amazon
// message "row" whose own class or test id names its writer's side (message-row--buyer) is a
// bubble of the open thread, not an inbox row (which is a conversation, written by no one), so a
// buyer quoting another order makes no second thread; a Taobao/Tmall review cell whose words are an
// inline span beside the page's own inline labels (the rating tag, the 初次评价 line) is read as the
// words alone. One expectation changed after the first run, for a contract clash, on the My eBay
// two-pane page (see there). Probes: blind8-probes.test.ts.
// AFTER THE CHECKING HALF WAS OPENED (its 10 misses, all on the eBay Seller Hub page, read and fixed
// by kind, no expectation changed): 32/32, 63/63 in all; older sets still 56/56, 20/20, 61/61,
// 91/91, 88/88, 71/71, 91/91. The rules: Seller Hub's Performance > Feedback tab
// (/sh/performance/feedback, /sh/fdbk) is a feedback page (its left-for-buyers filter none);
// feedback cards named by test id only (feedback-card/-row/-entry, the outermost) are read from
// their test-id parts (comment, buyer or user without the score, date), the rating from an icon's
// aria-label, the item from its /itm/ link, a loading card (aria-busy) being none; "Your reply:" /
// "Your response:" with its colon is the seller's posted reply. 2 more probes, of these kinds.
import { describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import type { Snapshot } from '../../../lib/messages';
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

const azIds = (snap: Snapshot) => snap.items.map((i) => i.externalId.replace(/^amazon:/, ''));

// ---------------------------------------------------------------- Amazon Feedback Manager in a shadow root
{
  const P: Page = {
    file: 'amazon/blind8-feedback-kattable.html',
    url: new URL('https://sellercentral.amazon.com/feedback-manager/index.html#/'),
    adapter: amazonAdapter,
    kind: 'feedback',
    ms: 80,
  };
  const IDS = [1, 2, 3, 4].map((n) => `113-2233445-566778${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 rows keyed by order id, in order (not the header or the removal panel)', () => {
      expect(azIds(read(P).snap)).toEqual(IDS);
    });
    it("reads each row's order id", () => {
      expect(read(P).snap.items.map((i) => i.orderId)).toEqual(IDS);
    });
    it('reads the star ratings', () => {
      expect(read(P).snap.items.map((i) => i.rating)).toEqual([1, 2, 5, 3]);
    });
    it('derives polarity from the stars', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'negative',
        'positive',
        'neutral',
      ]);
    });
    it('parses the US dates', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-24', '11/24/2026'),
        dayOf('2026-11-22', '11/22/2026'),
        dayOf('2026-11-20', '11/20/2026'),
        dayOf('2026-11-15', '11/15/2026'),
      ]);
    });
    it("reads the comments as written, without Amazon's FBA note", () => {
      expect(read(P).snap.items.map((i) => i.body)).toEqual([
        'Arrived two weeks late and the seller never answered my message.',
        'Box was crushed and one cup was chipped.',
        'Fast shipping, exactly as described. Thanks!',
        'OK product, the lid is a bit loose.',
      ]);
    });
    it('flags the row with the FBA note as FBA, and only that one', () => {
      expect(read(P).snap.items.map((i) => i.fba === true)).toEqual([false, true, false, false]);
    });
    it('lists nothing before the app draws its table, without throwing', () => {
      const doc = openPage({ ...P, ms: 0 });
      expect(amazonAdapter.extract(doc, P.url).items).toEqual([]);
    });
    it('offers no open reply box on any row', () => {
      expect(read(P).snap.items.map((i) => i.replyable)).toEqual([false, false, false, false]);
    });
  });
}

// ---------------------------------------------------------------- Amazon thread, HTML-looking text, no order id in the URL
{
  const P: Page = {
    file: 'amazon/blind8-thread-htmltext.html',
    url: new URL(
      'https://sellercentral.amazon.com/messaging/thread?threadId=A2QX7T9K3LM0P&marketplaceID=ATVPDKIKX0DER',
    ),
    adapter: amazonAdapter,
    kind: 'messages',
    ms: 10,
  };
  const ID = '112-3344556-7788990';
  const item = (snap: Snapshot) => snap.items[0];
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it("lists the thread once, with the header's order id (not the quoted or side-panel order)", () => {
      const snap = read(P).snap;
      expect(snap.items).toHaveLength(1);
      expect(item(snap)?.orderId).toBe(ID);
      expect(item(snap)?.externalId).not.toContain('112-9988776-6554433');
    });
    it('names the buyer from the thread header', () => {
      expect(item(read(P).snap)?.author).toBe('Daniel Okafor');
    });
    it('tells buyer and seller messages apart, in order', () => {
      expect(item(read(P).snap)?.messages?.map((m) => m.from)).toEqual([
        'buyer',
        'seller',
        'buyer',
      ]);
    });
    it("keeps each message's time", () => {
      expect(item(read(P).snap)?.messages?.map((m) => m.at)).toEqual([
        shownOrIso('Nov 23, 2026 6:05 PM', '2026-11-23T18:05'),
        shownOrIso('Nov 24, 2026 9:30 AM', '2026-11-24T09:30'),
        shownOrIso('Nov 24, 2026 8:47 PM', '2026-11-24T20:47'),
      ]);
    });
    it('keeps HTML-looking words as the literal text the buyer wrote, paragraphs apart', () => {
      const msgs = item(read(P).snap)?.messages ?? [];
      expect(msgs[0]?.text).toMatch(
        /^Hello, the box of my kettle says <b>REFURBISHED<\/b> on the label\.\s+Is this <i>new<\/i> or not\?$/,
      );
    });
    it('keeps a pasted script and img tag as text, with the quoted order id', () => {
      expect(item(read(P).snap)?.messages?.[2]?.text).toBe(
        "I copied this from the sticker: <script>alert('refund')</script> <img src=x onerror=alert(1)> and it is still on the box. My earlier order 112-9988776-6554433 from you was fine.",
      );
    });
    it("the body is the buyer's words only, oldest first, no sender or time", () => {
      const body = item(read(P).snap)?.body ?? '';
      const a = body.indexOf('REFURBISHED');
      const b = body.indexOf('I copied this from the sticker');
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeGreaterThan(a);
      expect(body).not.toMatch(/warehouse's own|Daniel Okafor|Nov 2\d, 2026/);
    });
    it("takes the thread's kat-textarea as the box, and inserts", () => {
      const { doc, snap } = read(P);
      const it0 = item(snap)!;
      expect(it0.replyable).toBe(true);
      const box = amazonAdapter.findReplyBox(doc, it0.externalId, P.url);
      const inner = doc
        .querySelector('.reply-container kat-textarea')
        ?.shadowRoot?.querySelector('textarea');
      expect(box).toBe(inner);
      const draft = 'Hi Daniel, the kettle is new. I am sorry the label worried you.';
      expect(box && insertDraft(box, draft)).toMatchObject({ ok: true });
      expect(inner?.value).toBe(draft);
    });
  });
}

// ---------------------------------------------------------------- eBay Seller Hub Performance > Feedback, test ids + SVG
{
  const P: Page = {
    file: 'ebay/blind8-sh-perf-feedback.html',
    url: new URL('https://www.ebay.com/sh/performance/feedback?tab=received'),
    adapter: ebayAdapter,
    kind: 'feedback',
  };
  const ITEMS = [1, 2, 3, 4].map((n) => `26610055500${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 cards, keyed by their item numbers (not the summary or the loading card)', () => {
      const ids = read(P).snap.items.map((i) => i.externalId);
      expect(ids).toHaveLength(4);
      expect(new Set(ids).size).toBe(4);
      ids.forEach((id, n) => expect(id).toContain(ITEMS[n]));
    });
    it("reads the SVG icons' aria-labels as polarity", () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'negative',
        'positive',
      ]);
    });
    it('reads the buyers without their score', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['r***a', 'm***k', 'd***s', 't***o']);
    });
    it('parses the dates', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-24', 'Nov 24, 2026'),
        dayOf('2026-11-21', 'Nov 21, 2026'),
        dayOf('2026-11-18', 'Nov 18, 2026'),
        dayOf('2026-11-12', 'Nov 12, 2026'),
      ]);
    });
    it('reads the comments as written', () => {
      expect(read(P).snap.items.map((i) => i.body)).toEqual([
        'Kettle arrived cracked. Seller offered 10% to keep it, not acceptable.',
        'Slow shipping, item OK.',
        'Wrong colour sent.',
        'Great seller, fast postage A+++',
      ]);
    });
    it('sees the card with "Your reply" as answered, its reply not in the body', () => {
      const item = read(P).snap.items[2];
      expect(item).toMatchObject({ replyable: false, replyState: 'replied' });
      expect(item?.body).not.toContain('replacement');
    });
    it('offers Reply on the other cards, with no box open', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.replyable)).toEqual([false, false, false, false]);
      expect([0, 1, 3].map((n) => items[n]?.replyAction)).toEqual(['Reply', 'Reply', 'Reply']);
      [0, 1, 3].forEach((n) => notAnswered(items[n]?.replyState));
    });
    it('reads item numbers and titles from the item link', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual(ITEMS);
      expect(items[0]?.product?.name).toMatch(
        /^Cast Iron Tea Kettle 1\.2L Black(?: \(#266100555001\))?$/,
      );
    });
  });
}

// ---------------------------------------------------------------- My eBay messages, two panes
{
  const P: Page = {
    file: 'ebay/blind8-mye-twopane.html',
    url: new URL('https://www.ebay.com/mye/myebay/messages?conversationId=CONV-88123'),
    adapter: ebayAdapter,
    kind: 'messages',
  };
  // (after the first run: the open conversation is found by its id, not as the only item. The
  // older sets' My eBay pages (blind, blind4, blind6) list every conversation of the list pane as
  // an item, the open one read in full; this page's first fact said "only the selected thread is an
  // item", which contradicts them, and is now "only the selected thread carries the thread and the
  // box". First run of the page was 2/10 with the old lookup.)
  const OPEN = 'CONV-88123';
  const item = (snap: Snapshot) => snap.items.find((i) => i.externalId === OPEN);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('only the selected conversation carries the thread and the box, once', () => {
      const items = read(P).snap.items;
      expect(items.filter((i) => i.externalId === OPEN)).toHaveLength(1);
      expect(
        items.filter((i) => i.messages?.length || i.replyable).map((i) => i.externalId),
      ).toEqual([OPEN]);
    });
    it("names the selected conversation's buyer", () => {
      expect(item(read(P).snap)?.author).toBe('tea_lover_77');
    });
    it('tells received, sent and eBay messages apart, in order', () => {
      expect(item(read(P).snap)?.messages?.map((m) => m.from)).toEqual([
        'buyer',
        'seller',
        'platform',
        'buyer',
      ]);
    });
    it("keeps each message's time", () => {
      expect(item(read(P).snap)?.messages?.map((m) => m.at)).toEqual([
        shownOrIso('Nov 22, 2026 10:05 AM', '2026-11-22T10:05'),
        shownOrIso('Nov 22, 2026 4:30 PM', '2026-11-22T16:30'),
        shownOrIso('Nov 23, 2026 8:00 AM', '2026-11-23T08:00'),
        shownOrIso('Nov 24, 2026 7:12 PM', '2026-11-24T19:12'),
      ]);
    });
    it('reads each message as written, without sender or time', () => {
      expect(item(read(P).snap)?.messages?.map((m) => m.text)).toEqual([
        'Hi, the teapot arrived with a crack along the spout. Photos attached.',
        'Sorry to hear that. Could you send one more photo of the box?',
        'The buyer opened a return request. Reason: Arrived damaged.',
        'Still no answer about the crack? I sent the box photo two days ago.',
      ]);
    });
    it("the body is this buyer's words only, not other conversations' snippets", () => {
      const body = item(read(P).snap)?.body ?? '';
      expect(body).toContain('crack along the spout');
      expect(body).not.toMatch(/Northern Ireland|\$10|one more photo|return request/);
    });
    it("reads the thread's item number", () => {
      expect(item(read(P).snap)?.product?.id).toBe('266100666002');
    });
    it("takes the thread's textarea as the box (not the search field), and inserts", () => {
      const { doc, snap } = read(P);
      const it0 = item(snap)!;
      expect(it0.replyable).toBe(true);
      const box = ebayAdapter.findReplyBox(doc, it0.externalId, P.url);
      const ta = doc.querySelector('.m-thread__reply textarea') as HTMLTextAreaElement;
      expect(box).toBe(ta);
      const draft = 'Sorry for the wait. I have refunded you in full today.';
      expect(box && insertDraft(box, draft)).toMatchObject({ ok: true });
      expect(ta.value).toBe(draft);
    });
  });
}

// ---------------------------------------------------------------- 千牛 评价管理, masked nicks, 追评 收货后15天, 商家已回复
{
  const P: Page = {
    file: 'taobao/blind8-qn-rate-masked.html',
    url: new URL(
      'https://qn.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=1&pageSize=20&content=hasAppend',
    ),
    adapter: taobaoAdapter,
    kind: 'reviews',
  };
  const IDS = [1, 2, 3, 4].map((n) => `391122334455667780${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 row blocks by order id (not the popup or the header)', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.externalId)).toEqual(IDS);
      expect(items.map((i) => i.orderId)).toEqual(IDS);
    });
    it('reads the rating tags as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'negative',
        'positive',
      ]);
    });
    it('reads the masked nicks as shown', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual([
        't***1',
        '小***猫',
        'j***8',
        'a***0',
      ]);
    });
    it('reads each 初次评价 date', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-10', '2026-11-10'),
        dayOf('2026-11-18', '2026-11-18'),
        dayOf('2026-11-20', '2026-11-20'),
        dayOf('2026-11-22', '2026-11-22'),
      ]);
    });
    it('reads the first reviews as written', () => {
      const items = read(P).snap.items;
      expect(items[1]?.body).toBe('物流太慢了，等了八天才到。');
      expect(items[3]?.body).toBe('包装很好，泡茶很香。');
    });
    it('reads the 追评 under 收货后15天 as the follow-up, its label in no text', () => {
      const item = read(P).snap.items[0];
      expect(item?.followUp?.text).toBe('用了半个月，壶底也开始生锈了，不建议买。');
      expect(item?.body).toMatch(
        /^茶壶盖子有裂缝，倒水漏。(?:\s+用了半个月，壶底也开始生锈了，不建议买。)?$/,
      );
    });
    it('sees 商家已回复 as replied, with no action, the reply in no buyer text', () => {
      const item = read(P).snap.items[2];
      expect(item).toMatchObject({ replyable: false, replyState: 'replied' });
      expect(item?.replyAction).toBeUndefined();
      expect(item?.body).toBe('颜色和图片不一样，偏黄。');
    });
    it('offers 追评回复 on the first row and 评价回复 on rows 2 and 4', () => {
      const items = read(P).snap.items;
      expect([0, 1, 3].map((n) => items[n]?.replyAction)).toEqual([
        '追评回复',
        '评价回复',
        '评价回复',
      ]);
      notAnswered(items[1]?.replyState);
      notAnswered(items[3]?.replyState);
    });
    it('reads each product by its item link', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual([1, 2, 3, 4].map((n) => `73550000000${n}`));
      expect(items[0]?.product?.name).toBe('铸铁壶 1.2L 无涂层');
    });
  });
}

// ---------------------------------------------------------------- Tmall 商家后台 评价管理, plain table, product as image alt
{
  const P: Page = {
    file: 'taobao/blind8-tmall-table-alt.html',
    url: new URL(
      'https://myseller.tmall.com/home.htm/comment-manage/list/rateWait4PC?current=1&pageSize=20',
    ),
    adapter: taobaoAdapter,
    kind: 'reviews',
  };
  const IDS = [1, 2, 3, 4].map((n) => `220033445566778890${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 table rows by order id (not the header or the filters)', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.externalId)).toEqual(IDS);
      expect(items.map((i) => i.orderId)).toEqual(IDS);
    });
    it('reads 负面/中性/正面 as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'negative',
        'positive',
      ]);
    });
    it('reads the nicks', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['s**7', '萌**子', 'k**2', 'w**n']);
    });
    it('reads each 初次评价 date', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-21', '2026-11-21'),
        dayOf('2026-11-19', '2026-11-19'),
        dayOf('2026-11-16', '2026-11-16'),
        dayOf('2026-10-28', '2026-10-28'),
      ]);
    });
    it('reads the words as written, without the tag or the shop reply', () => {
      expect(read(P).snap.items.map((i) => i.body)).toEqual([
        '茶杯到手就碎了两个，包装只有一层薄膜。',
        '壶不错，就是发货慢了三天。',
        '客服态度差，问了三次都没人理。',
        '质量很好，送人很体面。',
      ]);
    });
    it("names each product from its image's alt", () => {
      expect(read(P).snap.items.map((i) => i.product?.name)).toEqual([
        '白瓷品茗杯 六只装 礼盒',
        '紫砂壶 西施壶 220ml',
        '玻璃煮茶壶 电陶炉套装',
        '竹木茶盘 排水式',
      ]);
    });
    it('reads each product id from the Tmall item link', () => {
      expect(read(P).snap.items.map((i) => i.product?.id)).toEqual(
        [1, 2, 3, 4].map((n) => `68800000000${n}`),
      );
    });
    it('sees 已回复 as replied and 已超过回复期限 as expired, with no action', () => {
      const items = read(P).snap.items;
      expect(items[2]).toMatchObject({ replyable: false, replyState: 'replied' });
      expect(items[3]).toMatchObject({ replyable: false, replyState: 'expired' });
      expect([items[2]?.replyAction, items[3]?.replyAction]).toEqual([undefined, undefined]);
    });
    it('offers 评价回复 on the open rows', () => {
      const items = read(P).snap.items;
      expect([items[0]?.replyAction, items[1]?.replyAction]).toEqual(['评价回复', '评价回复']);
      notAnswered(items[0]?.replyState);
      notAnswered(items[1]?.replyState);
    });
  });
}
