// Fresh probes of the kinds blind8's tuning half taught (written after the fixes, not copied from
// its rows): an Amazon thread whose message bubbles carry a row-like class with the writer's side
// (message-row--buyer), and a Taobao/Tmall cell whose words are an inline span beside the page's
// own inline labels (the rating tag, the 初次评价 line, a 商家回复).
import { describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};

describe('Amazon thread bubbles named like rows, with their side', () => {
  const url = new URL(
    'https://sellercentral.amazon.de/messaging/thread?threadId=T9&marketplaceID=A1PA6795UKMFR9',
  );
  const html = `<div class="conv"><h2>Conversation with Jonas Weber</h2>
    <div>Bestellnummer: <a href="/orders-v3/order/302-1111111-2222222">302-1111111-2222222</a></div>
    <div class="message-card message-card--customer"><div class="message-head"><span class="message-sender">Jonas Weber</span> <span class="message-time">Nov 20, 2026 9:00 AM</span></div><div class="message-text">Die Tasse ist gesprungen. Bestellung 302-9999999-8888888 war okay.</div></div>
    <div class="message-card message-card--seller"><div class="message-head"><span class="message-sender">You</span> <span class="message-time">Nov 20, 2026 1:00 PM</span></div><div class="message-text">Das tut uns leid.</div></div>
    <div class="reply"><textarea></textarea></div></div>`;
  it('reads them as one thread of the header order, in order, not as inbox rows of quoted orders', () => {
    const snap = amazonAdapter.extract(page(html), url);
    expect(snap.items.map((i) => i.orderId)).toEqual(['302-1111111-2222222']);
    expect(snap.items[0]?.messages?.map((m) => m.from)).toEqual(['buyer', 'seller']);
    expect(snap.items[0]?.body).toBe(
      'Die Tasse ist gesprungen. Bestellung 302-9999999-8888888 war okay.',
    );
  });
  it('inbox rows without a side stay rows', () => {
    const inbox = new URL('https://sellercentral.amazon.de/messaging/inbox-v3?fi=responseNeeded');
    const snap = amazonAdapter.extract(
      page(`<div class="message-row"><span>Jonas Weber</span> <a href="/orders-v3/order/302-1111111-2222222">302-1111111-2222222</a> <span class="preview">Die Tasse ist gesprungen.</span></div>
      <div class="message-row"><span>Anna Roth</span> <a href="/orders-v3/order/302-3333333-4444444">302-3333333-4444444</a> <span class="preview">Wo bleibt mein Paket?</span></div>`),
      inbox,
    );
    expect(snap.items.map((i) => i.orderId)).toEqual([
      '302-1111111-2222222',
      '302-3333333-4444444',
    ]);
  });
});

describe("a review cell: the buyer's words in an inline span beside the page's inline labels", () => {
  const url = new URL('https://myseller.tmall.com/home.htm/comment-manage/list/rateWait4PC');
  it('is the words alone, not the tag, the date line or the shop reply', () => {
    const snap = taobaoAdapter.extract(
      page(`<table><tbody><tr>
        <td><b class="t">差评</b> <em class="w">杯口有缺口，割到嘴了。</em><p>初次评价：2026-11-02 10:00</p></td>
        <td><a href="https://detail.tmall.com/item.htm?id=600000000009"><img alt="玻璃杯"></a></td>
        <td><div>q**5</div><div>订单号：2200000000000000009</div></td>
        <td><a role="button">评价回复</a></td></tr></tbody></table>`),
      url,
    );
    expect(snap.items[0]?.body).toBe('杯口有缺口，割到嘴了。');
    expect(snap.items[0]?.polarity).toBe('negative');
  });
  it('a cell of the words alone, lines kept apart by <br>, is read whole', () => {
    const snap = taobaoAdapter.extract(
      page(`<table><tbody><tr>
        <td><div>订单号：2200000000000000010</div><div><span>中评</span> 初次评价：2026-11-03 10:00</div><div class="c">还可以<br>就是慢</div></td>
        <td><a href="https://item.taobao.com/item.htm?id=600000000010">茶盘</a></td><td><span>r**2</span></td>
        <td><a role="button">评价回复</a></td></tr></tbody></table>`),
      url,
    );
    expect(snap.items[0]?.body).toMatch(/^还可以\s+就是慢$/);
  });
});

describe('eBay feedback cards named by test ids only (Seller Hub)', () => {
  const url = new URL('https://www.ebay.co.uk/sh/performance/feedback');
  const html = `<ol data-testid="feedback-list">
    <li data-testid="feedback-row"><div data-testid="feedback-row-body">
      <span data-testid="rating-icon"><svg aria-label="Neutral feedback rating"></svg></span>
      <div data-testid="comment-text">Took a fortnight to arrive.</div>
      <span data-testid="user-name">p***e (3)</span> <span data-testid="left-date">12 Nov 2026</span>
      <a href="https://www.ebay.co.uk/itm/123456789012">Teapot (#123456789012)</a>
      <div data-testid="seller-response">Your response: Sorry about the wait.</div></div></li>
    <li data-testid="feedback-row" aria-busy="true"></li>
    <li data-testid="feedback-row"><svg aria-label="Positive feedback rating"></svg>
      <p data-testid="comment">Lovely.</p><span data-testid="buyer">k***n</span>
      <button>Reply</button></li></ol>`;
  it('reads each card once with its parts, not the loading card', () => {
    const items = ebayAdapter.extract(page(html), url).items;
    expect(items.map((i) => [i.polarity, i.body, i.author, i.product?.id])).toEqual([
      ['neutral', 'Took a fortnight to arrive.', 'p***e', '123456789012'],
      ['positive', 'Lovely.', 'k***n', undefined],
    ]);
    expect(items[0]?.date?.iso).toMatch(/^2026-11-12/);
  });
  it('"Your response" is answered; a Reply button is the action', () => {
    const items = ebayAdapter.extract(page(html), url).items;
    expect(items[0]).toMatchObject({ replyState: 'replied', replyable: false });
    expect(items[1]?.replyAction).toBe('Reply');
  });
});
