// Fresh probes of the kinds blind7's tuning half taught (written after the fixes, not copied from
// its rows): cut texts with their whole text hidden, mail-app quotes under a message, Taobao's
// placeholder for a review without words, 千牛 chat rows of an avatar and a block, month-day times
// and the platform's staff, message components with their side and time as attributes, Amazon
// rows named by a test id of two words, virtualised list items out of DOM order.
import { describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import { ownWords, wholeOfCut } from '../../../lib/sites/words';
import { readThreadMessages } from '../../../lib/sites/shared';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};
const el = (html: string): Element => {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
};

describe('a text cut short, its whole text hidden beside it', () => {
  it('is the whole text, once, without the ellipsis or the control', () => {
    expect(
      wholeOfCut(
        el(
          `<div><span>Broke on day one and the…</span><span style="display: none">Broke on day one and the shop never answered.</span><button>See more</button></div>`,
        ),
      ),
    ).toBe('Broke on day one and the shop never answered.');
    expect(
      wholeOfCut(el(`<p>杯子有裂...<span hidden>杯子有裂纹，漏水。</span><a>展開</a></p>`)),
    ).toBe('杯子有裂纹，漏水。');
  });
  it('a hidden part that is not the whole of what is shown (a translation, a note) is not it', () => {
    expect(
      wholeOfCut(el(`<div><span>Too small.</span><span hidden>Zu klein.</span></div>`)),
    ).toBeUndefined();
    expect(wholeOfCut(el(`<div>Too small.</div>`))).toBeUndefined();
  });
  it('an Amazon review card and a 评价管理 row read that way', () => {
    let doc = page(
      `<div class="reviewContainer" data-testid="review-R9CUT0001"><div id="review-content-R9CUT0001"><span>It leaks from the…</span><span hidden>It leaks from the seam at the bottom.</span> <a>Read more</a></div></div>`,
    );
    expect(
      amazonAdapter.extract(
        doc,
        new URL('https://sellercentral.amazon.com/brand-customer-reviews/'),
      ).items[0]?.body,
    ).toBe('It leaks from the seam at the bottom.');
    doc = page(
      `<table><tr><td><div>订单号：5550001112223334</div><div>差评 初次评价：2026-11-02 08:00</div><div><span>壶盖一碰就…</span><span style="display:none">壶盖一碰就掉，根本盖不住。</span><a role="button">展开</a></div></td><td><a role="button">评价回复</a></td></tr></table>`,
    );
    expect(
      taobaoAdapter.extract(
        doc,
        new URL('https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC'),
      ).items[0]?.body,
    ).toBe('壶盖一碰就掉，根本盖不住。');
  });
});

describe('a mail-app quote under a message', () => {
  it('is cut off, in the forms mail apps write it', () => {
    expect(ownWords('Still broken. -----Original Message----- From: shop Sent: 1 Nov Sorry!')).toBe(
      'Still broken.',
    );
    expect(ownWords('Noch kaputt. Am 20.11.2026 um 10:00 schrieb teashop: Entschuldigung')).toBe(
      'Noch kaputt.',
    );
    expect(ownWords('Where is it? From: teashop Sent: 21 Nov 2026 We posted it.')).toBe(
      'Where is it?',
    );
    expect(ownWords('Toujours rien. — Message d’origine — Bonjour')).toBe('Toujours rien.');
  });
  it('a text without one, or that is nothing but a quote, is kept whole', () => {
    expect(ownWords('The original message I sent had photos.')).toBe(
      'The original message I sent had photos.',
    );
    expect(ownWords('-----Original Message----- hello')).toBe('-----Original Message----- hello');
  });
});

describe("Taobao's placeholder for a review without words", () => {
  it('is no buyer text, in Simplified and Traditional', () => {
    for (const [ph, label] of [
      ['该用户未填写评价内容', '订单号'],
      ['此用戶沒有填寫評價。', '訂單號'],
      ['评价方未及时做出评价，系统默认好评', '订单号'],
    ]) {
      const doc = page(
        `<table><tr><td><div>${label}：7770001112223334</div><div>中评 初次评价：2026-11-02 08:00</div><div>${ph}</div><img alt="买家秀" src="data:," /></td></tr></table>`,
      );
      const items = taobaoAdapter.extract(
        doc,
        new URL('https://qn.taobao.com/home.htm/comment-manage/list/rateWait4PC'),
      ).items;
      expect(items).toHaveLength(1);
      expect(items[0]?.body).toBe('');
    }
  });
});

describe('千牛 chat rows of hashed classes', () => {
  const chat = (rows: string) =>
    taobaoAdapter.extract(
      page(
        `<div role="option" aria-selected="true"><span>买家甲</span></div><div class="l1">${rows}</div><div contenteditable="true"></div><button>发送</button>`,
      ),
      new URL('https://myseller.taobao.com/home.htm/app-customer-service/toolpage/Message'),
    ).items[0];
  const row = (side: string, name: string, at: string, words: string) =>
    `<div class="r1 ${side}"><i class="a1"></i><div><div class="h1"><span>${name}</span> <span>${at}</span></div><div class="w1">${words}</div></div></div>`;
  it('an avatar beside a block: the name line (with its month-day time) and the words apart', () => {
    const item = chat(
      row('x', '买家甲', '10-02 08:15', '到底发不发货？') +
        row('y', '店铺:客服一', '10-02 09:00', '今天发出。') +
        row('x', '淘宝小二', '10-03 12:00', '请商家在24小时内发货。'),
    );
    expect(item?.messages).toEqual([
      { from: 'buyer', at: expect.stringMatching(/10-02.08:15/), text: '到底发不发货？' },
      { from: 'seller', at: expect.stringMatching(/10-02.09:00/), text: '今天发出。' },
      {
        from: 'platform',
        at: expect.stringMatching(/10-03.12:00/),
        text: '请商家在24小时内发货。',
      },
    ]);
    expect(item?.body).toBe('到底发不发货？');
  });
});

