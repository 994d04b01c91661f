// A ninth blind set (tests/fixtures/{site}/blind9-*.html): seller pages of kinds the older sets did
// not have, written from shared/sites/*.md, DESIGN.md and the writer's knowledge of the seller
// centres before any reader code (lib/sites/*, entrypoints/) was read by its writer, with every
// expected fact below written before the first run. Each `it` is one fact. Pages are split into a
// tuning and a checking half by the repo's fixed hash of the file name (splitOf, as the older sets):
// only the tuning half's misses may guide reader fixes; the checking half's are only counted. (File
// names were chosen, before any run, so that each half holds a feedback-or-review page and a
// message page, and each site sits in both halves.) Weighted to eBay (5 of 9 pages).
// Kinds: eBay Seller Hub "Bewertungen" in German as a React data table (rows tr[data-feedback-id],
// SVG icons with German aria-labels, an inline reply row with maxlength 80 opened under its row, a
// posted "Ihre Antwort:"); a legacy mesg.ebay.fr detail page whose message iframe does not exist
// until the page's script creates it, French labels, the buyer's words split by <br>, eBay's safety
// notice in the frame; fdbk cards on www.benl.ebay.be (Dutch) whose time column is only a period
// ("Afgelopen maand"), a "Geverifieerde aankoop" badge by the buyer, a "Van verkoper" card; the
// mobile web profile (/fdbk/mweb_profile) on www.ebay.com.sg with its own card classes, appended
// late; My eBay messages on www.ebay.ca drawn entirely inside an open shadow root, sides only by
// data-direction, an eBay system card, an older message prepended late; the 千牛 chat-history frame
// with no side classes (sides by name only: 店铺:子账号 agents, the shop's 店小蜜 robot), product and
// order cards, a 系统提示 line; 评价管理 on work.taobao.com as a Fusion table with locked columns (every
// review's words and buttons drawn two or three times) and 追评 in expanded rows; Amazon brand
// reviews in French (ordinal "1er", "Client d'Amazon", a translated review with its hidden original);
// Amazon's older /messaging/inbox as a plain table.
//
// FIRST RUN (2026-12-03, before any reader change; facts passed / facts):
//   [tune]  ebay/blind9-sh-fdbk-de.html              8/11
//   [tune]  ebay/blind9-mesg-fr-lateframe.html      11/11
//   [check] ebay/blind9-fdbk-benl-periods.html       3/10
//   [check] ebay/blind9-fdbk-mweb-sg.html            1/10
//   [check] ebay/blind9-mye-shadow.html              3/10
//   [tune]  taobao/blind9-qn-history-frame.html      9/10
//   [check] taobao/blind9-rate-lockcols.html         9/10
//   [tune]  amazon/blind9-reviews-fr.html            7/10
//   [check] amazon/blind9-inbox-legacy-table.html    2/7
//   total 53/89 (60%): tuning half 35/42, checking half 18/47.
//   Per site: eBay 26/52, Taobao 18/20, Amazon 9/17.
// AFTER the fixes drawn from the tuning half's misses only: tuning half 42/42, checking half 18/47
// (the held-out figure, measured once with eval:pages; unchanged from the first run, its misses
// unread then: the unit runs showed only the names of the failing facts). Older sets unchanged:
// 56/56, 20/20, 61/61, 91/91, 88/88, 71/71, 91/91, 63/63. The rules: an eBay feedback data
// table's reply form drawn as a row of its own under its row is that row's box (and no other's);
// the posted reply labelled "your reply:" in the hosts' languages (Ihre Antwort:, Votre réponse :,
// Twoja odpowiedź:, …); the 千牛 history frame's order card sent as a message gives the thread's
// order; the first of the month as an ordinal (1er décembre, 1º, 1°), in the shared date parser
// and Amazon's reviewer line; a review shown translated drops the page's note that carries the
// "see original" control, and the hidden original. Probes: blind9-probes.test.ts.
// AFTER THE CHECKING HALF WAS OPENED (its 29 misses read and fixed by kind, no expectation
// changed): 47/47, 89/89 in all; older sets still 56/56, 20/20, 61/61, 91/91, 88/88, 71/71, 91/91,
// 63/63. The rules: eBay's Dutch role line "Van (de) verkoper" (feedback received as a buyer) and
// action "Beantwoorden"; feedback cards of markup no anchor knows (the mobile web profile) found by
// their rating icon, the card the icon's ancestor beside another card, its parts by class words,
// looked for only where no known card or row is; a messages app's reply box inside an open shadow
// root; a system card of its own class among the thread's like rows; a.m./p.m. with dots (shared
// date parser); Taobao: a shop-reply label stands alone or before a colon, date or bracket (a
// buyer's "商家回复了也没用" is the buyer's words), and a 追评 whose days-after-receipt sits in a
// span of its own drops them from the words; Amazon: a hidden pre-rendered inbox row is no thread.
// 8 more probes, of these kinds.
import { beforeEach, describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import type { Snapshot, SnapshotItem } from '../../../lib/messages';
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

/** happy-dom gives an about:blank iframe no document while iframe loading is off (see blind5). */
const framesOn = () =>
  beforeEach(() => {
    (
      window as unknown as { happyDOM: { settings: { disableIframePageLoading: boolean } } }
    ).happyDOM.settings.disableIframePageLoading = false;
  });

const idsHold = (items: SnapshotItem[], parts: string[][]) => {
  expect(items).toHaveLength(parts.length);
  expect(new Set(items.map((i) => i.externalId)).size).toBe(parts.length);
  items.forEach((i, n) =>
    expect(
      parts[n]?.some((p) => i.externalId.includes(p)),
      i.externalId,
    ).toBe(true),
  );
};

// ---------------------------------------------------------------- eBay Seller Hub Bewertungen (DE), table, inline reply
{
  const P: Page = {
    file: 'ebay/blind9-sh-fdbk-de.html',
    url: new URL('https://www.ebay.de/sh/fdbk?filter=received'),
    adapter: ebayAdapter,
    kind: 'feedback',
  };
  const FB = [1, 2, 3, 4].map((n) => `230112233440${n}`);
  const ITEMS = [1, 2, 3, 4].map((n) => `26610077700${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 rows by feedback id or item number (not the summary, reply row, loader or template)', () => {
      idsHold(
        read(P).snap.items,
        FB.map((f, n) => [f, ITEMS[n]!]),
      );
    });
    it("reads the icons' German aria-labels as polarity", () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'negative',
        'positive',
      ]);
    });
    it('reads the buyers without their score', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['k***n', 'm***e', 'p***a', 't***s']);
    });
    it('parses the German dates', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-22', '22. Nov. 2026'),
        dayOf('2026-11-19', '19. Nov. 2026'),
        dayOf('2026-11-15', '15. Nov. 2026'),
        dayOf('2026-11-10', '10. Nov. 2026'),
      ]);
    });
    it('reads the comments as written, without the posted reply', () => {
      expect(read(P).snap.items.map((i) => i.body)).toEqual([
        'Der Deckel war gesprungen und der Verkäufer antwortet seit einer Woche nicht.',
        'Ware ok, aber der Versand hat neun Tage gedauert.',
        'Falsche Farbe geliefert. <b>Nie wieder</b>, Bestellung 05-99999-11111 auch schon.',
        'Alles bestens, gerne wieder!',
      ]);
    });
    it('reads item numbers and titles from the item links', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual(ITEMS);
      expect(items[0]?.product?.name).toBe('Gusseisen Teekanne 1,2 l schwarz');
    });
    it('sees the row with "Ihre Antwort:" as replied, with no action', () => {
      const item = read(P).snap.items[2];
      expect(item).toMatchObject({ replyable: false, replyState: 'replied' });
      expect(item?.replyAction).toBeUndefined();
    });
    it('offers Antworten on rows 1 and 4, with no box open there', () => {
      const items = read(P).snap.items;
      expect([0, 3].map((n) => items[n]?.replyable)).toEqual([false, false]);
      expect([0, 3].map((n) => items[n]?.replyAction)).toEqual(['Antworten', 'Antworten']);
      [0, 3].forEach((n) => notAnswered(items[n]?.replyState));
    });
    it("ties the open reply row's box (maxlength 80) to row 2 only, and inserts there", () => {
      const { doc, snap } = read(P);
      const row2 = snap.items[1]!;
      expect(row2.replyable).toBe(true);
      expect(row2.replyLimit).toBe(80);
      const ta = doc.getElementById('rp-2301122334402') as HTMLTextAreaElement;
      expect(ebayAdapter.findReplyBox(doc, row2.externalId, P.url)).toBe(ta);
      expect(ebayAdapter.findReplyBox(doc, snap.items[0]!.externalId, P.url)).not.toBe(ta);
      const draft = 'Danke! Wir versenden ab jetzt schneller.';
      expect(insertDraft(ta, draft)).toMatchObject({ ok: true });
      expect(ta.value).toBe(draft);
    });
  });
}

// ---------------------------------------------------------------- mesg.ebay.fr legacy detail, frame created late
{
  const P: Page = {
    file: 'ebay/blind9-mesg-fr-lateframe.html',
    url: new URL('https://mesg.ebay.fr/mesgweb/ViewMessageDetail/0/m2m/172233445566'),
    adapter: ebayAdapter,
    kind: 'messages',
    ms: 300,
  };
  const NEW =
    /^Bonjour,\s+la théière est arrivée avec le couvercle fêlé, je vous ai déjà écrit il y a deux jours\.\s+Je souhaite un remboursement complet\.\s+Cordialement$/;
  describe(`${split(P.file)} ${P.file}`, () => {
    framesOn();
    common(P);
    it('lists the one conversation, by its message, item or order number', () => {
      const items = read(P).snap.items;
      expect(items).toHaveLength(1);
      expect(items[0]?.externalId).toMatch(/172233445566|266100888003|09-11223-44556/);
    });
    it('names the buyer from "Nouveau message de :"', () => {
      expect(read(P).snap.items[0]?.author).toBe('j***e');
    });
    it("reads the item number and title from the frame's item table", () => {
      expect(read(P).snap.items[0]?.product).toMatchObject({
        id: '266100888003',
        name: 'Théière en fonte 1,2 l',
      });
    });
    it('orders the messages oldest first: buyer, seller (Votre message précédent), buyer', () => {
      expect(read(P).snap.items[0]?.messages?.map((m) => m.from)).toEqual([
        'buyer',
        'seller',
        'buyer',
      ]);
    });
    it("keeps each message's French time", () => {
      expect(read(P).snap.items[0]?.messages?.map((m) => m.at)).toEqual([
        shownOrIso('20 nov. 2026 21:05', '2026-11-20T21:05'),
        shownOrIso('21 nov. 2026 10:12', '2026-11-21T10:12'),
        shownOrIso('23 nov. 2026 18:40', '2026-11-23T18:40'),
      ]);
    });
    it("the newest message is the buyer's <br> lines as text, no label, no safety notice", () => {
      const msgs = read(P).snap.items[0]?.messages ?? [];
      expect(msgs[msgs.length - 1]?.text).toMatch(NEW);
    });
    it("the body is the buyer's words only: no seller reply, notice or headline", () => {
      const body = read(P).snap.items[0]?.body ?? '';
      expect(body).toContain('fêlé sur toute la longueur');
      expect(body).toContain('remboursement complet');
      expect(body).not.toMatch(
        /photo du couvercle|Conseil de sécurité|Nouveau message de|Numéro de/,
      );
    });
    it('takes the visible reply textarea (not the hidden report form), and inserts', () => {
      const { doc, snap } = read(P);
      const item = snap.items[0]!;
      expect(item.replyable).toBe(true);
      const ta = doc.getElementById('msg_cnt_cnt') as HTMLTextAreaElement;
      expect(ebayAdapter.findReplyBox(doc, item.externalId, P.url)).toBe(ta);
      const draft = 'Bonjour, je suis désolé. Je vous rembourse aujourd’hui.';
      expect(insertDraft(ta, draft)).toMatchObject({ ok: true });
      expect(ta.value).toBe(draft);
      expect((doc.querySelector('[name="reportText"]') as HTMLTextAreaElement).value).toBe('');
    });
    it('before the frame exists: no throw, and no item with words from elsewhere', () => {
      const doc = openPage({ ...P, ms: 0 });
      const snap = ebayAdapter.extract(doc, P.url);
      for (const i of snap.items) expect(i.body).not.toMatch(/Chargement|Répondre à|Signaler/);
    });
  });
}

// ---------------------------------------------------------------- benl.ebay.be fdbk cards, periods instead of dates
{
  const P: Page = {
    file: 'ebay/blind9-fdbk-benl-periods.html',
    url: new URL(
      'https://www.benl.ebay.be/fdbk/feedback_profile/qinghe_teaware?filter=feedback_page:RECEIVED_AS_SELLER&sort=TIME',
    ),
    adapter: ebayAdapter,
    kind: 'feedback',
  };
  const ITEMS = ['266100999001', '266100999002', '266100999004', '266100999005'];
  const FB = ['3405566778801', '3405566778802', '3405566778804', '3405566778805'];
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 cards received as seller (not "Van verkoper", skeletons or the template)', () => {
      idsHold(
        read(P).snap.items,
        ITEMS.map((it, n) => [it, FB[n]!]),
      );
    });
    it('reads Negatief/Neutraal/Positief as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'negative',
        'positive',
      ]);
    });
    it('reads the buyers without score or the verified badge', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['h***k', 'a***j', 's***e', 'r***n']);
    });
    it('reads the comments as written, without the posted reply', () => {
      expect(read(P).snap.items.map((i) => i.body)).toEqual([
        'Theepot lekt bij de tuit. Twee keer gemaild, geen antwoord.',
        'Mooie kopjes, maar de doos was nat 📦',
        'Verkeerde kleur gestuurd en retour zelf moeten betalen.',
        'Perfect verpakt, aanrader!',
      ]);
    });
    it('invents no day from a period label: no ISO date, the raw text (if any) the period', () => {
      const PERIODS = [
        'Afgelopen maand',
        'Afgelopen maand',
        'Afgelopen 6 maanden',
        'Meer dan een jaar geleden',
      ];
      read(P).snap.items.forEach((i, n) => {
        expect(i.date?.iso).toBeUndefined();
        if (i.date) expect(i.date.raw).toContain(PERIODS[n]);
      });
    });
    it('reads item numbers and titles from the item links', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual(ITEMS);
      expect(items[0]?.product?.name).toMatch(
        /^Gietijzeren theepot 1,2 l zwart(?: \(#266100999001\))?$/,
      );
    });
    it('sees "Antwoord van verkoper:" as replied, its words in no body', () => {
      const item = read(P).snap.items[1];
      expect(item).toMatchObject({ replyable: false, replyState: 'replied' });
      expect(
        read(P)
          .snap.items.map((i) => i.body)
          .join(' '),
      ).not.toContain('vervoerder');
    });
    it('offers Beantwoorden on the other cards, with no box open', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.replyable)).toEqual([false, false, false, false]);
      expect([0, 2, 3].map((n) => items[n]?.replyAction)).toEqual([
        'Beantwoorden',
        'Beantwoorden',
        'Beantwoorden',
      ]);
      [0, 2, 3].forEach((n) => notAnswered(items[n]?.replyState));
    });
  });
}

// ---------------------------------------------------------------- ebay.com.sg mobile web profile, appended late
{
  const P: Page = {
    file: 'ebay/blind9-fdbk-mweb-sg.html',
    url: new URL(
      'https://www.ebay.com.sg/fdbk/mweb_profile?username=qinghe_teaware&filter=feedback_page:RECEIVED_AS_SELLER',
    ),
    adapter: ebayAdapter,
    kind: 'feedback',
    ms: 250,
  };
  const ITEMS = [1, 2, 3, 4].map((n) => `26610055577${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 mobile cards once the later two are appended, by item number', () => {
      idsHold(
        read(P).snap.items,
        ITEMS.map((i) => [i]),
      );
    });
    it('lists the 2 first cards before the rest is appended', () => {
      const doc = openPage({ ...P, ms: 0 });
      expect(ebayAdapter.extract(doc, P.url).items).toHaveLength(2);
    });
    it('reads "… feedback rating" aria-labels as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'positive',
        'neutral',
        'negative',
      ]);
    });
    it('reads the buyers without their score', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['w***y', 'c***g', 'l***n', 'k***r']);
    });
    it('parses the day-first dates', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-24', '24 Nov 2026'),
        dayOf('2026-11-21', '21 Nov 2026'),
        dayOf('2026-11-18', '18 Nov 2026'),
        dayOf('2026-11-02', '2 Nov 2026'),
      ]);
    });
    it('reads the comments as written', () => {
      expect(read(P).snap.items.map((i) => i.body)).toEqual([
        'Teapot handle snapped off on the first use. Not happy at all.',
        'Good quality, arrived in 3 days. Thank you!',
        'Item fine but postage took two weeks to Jurong.',
        'Received wrong colour. Seller asked me to pay return postage!!',
      ]);
    });
    it('reads item numbers and titles, without the price', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual(ITEMS);
      expect(items.map((i) => i.product?.name)).toEqual([
        'Cast Iron Teapot 1.2L with Infuser',
        'Celadon Tea Cups Set of 6',
        'Glass Teapot 600ml',
        'Bamboo Tea Tray Large',
      ]);
    });
    it('offers Reply on every card, with no box open', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.replyable)).toEqual([false, false, false, false]);
      expect(items.map((i) => i.replyAction)).toEqual(['Reply', 'Reply', 'Reply', 'Reply']);
    });
  });
}

