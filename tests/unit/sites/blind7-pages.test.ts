// A seventh blind set (tests/fixtures/{site}/blind7-*.html): seller pages of kinds the older sets did
// not have, written from shared/sites/*.md and DESIGN.md before any adapter code (lib/sites/*.ts) was
// read by its writer, with every expected fact below written before the first run. Each `it` is one
// fact. Pages are split into a tuning and a checking half by the repo's fixed hash of the file name
// (splitOf, as the older sets): only the tuning half's misses may guide adapter fixes; the checking
// half's are only counted. (File names were chosen, before any run, so that each half holds a page of
// every site.)
// Kinds varied: an Amazon Buyer-Seller Messaging thread whose messages are custom elements drawing
// sender and time in their shadow roots from attributes and the words through a named <slot>; brand
// reviews with a "Load more" list appended late, a skeleton card, and a review truncated to "…" with
// "Read more" where the whole text is in a hidden span; an inbox-v3 backlog drawn as a virtualised
// role=list (aria-setsize=2000, eight rows drawn), which must say that more rows exist; a legacy
// mesg.ebay.ie message whose buyer replied from a mail app, quoting the seller's reply and her own
// first message under "-----Original Message-----" / "— original message —"; eBay feedback on
// www.ebay.com.hk in Traditional Chinese drawn as a <table> (thead 評價 意見 買家 日期 物品 動作, a
// summary table beside it); eBay.ie fdbk cards shipped twice (a desktop list and a hidden mobile copy),
// with skeleton cards and a <template>; 评价管理 on its 中差评 tab with dotted dates (2026.11.24), a
// review cut at 展开 with the full text hidden, an images-only review with the platform's placeholder,
// 掌柜回复 under a first review and a 追评 still to answer; 評價管理 in Traditional script rendered late
// from a <template> over skeleton rows, with a hidden compact copy of the same rows; 千牛 chat with a
// 系统消息 line and a 平台小二 message drawn on the buyer's side, times as "11-24 13:05".
//
// FIRST RUN (2026-12-03, before any adapter change; facts passed / facts):
//   [tune]  amazon/blind7-bsm-katslots.html       5/9
//   [check] amazon/blind7-reviews-loadmore.html  10/12
//   [tune]  amazon/blind7-inbox-setsize.html      2/8
//   [tune]  ebay/blind7-mesg-quoted.html          6/9
//   [check] ebay/blind7-fdbk-hk-table.html        1/10
//   [check] ebay/blind7-fdbk-ie-dup.html         10/10
//   [tune]  taobao/blind7-reviews-tabs.html      10/12
//   [check] taobao/blind7-reviews-tw-dup.html    12/12
//   [tune]  taobao/blind7-qn-chat-platform.html   5/9
//   total 61/91 (67%): tuning half 28/47, checking half 33/44.
//   Per site: Amazon 17/29, eBay 17/29, Taobao 27/33.
//   Older sets at that run: 56/56, 20/20, 61/61, 91/91, 88/88, 71/71.
// AFTER the fixes drawn from the tuning half's misses only: tuning half 47/47, checking half 34/44
// (the held-out figure, from eval:pages; Amazon Load-more page 11/12, eBay.com.hk table 1/10, the
// other two 10/10 and 12/12; eval:pages was by mistake run twice in one command, both 34/44, and an
// earlier unit run of tests/unit/sites had already shown the names, not the details, of the same 10
// failing checking facts). Older sets unchanged: 56/56, 20/20, 61/61, 91/91, 88/88, 71/71 (blind6's
// three virtualised pages now expect the virtualised-list warning). The rules: a text cut at
// 展开/Read more with its whole text hidden beside it is that whole text, once (words.ts); a mail
// app's quote of the earlier exchange under a buyer's message is cut off (-----Original Message-----,
// — original message —, On … wrote:, From: … Sent:); Taobao's placeholder for a review of images
// only (此用户没有填写评价, 系统默认好评) is no buyer text; 千牛 chat rows of an avatar beside one
// block (name line with a month-day time, then the words), 11-24 13:05 as a time, 平台小二/官方 as the
// platform; message components whose own attributes carry the side (direction) and the time
// (sent-at, timestamp), their paragraphs all read; Amazon inbox rows by a test id naming
// conversation/message/thread and row/item/card with words between, and virtualised list items by
// aria-posinset (in that order); a virtualised list drawing fewer rows than it says makes the
// snapshot say so. 10 probes: blind7-probes.test.ts.
// AFTER THE CHECKING HALF WAS OPENED (its 10 misses read and fixed by kind, no expectation changed):
// 44/44, 91/91 in all; older sets still 56/56, 20/20, 61/61, 91/91, 88/88, 71/71. The rules: eBay
// feedback drawn as a data table with none of the fdbk classes is read row by row from the cells
// under its header's labels (rating and comment columns at least, in the hosts' languages:
// ebay-table.ts), a ratings summary table being none; the Traditional Chinese rating words
// (負面/中立/正面評價, 負評/正評), 賣家回覆： as the seller's posted reply and 回覆 as its control; an
// Amazon review card the page is still loading (aria-busy, a skeleton class) is no review.
// 3 more probes, of these kinds.
//
// HOW IT RUNS: every fact of both halves runs in the unit run (vitest); `npm run eval:pages` prints
// facts passed per page, half and set for every blind set.
import { describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import { ISO_DATE_RE, type Snapshot } from '../../../lib/messages';
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

const az = (snap: Snapshot, id: string) =>
  snap.items.find((i) => i.externalId === id || i.externalId === `amazon:${id}`);
const azIds = (snap: Snapshot) => snap.items.map((i) => i.externalId.replace(/^amazon:/, ''));

/** A time shown without a year ("11-24 13:05"): that text, or an ISO time of that month, day and time. */
const shownOrMonthDay = (raw: string, mdhm: string) =>
  expect.toSatisfy(
    (v: unknown) =>
      v === raw || (typeof v === 'string' && ISO_DATE_RE.test(v) && v.includes(`-${mdhm}`)),
  );

// ---------------------------------------------------------------- Amazon BSM thread, slotted custom elements
{
  const P: Page = {
    file: 'amazon/blind7-bsm-katslots.html',
    url: new URL(
      'https://sellercentral.amazon.com/messaging/thread?orderId=113-4455667-8899001&marketplaceID=ATVPDKIKX0DER',
    ),
    adapter: amazonAdapter,
    kind: 'messages',
    ms: 50,
  };
  const ID = '113-4455667-8899001';
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the thread once, keyed by its order id (not the quoted or archived orders)', () => {
      const snap = read(P).snap;
      expect(azIds(snap)).toEqual([ID]);
      expect(az(snap, ID)?.orderId).toBe(ID);
    });
    it('names the buyer from "Conversation with NAME"', () => {
      expect(az(read(P).snap, ID)?.author).toBe('Megan Hollis');
    });
    it('tells inbound, outbound and system bubbles apart, in order', () => {
      expect(az(read(P).snap, ID)?.messages?.map((m) => m.from)).toEqual([
        'buyer',
        'seller',
        'platform',
        'buyer',
      ]);
    });
    it("keeps each message's time from its bubble (sent-at, drawn in the shadow root)", () => {
      expect(az(read(P).snap, ID)?.messages?.map((m) => m.at)).toEqual([
        shownOrIso('Nov 22, 2026 9:14 AM', '2026-11-22T09:14'),
        shownOrIso('Nov 22, 2026 3:40 PM', '2026-11-22T15:40'),
        shownOrIso('Nov 23, 2026 8:00 AM', '2026-11-23T08:00'),
        shownOrIso('Nov 25, 2026 7:52 PM', '2026-11-25T19:52'),
      ]);
    });
    it('reads the slotted words, paragraphs apart, without sender, time or the hidden translation', () => {
      const msgs = az(read(P).snap, ID)?.messages ?? [];
      expect(msgs[0]?.text).toMatch(
        /^Hi, the teapot arrived today but the infuser basket is missing\.\s+Can you send one\?$/,
      );
      expect(msgs[2]?.text).toBe(
        'The buyer has requested a return for this order. Return reason: Missing parts.',
      );
      expect(msgs[3]?.text).toMatch(
        /^Nothing arrived\. My other order 113-9988776-6554433 came fine, so it is not my address\.\s+I just want my money back now\.$/,
      );
    });
    it("the body is the buyer's words only, oldest first", () => {
      const body = az(read(P).snap, ID)?.body ?? '';
      const a = body.indexOf('infuser basket is missing');
      const b = body.indexOf('I just want my money back now');
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeGreaterThan(a);
      expect(body).not.toMatch(/replacement infuser ships|requested a return|Nichts|Megan Hollis/);
    });
    it("takes the thread's kat-textarea as the box (not the template's), and inserts", () => {
      const { doc, snap } = read(P);
      const item = az(snap, ID)!;
      expect(item.replyable).toBe(true);
      const box = amazonAdapter.findReplyBox(doc, item.externalId, P.url);
      const inner = doc
        .querySelector('.reply-container kat-textarea')
        ?.shadowRoot?.querySelector('textarea');
      expect(box).toBe(inner);
      const draft = 'Dear Megan, I am sorry. I have refunded your order in full today.';
      expect(box && insertDraft(box, draft)).toMatchObject({ ok: true });
      expect(inner?.value).toBe(draft);
    });
  });
}

