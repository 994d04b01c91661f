// Probes of the row and message rules added after blind set 3's tuning half, one kind per test, on
// small written pages (not the set's pages): Taobao order fields against order numbers the buyer
// quotes and hidden skeleton rows; eBay legacy feedback rows found by their rating icon; thread
// messages marked only by a role label. Then, after its checking half was opened: login/滑块 pages at
// a review URL (kind none), editors open in a Taobao row, Amazon order ids run into the next span's
// text, a conversation row's leading name, and threads of blocks headed by a sender line.
import { beforeEach, describe, expect, it } from 'vitest';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
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

describe('Taobao: a login or 滑块 at a review URL is no review page', () => {
  const URL_REVIEWS = new URL('https://qn.taobao.com/home.htm/comment-manage/list/rateWait4PC');
  const row =
    '<table><tbody><tr><td><span>差评</span> 初次评价：2026-11-01 10:00<p>漏水</p></td>' +
    '<td>订单号：8888888888888888888</td><td><button>评价回复</button></td></tr></tbody></table>';
  it('a slider overlay and no row: kind none, with the reason', () => {
    const doc = page(
      '<main>加载中…</main><div id="nc_1_wrapper" class="nc_wrapper"><span>向右滑动验证</span></div>',
    );
    const snap = taobaoAdapter.extract(doc, URL_REVIEWS);
    expect(snap).toMatchObject({ pageKind: 'none', items: [] });
    expect(snap.warnings.join(' ')).toMatch(/滑块/);
  });
  it('rows on the page: still a review page, a login frame beside them or not', () => {
    const doc = page(`${row}<iframe src="about:blank#login" title="登录"></iframe>`);
    const snap = taobaoAdapter.extract(doc, URL_REVIEWS);
    expect(snap.pageKind).toBe('reviews');
    expect(snap.items.map((i) => i.externalId)).toEqual(['8888888888888888888']);
  });
});

describe('Taobao: an editor open in the row', () => {
  const URL_REVIEWS = new URL('https://qn.taobao.com/home.htm/comment-manage/list/rateWait4PC');
  const rows = (state: string, editor: string) =>
    '<table><tbody><tr><td><span>中評</span> 初次評價：2026-11-01 10:00<p>尺寸不對</p></td>' +
    `<td>訂單號：9999999999999999999</td><td><span>${state}</span></td></tr>` +
    '<tr class="next-table-expanded-row"><td><span>追加評價：2026-11-05 09:00</span><p>又裂了</p>' +
    `${editor}</td></tr></tbody></table>`;
  const read = (doc: Document) => taobaoAdapter.extract(doc, URL_REVIEWS).items[0];
  it('a [role=textbox] editor in the 追评 row: that reply is open though the row says 已回覆', () => {
    const doc = page(rows('已回覆', '<div role="textbox" contenteditable="true"></div>'));
    expect(read(doc)).toMatchObject({ replyState: 'open', replyable: true });
    expect(
      taobaoAdapter.findReplyBox(doc, '9999999999999999999', URL_REVIEWS)?.getAttribute('role'),
    ).toBe('textbox');
  });
  it('a hidden editor opens nothing; an expired row stays expired', () => {
    expect(read(page(rows('已回覆', '<textarea hidden></textarea>')))).toMatchObject({
      replyState: 'replied',
      replyable: false,
    });
    expect(read(page(rows('已超過回覆期限', '<textarea></textarea>')))).toMatchObject({
      replyState: 'expired',
      replyable: false,
    });
  });
});