// ---------------------------------------------------------------- My eBay messages (.ca) in a shadow root
{
  const P: Page = {
    file: 'ebay/blind9-mye-shadow.html',
    url: new URL('https://www.ebay.ca/mye/myebay/messages?conversationId=7712345009'),
    adapter: ebayAdapter,
    kind: 'messages',
    ms: 300,
  };
  const OPEN = '7712345009';
  const item = (snap: Snapshot) => snap.items.find((i) => i.externalId.includes(OPEN));
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('the open conversation is one item, the only one with the thread and the box', () => {
      const items = read(P).snap.items;
      expect(items.filter((i) => i.externalId.includes(OPEN))).toHaveLength(1);
      expect(
        items.filter((i) => i.messages?.length || i.replyable).map((i) => i.externalId),
      ).toEqual([item(read(P).snap)?.externalId]);
    });
    it("names the open conversation's buyer", () => {
      expect(item(read(P).snap)?.author).toBe('maple_buyer_1');
    });
    it('tells inbound, outbound and the eBay card apart, oldest first (the prepended one first)', () => {
      expect(item(read(P).snap)?.messages?.map((m) => m.from)).toEqual([
        'buyer',
        'seller',
        'platform',
        'buyer',
      ]);
    });
    it("keeps each message's time", () => {
      expect(item(read(P).snap)?.messages?.map((m) => m.at)).toEqual([
        shownOrIso('Nov 20, 2026, 8:10 p.m.', '2026-11-2'),
        shownOrIso('Nov 21, 2026, 3:20 p.m.', '2026-11-21'),
        shownOrIso('Nov 22, 2026, 9:00 a.m.', '2026-11-22'),
        shownOrIso('Nov 24, 2026, 6:45 p.m.', '2026-11-2'),
      ]);
    });
    it('reads each message as written, markup as text, no name or time', () => {
      expect(item(read(P).snap)?.messages?.map((m) => m.text)).toEqual([
        'The tetsubin lid does not fit, it wobbles and rattles.',
        'Hi, sorry about that. Can you tell me what is wrong with the lid?',
        'maple_buyer_1 declined your offer of C$20.00 partial refund.',
        'A partial refund is not OK. <b>I still need the refund.</b> Call me at 416-555-0199.',
      ]);
    });
    it("the body is the buyer's words only, oldest first", () => {
      const body = item(read(P).snap)?.body ?? '';
      expect(body.indexOf('wobbles')).toBeGreaterThanOrEqual(0);
      expect(body.indexOf('I still need the refund')).toBeGreaterThan(body.indexOf('wobbles'));
      expect(body).not.toMatch(/sorry about that|declined your offer|still available/);
    });
    it("reads the conversation's item number", () => {
      expect(item(read(P).snap)?.product?.id).toBe('266100444009');
    });
    it("takes the shadow root's visible textarea as the box (not search or the hidden draft), and inserts", () => {
      const { doc, snap } = read(P);
      const it0 = item(snap)!;
      expect(it0.replyable).toBe(true);
      const ta = doc
        .getElementById('app')
        ?.shadowRoot?.querySelector('.ta_r8') as HTMLTextAreaElement;
      expect(ebayAdapter.findReplyBox(doc, it0.externalId, P.url)).toBe(ta);
      const draft = 'I am sorry about the lid. I have sent you a full refund.';
      expect(insertDraft(ta, draft)).toMatchObject({ ok: true });
      expect(ta.value).toBe(draft);
    });
  });
}

