// A sixth blind set (tests/fixtures/{site}/blind6-*.html): seller pages of kinds the older sets did not
// have, written from shared/sites/*.md and DESIGN.md before any adapter code (lib/sites/*.ts) was read by
// its writer, with every expected fact below written before the first run. Each `it` is one fact. Pages
// are split into a tuning and a checking half by the repo's fixed hash of the file name (splitOf, as the
// older sets): only the tuning half's misses may guide adapter fixes; the checking half's are only counted.
// (File names were chosen, before any run, so that each half holds a page of every site.)
// Kinds varied: pages drawn the way modern SPAs render them, hashed classes and ARIA roles and labels
// only (an Amazon inbox-v3 grid, a My eBay conversation in Dutch on www.ebay.nl, a 评价管理 role=table);
// virtualised lists where only some rows are in the DOM (aria-rowcount, aria-setsize), recycled row
// nodes out of DOM order (aria-rowindex gives the order); a 评价管理 micro-app inside a same-origin
// iframe of the 千牛 shell; Amazon brand review cards that are custom elements with open shadow roots
// placing their light-DOM parts through named <slot>s, inside an app's shadow root, beside the ASIN's
// average stars; eBay fdbk cards in Polish on www.ebay.pl; ratings only as an aria-label (Amazon's
// "1.0 out of 5 stars", Taobao's 差评 icon) or as a star meter's CSS width (60% = 3 stars); long buyer
// texts with <br> line breaks and emoji; buyer texts in a language other than the site's (Spanish and
// Chinese on .com, German and English on .pl, English on .nl and on Taobao, Polish on .co.uk); message
// senders named only in an article's aria-label; contenteditable role=textbox reply boxes beside search
// boxes.
//
// FIRST RUN (2026-12-03, before any adapter change; facts passed / facts):
//   [tune]  amazon/blind6-reviews-slots.html     14/16
//   [check] amazon/blind6-inbox-virtual.html      3/11
//   [tune]  ebay/blind6-fdbk-pl.html              9/11
//   [check] ebay/blind6-thread-nl.html            3/9
//   [check] taobao/blind6-reviews-iframe.html     2/12
//   [tune]  taobao/blind6-reviews-aria.html      10/12
//   total 41/71 (58%): tuning half 33/39, checking half 8/32.
//   Per site: Amazon 17/27, eBay 12/20, Taobao 12/24.
//   Per kind: pages whose rows still carry the documented anchors in the top document (slotted
//   review cards, Polish fdbk cards, role=table rows holding 订单号：) 33/39; ARIA-only grids and logs
//   with none of them, and a frame's rows, 8/32.
//   Older sets at that run: 56/56, 20/20, 61/61, 91/91, 88/88.
// Two labels were corrected after the first run, by lib/messages.ts's contract ("body: the review
// (+ follow-up)"), which the writer had misread: a Taobao row's body may end with its 追评's words
// (the tuning page's fact, and the same fact on the checking frame page, changed without reading
// that page's result). Both now take the first review's words alone or followed by the 追评.
// AFTER the fixes drawn from the tuning half's misses only: tuning half 39/39, checking half 8/32
// (the held-out figure, from eval:pages; its misses unread; that run was by mistake made twice,
// both 8/32, and the unit run's failure total, 24, showed the same count). Older sets unchanged:
// 56/56, 20/20, 61/61, 91/91, 88/88. The rules: a star element whose attribute names no number
// (title="Rating") falls through to its text, then to a star meter's fill drawn as an inline width
// percentage (whole stars only: 60% = 3; 70% is an average, none); eBay's rating words by their
// stems in the hosts' languages (Polish negatywny/neutralny/pozytywny, Dutch negatief/positief);
// Polish month names, short and genitive (lis, paź, listopada, października), and month words of
// up to 12 letters with Latin Extended-A letters; a Taobao rating icon named only by aria-label.
// 8 fresh probes: blind6-probes.test.ts.
// AFTER THE CHECKING HALF WAS OPENED (its 24 misses read and fixed by kind, no expectation changed):
// 32/32, 71/71 in all; older sets still 56/56, 20/20, 61/61, 91/91, 88/88. The rules: Taobao reads
// 评价管理 rows in the same-origin frames of the 千牛 shell (frameDocs, now in dom.ts), and its
// content script watches those frames as eBay's does; Amazon inbox rows drawn as ARIA grid rows,
// sibling rows taking their aria-rowindex order (a virtualised grid recycles its nodes); thread
// messages that are role=article elements whose aria-label alone names the sender and time
// (shared readThreadMessages, and eBay's My eBay reader: a role=log of articles, not the
// conversation list, "Bericht van jou/eBay/NAME, DATE", the object forms of "you", aria-current=page).
// 2 more probes, of these kinds.
//
// LATER (2026-12-03, seventh set's helper): the snapshot now says when a virtualised list draws
// fewer rows than it has, so the three virtualised pages here expect that one warning (the
// harness's `warnings`); no other expectation changed. Still 71/71.
//
// HOW IT RUNS: every fact of both halves runs in the unit run (vitest); `npm run eval:pages` prints
// facts passed per page, half and set for every blind set.
import { beforeEach, describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import { type Snapshot } from '../../../lib/messages';
import { insertDraft } from '../../../lib/insert';
import {
  withPageTimers,
  read,
  open as openPage,
  byId,
  common,
  type Page,
  split,
  shownOrIso,
  dayOf,
  notAnswered,
} from './blind-harness';

withPageTimers();

/** Turn on iframe loading (about:blank fetches nothing) for pages whose script draws into a frame. */
const withFrames = () =>
  beforeEach(() => {
    (
      window as unknown as { happyDOM: { settings: { disableIframePageLoading: boolean } } }
    ).happyDOM.settings.disableIframePageLoading = false;
  });

// ---------------------------------------------------------------- Amazon brand reviews, shadow roots and slots
{
  const P: Page = {
    file: 'amazon/blind6-reviews-slots.html',
    url: new URL(
      'https://sellercentral.amazon.com/brand-customer-reviews/?stars=1,2,3&pageSize=50&pageNumber=1',
    ),
    adapter: amazonAdapter,
    kind: 'reviews',
    ms: 50,
  };
  const IDS = ['R3SLOTA1111111', 'R3SLOTB2222222', 'R3SLOTC3333333', 'R3SLOTD4444444'];
  const item = (snap: Snapshot, id: string) =>
    snap.items.find((i) => i.externalId === id || i.externalId === `amazon:${id}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 slotted cards by review id, in order (not the loading card or templates)', () => {
      const ids = read(P).snap.items.map((i) => i.externalId.replace(/^amazon:/, ''));
      expect(ids).toEqual(IDS);
    });
    it("reads the review's own kat-star-rating, not the ASIN average in the card's shadow root", () => {
      const snap = read(P).snap;
      expect([item(snap, IDS[0]!)?.rating, item(snap, IDS[3]!)?.rating]).toEqual([2, 1]);
    });
    it('reads a rating given only as the aria-label "1.0 out of 5 stars"', () => {
      expect(item(read(P).snap, IDS[1]!)?.rating).toBe(1);
    });
    it("reads a rating given only as a star meter's fill width (60% of 5 = 3)", () => {
      expect(item(read(P).snap, IDS[2]!)?.rating).toBe(3);
    });
    it('reads the reviewers from "Review by NAME on DATE"', () => {
      const snap = read(P).snap;
      expect(IDS.map((id) => item(snap, id)?.author)).toEqual([
        'Dana Whitfield',
        'Carmen R.',
        '李明',
        'J. Okafor',
      ]);
    });
    it('parses the review dates (a full month name and short ones)', () => {
      const snap = read(P).snap;
      expect(IDS.map((id) => item(snap, id)?.date)).toEqual([
        dayOf('2026-11-20', 'November 20, 2026'),
        dayOf('2026-11-18', 'Nov 18, 2026'),
        dayOf('2026-11-15', 'Nov 15, 2026'),
        dayOf('2026-12-01', 'Dec 1, 2026'),
      ]);
    });
    it('reads the slotted titles', () => {
      const snap = read(P).snap;
      expect(IDS.map((id) => item(snap, id)?.title)).toEqual([
        'Lid cracked on day two',
        'Llegó roto',
        '颜色不对',
        'Leaks',
      ]);
    });
    it('keeps a long review whole: its <br> lines apart (not run together) and its emoji', () => {
      const body = item(read(P).snap, IDS[0]!)?.body ?? '';
      expect(body).toMatch(
        /^First cup was fine\.\s+Second day the lid cracked right across 😡😡\s+I wrote to the seller twice and nobody answered 🙄\s+Not buying again\.$/,
      );
    });
    it('keeps a Spanish review on the .com marketplace as written', () => {
      expect(item(read(P).snap, IDS[1]!)?.body).toBe(
        'La tetera llegó con el asa rota y nadie contesta.',
      );
    });
    it('keeps a Chinese review on the .com marketplace as written', () => {
      expect(item(read(P).snap, IDS[2]!)?.body).toBe('杯子的颜色比图片深很多，和描述不符。');
    });
    it('keeps a review of two paragraphs apart', () => {
      expect(item(read(P).snap, IDS[3]!)?.body).toMatch(
        /^The spout leaks whenever I pour\.\s+Tea everywhere on the table\.$/,
      );
    });
    it('reads the slotted child ASINs', () => {
      const snap = read(P).snap;
      expect(IDS.map((id) => item(snap, id)?.product?.id)).toEqual([
        'B0DSLT6001',
        'B0DSLT6002',
        'B0DSLT6003',
        'B0DSLT6001',
      ]);
    });
    it('sees the slotted "You contacted the customer" line on the second card only', () => {
      const snap = read(P).snap;
      expect(IDS.map((id) => item(snap, id)?.contacted === true)).toEqual([
        false,
        true,
        false,
        false,
      ]);
    });
    it('offers no reply box on brand reviews (read-only)', () => {
      expect(read(P).snap.items.map((i) => i.replyable)).toEqual([false, false, false, false]);
    });
  });
}

// ---------------------------------------------------------------- Amazon inbox-v3, ARIA grid, virtualised
{
  const P: Page = {
    file: 'amazon/blind6-inbox-virtual.html',
    url: new URL('https://sellercentral.amazon.co.uk/messaging/inbox-v3?fi=responseNeeded'),
    adapter: amazonAdapter,
    kind: 'messages',
    ms: 50,
    // (added with the virtualised-list note, 2026-12-03: 42 rows with the header, 5 drawn)
    warnings: [/\b5 of 41 rows\b/],
  };
  const ROWS = [1, 2, 3, 4, 5].map((n) => `202-3344556-110000${n}`);
  const OPEN = ROWS[0]!;
  const item = (snap: Snapshot, id: string) =>
    snap.items.find((i) => i.externalId === id || i.externalId === `amazon:${id}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 5 rendered rows by order id (not the header row, status or a quoted order)', () => {
      const ids = read(P).snap.items.map((i) => i.externalId.replace(/^amazon:/, ''));
      expect([...ids].sort()).toEqual(ROWS);
    });
    it('lists them in the grid order (aria-rowindex 12-16), not the recycled DOM order', () => {
      const ids = read(P).snap.items.map((i) => i.externalId.replace(/^amazon:/, ''));
      expect(ids).toEqual(ROWS);
    });
    it('names the buyer of each row from its first cell', () => {
      const snap = read(P).snap;
      expect(ROWS.map((id) => item(snap, id)?.author)).toEqual([
        'Oliver Grant',
        'Priya Nair',
        'Tomasz W.',
        'Hannah Cole',
        "Sam O'Neill",
      ]);
    });
    it("tells buyer, You and Amazon apart by the articles' aria-labels, in order", () => {
      expect(item(read(P).snap, OPEN)?.messages?.map((m) => m.from)).toEqual([
        'buyer',
        'seller',
        'platform',
        'buyer',
      ]);
    });
    it('keeps each message time from its aria-label', () => {
      expect(item(read(P).snap, OPEN)?.messages?.map((m) => m.at)).toEqual([
        shownOrIso('20 Nov 2026, 10:15', '2026-11-20T10:15'),
        shownOrIso('20 Nov 2026, 16:40', '2026-11-20T16:40'),
        shownOrIso('21 Nov 2026, 08:00', '2026-11-21T08:00'),
        shownOrIso('24 Nov 2026, 14:02', '2026-11-24T14:02'),
      ]);
    });
    it('reads the message words without the sender label, lines kept apart, emoji kept', () => {
      const msgs = item(read(P).snap, OPEN)?.messages ?? [];
      expect(msgs[0]?.text).toBe(
        'The teapot I ordered arrived with the handle snapped off. Can I get a refund?',
      );
      expect(msgs[3]?.text).toMatch(
        /^You said on Thursday the refund was on its way\.\s+It is now Monday and nothing has arrived 😤\s+Please just tell me when\./,
      );
    });
    it("the open thread's body is the buyer's words only, oldest first", () => {
      const body = item(read(P).snap, OPEN)?.body ?? '';
      const a = body.indexOf('handle snapped off');
      const b = body.indexOf('It is now Monday');
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeGreaterThan(a);
      expect(body).not.toMatch(/Sorry to hear that|return request was opened|Oliver Grant, 20 Nov/);
    });
    it("reads the open thread's order id, not the one the buyer quotes", () => {
      expect(item(read(P).snap, OPEN)?.orderId).toBe(OPEN);
    });
    it("takes the role=textbox as the open row's box only (not the search box), and inserts", () => {
      const { doc, snap } = read(P);
      expect(ROWS.map((id) => item(snap, id)?.replyable)).toEqual([
        true,
        false,
        false,
        false,
        false,
      ]);
      const open = item(snap, OPEN)!;
      const box = amazonAdapter.findReplyBox(doc, open.externalId, P.url);
      expect(box?.getAttribute('role')).toBe('textbox');
      const draft = 'Dear Oliver, I am sorry for the wait. Your refund was sent today.';
      expect(box && insertDraft(box, draft)).toMatchObject({ ok: true });
      expect(doc.querySelector('[role="textbox"]')?.textContent).toBe(draft);
      expect(amazonAdapter.findReplyBox(doc, item(snap, ROWS[1]!)!.externalId, P.url)).toBeNull();
    });
  });
}