describe('Amazon: conversation rows of plain spans', () => {
  const URL_INBOX = new URL('https://sellercentral.amazon.de/messaging/inbox-v3');
  const rowsOf = (html: string) =>
    amazonAdapter.extract(page(html), URL_INBOX).items.map((i) => [i.externalId, i.author ?? null]);
  it('an order id run into the next span’s text is still read; the leading name is the buyer', () => {
    expect(
      rowsOf(
        '<div data-testid="conversation-row"><span>Jonas Weber</span><span>Order ID: 304-1111111-2222221</span><span>Photo sent</span></div>' +
          '<div data-testid="conversation-row"><span>Unread</span><span>Anna K.</span><span>Order ID: 304-5555555-6666663</span><span>Hi</span></div>',
      ),
    ).toEqual([
      ['304-1111111-2222221', 'Jonas Weber'],
      ['304-5555555-6666663', 'Anna K.'],
    ]);
  });
  it('no name when the row starts with its order id or a date; a longer id is no order id', () => {
    expect(
      rowsOf(
        '<div data-testid="conversation-row"><span>Order ID: 304-1111111-2222221</span><span>Jonas Weber</span></div>' +
          '<div data-testid="conversation-row"><span>27 Nov 2026</span><span>Ann</span><span>Order 304-3333333-4444442</span></div>' +
          '<div data-testid="conversation-row"><span>Ben</span><span>Ref 1304-5555555-66666631</span></div>',
      ),
    ).toEqual([
      ['304-1111111-2222221', null],
      ['304-3333333-4444442', null],
    ]);
  });
});

describe('thread messages headed by a sender line', () => {
  it('name, You or Amazon then the date; the toggle and the hidden original left out', () => {
    const doc = page(
      '<div id="t"><div class="b1"><div class="w">Jonas Weber · 24 Nov 2026, 10:02</div><div>Hello, it broke.</div>' +
        '<button>Translated · See original</button><div hidden>Hallo, kaputt.</div></div>' +
        '<div class="b1"><div class="w">You · 24 Nov 2026, 14:40</div><div>Sorry! A photo?</div></div>' +
        '<div class="b1"><div class="w">Amazon | Nov 25, 2026</div><div>A return was requested.</div></div></div>',
    );
    expect(readThreadMessages(doc.getElementById('t')!)).toEqual([
      { from: 'buyer', at: '24 Nov 2026, 10:02', text: 'Hello, it broke.' },
      { from: 'seller', at: '24 Nov 2026, 14:40', text: 'Sorry! A photo?' },
      { from: 'platform', at: 'Nov 25, 2026', text: 'A return was requested.' },
    ]);
  });
  it('a thread page with no list row: the buyer is named by their sender line', () => {
    const doc = page(
      '<div><div><div>Order ID: 304-7777777-8888884</div></div>' +
        '<div class="b"><div>Lena Fischer · 2 Dec 2026, 09:00</div><div>Wrong colour.</div></div>' +
        '<div class="b"><div>You · 2 Dec 2026, 11:00</div><div>We will swap it.</div></div>' +
        '<div><textarea maxlength="2000"></textarea></div></div>',
    );
    const snap = amazonAdapter.extract(
      doc,
      new URL('https://sellercentral.amazon.de/messaging/thread?threadId=T1'),
    );
    expect(snap.items).toMatchObject([
      {
        externalId: '304-7777777-8888884',
        author: 'Lena Fischer',
        body: 'Wrong colour.',
        replyable: true,
        replyLimit: 2000,
      },
    ]);
  });
  it('one sender line alone makes no thread; a line not first in its block heads nothing', () => {
    const one = page(
      '<div id="t"><div><div>Ann · 2026-11-20 10:00</div><p>Where is it?</p></div></div>',
    );
    expect(readThreadMessages(one.getElementById('t')!)).toEqual([
      { from: 'buyer', text: 'Where is it?' },
    ]);
    const notFirst = page(
      '<div id="t"><div><p>Where is it?</p><div>Ann · 2026-11-20 10:00</div></div>' +
        '<div><p>Still waiting.</p><div>Ann · 2026-11-21 10:00</div></div></div>',
    );
    expect(readThreadMessages(notFirst.getElementById('t')!)).toEqual([
      { from: 'buyer', text: 'Where is it?\n\nStill waiting.' },
    ]);
  });
});