describe('message components with their side and time as attributes', () => {
  it('reads direction, the time attribute and every paragraph', () => {
    const box = el(
      `<section><x-msg direction="inbound" sent-at="Oct 2, 2026 8:15 AM"><p>One.</p><p>Two.</p></x-msg><x-msg direction="outbound" timestamp="Oct 2, 2026 9:00 AM"><p>Sorry.</p></x-msg></section>`,
    );
    expect(readThreadMessages(box)).toEqual([
      { from: 'buyer', at: 'Oct 2, 2026 8:15 AM', text: 'One. Two.' },
      { from: 'seller', at: 'Oct 2, 2026 9:00 AM', text: 'Sorry.' },
    ]);
  });
});

describe('Amazon inbox rows', () => {
  const inbox = (html: string) =>
    amazonAdapter
      .extract(
        page(html),
        new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded'),
      )
      .items.map((i) => i.externalId.replace(/^amazon:/, ''));
  it('named by a test id of two words with others between (thread-summary-card)', () => {
    expect(
      inbox(
        `<div data-testid="thread-summary-card"><b>Ann</b> <span>Order 111-2223334-4445556</span> <span>Broken</span></div>`,
      ),
    ).toEqual(['111-2223334-4445556']);
  });
  it('virtualised list items in their aria-posinset order', () => {
    expect(
      inbox(
        `<ul>${[3, 1, 2]
          .map(
            (n) =>
              `<li role="listitem" aria-setsize="3" aria-posinset="${n}"><b>B${n}</b> <a href="/messaging/thread?orderId=111-2223334-000000${n}">111-2223334-000000${n}</a></li>`,
          )
          .join('')}</ul>`,
      ),
    ).toEqual([1, 2, 3].map((n) => `111-2223334-000000${n}`));
  });
});

// (after the checking half was opened)
describe('a loading review card', () => {
  it('is no review (aria-busy, or a skeleton class)', () => {
    const doc = page(
      `<div class="reviewContainer" data-testid="review-R9REAL0001"><div id="review-content-R9REAL0001">Leaks.</div></div>
       <div class="reviewContainer" data-testid="review-loading" aria-busy="true"></div>
       <div class="reviewContainer card--shimmer" data-testid="review-R9NEXT0002"></div>`,
    );
    const ids = amazonAdapter
      .extract(doc, new URL('https://sellercentral.amazon.com/brand-customer-reviews/'))
      .items.map((i) => i.externalId.replace(/^amazon:/, ''));
    expect(ids).toEqual(['R9REAL0001']);
  });
});

describe('eBay feedback drawn as a data table', () => {
  const read = (html: string, host = 'www.ebay.com.hk') =>
    ebayAdapter.extract(page(html), new URL(`https://${host}/fdbk/feedback_profile/shop`)).items;
  it('reads each row by its header labels (the columns in any order); a summary table is none', () => {
    const items = read(
      `<table><tr><th>正面</th><th>1 個月</th></tr><tr><td>負面</td><td>3</td></tr></table>
       <table><thead><tr><th>日期</th><th>買家</th><th>評價</th><th>意見</th><th>物品</th></tr></thead>
       <tbody><tr><td>2026年10月2日</td><td>z***9 (12)</td><td><img alt="負評" src="data:,"></td><td>沒收到貨<p>賣家回覆：已補寄</p></td><td><a href="/itm/123456789012">茶杯</a></td></tr>
       <tr><td>2026年10月1日</td><td>q***1</td><td>正面評價</td><td>好</td><td><a href="/itm/123456789013">茶盤</a></td></tr></tbody></table>`,
    );
    expect(
      items.map((i) => [i.polarity, i.author, i.body, i.product?.id, i.date?.iso?.slice(0, 10)]),
    ).toEqual([
      ['negative', 'z***9', '沒收到貨', '123456789012', '2026-10-02'],
      ['positive', 'q***1', '好', '123456789013', '2026-10-01'],
    ]);
    expect(items[0]).toMatchObject({ replyState: 'replied' });
  });
  it('in English too, with a Reply control', () => {
    const items = read(
      `<div role="table"><div role="row"><div role="columnheader">Rating</div><div role="columnheader">Comment</div><div role="columnheader">From</div></div>
       <div role="row"><div role="cell"><svg aria-label="Negative"></svg></div><div role="cell">Broken</div><div role="cell">b***y (3)</div><div role="cell"><button>Reply</button></div></div></div>`,
      'www.ebay.com',
    );
    expect(items.map((i) => [i.polarity, i.body, i.author, i.replyAction])).toEqual([
      ['negative', 'Broken', 'b***y', 'Reply'],
    ]);
  });
});
