// Fresh probes of the kinds blind9's tuning half taught (written after the fixes, not copied from
// its rows): a feedback data table whose reply form is drawn as a row of its own under its row; the
// posted reply labelled "your reply:" in the eBay hosts' languages; an order card sent inside the
// 千牛 chat-history frame; the first of the month as an ordinal (1er, 1º); a review shown
// translated, with the page's note, its toggle and the hidden original beside the words.
import { describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { isoDate } from '../../../lib/sites/dates';
import { shownWords } from '../../../lib/sites/words';
import { insertDraft } from '../../../lib/insert';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};

describe('an eBay feedback table with a reply row drawn under its row', () => {
  const url = new URL('https://www.ebay.fr/sh/fdbk?filter=received');
  const html = `<table><thead><tr><th>Évaluation</th><th>Commentaire</th><th>De</th><th>Date</th></tr></thead><tbody>
    <tr data-feedback-id="901"><td><img alt="Négatif" /></td><td>Colis jamais arrivé.</td><td>b***x (4)</td><td>3 déc. 2026</td></tr>
    <tr class="xr"><td colspan="4"><textarea id="box901" maxlength="60"></textarea><button>Envoyer</button></td></tr>
    <tr data-feedback-id="902"><td><img alt="Neutre" /></td><td>Bien, mais lent.</td><td>c***y (12)</td><td>1er déc. 2026</td></tr>
    <tr data-feedback-id="903"><td><img alt="Positif" /></td><td>Parfait. <div><b>Votre réponse :</b> Merci beaucoup !</div></td><td>d***z (0)</td><td>28 nov. 2026</td></tr>
  </tbody></table>`;
  it("ties the reply row's box to the row above it only, with its limit", () => {
    const doc = page(html);
    const snap = ebayAdapter.extract(doc, url);
    expect(snap.items.map((i) => i.externalId)).toEqual(['901', '902', '903']);
    expect(snap.items.map((i) => i.replyable)).toEqual([true, false, false]);
    expect(snap.items[0]?.replyLimit).toBe(60);
    const box = ebayAdapter.findReplyBox(doc, '901', url);
    expect(box).toBe(doc.getElementById('box901'));
    expect(ebayAdapter.findReplyBox(doc, '902', url)).toBeNull();
    expect(box && insertDraft(box, 'Désolé, remboursé.')).toMatchObject({ ok: true });
  });
  it('sees "Votre réponse :" as the posted reply, not the buyer\'s words', () => {
    const item = ebayAdapter.extract(page(html), url).items[2];
    expect(item).toMatchObject({ replyState: 'replied', body: 'Parfait.' });
  });
  it('the first of the month written 1er is that day', () => {
    expect(ebayAdapter.extract(page(html), url).items[1]?.date?.iso).toMatch(/^2026-12-01/);
  });
});

describe('"your reply:" with its colon in the other hosts\' languages', () => {
  const url = new URL(
    'https://www.ebay.pl/fdbk/feedback_profile/sklep?filter=feedback_page:RECEIVED_AS_SELLER',
  );
  const card = (reply: string) => `<ul><li class="fdbk-container">
    <div class="fdbk-container__details__info__icon"><svg aria-label="Negatywny"></svg></div>
    <div class="fdbk-container__details__info__username"><span>e***a</span></div>
    <div class="fdbk-container__details__comment"><span>Pęknięty kubek.</span></div>
    <div>${reply}</div></li></ul>`;
  it.each([
    '<b>Twoja odpowiedź:</b> Wysłaliśmy nowy.',
    '<b>Deine Antwort:</b> Ersatz ist unterwegs.',
    '<b>Uw antwoord:</b> Vervangen.',
  ])('%s is a posted reply', (reply) => {
    expect(ebayAdapter.extract(page(card(reply)), url).items[0]?.replyState).toBe('replied');
  });
  it('a form label "Twoja odpowiedź" without the colon is none', () => {
    const item = ebayAdapter.extract(page(card('<label>Twoja odpowiedź</label>')), url).items[0];
    expect(item?.replyState).not.toBe('replied');
  });
});

describe('the 千牛 history frame: an order card sent in the chat', () => {
  const url = new URL('https://market.m.taobao.com/app/qn/im-history-search/index.html?buyer=x**1');
  it("takes the card's 订单号, not an order the buyer quotes in running text", () => {
    const snap = taobaoAdapter.extract(
      page(`<div class="results-list">
        <div class="chatWrap_a"><span class="chatName_b">x**1</span><span class="chatTime_c">2026-12-01 09:00:00</span><div class="chatText_d">我上次的订单号：1110000000000000001 也是这样</div></div>
        <div class="chatWrap_a"><span class="chatName_b">某某茶庄:小王</span><span class="chatTime_c">2026-12-01 09:05:00</span><div class="chatText_d"><div>订单号：2220000000000000002<br />紫砂杯 ×2</div></div></div>
      </div>`),
      url,
    );
    expect(snap.items[0]?.orderId).toBe('2220000000000000002');
  });
});

