// Fresh probes of the kinds blind10's tuning half taught (written after the fixes, not copied from
// its rows): a 评价管理 row scored with 1–5 stars and no 好评/中评/差评 word; a 千牛 chat drawn as a
// virtual list (recycled nodes, data-index the order); the open buyer's nick in a hashed chat
// header; the item card sent in a chat as the conversation's product; the Austrian month Jän.
// After the checking half was opened (fresh snippets too): a message row's in/out direction modifier
// (msg--in / msg--out) as its side, and an attachment chip (📎 name, a bare file name) as no words.
import { describe, expect, it } from 'vitest';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import { isoDate } from '../../../lib/sites/dates';
import { byListPlace, readThreadMessages, senderOf } from '../../../lib/sites/shared';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};

describe('a 评价管理 row scored with stars only', () => {
  const url = new URL('https://qn.taobao.com/home.htm/comment-manage/list/rateWait4PC');
  const row = (order: string, score: string, words: string) =>
    `<div class="r_x"><div>订单号：${order}</div><div>初次评价：2026-12-01 10:00</div>
     <span class="s_x" aria-label="${score}">★★★</span><p>${words}</p>
     <a href="https://item.taobao.com/item.htm?id=600000000001">茶盘</a><span>a**b</span><a role="button">评价回复</a></div>`;
  it('reads 2颗星 / 评分 4 分 as the stars, with Taobao’s polarity', () => {
    const doc = page(
      row('5000000000000000001', '2颗星', '盘子有划痕，不太满意。') +
        row('5000000000000000002', '评分 4 分', '总体不错，物流快。'),
    );
    const items = taobaoAdapter.extract(doc, url).items;
    expect(items.map((i) => i.rating)).toEqual([2, 4]);
    expect(items.map((i) => i.polarity)).toEqual(['negative', 'positive']);
  });
  it('takes no average (4.8星) or a bare number for a row’s score', () => {
    const doc = page(
      row('5000000000000000003', '4.8星', '还行吧，一般般。') +
        row('5000000000000000004', '3', '就那样。'),
    );
    expect(taobaoAdapter.extract(doc, url).items.map((i) => i.rating)).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe('a 千牛 chat drawn as a virtual list', () => {
  const url = new URL('https://myseller.taobao.com/home.htm/app-customer-service/toolpage/Message');
  const chat = (msgs: string, extra = '') => `
    <div class="top_x">店铺 青禾</div>
    <ul class="contacts_x"><li><a href="https://item.taobao.com/item.htm?id=611111111111">别人的宝贝</a></li></ul>
    <div class="im-header_k1"><span class="nick_k2">wu_xiao_9</span></div>
    <div class="box_k3">${msgs}</div>${extra}
    <div class="in_k4"><textarea class="t_k5"></textarea><button>发送</button></div>`;
  const m = (i: number | null, self: boolean, t: string) =>
    `<div class="mr_k6${self ? ' is-self' : ''}"${i === null ? '' : ` data-index="${i}"`}><span class="tm_k7">2026-12-01 09:0${i ?? 0}:00</span><div class="tx_k8">${t}</div></div>`;
  it('orders recycled nodes by data-index', () => {
    const doc = page(
      chat(
        m(2, false, '第三句话在这里') +
          m(0, false, '第一句话在这里') +
          m(1, true, '第二句话在这里'),
      ),
    );
    const t = taobaoAdapter.extract(doc, url).items[0];
    expect(t?.messages?.map((x) => x.text)).toEqual([
      '第一句话在这里',
      '第二句话在这里',
      '第三句话在这里',
    ]);
    expect(t?.messages?.map((x) => x.from)).toEqual(['buyer', 'seller', 'buyer']);
  });
  it('keeps the DOM order when not every node carries its place', () => {
    const doc = page(
      chat(m(2, false, '甲说的第一句') + m(null, false, '甲说的第二句') + m(0, true, '店家说的话')),
    );
    const t = taobaoAdapter.extract(doc, url).items[0];
    expect(t?.messages?.map((x) => x.text)).toEqual(['甲说的第一句', '甲说的第二句', '店家说的话']);
  });
  it("names the buyer from the hashed header's nick part", () => {
    const doc = page(chat(m(0, false, '你好在吗在吗') + m(1, true, '在的亲')));
    expect(taobaoAdapter.extract(doc, url).items[0]?.author).toBe('wu_xiao_9');
  });
  it('takes the item card sent in the thread as the product, not a link in the contact list', () => {
    const card =
      '<div class="mr_k6" data-index="0"><span class="tm_k7">2026-12-01 08:59:00</span><div class="tx_k8"><a href="https://item.taobao.com/item.htm?id=622222222222">粗陶杯</a></div></div>';
    const doc = page(chat(card + m(1, false, '这个杯子有货吗')));
    expect(taobaoAdapter.extract(doc, url).items[0]?.product?.id).toBe('622222222222');
    const none = page(chat(m(0, false, '这个杯子有货吗') + m(1, true, '有的亲')));
    expect(taobaoAdapter.extract(none, url).items[0]?.product).toBeUndefined();
  });
});

describe('list places', () => {
  const els = (attrs: string[]) => {
    const ul = document.createElement('ul');
    ul.innerHTML = attrs.map((a, i) => `<li ${a}>${i}</li>`).join('');
    return Array.from(ul.children);
  };
  it('sorts siblings by data-index from 0, as by aria-rowindex from 1', () => {
    expect(
      byListPlace(els(['data-index="1"', 'data-index="0"'])).map((e) => e.textContent),
    ).toEqual(['1', '0']);
    expect(
      byListPlace(els(['aria-rowindex="3"', 'aria-rowindex="2"'])).map((e) => e.textContent),
    ).toEqual(['1', '0']);
  });
  it('leaves a group alone when one has no place or a bad one', () => {
    expect(byListPlace(els(['data-index="1"', ''])).map((e) => e.textContent)).toEqual(['0', '1']);
    expect(
      byListPlace(els(['data-index="1"', 'data-index="x"'])).map((e) => e.textContent),
    ).toEqual(['0', '1']);
  });
});

describe('Austrian German months', () => {
  it('reads Jän. and Jänner as January', () => {
    expect(isoDate('7. Jän. 2026')).toBe('2026-01-07');
    expect(isoDate('30. Jänner 2026')).toBe('2026-01-30');
  });
  it('still reads Juni and Juli apart from Jän.', () => {
    expect(isoDate('7. Juni 2026')).toBe('2026-06-07');
    expect(isoDate('7. Juli 2026')).toBe('2026-07-07');
  });
});

describe('Portuguese months (opened from the checking half)', () => {
  it('reads fevereiro and outubro', () => {
    expect(isoDate('14 de fevereiro de 2026')).toBe('2026-02-14');
    expect(isoDate('9 de outubro de 2026')).toBe('2026-10-09');
  });
});

describe('评价管理 mounted in an open shadow root (opened from the checking half)', () => {
  const url = new URL('https://qn.taobao.com/home.htm/comment-manage/list/rateWait4PC');
  it('lists the rows drawn inside the shadow root, not the hidden copy beside it', () => {
    const doc = page(
      '<div style="display:none"><div>订单号：5100000000000000009</div><div>初次评价：2026-10-01 10:00</div><p>旧的评价内容在这里</p><a role="button">评价回复</a></div><div id="host"></div>',
    );
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<div><div>订单号：5100000000000000001</div><div><span>差评</span> 初次评价：2026-12-01 10:00</div><p>盖子是坏的，很失望。</p><span>q**w</span><a role="button">评价回复</a></div>';
    const items = taobaoAdapter.extract(doc, url).items;
    expect(items.map((i) => i.orderId)).toEqual(['5100000000000000001']);
    expect(items[0]).toMatchObject({ polarity: 'negative', body: '盖子是坏的，很失望。' });
  });
});

describe("a message row's direction modifier (opened from the checking half)", () => {
  const side = (cls: string) => {
    const el = document.createElement('div');
    el.className = cls;
    return senderOf(el);
  };
  it('reads out as the shop’s own and in as to it, on a message stem', () => {
    expect(
      ['msg--out', 'x_msg-out', 'chat-bubble--in', 'message_in k9', 'bubble__out'].map(side),
    ).toEqual(['seller', 'seller', 'buyer', 'buyer', 'seller']);
  });
  it('names no side for in/out words that are no message direction', () => {
    expect(
      ['fade-in', 'sign-in', 'zoom-out', 'msg-inbox', 'message-input', 'chat-outline'].map(side),
    ).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
  });
  it('still takes a system card for the platform, whatever its direction', () => {
    expect(side('msg msg--in msg--system')).toBe('platform');
  });
  it("reads an eBay Seller Hub thread's sides from it, the body the buyer's only", () => {
    const doc = page(
      `<ul><li><a href="/sh/messages?conversationId=77000000001">tea_lover_9</a></li>
       <li><a href="/sh/messages?conversationId=77000000002">other_buyer</a></li></ul>
       <section><h2>tea_lover_9</h2><div class="t_q1">
       <div class="bubble bubble--in q_a"><div class="q_b">The lid is cracked, can you help?</div><span class="q_time">10:02</span></div>
       <div class="bubble bubble--out q_a"><div class="q_b">So sorry, a new lid goes out today.</div><span class="q_time">10:30</span></div>
       <div class="bubble bubble--in q_a"><div class="q_b">Thanks, I will wait for it.</div><span class="q_time">11:15</span></div>
       </div><div contenteditable="true" role="textbox" aria-label="Write your message"></div></section>`,
    );
    const url = new URL('https://www.ebay.com/sh/messages?conversationId=77000000001');
    const open = ebayAdapter.extract(doc, url).items.find((i) => i.messages?.length);
    expect(open?.messages?.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
    expect(open?.body).toContain('lid is cracked');
    expect(open?.body).toContain('wait for it');
    expect(open?.body).not.toContain('new lid');
  });
});

describe('an attachment chip in a message (opened from the checking half)', () => {
  const thread = (blocks: string) => {
    document.body.innerHTML = `<div id="t">${blocks}</div>`;
    return readThreadMessages(document.getElementById('t')!);
  };
  const block = (who: string, words: string, extra = '') =>
    `<div class="b_k"><div class="h_k"><span>${who}</span> · <span>02.12.2026, 10:0${words.length % 10}</span></div><div class="w_k">${words}</div>${extra}</div>`;
  it('leaves out a 📎 chip and a bare file name with its size', () => {
    const msgs = thread(
      block(
        'Jonas Beck',
        'Der Griff ist abgebrochen.',
        '<div class="f_k"><span>📎 Griff_01.heic</span></div>',
      ) +
        block(
          'Jonas Beck',
          'Hier die Rechnung.',
          '<div class="f_k">rechnung-4711.pdf (120 KB)</div>',
        ),
    );
    expect(msgs.map((m) => m.text)).toEqual(['Der Griff ist abgebrochen.', 'Hier die Rechnung.']);
  });
  it('keeps words that only mention a file, and a version or a sum', () => {
    const msgs = thread(
      block('Jonas Beck', 'Ich finde die Datei foto.jpg nicht mehr.') +
        block('Jonas Beck', 'Version 2.0 ist es nicht.', '<div class="f_k">19.99</div>'),
    );
    expect(msgs.map((m) => m.text)).toEqual([
      'Ich finde die Datei foto.jpg nicht mehr.',
      'Version 2.0 ist es nicht. 19.99',
    ]);
  });
  it("keeps an Amazon German thread's chip out of the buyer's body", () => {
    const doc = page(
      `<section aria-label="Unterhaltung"><header><h2>Petra Lang</h2><span>Bestellnummer: 303-1112223-4445556</span></header><div>
       <article class="m_r message-buyer"><div class="h_r"><span>Petra Lang</span> · <span>01.12.2026, 08:10</span></div><div class="w_r">Die Tasse kam zerbrochen an.</div><div class="a_r"><span>📎 scherben.jpg</span></div></article>
       <article class="m_r message-seller"><div class="h_r"><span>Sie</span> · <span>01.12.2026, 09:00</span></div><div class="w_r">Das tut uns leid, Frau Lang.</div></article>
       </div><kat-textarea placeholder="Nachricht eingeben"><textarea></textarea></kat-textarea></section>`,
    );
    const url = new URL('https://sellercentral.amazon.de/messaging/inbox-v3');
    const item = amazonAdapter.extract(doc, url).items.find((i) => i.messages?.length);
    expect(item?.messages?.map((m) => m.from)).toEqual(['buyer', 'seller']);
    expect(item?.body).toBe('Die Tasse kam zerbrochen an.');
  });
});
