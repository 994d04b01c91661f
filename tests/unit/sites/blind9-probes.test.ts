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