// ---------------------------------------------------------------- 千牛 chat-history frame, sides by name only
{
  const P: Page = {
    file: 'taobao/blind9-qn-history-frame.html',
    url: new URL(
      'https://market.m.taobao.com/app/qn/im-history-search/index.html?buyer=t**8&cid=21&from=qn',
    ),
    adapter: taobaoAdapter,
    kind: 'messages',
  };
  const item = (snap: Snapshot) => snap.items[0];
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the one conversation', () => {
      expect(read(P).snap.items).toHaveLength(1);
    });
    it('names the buyer by nick', () => {
      expect(item(read(P).snap)?.author).toBe('t**8');
    });
    it('tells the buyer from the sub-accounts and the shop robot by name, with no side class', () => {
      const from = item(read(P).snap)?.messages?.map((m) => m.from) ?? [];
      // buyer card, buyer, 店小蜜, 阿青, buyer [图片], buyer, 小梅 order card, 小梅, buyer
      const seller = from.map((f, n) => [f, n] as const).filter(([f]) => f === 'seller');
      expect(seller.length).toBeGreaterThanOrEqual(3);
      expect(from[from.length - 1]).toBe('buyer');
      expect(from.filter((f) => f === 'platform').length).toBeLessThanOrEqual(1);
    });
    it("keeps the buyer's words and the agents' words on the right sides", () => {
      const msgs = item(read(P).snap)?.messages ?? [];
      const by = (re: RegExp) => msgs.find((m) => re.test(m.text))?.from;
      expect(by(/两个杯子是裂的/)).toBe('buyer');
      expect(by(/外箱都压扁了/)).toBe('buyer');
      expect(by(/客服小蜜为您服务/)).toBe('seller');
      expect(by(/拍一下裂的杯子/)).toBe('seller');
      expect(by(/补发两个杯子/)).toBe('seller');
    });
    it("keeps each message's time", () => {
      const msgs = item(read(P).snap)?.messages ?? [];
      const last = msgs[msgs.length - 1];
      expect(last?.at).toEqual(shownOrIso('2026-11-24 10:30:05', '2026-11-24T'));
      expect(msgs.find((m) => /两个杯子是裂的/.test(m.text))?.at).toEqual(
        shownOrIso('2026-11-23 20:15:40', '2026-11-23T'),
      );
    });
    it("the body is the buyer's words only, oldest first", () => {
      const body = item(read(P).snap)?.body ?? '';
      expect(body.indexOf('两个杯子是裂的')).toBeGreaterThanOrEqual(0);
      expect(body.indexOf('直接退款吧')).toBeGreaterThan(body.indexOf('两个杯子是裂的'));
      expect(body).not.toMatch(/客服小蜜|拍一下|补发两个|转交|输入关键词/);
    });
    it("reads the order id from the seller's order card", () => {
      expect(item(read(P).snap)?.orderId).toBe('3998877665544332211');
    });
    it('offers no reply box in the history frame', () => {
      expect(item(read(P).snap)?.replyable).toBe(false);
    });
  });
}