describe('dates: the first of the month as an ordinal', () => {
  it.each([
    ['1er mars 2027', '2027-03-01'],
    ['1º de enero de 2027', '2027-01-01'],
    ['1° giugno 2027', '2027-06-01'],
  ])('%s', (raw, day) => expect(isoDate(raw)).toMatch(new RegExp(`^${day}`)));
});

describe('a review shown translated', () => {
  it("reads the shown words: not the page's note, its toggle or the hidden original", () => {
    const doc =
      page(`<div id="r"><span class="n">Aus dem Französischen übersetzt · <button>Original anzeigen</button></span>
      <span>Die Kanne tropft beim Ausgießen.</span><span hidden>La théière goutte.</span></div>`);
    expect(shownWords(doc.getElementById('r'))).toBe('Die Kanne tropft beim Ausgießen.');
  });
  it('a block without a control is read as it is', () => {
    const doc = page('<div id="r"><span>Zu klein.</span> <span>Leider.</span></div>');
    expect(shownWords(doc.getElementById('r'))).toBe('Zu klein. Leider.');
  });
  it('on an Amazon review card, the reviewer "Client d\'Amazon" on the 1er', () => {
    const url = new URL('https://sellercentral.amazon.fr/brand-customer-reviews/?stars=1');
    const snap = amazonAdapter.extract(
      page(`<div class="reviewContainer" data-testid="review-R9PROBE0000001">
        <span id="R9PROBE0000001-title"><b>Bof</b></span>
        <div>Avis de Client d'Amazon le 1er mars 2027</div>
        <div id="review-content-R9PROBE0000001"><span>Traduit de l'allemand · <a href="#">Voir l'original</a></span> <span>Trop petite.</span><span hidden>Zu klein.</span></div></div>`),
      url,
    );
    expect(snap.items[0]).toMatchObject({ author: "Client d'Amazon", body: 'Trop petite.' });
    expect(snap.items[0]?.date?.iso).toMatch(/^2027-03-01/);
  });
});

// Probes of the kinds blind9's checking half taught, once opened (after its held-out measure):
// Dutch role and action words on eBay cards; feedback cards of markup no anchor knows, found by
// their rating icon; a messages app drawn in an open shadow root, with a system card among like
// rows; a.m./p.m. with dots; a buyer's "商家回复了…" words; a 追评 whose days-after-receipt sits in a
// span of its own; a hidden template row in Amazon's older inbox table.
describe('eBay cards in Dutch', () => {
  const url = new URL(
    'https://www.ebay.nl/fdbk/feedback_profile/winkel?filter=feedback_page:RECEIVED_AS_SELLER',
  );
  const card = (role: string, action: string) => `<li class="fdbk-container">
    <span class="fdbk-container__details__info__icon"><svg aria-label="Positief"></svg></span>
    <span class="fdbk-container__details__info__username"><span>p***k</span> (3)</span>${role}
    <div class="fdbk-container__details__comment"><span>Snel geleverd.</span></div>${action}</li>`;
  it('a card "Van de verkoper" is feedback received as a buyer: not listed', () => {
    const doc = page(`<ul>${card('<span>Van de verkoper</span>', '')}${card('', '')}</ul>`);
    expect(ebayAdapter.extract(doc, url).items).toHaveLength(1);
  });
  it('"Beantwoorden" and "Antwoorden" are the reply action', () => {
    for (const a of ['Beantwoorden', 'Antwoorden']) {
      const doc = page(`<ul>${card('', `<button>${a}</button>`)}</ul>`);
      expect(ebayAdapter.extract(doc, url).items[0]?.replyAction).toBe(a);
    }
  });
});