// ---------------------------------------------------------------- Amazon brand reviews, "Load more", truncated
{
  const P: Page = {
    file: 'amazon/blind7-reviews-loadmore.html',
    url: new URL(
      'https://sellercentral.amazon.com/brand-customer-reviews/?stars=1,2&includeDone=true&pageSize=10&pageNumber=1',
    ),
    adapter: amazonAdapter,
    kind: 'reviews',
    ms: 100,
  };
  const IDS = [
    'R7LOADA1111111',
    'R7LOADB2222222',
    'R7LOADC3333333',
    'R7LOADD4444444',
    'R7LOADE5555555',
  ];
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 3 first cards and the 2 appended by "Load more", in order (no skeleton or template)', () => {
      expect(azIds(read(P).snap)).toEqual(IDS);
    });
    it('lists the first 3 cards before the rest arrive, not the skeleton', () => {
      const doc = openPage({ ...P, ms: 0 });
      const ids = amazonAdapter
        .extract(doc, P.url)
        .items.map((i) => i.externalId.replace(/^amazon:/, ''));
      expect(ids).toEqual(IDS.slice(0, 3));
    });
    it("reads each review's own stars, not the ASIN average", () => {
      const snap = read(P).snap;
      expect(IDS.map((id) => az(snap, id)?.rating)).toEqual([1, 2, 1, 2, 1]);
    });
    it('reads the reviewers and dates from "Review by NAME on DATE"', () => {
      const snap = read(P).snap;
      expect(IDS.map((id) => az(snap, id)?.author)).toEqual([
        'Grace Kim',
        'Marcus Bell',
        'Ana Souza',
        'Olu Adeyemi',
        'Chloé Martin',
      ]);
      expect(IDS.map((id) => az(snap, id)?.date)).toEqual([
        dayOf('2026-11-21', 'Nov 21, 2026'),
        dayOf('2026-11-19', 'Nov 19, 2026'),
        dayOf('2026-11-17', 'Nov 17, 2026'),
        dayOf('2026-11-12', 'Nov 12, 2026'),
        dayOf('2026-11-09', 'Nov 9, 2026'),
      ]);
    });
    it('reads the titles', () => {
      const snap = read(P).snap;
      expect(IDS.map((id) => az(snap, id)?.title)).toEqual([
        'Stopped working after a week',
        'Lid does not close',
        'Smells of plastic',
        'Handle got hot',
        'Arrived dented',
      ]);
    });
    it('reads a truncated review whole, from its hidden full text, once, without "…" or "Read more"', () => {
      expect(az(read(P).snap, IDS[0]!)?.body).toBe(
        'The kettle boiled fine for six days. On the seventh it clicked off after ten seconds every time and now the light blinks red. I tried another outlet, I tried descaling it, I tried everything in the manual. Customer service sent me a link to the same manual. Very disappointed.',
      );
    });
    it("reads the appended cards' words", () => {
      const snap = read(P).snap;
      expect(az(snap, IDS[3]!)?.body).toBe('The handle gets too hot to hold.');
      expect(az(snap, IDS[4]!)?.body).toBe('Arrived with a dent in the side and the box was open.');
    });
    it('reads the child ASINs', () => {
      const snap = read(P).snap;
      expect(IDS.map((id) => az(snap, id)?.product?.id)).toEqual([
        'B0DLM70001',
        'B0DLM70002',
        'B0DLM70001',
        'B0DLM70003',
        'B0DLM70002',
      ]);
    });
    it('sees "You contacted the customer" on the second card only', () => {
      const snap = read(P).snap;
      expect(IDS.map((id) => az(snap, id)?.contacted === true)).toEqual([
        false,
        true,
        false,
        false,
        false,
      ]);
    });
    it('offers no reply box (read-only)', () => {
      expect(read(P).snap.items.map((i) => i.replyable)).toEqual([
        false,
        false,
        false,
        false,
        false,
      ]);
    });
  });
}

