// Blind page variants (tests/fixtures/{site}/blind-*.html): pages of a slightly different build than
// the ones the adapters were developed on, written from shared/sites/*.md alone, before the adapter
// code was read, with every expected fact below written before the first run. Each `it` is one fact,
// so the pass count per page is the measure of how the adapters generalise to unseen seller pages.
// Pages are split into a tuning and a checking half by the repo's fixed hash of the file name
// (splitOf, as the lint sets do): only the tuning half's misses may guide adapter fixes.
//
// FIRST RUN (2026-12-02, before any adapter change; facts passed / facts):
//   [check] taobao/blind-reviews-fusion.html    9/11
//   [tune]  taobao/blind-reviews-cards.html     9/9
//   [check] taobao/blind-chat.html              5/7
//   [check] ebay/blind-feedback-profile.html    7/8
//   [tune]  ebay/blind-messages-myebay.html     3/7
//   [tune]  amazon/blind-reviews.html           6/8
//   [tune]  amazon/blind-messages-thread.html   3/6
//   total 42/56 (75%): tuning half 21/30, checking half 21/26.
// AFTER the fixes drawn from the tuning half's misses only (Amazon: day-first review dates,
// "Conversation with NAME" headings in shadow roots, message rows named by direction, notices beside
// them, time parts by class; eBay: conversation ids on data attributes, ARIA message lists, time parts
// by class): tuning half 30/30; checking half 21/26 (unchanged: those fixes touch no Taobao code
// and no feedback card) — the held-out figure for pages nobody tuned on.
// THEN the checking half was opened (so this set is no longer held out) and fixed by kind: Taobao
// 初次评价 and its date in sibling spans (read the label's block; a bare date is no buyer text),
// 匿名买家 as the nick, chat rows as ARIA list items whose class names a message; eBay's comment
// from its own span, not a hidden "See original" toggle beside it: 56/56.
import { describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import { withPageTimers, read, byId, common, type Page, split } from './blind-harness';

withPageTimers();

// ---------------------------------------------------------------- Taobao 评价管理, Fusion table
{
  const P: Page = {
    file: 'taobao/blind-reviews-fusion.html',
    url: new URL(
      'https://qn.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=1&pageSize=20&content=hasAppend',
    ),
    adapter: taobaoAdapter,
    kind: 'reviews',
  };
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 5 rows by order id, in page order (追评 rows are no items of their own)', () => {
      expect(read(P).snap.items.map((i) => i.externalId)).toEqual([
        '4102938475610011223',
        '4102938475610044556',
        '4102938475610077889',
        '4102938475610099001',
        '4102938475610022334',
      ]);
    });
    it('reads 差评/中评/好评 from the tag as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'positive',
        'negative',
        'neutral',
      ]);
    });
    it('reads the buyer nick from its own column', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual([
        '大***8',
        's**9',
        'y***n',
        '匿名买家',
        't**2',
      ]);
    });
    it('reads the first row fully: body, order, Beijing date, product whose id is not the first param', () => {
      const item = read(P).snap.items[0];
      expect(item).toMatchObject({
        orderId: '4102938475610011223',
        body: '茶壶盖子和壶身对不上，一倒水就从缝里漏，客服说让我自己磨一下？？',
        date: { iso: '2026-11-26T00:03:00Z', raw: '2026-11-26 08:03' },
        product: { id: '689000111222', name: '青禾 粗陶侧把壶 300ml 手工' },
      });
    });
    it('reads 初次评价 with a half-width colon', () => {
      expect(read(P).snap.items[1]?.date).toEqual({
        iso: '2026-11-20T13:47:00Z',
        raw: '2026-11-20 21:47',
      });
    });
    it('joins a dated 追加评价 from the expanded row into its row', () => {
      const item = read(P).snap.items[1];
      expect(item?.followUp).toEqual({
        text: '用了一周杯底裂了，差评。',
        date: { iso: '2026-11-28', raw: '2026-11-28' },
      });
      expect(item?.body).toBe('杯子还行，就是发货慢，拍下五天才发。\n\n用了一周杯底裂了，差评。');
    });
    it('joins a 收货后N天 追评 into its (expired) row', () => {
      const item = read(P).snap.items[3];
      expect(item?.followUp).toEqual({
        text: '申请退款被拒，大家慎买。',
        date: { raw: '收货后10天' },
      });
    });
    it('tells the reply states apart: open, 追评回复 after a replied first review, expired ×2, closed', () => {
      expect(read(P).snap.items.map((i) => [i.replyState, i.replyAction])).toEqual([
        ['open', '评价回复'],
        ['open', '追评回复'],
        ['expired', undefined],
        ['expired', undefined],
        ['closed', undefined],
      ]);
    });
    it('takes no reply box: the 新手引导 modal is not one', () => {
      const { doc, snap } = read(P);
      expect(snap.items.filter((i) => i.replyable)).toEqual([]);
      expect(taobaoAdapter.findReplyBox(doc, '4102938475610011223', P.url)).toBeNull();
    });
  });
}

