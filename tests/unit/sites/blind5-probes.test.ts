// Fresh probes of the kinds blind5's tuning half taught (written after the fixes, not copied from
// its rows): other marketplaces' reviewer lines, other "seller's reply" labels, other sender-line
// and attachment markups, other 追评 label layouts.
import { describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};

describe('Amazon reviewer lines in the EU marketplaces', () => {
  const card = (id: string, line: string, extra = '') =>
    `<div class="reviewContainer" data-testid="review-${id}"><div class="who">${line}</div>
     <div id="review-content-${id}">Text ${id}</div>${extra}</div>`;
  const read = (host: string, html: string) =>
    amazonAdapter.extract(page(html), new URL(`https://${host}/brand-customer-reviews/`)).items;
  it('French, Italian and Dutch reviewer lines give the name and the date', () => {
    expect(
      read(
        'sellercentral.amazon.fr',
        card('R1FR', 'Commentaire de Élodie B. le 12 décembre 2026'),
      )[0],
    ).toMatchObject({ author: 'Élodie B.', date: { iso: '2026-12-12' } });
    expect(
      read('sellercentral.amazon.it', card('R1IT', 'Recensione di Giulia il 7 gennaio 2026'))[0],
    ).toMatchObject({ author: 'Giulia', date: { iso: '2026-01-07' } });
    expect(
      read(
        'sellercentral.amazon.nl',
        card('R1NL', 'Review door Sanne de Vries op 3 maart 2026'),
      )[0],
    ).toMatchObject({ author: 'Sanne de Vries', date: { iso: '2026-03-03' } });
  });
  it('a Spanish line with a ten-letter month, and another Spanish "contacted" wording', () => {
    const item = read(
      'sellercentral.amazon.es',
      card(
        'R1ES',
        'Reseña de José Luis el 9 de septiembre de 2026',
        '<div>Se puso en contacto con el cliente el 10 de septiembre de 2026</div>',
      ),
    )[0];
    expect(item).toMatchObject({
      author: 'José Luis',
      date: { iso: '2026-09-09' },
      contacted: true,
    });
  });
  it('a line naming no reviewer in a known form gives no author', () => {
    expect(read('sellercentral.amazon.de', card('R1DE', 'Verifizierter Kauf'))[0]?.author).toBe(
      undefined,
    );
  });
});

describe('thread messages headed by a sender line with its time in an element', () => {
  it('reads sides, words and times; a file chip is no words', () => {
    const doc = page(
      `<main><div class="thr"><div class="b1"><div class="l1">Kim Lee · <span class="ts">Dec 1, 2026 10:05 AM</span></div>
         <div class="t1">The kettle lid is bent.</div>
         <div class="file-attachment"><span>lid.jpg</span> <span>2.1 MB</span></div></div>
       <div class="b1"><div class="l1">You · <span class="ts">Dec 1, 2026 11:00 AM</span></div><div class="t1">Sorry Kim, a new lid ships today.</div></div>
       <div class="b1"><div class="l1">Amazon · <span class="ts">Dec 2, 2026 8:00 AM</span></div><div class="t1">A-to-z claim closed.</div></div></div>
       <div><textarea id="box"></textarea></div></main>`,
    );
    const item = amazonAdapter.extract(
      doc,
      new URL('https://sellercentral.amazon.com/messaging/thread?orderId=112-1234567-7654321'),
    ).items[0];
    expect(item?.messages?.map((m) => [m.from, m.text])).toEqual([
      ['buyer', 'The kettle lid is bent.'],
      ['seller', 'Sorry Kim, a new lid ships today.'],
      ['platform', 'A-to-z claim closed.'],
    ]);
    expect(item?.body).toBe('The kettle lid is bent.');
  });
});