// ---------------------------------------------------------------- Amazon inbox-v3, 2,000 rows, 8 drawn
{
  const P: Page = {
    file: 'amazon/blind7-inbox-setsize.html',
    url: new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded'),
    adapter: amazonAdapter,
    kind: 'messages',
    warnings: [/\b8\b[^]*\b2,?000\b|\b2,?000\b[^]*\b8\b/],
  };
  const ROWS = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `114-2200331-000000${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 8 drawn rows by order id, in list order (not the quoted order)', () => {
      expect(azIds(read(P).snap)).toEqual(ROWS);
    });
    it('names the buyer of each row', () => {
      const snap = read(P).snap;
      expect(ROWS.map((id) => az(snap, id)?.author)).toEqual([
        'Ethan Brooks',
        'Laura Méndez',
        'Kevin Zhao',
        'Rachel Adams',
        'David Osei',
        'Sophie Turner',
        'Noah Fischer',
        'Mia Rossi',
      ]);
    });
    it("reads each row's last message as its text", () => {
      const snap = read(P).snap;
      expect(az(snap, ROWS[0]!)?.body).toContain('Tracking has not moved in a week.');
      expect(az(snap, ROWS[1]!)?.body).toContain('El paquete llegó vacío.');
      expect(az(snap, ROWS[7]!)?.body).toContain('I ordered two by mistake.');
    });
    it("keeps the quoting row's own order id", () => {
      const item = az(read(P).snap, ROWS[2]!);
      expect(item?.orderId).toBe(ROWS[2]);
      expect(item?.body).toContain('114-9999999-0000000');
    });
    it('offers no reply box while no thread is open', () => {
      expect(read(P).snap.items.every((i) => !i.replyable)).toBe(true);
    });
    it('names both counts in its warning: 8 drawn, 2,000 in all', () => {
      const w = read(P).snap.warnings.join(' ');
      expect(w).toMatch(/\b8\b/);
      expect(w).toMatch(/2,?000/);
    });
  });
}

// ---------------------------------------------------------------- eBay legacy message, mail-app quote
{
  const P: Page = {
    file: 'ebay/blind7-mesg-quoted.html',
    url: new URL('https://mesg.ebay.ie/mesgweb/ViewMessageDetail/0/m2m/171234567890'),
    adapter: ebayAdapter,
    kind: 'messages',
  };
  const NEW =
    /^Hi, I still have not received the replacement lid you promised on Friday\.\s+I have now waited 9 days\. If it does not come by Monday I will open a case\./;
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the message once, by its message or item number', () => {
      const items = read(P).snap.items;
      expect(items).toHaveLength(1);
      expect(items[0]?.externalId).toMatch(/171234567890|266100998811/);
    });
    it('names the buyer from the headline link', () => {
      expect(read(P).snap.items[0]?.author).toBe('sinead_d_1988');
    });
    it('reads the item number and title', () => {
      expect(read(P).snap.items[0]?.product).toMatchObject({
        id: '266100998811',
        name: 'Qinghe Cast Iron Teapot 1.2 L, Black',
      });
    });
    it("the last message is the buyer's new words, without the quoted exchange under them", () => {
      const msgs = read(P).snap.items[0]?.messages ?? [];
      const last = msgs[msgs.length - 1];
      expect(last?.from).toBe('buyer');
      expect(last?.text).toMatch(NEW);
      expect(last?.text).not.toMatch(
        /Original Message|original message|we are very sorry|Dear seller/,
      );
    });
    it("never gives the seller's quoted reply as the buyer's", () => {
      const msgs = read(P).snap.items[0]?.messages ?? [];
      for (const m of msgs) if (/we are very sorry/.test(m.text)) expect(m.from).toBe('seller');
    });
    it("the body starts with the buyer's new words and holds none of the seller's", () => {
      const body = read(P).snap.items[0]?.body ?? '';
      expect(body).toMatch(NEW);
      expect(body).not.toMatch(/we are very sorry|posted today by An Post|From: qinghe_teaware/);
    });
    it('takes the visible reply textarea (not the hidden report form), and inserts', () => {
      const { doc, snap } = read(P);
      const item = snap.items[0]!;
      expect(item.replyable).toBe(true);
      const box = ebayAdapter.findReplyBox(doc, item.externalId, P.url);
      expect(box).toBe(doc.getElementById('rp-7'));
      const draft = 'Dear Sinéad, I am so sorry. I have refunded the teapot in full today.';
      expect(box && insertDraft(box, draft)).toMatchObject({ ok: true });
      expect((doc.getElementById('rp-7') as HTMLTextAreaElement).value).toBe(draft);
      expect((doc.querySelector('[name="reportText"]') as HTMLTextAreaElement).value).toBe('');
    });
  });
}

// ---------------------------------------------------------------- eBay.com.hk feedback as a table, zh-Hant
{
  const P: Page = {
    file: 'ebay/blind7-fdbk-hk-table.html',
    url: new URL(
      'https://www.ebay.com.hk/fdbk/feedback_profile/qinghe_teaware?filter=feedback_page:RECEIVED_AS_SELLER&sort=TIME',
    ),
    adapter: ebayAdapter,
    kind: 'feedback',
  };
  const ITEMS = [1, 2, 3, 4].map((n) => `26610099880${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 table rows, keyed by their item numbers (not the summary rows, header or template)', () => {
      const ids = read(P).snap.items.map((i) => i.externalId);
      expect(ids).toHaveLength(4);
      expect(new Set(ids).size).toBe(4);
      ids.forEach((id, n) => expect(id).toContain(ITEMS[n]));
    });
    it('reads 正面/中立/負面評價 as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'negative',
        'positive',
      ]);
    });
    it('reads the buyers without their score', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['a***8', 'k***n', 'w***y', 'c***o']);
    });
    it('parses 年月日 dates; a relative one keeps its text only', () => {
      const items = read(P).snap.items;
      expect([items[0]?.date, items[1]?.date, items[2]?.date]).toEqual([
        dayOf('2026-11-24', '2026年11月24日'),
        dayOf('2026-11-20', '2026年11月20日'),
        dayOf('2026-11-03', '2026年11月3日'),
      ]);
      expect(items[3]?.date).toEqual({ raw: '過去一個月' });
    });
    it("reads the 意見 cell's comment, in Chinese and English, as written", () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.body)).toEqual([
        '茶壺到貨時壺嘴已經崩咗，賣家一直冇回覆。',
        'Took three weeks to arrive in Kowloon.',
        '杯子有裂痕，退款要求被拒絕。',
        '包裝好好，多謝！',
      ]);
    });
    it('sees the row with 賣家回覆 as answered, its reply not in the body', () => {
      const item = read(P).snap.items[2];
      expect(item).toMatchObject({ replyable: false, replyState: 'replied' });
      expect(item?.body).not.toContain('全額退款');
    });
    it('offers 回覆 on the unanswered rows, with no box open', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.replyable)).toEqual([false, false, false, false]);
      expect([0, 1, 3].map((n) => items[n]?.replyAction)).toEqual(['回覆', '回覆', '回覆']);
      [0, 1, 3].forEach((n) => notAnswered(items[n]?.replyState));
    });
    it('reads item numbers and titles from the item cell', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual(ITEMS);
      expect(items.map((i) => i.product?.name)).toEqual([
        '鑄鐵茶壺 800毫升',
        '青瓷茶杯 四隻裝',
        '茶盤 竹製',
        '不鏽鋼茶隔',
      ]);
    });
  });
}