// ---------------------------------------------------------------- Taobao 評價管理, card list
{
  const P: Page = {
    file: 'taobao/blind-reviews-cards.html',
    url: new URL(
      'https://myseller.tmall.com/home.htm/comment-manage/list/rateWait4PC?current=2&pageSize=20',
    ),
    adapter: taobaoAdapter,
    kind: 'reviews',
  };
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 cards by order id', () => {
      expect(read(P).snap.items.map((i) => i.externalId)).toEqual([
        '5203948576012345001',
        '5203948576012345002',
        '5203948576012345003',
        '5203948576012345004',
      ]);
    });
    it('reads 負面/中性/正面 as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'negative',
        'positive',
      ]);
    });
    it('reads the buyer nick from the card head', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual([
        '台北***客',
        'h**o',
        'w**7',
        'l**i',
      ]);
    });
    it('reads body, 初次評價 date and the Tmall item id of a protocol-relative link', () => {
      expect(read(P).snap.items[0]).toMatchObject({
        orderId: '5203948576012345001',
        date: { iso: '2026-11-25T11:40:00Z', raw: '2026-11-25 19:40' },
        product: { id: '700111222333', name: '青禾 冰裂釉品茗杯 2入' },
      });
      expect(read(P).snap.items[1]?.body).toBe('顏色比圖片深，其他還可以。');
    });
    it('joins the in-card 收貨後N天追評 as the follow-up', () => {
      const item = read(P).snap.items[0];
      expect(item?.followUp).toEqual({
        text: '退款到現在都還沒處理。',
        date: { raw: '收貨後12天' },
      });
      expect(item?.body).toBe(
        '茶杯收到時已經裂開，客服三天都沒回覆，非常失望。\n\n退款到現在都還沒處理。',
      );
    });
    it('tells the Traditional reply states apart', () => {
      expect(read(P).snap.items.map((i) => i.replyState)).toEqual([
        'open',
        'open',
        'expired',
        'replied',
      ]);
      expect(read(P).snap.items[0]?.replyAction).toBe('追評回覆');
    });
    it("takes the second card's open inline form as its reply box, and only that one", () => {
      const { doc, snap } = read(P);
      expect(snap.items.map((i) => i.replyable)).toEqual([false, true, false, false]);
      expect(taobaoAdapter.findReplyBox(doc, '5203948576012345002', P.url)).not.toBeNull();
      expect(taobaoAdapter.findReplyBox(doc, '5203948576012345001', P.url)).toBeNull();
    });
  });
}

// ---------------------------------------------------------------- Taobao 千牛 chat
{
  const P: Page = {
    file: 'taobao/blind-chat.html',
    url: new URL('https://myseller.taobao.com/home.htm/app-customer-service/toolpage/Message'),
    adapter: taobaoAdapter,
    kind: 'messages',
  };
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the open conversation as one item named by the buyer', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => [i.externalId, i.author])).toEqual([['chat:大***8', '大***8']]);
    });
    it('reads the order id from the order card (订单编号)', () => {
      expect(read(P).snap.items[0]?.orderId).toBe('4102938475610011223');
    });
    it('tells buyer, seller (shop:sub-account) and the system notice apart, in order', () => {
      expect(read(P).snap.items[0]?.messages?.map((m) => [m.from, m.text])).toEqual([
        ['buyer', '茶壶盖子和壶身对不上，一倒水就漏'],
        ['buyer', '你们客服让我自己磨一下？？'],
        ['seller', '亲，实在抱歉，我们给您补发一个新的壶盖可以吗？'],
        ['platform', '系统提示：买家已发起售后申请（退货退款）'],
        ['buyer', '不要补发，直接退款，今天不处理我就投诉'],
      ]);
    });
    it("the body is the buyer's words only, oldest first", () => {
      expect(read(P).snap.items[0]?.body).toBe(
        '茶壶盖子和壶身对不上，一倒水就漏\n\n你们客服让我自己磨一下？？\n\n不要补发，直接退款，今天不处理我就投诉',
      );
    });
    it('finds the contenteditable editor by the 发送 button as the reply box', () => {
      const { doc, snap } = read(P);
      expect(snap.items[0]?.replyable).toBe(true);
      const box = taobaoAdapter.findReplyBox(doc, 'chat:大***8', P.url);
      expect(box).not.toBeNull();
    });
  });
}