// ---------------------------------------------------------------- eBay fdbk cards, Polish, www.ebay.pl
{
  const P: Page = {
    file: 'ebay/blind6-fdbk-pl.html',
    url: new URL(
      'https://www.ebay.pl/fdbk/feedback_profile/qinghe_teaware?filter=feedback_page:RECEIVED_AS_SELLER&sort=TIME',
    ),
    adapter: ebayAdapter,
    kind: 'feedback',
  };
  const ITEMS = [1, 2, 3, 4].map((n) => `26610099660${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 cards, keyed by their item numbers (not the promo or the template)', () => {
      const ids = read(P).snap.items.map((i) => i.externalId);
      expect(ids).toHaveLength(4);
      expect(new Set(ids).size).toBe(4);
      ids.forEach((id, n) => expect(id).toContain(ITEMS[n]));
    });
    it('reads the Polish rating labels as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'positive',
        'negative',
      ]);
    });
    it('reads the buyers without their score', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['k***a', 'h***r', 'j***s', 'm***k']);
    });
    it('parses Polish dates (month abbreviations, dotted day first); a relative one keeps its text only', () => {
      const items = read(P).snap.items;
      expect([items[0]?.date, items[1]?.date, items[3]?.date]).toEqual([
        dayOf('2026-11-24', '24 lis 2026'),
        dayOf('2026-11-03', '03.11.2026'),
        dayOf('2026-12-02', '2 gru 2026'),
      ]);
      expect(items[2]?.date).toEqual({ raw: 'W zeszłym miesiącu' });
    });
    it('keeps a long comment whole: its <br> lines apart and its emoji', () => {
      expect(read(P).snap.items[0]?.body).toMatch(
        /^Czajnik przyszedł pęknięty 😞\s+Sprzedawca nie odpowiada od tygodnia\.\s+Nie polecam!$/,
      );
    });
    it('keeps the German and English comments on the Polish site as written', () => {
      const items = read(P).snap.items;
      expect(items[1]?.body).toBe('Ware kam beschädigt an, leider keine Antwort vom Verkäufer.');
      expect(items[2]?.body).toBe('Great seller, fast shipping 👍👍');
    });
    it('sees the card with an "Odpowiedź sprzedającego" as answered, its reply not in the body', () => {
      const item = read(P).snap.items[3];
      expect(item).toMatchObject({ replyable: false, replyState: 'replied' });
      expect(item?.body).toBe('Przesyłka szła trzy tygodnie.');
    });
    it('offers "Odpowiedz" on the unanswered cards, with no box open', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.replyable)).toEqual([false, false, false, false]);
      expect([0, 1, 2].map((n) => items[n]?.replyAction)).toEqual([
        expect.stringMatching(/Odpowiedz/),
        expect.stringMatching(/Odpowiedz/),
        expect.stringMatching(/Odpowiedz/),
      ]);
      [0, 1, 2].forEach((n) => notAnswered(items[n]?.replyState));
    });
    it('reads item numbers and titles', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual(ITEMS);
      expect(items.map((i) => i.product?.name)).toEqual([
        'Czajnik żeliwny Qinghe 800 ml',
        'Zestaw filiżanek z porcelany, 4 szt.',
        'Sitko do herbaty ze stali',
        'Czajnik żeliwny Qinghe 1,2 l',
      ]);
    });
  });
}

// ---------------------------------------------------------------- My eBay conversation, Dutch, ARIA only
{
  const P: Page = {
    file: 'ebay/blind6-thread-nl.html',
    url: new URL('https://www.ebay.nl/mye/myebay/messages?conversationId=5207744331'),
    adapter: ebayAdapter,
    kind: 'messages',
    ms: 60,
    // (added with the virtualised-list note, 2026-12-03: aria-setsize=37, 3 drawn)
    warnings: [/\b3 of 37 rows\b/],
  };
  const OPEN = '5207744331';
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 3 rendered conversations by the ids their links carry, with the buyers', () => {
      expect(read(P).snap.items.map((i) => [i.externalId, i.author])).toEqual([
        ['5207744330', 'p***t'],
        ['5207744331', 'h***n'],
        ['5207744332', 'd***e'],
      ]);
    });
    it('tells buyer, seller ("jou") and eBay apart by the articles\' aria-labels, in order', () => {
      expect(byId(read(P).snap, OPEN)?.messages?.map((m) => m.from)).toEqual([
        'buyer',
        'seller',
        'platform',
        'buyer',
      ]);
    });
    it('keeps each message time (Dutch dates), and no day divider as a message', () => {
      expect(byId(read(P).snap, OPEN)?.messages?.map((m) => m.at)).toEqual([
        shownOrIso('19 nov. 2026 10:12', '2026-11-19T10:12'),
        shownOrIso('19 nov. 2026 12:40', '2026-11-19T12:40'),
        shownOrIso('21 nov. 2026 08:00', '2026-11-21T08:00'),
        shownOrIso('22 nov. 2026 21:47', '2026-11-22T21:47'),
      ]);
    });
    it('reads the words without the sender label; the English message keeps its lines and emoji', () => {
      const msgs = byId(read(P).snap, OPEN)?.messages ?? [];
      expect(msgs[0]?.text).toBe('Hallo, de theepot is aangekomen maar het deksel is gebroken.');
      expect(msgs[3]?.text).toMatch(
        /^Sorry, my Dutch is bad, so in English\.\s+I sent the photo three days ago and still nothing 😠😠\s+I want a refund, not a new lid\./,
      );
    });
    it("the open conversation's body is the buyer's words only, oldest first", () => {
      const body = byId(read(P).snap, OPEN)?.body ?? '';
      const a = body.indexOf('het deksel is gebroken');
      const b = body.indexOf('I want a refund, not a new lid.');
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeGreaterThan(a);
      expect(body).not.toMatch(/Wat vervelend|retourverzoek|Bericht van/);
    });
    it('reads the item number and title and the order number (not the quoted order)', () => {
      expect(byId(read(P).snap, OPEN)).toMatchObject({
        orderId: '09-12345-67801',
        product: { id: '266100997701', name: 'Gietijzeren theepot 800 ml' },
      });
    });
    it("takes the role=textbox as the open conversation's box (not the search box), and inserts", () => {
      const { doc, snap } = read(P);
      expect(snap.items.map((i) => i.replyable)).toEqual([false, true, false]);
      const box = ebayAdapter.findReplyBox(doc, OPEN, P.url);
      expect(box?.getAttribute('role')).toBe('textbox');
      const draft = 'Beste klant, het spijt ons. We betalen het volledige bedrag vandaag terug.';
      expect(box && insertDraft(box, draft)).toMatchObject({ ok: true });
      expect(doc.querySelector('[role="textbox"]')?.textContent).toBe(draft);
      expect(ebayAdapter.findReplyBox(doc, '5207744330', P.url)).toBeNull();
    });
  });
}

// ---------------------------------------------------------------- 评价管理 in a same-origin iframe
{
  const P: Page = {
    file: 'taobao/blind6-reviews-iframe.html',
    url: new URL(
      'https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=1&pageSize=20',
    ),
    adapter: taobaoAdapter,
    kind: 'reviews',
    ms: 100,
  };
  const IDS = ['3602233445566778801', '3602233445566778802', '3602233445566778803'];
  describe(`${split(P.file)} ${P.file}`, () => {
    withFrames();
    common(P);
    it("lists the 3 rows drawn in the micro-app's frame, by order id (not the popup)", () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.externalId)).toEqual(IDS);
      expect(items.map((i) => i.orderId)).toEqual(IDS);
    });
    it('lists nothing before the frame is drawn, without throwing', () => {
      const doc = openPage({ ...P, ms: 0 });
      expect(taobaoAdapter.extract(doc, P.url).items).toEqual([]);
    });
    it('reads the rating tags as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'negative',
      ]);
    });
    it('reads the masked nicks', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['m**7', 'E***n', '小**花']);
    });
    it('reads each 初次评价 date', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-22', '2026-11-22'),
        dayOf('2026-11-19', '2026-11-19'),
        dayOf('2026-11-10', '2026-11-10'),
      ]);
    });
    it('keeps a long review whole: its <br> lines apart and its emoji', () => {
      expect(read(P).snap.items[0]?.body).toMatch(
        /^收到货打开一看壶嘴就是裂的😭😭\s+联系客服两天了没人理\s+再也不买了！$/,
      );
    });
    it('keeps an English review on Taobao as written', () => {
      expect(read(P).snap.items[1]?.body).toBe(
        'The cups look nice but one of them was chipped when it arrived.',
      );
    });
    it('offers 评价回复 on the first row; the second (已回复) is answered', () => {
      const items = read(P).snap.items;
      expect(items[0]?.replyAction).toBe('评价回复');
      notAnswered(items[0]?.replyState);
      expect(items[1]).toMatchObject({ replyable: false, replyState: 'replied' });
      expect(items[1]?.replyAction).toBeUndefined();
    });
    it("reads the third row's 追评 as its follow-up, and offers 追评回复", () => {
      const item = read(P).snap.items[2];
      expect(item?.followUp?.text).toBe('用了几次味道还是很大，不敢再用了。');
      // (label corrected after the first run, by the contract, not by this page's result:
      // lib/messages.ts says body is "the review (+ follow-up)")
      expect(item?.body).toMatch(/^泡茶有股怪味。(?:\s+用了几次味道还是很大，不敢再用了。)?$/);
      expect(item?.replyAction).toBe('追评回复');
    });
    it('reads each product by its item link', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual([
        '722345678901',
        '722345678902',
        '722345678903',
      ]);
      expect(items[1]?.product?.name).toBe('青瓷品茗杯 四只装');
    });
  });
}

// ---------------------------------------------------------------- 评价管理 as a role=table, virtualised
{
  const P: Page = {
    file: 'taobao/blind6-reviews-aria.html',
    url: new URL(
      'https://qn.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=2&pageSize=20&content=hasContent',
    ),
    adapter: taobaoAdapter,
    kind: 'reviews',
    // (added with the virtualised-list note, 2026-12-03: aria-rowcount=58 with the header, 5 drawn)
    warnings: [/\b5 of 57 rows\b/],
  };
  const IDS = [1, 2, 3, 4, 5].map((n) => `440998877665544332${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 5 rendered rows by order id (not the header, hidden skeleton or status)', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.externalId)).toEqual(IDS);
      expect(items.map((i) => i.orderId)).toEqual(IDS);
    });
    it("reads polarity from the icons' aria-labels alone", () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'positive',
        'negative',
        'neutral',
      ]);
    });
    it('reads the masked nicks from their cells', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual([
        't**5',
        's***y',
        'l**g',
        'w***3',
        'q**z',
      ]);
    });
    it('reads each 初次评价 date', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-21', '2026-11-21'),
        dayOf('2026-11-20', '2026-11-20'),
        dayOf('2026-11-18', '2026-11-18'),
        dayOf('2026-11-12', '2026-11-12'),
        dayOf('2026-10-20', '2026-10-20'),
      ]);
    });
    it('reads the words, a review over several lines with emoji kept whole', () => {
      const items = read(P).snap.items;
      expect(items[0]?.body).toBe('茶壶漏水，客服也不回消息。');
      const body = items[1]?.body ?? '';
      expect(body).toMatch(
        /^包装还可以👌\s*但是四个杯子里有两个有裂纹😭😭\s*希望商家处理一下，谢谢。$/,
      );
    });
    it('reads the 追评 under its label as the follow-up, its label in no text', () => {
      const item = read(P).snap.items[3];
      expect(item?.followUp?.text).toBe('用了五天壶盖就摔碎了，质量太差。');
      // (label corrected after the first run: lib/messages.ts says body is "the review (+ follow-up)")
      expect(item?.body).not.toContain('收货后');
      expect(item?.body).toMatch(/^盖子和壶身不配套。(?:\s+用了五天壶盖就摔碎了，质量太差。)?$/);
    });
    it('offers 评价回复 (a role=button div) on the first two rows', () => {
      const items = read(P).snap.items;
      expect([items[0]?.replyAction, items[1]?.replyAction]).toEqual(['评价回复', '评价回复']);
      notAnswered(items[0]?.replyState);
      notAnswered(items[1]?.replyState);
    });
    it('sees 已回复 as answered, and offers 追评回复 on the row with a 追评', () => {
      const items = read(P).snap.items;
      expect(items[2]).toMatchObject({ replyable: false, replyState: 'replied' });
      expect(items[2]?.replyAction).toBeUndefined();
      expect(items[3]?.replyAction).toBe('追评回复');
    });
    it('无法回复 cannot be answered: closed or expired, with no action', () => {
      const item = read(P).snap.items[4];
      expect(['closed', 'expired']).toContain(item?.replyState);
      expect(item?.replyable).toBe(false);
      expect(item?.replyAction).toBeUndefined();
    });
    it('reads each product by its item link', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual([
        '732345678901',
        '732345678902',
        '732345678903',
        '732345678901',
        '732345678904',
      ]);
      expect(items[0]?.product?.name).toBe('紫砂西施壶 200ml');
    });
  });
}
