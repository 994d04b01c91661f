// Probes of the row and message rules added after blind set 3's tuning half, one kind per test, on
// small written pages (not the set's pages): Taobao order fields against order numbers the buyer
// quotes and hidden skeleton rows; eBay legacy feedback rows found by their rating icon; thread
// messages marked only by a role label.
import { beforeEach, describe, expect, it } from 'vitest';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { labelledBuyer, readThreadMessages } from '../../../lib/sites/shared';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('Taobao: which 订单号 is the row’s', () => {
  const URL_REVIEWS = new URL(
    'https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=1',
  );
  const card = (id: string, body: string, extra = '') =>
    `<div class="c"${extra}><div><span>差评</span><span>初次评价：2026-11-01 10:00</span></div>` +
    `<div class="t">${body}</div><div class="m">订单号：${id}</div><div><a>评价回复</a></div></div>`;
  const ids = (doc: Document) =>
    taobaoAdapter.extract(doc, URL_REVIEWS).items.map((i) => i.externalId);

  it('an order number quoted in the buyer’s sentence is neither a row nor the row’s id', () => {
    const doc = page(
      card('1111111111111111111', '和上次订单号：2222222222222222222 一样，又是坏的。') +
        card('3333333333333333333', '壶嘴有裂缝'),
    );
    expect(ids(doc)).toEqual(['1111111111111111111', '3333333333333333333']);
  });
  it('the same in a table row (tr), the quote before the field', () => {
    const doc = page(
      '<table><tbody><tr><td><span>中评</span> 初次评价：2026-11-01 10:00<p>我的订单号：4444444444444444444，还没退款！</p></td>' +
        '<td>订单号：5555555555555555555</td><td><button>评价回复</button></td></tr></tbody></table>',
    );
    expect(ids(doc)).toEqual(['5555555555555555555']);
    expect(taobaoAdapter.extract(doc, URL_REVIEWS).items[0]?.body).toContain('4444444444444444444');
  });
  it('a short label before the field is still a field (交易订单号：…)', () => {
    const doc = page(card('6666666666666666666', '不好用').replace('订单号', '交易订单号'));
    expect(ids(doc)).toEqual(['6666666666666666666']);
  });
  it('skeleton rows hidden by attribute or inline style are no rows', () => {
    const doc = page(
      card('7777777777777777771', '加载中', ' hidden') +
        card('7777777777777777773', '加载中', ' style="display: none"') +
        card('7777777777777777774', '真的漏水'),
    );
    expect(ids(doc)).toEqual(['7777777777777777774']);
  });
  it('rows behind an open reply dialog stay rows: modal libraries mark the page aria-hidden', () => {
    const doc = page(
      `<div id="app" aria-hidden="true">${card('8888888888888888881', '真的漏水')}</div>` +
        '<div role="dialog" aria-modal="true"><textarea maxlength="500"></textarea></div>',
    );
    expect(ids(doc)).toEqual(['8888888888888888881']);
  });
});

describe('eBay: legacy feedback rows without the comment class', () => {
  const URL_LEGACY = new URL(
    'https://feedback.ebay.de/ws/eBayISAPI.dll?ViewFeedback2&userid=shop&ftab=FeedbackAsSeller',
  );
  const TABLE =
    '<table><tr><td><img alt="Positive" /></td><td>12</td><td>40</td></tr>' +
    '<tr><td><img alt="Negative" /></td><td>1</td><td>2</td></tr></table>' +
    '<table>' +
    '<tr><td><img alt="Negative Bewertung" /></td><td>Deckel passt nicht. <a href="#">Original anzeigen</a><span style="display:none">Lid does not fit.</span></td>' +
    '<td>Käufer: <a><span>k***r</span></a> (3)</td><td>19-Nov-26 10:00</td></tr>' +
    '<tr><td></td><td>Teekanne 300ml (#123456789012)</td><td>EUR 20,00</td></tr>' +
    '<tr><td></td><td colspan="3">Antwort von shop: Ersatz ist unterwegs.</td></tr>' +
    '<tr><td><img title="Positive feedback rating" /></td><td>Super!</td><td>Buyer: <a>p***s</a></td><td>18-Nov-26 09:00</td></tr>' +
    '<tr><td></td><td>Tassen (#123456789013)</td><td></td></tr>' +
    '</table>';

  it('lists the rows with an icon and a buyer or date, not the summary counts', () => {
    const items = ebayAdapter.extract(page(TABLE), URL_LEGACY).items;
    expect(items.map((i) => [i.polarity, i.author, i.product?.id])).toEqual([
      ['negative', 'k***r', '123456789012'],
      ['positive', 'p***s', '123456789013'],
    ]);
  });
  it('the comment leaves out the toggle and the hidden original; the title cell names the item', () => {
    const [first] = ebayAdapter.extract(page(TABLE), URL_LEGACY).items;
    expect(first).toMatchObject({
      body: 'Deckel passt nicht.',
      product: { name: 'Teekanne 300ml' },
      replyState: 'replied',
    });
  });
  it('an icon outside the first cell (a buyer star) makes no row', () => {
    const doc = page(
      '<table><tr><td></td><td>text</td><td>Buyer: <a>x***y</a> <img alt="Positive star" /></td><td>18-Nov-26 09:00</td></tr></table>',
    );
    expect(ebayAdapter.extract(doc, URL_LEGACY).items).toEqual([]);
  });
});

describe('thread messages marked only by a role label', () => {
  it('reads kat-badge labels and one-word sender spans, with the buyer’s name beside the label', () => {
    const doc = page(
      '<div id="t"><div class="x1"><div class="h"><kat-badge label="Buyer"></kat-badge> <span>Ann Lee</span> <span>Nov 20, 2026</span></div><div>It broke.</div></div>' +
        '<div class="x1"><div class="h"><span>Seller</span></div><div>Sorry, we will replace it.</div></div>' +
        '<div class="x1"><div class="h"><b>亚马逊</b></div><div>退货申请已提交。</div></div></div>',
    );
    const t = doc.getElementById('t')!;
    expect(readThreadMessages(t)).toEqual([
      { from: 'buyer', text: 'It broke.' },
      { from: 'seller', text: 'Sorry, we will replace it.' },
      { from: 'platform', text: '退货申请已提交。' },
    ]);
    expect(labelledBuyer(t)).toBe('Ann Lee');
  });
  it('one label alone marks no thread: the plain blocks are read as before', () => {
    const doc = page('<div id="t"><p><span>Buyer</span></p><p>Where is my parcel?</p></div>');
    expect(readThreadMessages(doc.getElementById('t')!)).toEqual([
      { from: 'buyer', text: 'Buyer\n\nWhere is my parcel?' },
    ]);
  });
});