// ---------------------------------------------------------------- eBay feedback profile
{
  const P: Page = {
    file: 'ebay/blind-feedback-profile.html',
    url: new URL(
      'https://www.ebay.co.uk/fdbk/feedback_profile/qinghe_teaware?filter=feedback_page:RECEIVED_AS_SELLER&sort=NEWEST',
    ),
    adapter: ebayAdapter,
    kind: 'feedback',
  };
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 feedback cards, not the skeleton nor the promo', () => {
      expect(read(P).snap.items.map((i) => i.externalId)).toEqual([
        '2219876543001',
        '2219876543002',
        '2219876543003',
        '2219876543004',
      ]);
    });
    it('reads a bare "Negative"/"Neutral"/"Positive" label as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'positive',
        'negative',
      ]);
    });
    it('reads buyer, comment (not the hidden translate toggle) and the relative date', () => {
      expect(read(P).snap.items[0]).toMatchObject({
        author: 'd***8',
        body: 'Teapot lid does not fit, leaks every pour. Seller told me to sand it down myself!',
        date: { raw: 'Past month' },
      });
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['d***8', 's***n', 'm***e', 'k***t']);
    });
    it('takes the item number from an SEO item link path', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual([
        '266099887711',
        '266099887722',
        '266099887733',
        '266099887744',
      ]);
      expect(items[0]?.product?.name).toBe('Qinghe Side Handle Clay Teapot 300ml');
    });
    it('offers the "Respond" control and sees the answered card', () => {
      const { snap } = read(P);
      expect(byId(snap, '2219876543001')?.replyAction).toMatch(/Respond/);
      expect(byId(snap, '2219876543004')?.replyAction).toMatch(/Respond/);
      expect(byId(snap, '2219876543003')).toMatchObject({
        replyable: false,
        replyState: 'replied',
      });
    });
    it("takes the open box of the second card, with its 80 limit, and only that card's", () => {
      const { doc, snap } = read(P);
      expect(snap.items.map((i) => i.replyable)).toEqual([false, true, false, false]);
      expect(byId(snap, '2219876543002')?.replyLimit).toBe(80);
      expect(ebayAdapter.findReplyBox(doc, '2219876543002', P.url)).not.toBeNull();
      expect(ebayAdapter.findReplyBox(doc, '2219876543001', P.url)).toBeNull();
    });
  });
}

// ---------------------------------------------------------------- eBay My eBay messages
{
  const P: Page = {
    file: 'ebay/blind-messages-myebay.html',
    url: new URL('https://www.ebay.com/mye/myebay/messages?folder=inbox&conversationId=c-7002'),
    adapter: ebayAdapter,
    kind: 'messages',
  };
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 3 conversations by their ids, with the buyers', () => {
      expect(read(P).snap.items.map((i) => [i.externalId, i.author])).toEqual([
        ['c-7001', 'd***8'],
        ['c-7002', 'pat_lee_77'],
        ['c-7003', 'm***e'],
      ]);
    });
    it('reads the open conversation in order: buyer, seller (own user id), eBay notice, buyer', () => {
      const open2 = byId(read(P).snap, 'c-7002');
      expect(open2?.messages?.map((m) => m.from)).toEqual(['buyer', 'seller', 'platform', 'buyer']);
      expect(open2?.messages?.[3]?.text).toBe(
        'Where is my order? I want a refund if it is not here by Friday.',
      );
    });
    it("the open conversation's body is the buyer's words only", () => {
      expect(byId(read(P).snap, 'c-7002')?.body).toBe(
        'Hi, I ordered the tea cups 12 days ago and tracking has not moved since.\n\n' +
          'Where is my order? I want a refund if it is not here by Friday.',
      );
    });
    it('reads order number and item of the open conversation', () => {
      expect(byId(read(P).snap, 'c-7002')).toMatchObject({
        orderId: '05-12345-67890',
        product: { id: '266099887722', name: 'Qinghe White Porcelain Tea Cups, set of 6' },
      });
    });
    it('takes the textarea as the open conversation’s reply box, with its limit, and no other', () => {
      const { doc, snap } = read(P);
      expect(snap.items.map((i) => i.replyable)).toEqual([false, true, false]);
      expect(byId(snap, 'c-7002')?.replyLimit).toBe(2000);
      expect(ebayAdapter.findReplyBox(doc, 'c-7002', P.url)?.localName).toBe('textarea');
      expect(ebayAdapter.findReplyBox(doc, 'c-7001', P.url)).toBeNull();
    });
  });
}

