// Fresh probes of the kinds blind4's tuning half taught (written after the fixes, not copied from
// its rows): other locales, other wordings, other markups of the same thing.
import { describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};

const card = (o: { label: string; buyer: string; date: string; href: string; comment: string }) =>
  `<li class="fdbk-container"><div class="fdbk-container__details">
    <span class="fdbk-container__details__info__icon"><svg aria-label="${o.label}"></svg></span>
    <span class="fdbk-container__details__info__username"><span>${o.buyer}</span></span>
    <span class="fdbk-container__details__info__divide__time">${o.date}</span>
    <div class="fdbk-container__details__comment"><span>${o.comment}</span></div>
    <a class="fdbk-container__details__item-link" href="${o.href}">Teiera</a></div></li>`;

describe('eBay fdbk cards in other locales', () => {
  it('reads Italian day-first dates, an Italian rating label and a relative item link; skips an ad slot', () => {
    const doc = page(
      `<ul class="fdbk-detail-list__cards">
        ${card({ label: 'Feedback negativo', buyer: 'g***a', date: '05/11/2026', href: '/itm/Teiera/256600001111', comment: 'Arrivata rotta.' })}
        <li class="fdbk-container"><div class="banner">Scopri eBay Premium</div></li>
        ${card({ label: 'Feedback positivo', buyer: 'm***o', date: '14/10/2026', href: '/itm/256600001112?_trksid=p1', comment: 'Ottimo.' })}
      </ul>`,
    );
    const snap = ebayAdapter.extract(doc, new URL('https://www.ebay.it/fdbk/feedback_profile/x'));
    expect(snap.items.map((i) => [i.polarity, i.product?.id, i.date?.iso])).toEqual([
      ['negative', '256600001111', '2026-11-05'],
      ['positive', '256600001112', '2026-10-14'],
    ]);
  });
  it('reads the US site month first, and Australia day first', () => {
    const one = (host: string) =>
      ebayAdapter.extract(
        page(
          `<ul>${card({ label: 'Negative feedback', buyer: 'b***b', date: '04/11/2026', href: '/itm/256600001113', comment: 'Late.' })}</ul>`,
        ),
        new URL(`https://${host}/fdbk/feedback_profile/x`),
      ).items[0]?.date?.iso;
    expect(one('www.ebay.com')).toBe('2026-04-11');
    expect(one('www.ebay.com.au')).toBe('2026-11-04');
    expect(one('www.ebay.es')).toBe('2026-11-04');
  });
});

describe('Amazon feedback in other marketplaces', () => {
  const row = (id: string, comment: string, actions = '') =>
    `<kat-table-row id="feedback-details"><kat-table-cell class="col_order_date">02/11/2026</kat-table-cell>
     <kat-table-cell class="col_feedback_rating"><kat-star-rating value="2"></kat-star-rating></kat-table-cell>
     <kat-table-cell class="col_order_id"><kat-link label="${id}"></kat-link></kat-table-cell>
     <kat-table-cell class="col_comment">${comment}</kat-table-cell>
     <kat-table-cell class="col_actions">${actions}</kat-table-cell></kat-table-row>`;
  it('strips the Spanish and German FBA notes and flags those orders', () => {
    const doc = page(
      `<kat-table>${row('403-1000000-0000001', 'Tarde. Mensaje de Amazon: Este artículo fue enviado por Amazon.')}${row('303-1000000-0000002', 'Zu spät. Nachricht von Amazon: Dieser Artikel wurde von Amazon versandt.')}${row('403-1000000-0000003', 'Roto.')}</kat-table>`,
    );
    const snap = amazonAdapter.extract(
      doc,
      new URL('https://sellercentral.amazon.es/feedback-manager/index.html#/'),
    );
    expect(snap.items.map((i) => [i.body, i.fba === true, i.date?.iso])).toEqual([
      ['Tarde.', true, '2026-11-02'],
      ['Zu spät.', true, '2026-11-02'],
      ['Roto.', false, '2026-11-02'],
    ]);
  });
  it("takes a row's kat-link to the contact form as its contact link", () => {
    const doc = page(
      `<kat-table>${row('403-1000000-0000004', 'Malo.', '<kat-link label="Contactar" href="/messaging/contact?orderID=403-1000000-0000004&amp;marketplaceID=A1RKKUPIHCS9HS"></kat-link>')}</kat-table>`,
    );
    const snap = amazonAdapter.extract(
      doc,
      new URL('https://sellercentral.amazon.es/feedback-manager/index.html#/'),
    );
    expect(snap.items[0]?.contactUrl).toBe(
      'https://sellercentral.amazon.es/messaging/contact?orderID=403-1000000-0000004&marketplaceID=A1RKKUPIHCS9HS',
    );
  });
});