describe("eBay seller's reply labels in other languages", () => {
  const one = (host: string, reply: string) =>
    ebayAdapter.extract(
      page(`<ul><li class="fdbk-container"><div class="fdbk-container__details">
        <span class="fdbk-container__details__info__icon"><svg aria-label="Negative"></svg></span>
        <span class="fdbk-container__details__info__username"><span>a***b</span></span>
        <div class="fdbk-container__details__comment"><span>Roto.</span></div>
        <div class="reply"><span>${reply}</span> <span>Lo sentimos.</span></div>
        <a class="fdbk-container__details__item-link" href="/itm/256600005555">x</a></div></li></ul>`),
      new URL(`https://${host}/fdbk/feedback_profile/x`),
    ).items[0];
  it('Spanish "Respuesta del vendedor" and English "Reply from seller" mark the card answered', () => {
    expect(one('www.ebay.es', 'Respuesta del vendedor:')).toMatchObject({
      replyState: 'replied',
      body: 'Roto.',
    });
    expect(one('www.ebay.com', 'Reply from seller:')).toMatchObject({ replyState: 'replied' });
  });
});

describe('Taobao 追评 labels alone in their block', () => {
  const url = new URL('https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC');
  const rows = (follow: string) =>
    `<table><tbody><tr><td><div>订单号：3309988776655443322</div><div>初次评价：2026-11-01 10:00</div>
      <div>杯子很好看。</div></td><td><button type="button">评价回复</button></td></tr>
      <tr class="next-table-expanded-row"><td>${follow}</td></tr></tbody></table>`;
  it('追加评价 (no colon) then date and words in spans of one block', () => {
    const item = taobaoAdapter.extract(
      page(rows('<p>追加评价<span>2026-11-09</span><span>第二次用就漏水了。</span></p>')),
      url,
    ).items[0];
    expect(item?.followUp).toMatchObject({
      text: '第二次用就漏水了。',
      date: { iso: '2026-11-09' },
    });
  });
  it('追評： in Traditional, its words after the date', () => {
    const item = taobaoAdapter.extract(
      page(rows('<div>追評：<b>2026-11-10</b> <span>杯口掉漆了。</span></div>')),
      url,
    ).items[0];
    expect(item?.followUp?.text).toBe('杯口掉漆了。');
  });
});

// Probes of the kinds the checking half taught, written after it was opened.
describe('eBay profile cards left by a seller (feedback received as a buyer)', () => {
  const card = (role: string, buyer: string, item: string) =>
    `<li class="fdbk-container"><div class="fdbk-container__details">
      <span class="fdbk-container__details__info__icon"><svg aria-label="Positiv"></svg></span>
      <span class="fdbk-container__details__info__username"><span>${buyer}</span></span>
      <small>${role}</small>
      <div class="fdbk-container__details__comment"><span>Alles gut, der Verkäufer war nett.</span></div>
      <a class="fdbk-container__details__item-link" href="/itm/${item}">x</a></div></li>`;
  it('German "Von Verkäufer" cards are left out; a buyer comment naming the seller is kept', () => {
    const snap = ebayAdapter.extract(
      page(
        `<ul>${card('Von Käufer', 'k***a', '256600007001')}${card('Von Verkäufer', 'teeladen', '256600007002')}</ul>`,
      ),
      new URL('https://www.ebay.de/fdbk/feedback_profile/x'),
    );
    expect(snap.items.map((i) => i.product?.id)).toEqual(['256600007001']);
  });
});

describe("a message's at: ISO where the page's time parses, else as shown", () => {
  it('Amazon: a dated time becomes ISO (by the marketplace day order), "Yesterday" stays text', () => {
    const doc = page(
      `<main><div class="thread-message thread-message--buyer"><time>03/11/2026 9:14</time><p>Lid cracked.</p></div>
       <div class="thread-message thread-message--buyer"><time>Yesterday 9:20 AM</time><p>Any news?</p></div>
       <textarea></textarea></main>`,
    );
    const at = (host: string) =>
      amazonAdapter
        .extract(doc, new URL(`https://${host}/messaging/thread?orderId=302-1234567-7654321`))
        .items[0]?.messages?.map((m) => m.at);
    expect(at('sellercentral.amazon.co.uk')).toEqual(['2026-11-03T09:14:00Z', 'Yesterday 9:20 AM']);
    expect(at('sellercentral.amazon.com')).toEqual(['2026-03-11T09:14:00Z', 'Yesterday 9:20 AM']);
  });
});