// ---------------------------------------------------------------- Amazon brand reviews
{
  const P: Page = {
    file: 'amazon/blind-reviews.html',
    url: new URL(
      'https://sellercentral.amazon.co.uk/brand-customer-reviews/?stars=1,2,3&includeDone=true&pageSize=50&pageNumber=1',
    ),
    adapter: amazonAdapter,
    kind: 'reviews',
  };
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 review cards by review id, not the loading placeholder', () => {
      expect(read(P).snap.items.map((i) => i.externalId)).toEqual([
        'R3UKTEAPOT1LKX',
        'R1UKCUPS2SLOW7',
        'R2UKZH3BROKEN9',
        'R3UKTRAY5GOOD4',
      ]);
    });
    it('takes the review rating (value or aria-label only), never the ASIN average', () => {
      expect(read(P).snap.items.map((i) => i.rating)).toEqual([1, 2, 1, 3]);
    });
    it('reads the authors, English and Chinese', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual([
        'Oliver P.',
        'Hannah J.',
        '李**',
        'Sam',
      ]);
    });
    it('parses UK and Chinese dates', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        { iso: '2026-11-12', raw: '12 Nov 2026' },
        { iso: '2026-11-03', raw: '3 Nov 2026' },
        { iso: '2026-11-18', raw: expect.stringContaining('2026') },
        { iso: '2026-11-01', raw: '1 Nov 2026' },
      ]);
    });
    it('reads title, body and the ASIN of dp links with query strings or relative paths', () => {
      const items = read(P).snap.items;
      expect(items[0]).toMatchObject({
        title: "Lid doesn't fit, leaks everywhere",
        body: 'The lid sits crooked and tea pours out of the gap. Support told me to sand it myself. Rubbish.',
        product: { id: 'B0QHTEA001', name: 'Qinghe Clay Side-Handle Teapot, 300 ml' },
      });
      expect(items.map((i) => i.product?.id)).toEqual([
        'B0QHTEA001',
        'B0QHCUP006',
        'B0QHFAIR35',
        'B0QHTRAY44',
      ]);
    });
    it('sees the one "You contacted the customer" card; reviews are read-only', () => {
      const items = read(P).snap.items;
      expect(items.filter((i) => i.contacted).map((i) => i.externalId)).toEqual(['R1UKCUPS2SLOW7']);
      expect(items.every((i) => i.replyable === false)).toBe(true);
    });
  });
}

// ---------------------------------------------------------------- Amazon message thread
{
  const P: Page = {
    file: 'amazon/blind-messages-thread.html',
    url: new URL(
      'https://sellercentral.amazon.co.uk/messaging/thread?threadId=A2UKQ8R7T6Y5&orderId=204-7654321-1234567',
    ),
    adapter: amazonAdapter,
    kind: 'messages',
    ms: 400,
  };
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the one thread by its order id, with the buyer', () => {
      expect(read(P).snap.items.map((i) => [i.externalId, i.orderId, i.author])).toEqual([
        ['204-7654321-1234567', '204-7654321-1234567', 'Sarah Whitfield'],
      ]);
    });
    it('tells buyer, seller and the Amazon notice apart, in order', () => {
      expect(read(P).snap.items[0]?.messages?.map((m) => m.from)).toEqual([
        'buyer',
        'seller',
        'platform',
        'buyer',
      ]);
    });
    it("the body is the buyer's words only, oldest first", () => {
      expect(read(P).snap.items[0]?.body).toBe(
        'Hello, the teapot lid does not fit and it leaks when I pour. Can you help?\n\n' +
          'I sent the photo two days ago. Please refund me today or I will open an A-to-z claim.',
      );
    });
    it('takes the kat-textarea in the shadow root as the reply box, with its limit', () => {
      const { doc, snap } = read(P);
      expect(snap.items[0]).toMatchObject({ replyable: true, replyLimit: 2000 });
      expect(amazonAdapter.findReplyBox(doc, '204-7654321-1234567', P.url)).not.toBeNull();
    });
  });
}