// ---------------------------------------------------------------- eBay.ie fdbk cards, desktop + hidden mobile copy
{
  const P: Page = {
    file: 'ebay/blind7-fdbk-ie-dup.html',
    url: new URL(
      'https://www.ebay.ie/fdbk/feedback_profile/qinghe_teaware?filter=feedback_page:RECEIVED_AS_SELLER&sort=TIME',
    ),
    adapter: ebayAdapter,
    kind: 'feedback',
  };
  const ITEMS = [1, 2, 3, 4].map((n) => `26610099900${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists each of the 4 cards once (not the hidden mobile copy, skeletons or template)', () => {
      const ids = read(P).snap.items.map((i) => i.externalId);
      expect(ids).toHaveLength(4);
      expect(new Set(ids).size).toBe(4);
      ids.forEach((id, n) => expect(id).toContain(ITEMS[n]));
    });
    it('lists no empty item', () => {
      expect(read(P).snap.items.every((i) => i.body.length > 0 && !!i.author)).toBe(true);
    });
    it('reads the rating labels as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'negative',
        'neutral',
        'positive',
      ]);
    });
    it('reads the buyers without their score', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['s***d', 'o***n', 'b***e', 'm***y']);
    });
    it('parses the dates; a relative one keeps its text only', () => {
      const items = read(P).snap.items;
      expect([items[0]?.date, items[1]?.date, items[3]?.date]).toEqual([
        dayOf('2026-11-24', '24 Nov 2026'),
        dayOf('2026-11-21', '21 Nov 2026'),
        dayOf('2026-11-02', '02 Nov 2026'),
      ]);
      expect(items[2]?.date).toEqual({ raw: 'Past month' });
    });
    it('keeps the comments as written (Irish, and emoji)', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.body)).toEqual([
        'Teapot arrived with a cracked lid and the seller ignored two messages. Avoid.',
        'Tháinig an taephota briste. Níl mé sásta.',
        'Item fine but postage took 19 days.',
        'Lovely teapot, well packed 👍',
      ]);
    });
    it('sees "Reply from seller" as answered; offers Reply on the others', () => {
      const items = read(P).snap.items;
      expect(items[2]).toMatchObject({ replyable: false, replyState: 'replied' });
      expect([0, 1, 3].map((n) => items[n]?.replyAction)).toEqual(['Reply', 'Reply', 'Reply']);
      [0, 1, 3].forEach((n) => notAnswered(items[n]?.replyState));
    });
    it('reads item numbers and titles', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual(ITEMS);
      expect(items[1]?.product?.name).toBe('Porcelain Tea Cups, Set of 4');
    });
  });
}

// ---------------------------------------------------------------- 评价管理 中差评 tab, 展开, images-only, 掌柜回复
{
  const P: Page = {
    file: 'taobao/blind7-reviews-tabs.html',
    url: new URL(
      'https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=1&pageSize=20&rate=-1',
    ),
    adapter: taobaoAdapter,
    kind: 'reviews',
  };
  const IDS = [1, 2, 3, 4].map((n) => `390011223344556670${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 rows by order id (not the popup, tabs or the 追评 row)', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.externalId)).toEqual(IDS);
      expect(items.map((i) => i.orderId)).toEqual(IDS);
    });
    it('reads the rating tags as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'negative',
        'negative',
      ]);
    });
    it('reads the nicks (匿名买家 as shown)', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['y**8', '匿名买家', 'c**n', 'h**e']);
    });
    it('parses the dotted 初次评价 dates', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-24', '2026.11.24'),
        dayOf('2026-11-23', '2026.11.23'),
        dayOf('2026-11-15', '2026.11.15'),
        dayOf('2026-11-10', '2026.11.10'),
      ]);
    });
    it('reads a review cut at 展开 whole, from its hidden full text, once', () => {
      expect(read(P).snap.items[0]?.body).toBe(
        '买来送长辈的，打开盒子发现茶壶底部有一圈裂纹，倒进热水就开始渗水，桌子都湿了。联系客服说要拍视频，拍了视频又说要等仓库核实，三天了还没有结果，非常失望。',
      );
    });
    it("keeps an images-only review, without the platform's placeholder as the buyer's words", () => {
      const item = read(P).snap.items[1];
      expect(item?.polarity).toBe('neutral');
      expect(item?.body ?? '').not.toMatch(/此用户没有填写评价|买家秀/);
    });
    it('reads the 追评 as the follow-up, with its dotted date; 掌柜回复 in no buyer text', () => {
      const item = read(P).snap.items[2];
      expect(item?.followUp?.text).toBe('补寄的壶盖也不配套，还是漏。');
      expect(item?.followUp?.date).toEqual(dayOf('2026-11-26', '2026.11.26'));
      expect(item?.body).toMatch(
        /^壶盖不严，倒水的时候会漏。(?:\s+补寄的壶盖也不配套，还是漏。)?$/,
      );
    });
    it('offers 评价回复 on rows 1-2 and 追评回复 on row 3', () => {
      const items = read(P).snap.items;
      expect(items.slice(0, 3).map((i) => i.replyAction)).toEqual([
        '评价回复',
        '评价回复',
        '追评回复',
      ]);
      notAnswered(items[0]?.replyState);
      notAnswered(items[1]?.replyState);
    });
    it('已超过回复期限 is expired, with no action', () => {
      const item = read(P).snap.items[3];
      expect(item).toMatchObject({ replyable: false, replyState: 'expired' });
      expect(item?.replyAction).toBeUndefined();
    });
    it('reads each product by its item link', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual([
        '742345678901',
        '742345678902',
        '742345678903',
        '742345678904',
      ]);
      expect(items[0]?.product?.name).toBe('汝窑茶壶 250ml');
    });
  });
}