describe('Amazon threads: sides named by block classes; a box that waits', () => {
  const thread = (box: string) =>
    `<div class="thread"><h2>Order ID: 111-2223334-4445556</h2>
      <div class="m m--buyer"><div class="m__h">Lena Vogt · 20 Nov 2026, 10:00</div><div>The lid is cracked.</div></div>
      <div class="m m--agent"><div class="m__h">Teahouse DE · 20 Nov 2026, 12:00</div><div>Sorry! A new lid is on its way.</div></div>
      <div class="m m--buyer"><div class="m__h">Lena Vogt · 21 Nov 2026, 08:00</div><div>Thanks, but I would rather have a refund.</div></div>
      ${box}</div>`;
  const url = new URL('https://sellercentral.amazon.de/messaging/thread?threadId=T1');
  it("reads the shop's named blocks as the seller's", () => {
    const snap = amazonAdapter.extract(page(thread('<textarea></textarea>')), url);
    expect(snap.items[0]?.messages?.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
    expect(snap.items[0]?.body).not.toContain('new lid');
  });
  it('a read-only or disabled box makes the thread not replyable yet', () => {
    expect(
      amazonAdapter.extract(page(thread('<textarea readonly></textarea>')), url).items[0]
        ?.replyable,
    ).toBe(false);
    expect(
      amazonAdapter.extract(page(thread('<textarea disabled></textarea>')), url).items[0]
        ?.replyable,
    ).toBe(false);
    expect(
      amazonAdapter.extract(page(thread('<textarea></textarea>')), url).items[0]?.replyable,
    ).toBe(true);
  });
});

describe('Taobao 追评 labels sharing the words’ block', () => {
  it('leaves a 追加评价 label with 收货后N天 out of the follow-up text (Traditional too)', () => {
    const doc = page(
      `<table><tbody><tr><td><div>蓋子有裂紋</div><div>初次評價：2026-11-20 10:00</div>
        <p><b>追加評價 收貨後3天：</b><span>客服一直沒回覆</span></p></td>
        <td>訂單號：2026112033333333301</td><td>a**1</td><td><button>評價回覆</button></td></tr></tbody></table>`,
    );
    const snap = taobaoAdapter.extract(
      doc,
      new URL('https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC'),
    );
    expect(snap.items[0]?.followUp).toEqual({
      text: '客服一直沒回覆',
      date: { raw: '收貨後3天' },
    });
    expect(snap.items[0]?.body).toBe('蓋子有裂紋\n\n客服一直沒回覆');
  });
});

// Probes of the checking half's kinds, written after it was opened and fixed.
describe('after opening the checking half: other wordings of its kinds', () => {
  it('reads a Japanese scale-first star label, a によるレビュー line and a German contact line', () => {
    const doc = page(
      `<div class="reviewContainer" data-testid="review-R9PROBE0000001">
        <kat-star-rating class="reviewRating" aria-label="5つ星のうち4.0"></kat-star-rating>
        <div>鈴木 花子 によるレビュー · 2026/10/30</div>
        <div id="review-content-R9PROBE0000001">よかった</div>
        <div>Sie haben den Kunden am 31.10.2026 kontaktiert</div></div>`,
    );
    const snap = amazonAdapter.extract(
      doc,
      new URL('https://sellercentral.amazon.co.jp/brand-customer-reviews/'),
    );
    expect(snap.items[0]).toMatchObject({
      rating: 4,
      author: '鈴木 花子',
      date: { iso: '2026-10-30' },
      contacted: true,
    });
  });
  it('reads a 千牛 chat of hashed rows under a 当前接待 header; a buyer-named 系统通知 stays the buyer’s', () => {
    const doc = page(
      `<div class="x1"><div class="x_chat_title_2">当前接待：z**8</div>
        <div class="x3"><div class="r9"><span class="n">z**8</span><p class="w">杯子有裂缝</p></div>
        <div class="r9"><span class="n">小店:阿花</span><p class="w">抱歉，马上补发</p><i>已读</i></div>
        <div class="r9"><span class="n">z**8</span><p class="w">系统通知：我要退款</p></div></div>
        <div class="x4"><div contenteditable="true"></div><button>发送</button></div></div>`,
    );
    const snap = taobaoAdapter.extract(
      doc,
      new URL('https://myseller.taobao.com/home.htm/app-customer-service/toolpage/Message'),
    );
    expect(snap.items.map((i) => i.externalId)).toEqual(['chat:z**8']);
    expect(snap.items[0]?.messages?.map((m) => [m.from, m.text])).toEqual([
      ['buyer', '杯子有裂缝'],
      ['seller', '抱歉，马上补发'],
      ['buyer', '系统通知：我要退款'],
    ]);
  });
  it('reads a My eBay thread of hashed rows with an unmarked time part', () => {
    const doc = page(
      `<a href="/mye/myebay/messages?conversationId=77001" aria-current="true"><span>k***n</span><span>Hallo</span></a>
       <section><div class="h"><a href="/itm/256600009999">Becher</a></div>
        <div class="q"><div class="q1"><div>k***n</div><div>Der Becher ist kaputt angekommen.</div><div>3. Nov. 2026 10:15</div></div>
        <div class="q1"><div>Du</div><div>Das tut mir leid, ich schicke Ersatz.</div><div>3. Nov. 2026 12:00</div></div></div>
        <div><textarea></textarea><button>Senden</button></div></section>`,
    );
    const snap = ebayAdapter.extract(
      doc,
      new URL('https://www.ebay.de/mye/myebay/messages?conversationId=77001'),
    );
    expect(snap.items[0]?.messages?.map((m) => [m.from, m.text, m.at])).toEqual([
      ['buyer', 'Der Becher ist kaputt angekommen.', '2026-11-03T10:15:00Z'],
      ['seller', 'Das tut mir leid, ich schicke Ersatz.', '2026-11-03T12:00:00Z'],
    ]);
  });
  it('reads a 追评 whose 收货后N天 is in brackets with its words in the same text', () => {
    const doc = page(
      `<table><tbody><tr><td><div>茶叶受潮了</div><div>初次评价：2026-11-10 09:00</div>
        <div>追评（收货后5天）：客服不理人</div></td>
        <td>订单号：2026111044444444401</td><td>b**2</td><td><button>评价回复</button></td></tr></tbody></table>`,
    );
    const snap = taobaoAdapter.extract(
      doc,
      new URL('https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC'),
    );
    expect(snap.items[0]?.followUp).toEqual({ text: '客服不理人', date: { raw: '收货后5天' } });
    expect(snap.items[0]?.body).toBe('茶叶受潮了\n\n客服不理人');
  });
});