// ---------------------------------------------------------------- 评价管理 on work.taobao.com, Fusion locked columns
{
  const P: Page = {
    file: 'taobao/blind9-rate-lockcols.html',
    url: new URL(
      'https://work.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=1&pageSize=20&content=hasAppend',
    ),
    adapter: taobaoAdapter,
    kind: 'reviews',
  };
  const IDS = [1, 2, 3, 4].map((n) => `345678901234567890${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 rows once each by order id (not the locked copies, header or popup)', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.externalId)).toEqual(IDS);
      expect(items.map((i) => i.orderId)).toEqual(IDS);
    });
    it('reads 差评/中评/好评 as polarity', () => {
      expect(read(P).snap.items.map((i) => i.polarity)).toEqual([
        'negative',
        'neutral',
        'negative',
        'positive',
      ]);
    });
    it('reads the nicks', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual(['茶**人', 'l**y', 'w**3', '小**鱼']);
    });
    it('reads each 初次评价 date', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-20', '2026-11-20'),
        dayOf('2026-11-18', '2026-11-18'),
        dayOf('2026-11-15', '2026-11-15'),
        dayOf('2026-11-12', '2026-11-12'),
      ]);
    });
    it('reads the first reviews once, without the tag', () => {
      const items = read(P).snap.items;
      expect(items[1]?.body).toBe('东西还行，快递太慢了。');
      expect(items[3]?.body).toBe('包装很用心，茶杯很漂亮。');
    });
    it('reads the 追评 of the expanded rows as follow-ups, without their labels', () => {
      const items = read(P).snap.items;
      expect(items[0]?.followUp?.text).toBe('用了几天，壶嘴也开始漏水了。');
      expect(items[2]?.followUp?.text).toBe('商家回复了也没用，不会再买。');
      expect(items[0]?.body).toMatch(
        /^杯子收到就有一道裂纹，客服也不回。(?:\s+用了几天，壶嘴也开始漏水了。)?$/,
      );
    });
    it('reads each product by its item link', () => {
      const items = read(P).snap.items;
      expect(items.map((i) => i.product?.id)).toEqual([1, 2, 3, 4].map((n) => `70010000000${n}`));
      expect(items[1]?.product?.name).toBe('粗陶公道杯 300ml');
    });
    it('sees 已回复 as replied with no action; offers 评价回复 on rows 2 and 4', () => {
      const items = read(P).snap.items;
      expect(items[2]).toMatchObject({ replyable: false, replyState: 'replied' });
      expect(items[2]?.replyAction).toBeUndefined();
      expect([items[1]?.replyAction, items[3]?.replyAction]).toEqual(['评价回复', '评价回复']);
      expect(items[0]?.replyAction).toMatch(/^(?:评价|追评)回复$/);
      [0, 1, 3].forEach((n) => notAnswered(items[n]?.replyState));
    });
  });
}

// ---------------------------------------------------------------- Amazon brand reviews, French UI
{
  const P: Page = {
    file: 'amazon/blind9-reviews-fr.html',
    url: new URL(
      'https://sellercentral.amazon.fr/brand-customer-reviews/?stars=1,2,3&includeDone=true&pageSize=50&pageNumber=1',
    ),
    adapter: amazonAdapter,
    kind: 'reviews',
    ms: 150,
  };
  const IDS = ['R1FRAA1111111', 'R1FRAA2222222', 'R1FRAA3333333', 'R1FRAA4444444'];
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 cards by review id (not the skeleton or the template)', () => {
      expect(read(P).snap.items.map((i) => i.externalId.replace(/^amazon:/, ''))).toEqual(IDS);
    });
    it("reads the review's stars, not the ASIN average", () => {
      expect(read(P).snap.items.map((i) => i.rating)).toEqual([1, 2, 3, 1]);
    });
    it('reads the titles', () => {
      expect(read(P).snap.items.map((i) => i.title)).toEqual([
        'Couvercle cassé',
        'Pas la bonne couleur',
        'Correct',
        'Jamais reçu',
      ]);
    });
    it('reads the reviewers from "Commentaire de NAME le …", badge and apostrophe included right', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual([
        'Camille R.',
        "Client d'Amazon",
        'Oliver James',
        'Hélène',
      ]);
    });
    it('parses the French dates, the ordinal "1er" too', () => {
      expect(read(P).snap.items.map((i) => i.date)).toEqual([
        dayOf('2026-11-24', '24 novembre 2026'),
        dayOf('2026-12-01', '1er décembre 2026'),
        dayOf('2026-11-18', '18 novembre 2026'),
        dayOf('2026-10-09', '9 octobre 2026'),
      ]);
    });
    it('reads the shown words: the translation, not its label or the hidden original', () => {
      const items = read(P).snap.items;
      expect(items[0]?.body).toBe(
        'Le couvercle est arrivé cassé en deux. Emballage beaucoup trop léger.',
      );
      expect(items[2]?.body).toBe(
        "Correct pour le prix, mais le filtre rouille au bout d'une semaine.",
      );
    });
    it('reads the child ASINs', () => {
      expect(read(P).snap.items.map((i) => i.product?.id)).toEqual([
        'B0FRTEA001',
        'B0FRTEA002',
        'B0FRTEA003',
        'B0FRTEA004',
      ]);
    });
    it('sees the French "contacted" line on card 2 only', () => {
      expect(read(P).snap.items.map((i) => i.contacted === true)).toEqual([
        false,
        true,
        false,
        false,
      ]);
    });
  });
}

// ---------------------------------------------------------------- Amazon older inbox, a plain table
{
  const P: Page = {
    file: 'amazon/blind9-inbox-legacy-table.html',
    url: new URL('https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED'),
    adapter: amazonAdapter,
    kind: 'messages',
  };
  const IDS = [1, 2, 3, 4].map((n) => `114-2345678-901234${n}`);
  describe(`${split(P.file)} ${P.file}`, () => {
    common(P);
    it('lists the 4 threads by order id (not the header, the template or the quoted order)', () => {
      const ids = read(P).snap.items.map((i) => i.externalId.replace(/^amazon:/, ''));
      expect(ids).toEqual(IDS);
    });
    it("reads each row's order id", () => {
      expect(read(P).snap.items.map((i) => i.orderId)).toEqual(IDS);
    });
    it('names the buyers', () => {
      expect(read(P).snap.items.map((i) => i.author)).toEqual([
        'Maria Gonzalez',
        "Kevin O'Brien",
        'Priya N.',
        'Tom Becker',
      ]);
    });
    it("reads each row's snippet as the buyer's words, without subject, time or status", () => {
      expect(read(P).snap.items.map((i) => i.body)).toEqual([
        'The kettle whistle fell off the first day. I want a replacement, not a refund.',
        'Where is my package? Tracking has not moved in 6 days.',
        'Same problem as my other order 114-7777777-0000000: the lid does not close.',
        'Thanks, got it. All good now.',
      ]);
    });
    it('offers no open reply box on a list row', () => {
      expect(read(P).snap.items.map((i) => i.replyable)).toEqual([false, false, false, false]);
    });
  });
}