// ---------------------------------------------------------------- 評價管理, Traditional, late from a template, hidden copy
{
  const P: Page = {
    file: 'taobao/blind7-reviews-tw-dup.html',
    url: new URL(
      'https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=1&pageSize=20',
    ),
    adapter: taobaoAdapter,
    kind: 'reviews',
    ms: 120,
  };
  const IDS = [1, 2, 3, 4].map((n) => `220112233445566770${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists each of the 4 rows once (not the hidden compact copy or the template)', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.externalId)).toEqual(IDS);
      expect(items.map((i) => i.orderId)).toEqual(IDS);
    });
    it('lists nothing while only skeleton rows are drawn, without throwing', () => {
      const doc = openPage({ ...P, ms: 0 });
      expect(taobaoAdapter.extract(doc, P.url).items).toEqual([]);
    });
    it('reads 好評/中評/差評 as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'negative',
        'negative',
      ]);
    });
    it('reads the nicks', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['小**魚', 'j**n', '阿**明', 't**3']);
    });
    it('reads each 初次評價 date', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-22', '2026-11-22'),
        dayOf('2026-11-21', '2026-11-21'),
        dayOf('2026-11-18', '2026-11-18'),
        dayOf('2026-11-01', '2026-11-01'),
      ]);
    });
    it('reads the words as written', () => {
      const items = read(P).snap.items;
      expect(items[0]?.body).toBe('茶杯收到就破了一個，客服都不回覆。');
      expect(items[3]?.body).toBe('壺嘴有缺口，倒水會濺出來。');
    });
    it('reads the 追評 under 收貨後7天 as the follow-up, its label in no text', () => {
      const item = read(P).snap.items[1];
      expect(item?.followUp?.text).toBe('用了一週，杯底開始掉漆。');
      expect(item?.body).not.toContain('收貨後');
      expect(item?.body).toMatch(/^顏色跟圖片差很多。(?:\s+用了一週，杯底開始掉漆。)?$/);
    });
    it('offers 評價回覆 on the first row and 追評回覆 on the second', () => {
      const items = read(P).snap.items;
      expect([items[0]?.replyAction, items[1]?.replyAction]).toEqual(['評價回覆', '追評回覆']);
      notAnswered(items[0]?.replyState);
    });
    it('sees 已回覆 as replied and 已超過回覆期限 as expired, with no action', () => {
      const items = read(P).snap.items;
      expect(items[2]).toMatchObject({ replyable: false, replyState: 'replied' });
      expect(items[3]).toMatchObject({ replyable: false, replyState: 'expired' });
      expect([items[2]?.replyAction, items[3]?.replyAction]).toEqual([undefined, undefined]);
    });
    it('reads each product by its item link', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual([
        '760000000001',
        '760000000002',
        '760000000003',
        '760000000004',
      ]);
      expect(items[0]?.product?.name).toBe('青瓷品茗杯 四隻裝');
    });
  });
}

// ---------------------------------------------------------------- 千牛 chat with 系统消息 and 平台小二
{
  const P: Page = {
    file: 'taobao/blind7-qn-chat-platform.html',
    url: new URL('https://qn.taobao.com/home.htm/app-customer-service/toolpage/Message'),
    adapter: taobaoAdapter,
    kind: 'messages',
  };
  const NICK = '雨天的猫2019';
  const ID = `chat:${NICK}`;
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the open conversation as one item named by the buyer', () => {
      expect(read(P).snap.items.map((i) => [i.externalId, i.author])).toEqual([[ID, NICK]]);
    });
    it("reads the order card's 订单号", () => {
      expect(read(P).snap.items[0]?.orderId).toBe('4102233445566778899');
    });
    it('tells buyer, seller, the 系统消息 and 平台小二 (on the left) apart, in order', () => {
      expect(read(P).snap.items[0]?.messages?.map((m) => m.from)).toEqual([
        'buyer',
        'seller',
        'buyer',
        'platform',
        'platform',
        'buyer',
      ]);
    });
    it('keeps the month-day times of the messages that show one', () => {
      const msgs = read(P).snap.items[0]?.messages ?? [];
      expect([0, 1, 2, 4, 5].map((n) => msgs[n]?.at)).toEqual([
        shownOrMonthDay('11-23 21:10', '11-23T21:10'),
        shownOrMonthDay('11-24 09:02', '11-24T09:02'),
        shownOrMonthDay('11-24 09:30', '11-24T09:30'),
        shownOrMonthDay('11-24 13:05', '11-24T13:05'),
        shownOrMonthDay('11-24 13:20', '11-24T13:20'),
      ]);
    });
    it('reads the words without name, badge, time or 已读', () => {
      const msgs = read(P).snap.items[0]?.messages ?? [];
      expect(msgs[1]?.text).toBe('亲，非常抱歉，麻烦拍一下照片给我们看看。');
      expect(msgs[4]?.text).toBe(
        '您好，我是平台小二。买家反映商品破损，请商家在24小时内处理退款申请。',
      );
      expect(msgs[5]?.text).toBe('小二都来了，赶紧退吧。');
    });
    it("the body is the buyer's words only, oldest first", () => {
      const body = read(P).snap.items[0]?.body ?? '';
      const a = body.indexOf('壶盖是碎的');
      const b = body.indexOf('赶紧退吧');
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeGreaterThan(a);
      expect(body).not.toMatch(/拍一下照片|平台小二。|24小时内处理|退款金额/);
    });
    it('takes the contenteditable editor by 发送 as the box (not 快捷短语 or 备注), and inserts', () => {
      const { doc, snap } = read(P);
      expect(snap.items[0]?.replyable).toBe(true);
      const box = taobaoAdapter.findReplyBox(doc, ID, P.url);
      expect(box).toBe(doc.querySelector('.ed--l7'));
      const draft = '亲，真的很抱歉，我们现在就给您全额退款。';
      expect(box && insertDraft(box, draft)).toMatchObject({ ok: true });
      expect(doc.querySelector('.ed--l7')?.textContent).toBe(draft);
      expect((doc.querySelector('.nt--o2') as HTMLTextAreaElement).value).toBe('');
    });
  });
}