describe('eBay feedback cards of unknown markup, found by their rating icon', () => {
  const url = new URL('https://www.ebay.com.au/fdbk/mweb_profile?username=shop');
  const html = `<div class="sum"><span><svg aria-label="Positive"></svg> 120</span><span><svg aria-label="Negative"></svg> 2</span></div>
    <section><article class="fb-item"><div class="fb-item__top"><img alt="Negative feedback" /><span class="fb-item__who">g***o (15)</span><span class="fb-item__date">3 Dec 2026</span></div>
      <div class="fb-item__comment">Lid cracked in transit.</div><a href="/itm/266177788801">Enamel Teapot</a></article>
    <article class="fb-item"><div class="fb-item__top"><img alt="Positive feedback" /><span class="fb-item__who">h***y (2)</span><span class="fb-item__date">1 Dec 2026</span></div>
      <div class="fb-item__comment">Lovely pot.</div><a href="/itm/266177788802">Glass Cup</a></article></section>`;
  it('reads each card (not the summary of counts), its parts by their class words', () => {
    const items = ebayAdapter.extract(page(html), url).items;
    expect(items.map((i) => [i.polarity, i.author, i.body, i.product?.id])).toEqual([
      ['negative', 'g***o', 'Lid cracked in transit.', '266177788801'],
      ['positive', 'h***y', 'Lovely pot.', '266177788802'],
    ]);
    expect(items[0]?.date?.iso).toMatch(/^2026-12-03/);
  });
  it('a page with known cards takes no icon card', () => {
    const doc = page(
      `${html}<ul><li class="fdbk-container"><div class="fdbk-container__details__comment"><span>Ok.</span></div></li></ul>`,
    );
    expect(ebayAdapter.extract(doc, url).items.map((i) => i.body)).toEqual(['Ok.']);
  });
});

describe('a My eBay conversation drawn in an open shadow root', () => {
  const url = new URL('https://www.ebay.com.au/mye/myebay/messages?conversationId=55501');
  it('reads the thread with its system card in place, and takes the shadow textarea', () => {
    const doc = page('<div id="host"></div>');
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<a href="?conversationId=55501" aria-current="true"><span>koala_k</span><span>Broken</span></a>
      <section><div class="list">
        <div class="m1"><span>koala_k</span><time>Dec 1, 2026, 9:15 a.m.</time><div>The cup is broken.</div></div>
        <div class="sys9"><span>eBay</span><time>Dec 2, 2026, 1:00 p.m.</time><div>A return was opened.</div></div>
        <div class="m1"><span>koala_k</span><time>Dec 2, 2026, 7:05 p.m.</time><div>Any news?</div></div>
      </div><textarea class="w"></textarea></section>`;
    const item = ebayAdapter.extract(doc, url).items.find((i) => i.externalId === '55501');
    expect(item?.messages?.map((m) => m.from)).toEqual(['buyer', 'platform', 'buyer']);
    expect(item?.messages?.[2]?.at).toMatch(/^2026-12-02T19:05/);
    const box = ebayAdapter.findReplyBox(doc, '55501', url);
    expect(box).toBe(root.querySelector('textarea'));
  });
  it('reads a.m. and p.m. with their dots', () => {
    expect(isoDate('Dec 2, 2026, 7:05 p.m.')).toBe('2026-12-02T19:05:00Z');
    expect(isoDate('Dec 2, 2026, 12:30 a.m.')).toBe('2026-12-02T00:30:00Z');
  });
});

describe('评价管理: a buyer\'s "商家回复了…" words, and a 追评 with its days in a span of its own', () => {
  const url = new URL('https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC');
  it('keeps the words, and drops the days from the follow-up', () => {
    const snap = taobaoAdapter.extract(
      page(`<table><tbody>
        <tr class="next-table-row"><td><span>差评</span><div>商家回复说会补发，结果什么都没有。</div><div>初次评价：2026-12-01 10:00</div></td>
          <td><a href="https://item.taobao.com/item.htm?id=711100000001">盖碗</a></td><td><span>k**9</span><div>订单号：4440000000000000001</div></td><td><button>评价回复</button></td></tr>
        <tr class="next-table-expanded-row"><td colspan="4"><div><span>追评</span> <span>收货后12天</span> <span>盖子也裂了。</span></div></td></tr>
      </tbody></table>`),
      url,
    );
    expect(snap.items[0]?.body).toMatch(/^商家回复说会补发，结果什么都没有。/);
    expect(snap.items[0]?.followUp?.text).toBe('盖子也裂了。');
  });
});

describe("Amazon's older inbox table with a hidden template row", () => {
  it('lists the shown rows only', () => {
    const url = new URL('https://sellercentral.amazon.co.uk/messaging/inbox?fi=RESPONSE_NEEDED');
    const snap = amazonAdapter.extract(
      page(`<table><tr><td>Sam</td><td><a href="/messaging/thread?orderId=202-1111111-2222222">Order 202-1111111-2222222</a><div class="snippet">Wrong size.</div></td></tr>
        <tr hidden><td>{{name}}</td><td><a href="/messaging/thread?orderId=202-0000000-0000000">x</a></td></tr></table>`),
      url,
    );
    expect(snap.items.map((i) => i.orderId)).toEqual(['202-1111111-2222222']);
  });
});
