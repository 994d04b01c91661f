import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { taobao } from '../../../lib/sites/taobao';
import { cnDate, replyBoxes, reviewRows, taobaoAdapter } from '../../../lib/sites/taobao-reader';
import { SnapshotSchema } from '../../../lib/messages';
import { createScanner } from '../../../lib/sites/scan';
import { TAOBAO_REPLY_MAX } from '../../../lib/playbook/platforms';
import { loadFixture } from './fixture';

/** What the content script would send for this page (schema-checked). */
const readTaobao = (doc: Document, url: URL) => {
  const snap = taobaoAdapter.extract(doc, url);
  expect(SnapshotSchema.safeParse(snap).success).toBe(true);
  return snap;
};

const URL_HANS = new URL(
  'https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=1&pageSize=20',
);
const URL_HANT = new URL(
  'https://myseller.tmall.com/home.htm/comment-manage/list/rateWait4PC?current=1&pageSize=20',
);
const URL_100 = new URL(
  'https://qn.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=1&pageSize=100',
);

// happy-dom would fetch iframe pages from the network otherwise
const noFrames = () => {
  (
    window as unknown as { happyDOM?: { settings: { disableIframePageLoading: boolean } } }
  ).happyDOM!.settings.disableIframePageLoading = true;
};

beforeEach(() => {
  noFrames();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

const open = (file: string, ms = 400) => {
  const doc = loadFixture(file, { runScripts: true });
  vi.advanceTimersByTime(ms);
  return doc;
};
const click = (el: Element | null | undefined) => {
  expect(el, 'element to click').toBeTruthy();
  (el as HTMLElement).click();
};
const byText = (doc: Document, sel: string, t: string, n = 0) =>
  Array.from(doc.querySelectorAll(sel)).filter((e) => e.textContent?.trim() === t)[n];

describe('URL rules', () => {
  it('maps every test URL to its own kind', () => {
    for (const [kind, urls] of Object.entries(taobao.testUrls)) {
      for (const u of urls ?? []) expect([u, taobao.detect(new URL(u))]).toEqual([u, kind]);
    }
  });
  it('never claims the login hosts, plain http, or the buyer-facing JSONP feed', () => {
    for (const u of [
      'https://loginmyseller.taobao.com/home.htm/comment-manage/list/rateWait4PC',
      'https://havanalogin.taobao.com/mini_login.htm',
      'http://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC',
      'https://rate.tmall.com/list_detail_rate.htm?itemId=1',
      'https://evil.example/myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC',
    ]) {
      expect([u, taobao.detect(new URL(u))]).toEqual([u, 'none']);
    }
  });
});

describe('dates are Beijing time', () => {
  it('parses 初次评价 times as +08:00 and keeps the raw text', () => {
    expect(cnDate('2026-11-24 10:12')).toEqual({
      iso: '2026-11-24T02:12:00Z',
      raw: '2026-11-24 10:12',
    });
    // a date without a time stays a calendar date
    expect(cnDate('2026年3月5日')).toEqual({ iso: '2026-03-05', raw: '2026年3月5日' });
  });
  it('gives no ISO for a date that does not exist or for 收货后N天', () => {
    expect(cnDate('2026-02-31 10:00')).toEqual({ raw: '2026-02-31 10:00' });
    expect(cnDate('收货后3天')).toEqual({ raw: '收货后3天' });
  });
});

describe('评价管理, Simplified labels (Fusion Next table, portalled dialogs, popups)', () => {
  it('says it found no rows while the app shell loads, then lists every row', () => {
    const doc = loadFixture('taobao/reviews.html', { runScripts: true });
    const before = readTaobao(doc, URL_HANS);
    expect(before.items).toEqual([]);
    expect(before.warnings.join(' ')).toMatch(/no review rows/);
    vi.advanceTimersByTime(400);
    const snap = readTaobao(doc, URL_HANS);
    expect(snap.pageKind).toBe('reviews');
    expect(snap.warnings).toEqual([]);
    expect(snap.items.map((i) => i.externalId)).toEqual([
      '3918273645501234567',
      '3918273645507654321',
      '3918273645509988776',
      '3918273645504433221',
      '3918273645502211009',
      '3918273645508877665',
    ]);
  });

  it('reads a row with its 追评 from the expanded row as one item', () => {
    const snap = readTaobao(open('taobao/reviews.html'), URL_HANS);
    expect(snap.items[0]).toEqual({
      externalId: '3918273645501234567',
      kind: 'reviews',
      orderId: '3918273645501234567',
      polarity: 'negative',
      author: 't**5',
      body: '收到的杯子有裂痕，倒水就漏，客服一直不回消息，太失望了！要求退款。\n\n退款申请了两天还没处理，再不处理就投诉到平台。',
      date: { iso: '2026-11-24T02:12:00Z', raw: '2026-11-24 10:12' },
      followUp: {
        text: '退款申请了两天还没处理，再不处理就投诉到平台。',
        date: { raw: '收货后3天' },
      },
      product: {
        id: '712345678901',
        name: '【官方正品】双层玻璃杯 耐热 450ml 带盖',
        url: 'https://item.taobao.com/item.htm?id=712345678901',
      },
      replyable: false,
      replyState: 'open',
      // the follow-up is what the buyer said last: answer that one
      replyAction: '追评回复',
    });
  });

  it('leaves out a row hidden by its own style while its neighbours, under the same table, stay', () => {
    const doc = open('taobao/reviews.html');
    const all = readTaobao(doc, URL_HANS).items.map((i) => i.externalId);
    expect(all.length).toBeGreaterThan(2);
    const rows = Array.from(doc.querySelectorAll('tr.next-table-row'));
    // the second row hidden; the first and third share every ancestor above their rows
    rows[1]!.setAttribute('style', 'display: none');
    const got = readTaobao(doc, URL_HANS).items.map((i) => i.externalId);
    expect(got).toEqual(all.filter((id) => id !== all[1]));
    rows[1]!.removeAttribute('style');
    rows[0]!.parentElement!.setAttribute('hidden', '');
    expect(readTaobao(doc, URL_HANS).items).toEqual([]);
  });

  it('an observed scan sees a 追评 row come, change and go beside a row it already read', () => {
    const doc = open('taobao/reviews.html');
    const s = createScanner(taobaoAdapter.site, taobaoAdapter.reader, true);
    const obs = new MutationObserver(() => {});
    obs.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const scan = () => {
      for (const r of obs.takeRecords()) s.record(r);
      return s.scan(doc, URL_HANS).items[0]!;
    };
    const first = scan();
    expect(first.followUp?.text).toMatch(/^退款申请了两天/);
    const row = doc.querySelector('tr.next-table-row')!;
    const extra = row.nextElementSibling!;
    extra.remove();
    expect(scan().followUp).toBeUndefined();
    row.after(extra);
    expect(scan().followUp?.text).toBe(first.followUp?.text);
    const words = Array.from(extra.querySelectorAll('*')).find((e) =>
      /^退款申请了两天/.test(e.textContent ?? ''),
    )!;
    words.textContent = '还是没有人处理。';
    expect(scan().followUp?.text).toBe('还是没有人处理。');
    obs.disconnect();
  });

  it('tells the reply states apart and the ratings as polarity', () => {
    const items = readTaobao(open('taobao/reviews.html'), URL_HANS).items;
    expect(items.map((i) => [i.polarity, i.replyState, i.replyAction])).toEqual([
      ['negative', 'open', '追评回复'],
      ['neutral', 'open', '评价回复'],
      ['positive', 'replied', undefined],
      ['negative', 'expired', undefined],
      ['neutral', 'closed', undefined],
      ['negative', 'closed', undefined],
    ]);
    // a dated follow-up has an ISO date
    expect(items[5]?.followUp?.date).toEqual({
      iso: '2026-11-27T01:00:00Z',
      raw: '2026-11-27 09:00',
    });
  });

  it('keeps hostile review text as plain text, markup and all', () => {
    const doc = open('taobao/reviews.html');
    const item = readTaobao(doc, URL_HANS).items[3];
    expect(item?.body).toContain('<img src=x onerror="window.__xss=1">');
    expect(item?.body).toContain('<script>window.__xss=2</script>');
    expect(item?.product?.name).toBe('玻璃水壶 1.5L <b>限时</b>');
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('is not fooled by the popups: 功能升级, 新手引导 and 店铺资损预警 (with its own textarea)', () => {
    const doc = open('taobao/reviews.html', 1600);
    expect(doc.body.textContent).toContain('店铺资损预警');
    expect(doc.querySelector('.tbd-modal textarea')).toBeTruthy();
    const items = readTaobao(doc, URL_HANS).items;
    expect(items.filter((i) => i.replyable)).toEqual([]);
  });

  it('ties the 评价回复 dialog (portalled to <body>) to its row only, with the 500 limit', () => {
    const doc = open('taobao/reviews.html', 1600);
    const row2 = byText(doc, 'button', '评价回复', 1); // 小***猫's row (row 1 has one too)
    click(row2);
    const items = readTaobao(doc, URL_HANS).items;
    const open2 = items.filter((i) => i.replyable);
    expect(open2.map((i) => i.externalId)).toEqual(['3918273645507654321']);
    expect(open2[0]?.replyLimit).toBe(TAOBAO_REPLY_MAX);
    expect(open2[0]?.replyAction).toBeUndefined();
    // the dialog sits outside every row
    const dlg = Array.from(doc.querySelectorAll('[role="dialog"]')).at(-1)!;
    expect(dlg.closest('tr')).toBeNull();
  });

  it('an observed re-scan finds a dialog opened since, and drops it once closed', () => {
    const doc = open('taobao/reviews.html', 1600);
    const s = createScanner(taobaoAdapter.site, taobaoAdapter.reader, true);
    const obs = new MutationObserver(() => {});
    obs.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const scan = () => {
      for (const r of obs.takeRecords()) s.record(r);
      return s
        .scan(doc, URL_HANS)
        .items.filter((i) => i.replyable)
        .map((i) => i.externalId);
    };
    expect(scan()).toEqual([]);
    click(byText(doc, 'button', '评价回复', 1));
    expect(scan()).toEqual(['3918273645507654321']);
    vi.advanceTimersByTime(3100); // the click tracker's window is over
    const all = vi.spyOn(doc, 'querySelectorAll');
    // isVisible asks for the page's layout: an editor outside what changed keeps its answer
    const layout = vi.spyOn(doc.documentElement, 'getBoundingClientRect');
    doc.body.append(doc.createElement('div'));
    expect(scan()).toEqual(['3918273645507654321']);
    // the editors were looked for in what changed, not in the whole page
    expect(all.mock.calls.filter(([sel]) => /contenteditable/.test(String(sel)))).toEqual([]);
    expect(layout).not.toHaveBeenCalled();
    all.mockRestore();
    layout.mockRestore();
    Array.from(doc.querySelectorAll('[role="dialog"]')).at(-1)!.remove();
    expect(scan()).toEqual([]);
    obs.disconnect();
  });

  it('ties a 追评回复 dialog that names nothing only through the click that opened it', () => {
    const doc = open('taobao/reviews.html', 1600);
    readTaobao(doc, URL_HANS); // the content script's first scan starts the click tracker
    click(byText(doc, 'button', '追评回复'));
    const withTracker = readTaobao(doc, URL_HANS).items;
    expect(withTracker.filter((i) => i.replyable).map((i) => i.externalId)).toEqual([
      '3918273645501234567',
    ]);
    // without the click record the dialog could be anyone's: nobody's
    expect(replyBoxes(doc, reviewRows(doc)).size).toBe(0);
  });

  it('re-reads after a filter, a search and a page change re-render the table', () => {
    const doc = open('taobao/reviews.html');
    const append = doc.querySelectorAll(
      '.filters--9kLz1 input[type="checkbox"]',
    )[2] as HTMLInputElement;
    append.click();
    vi.advanceTimersByTime(200);
    expect(readTaobao(doc, URL_HANS).items.map((i) => i.externalId)).toEqual([
      '3918273645501234567',
      '3918273645508877665',
    ]);
    append.click();
    (doc.querySelector('.next-input input') as HTMLInputElement).value = '物流';
    click(byText(doc, 'button', '搜索'));
    vi.advanceTimersByTime(200);
    expect(readTaobao(doc, URL_HANS).items.map((i) => i.externalId)).toEqual([
      '3918273645507654321',
    ]);
    (doc.querySelector('.next-input input') as HTMLInputElement).value = '不存在的词';
    click(byText(doc, 'button', '搜索'));
    vi.advanceTimersByTime(200);
    // an empty result is not a changed page
    expect(readTaobao(doc, URL_HANS)).toMatchObject({ items: [], warnings: [] });
    (doc.querySelector('.next-input input') as HTMLInputElement).value = '';
    click(byText(doc, 'button', '搜索'));
    click(byText(doc, 'button', '2'));
    vi.advanceTimersByTime(200);
    expect(readTaobao(doc, URL_HANS).items.map((i) => i.externalId)).toEqual([
      '3918273645501112223',
      '3918273645503334445',
    ]);
  });
});

describe('評價管理, Traditional labels (div rows, inline and portalled forms)', () => {
  it('reads Traditional labels, 收貨後N天 and Tmall item links', () => {
    const snap = readTaobao(open('taobao/reviews-hant.html'), URL_HANT);
    expect(snap.warnings).toEqual([]);
    expect(snap.items.map((i) => [i.externalId, i.polarity, i.author, i.replyState])).toEqual([
      ['2847561930021345678', 'negative', '台***客', 'open'],
      ['2847561930029876543', 'neutral', 'm**7', 'open'],
      ['2847561930025556667', 'positive', 'k**k', 'replied'],
    ]);
    expect(snap.items[0]).toMatchObject({
      body: '收到的時候盒子都壓扁了，裡面的杯子也碎了一個，很失望。\n\n客服說會補寄，到現在都沒有消息。',
      followUp: { text: '客服說會補寄，到現在都沒有消息。', date: { raw: '收貨後5天' } },
      date: { iso: '2026-11-25T08:20:00Z', raw: '2026-11-25 16:20' },
      product: { id: '680011223344', name: '天貓超市 耐熱玻璃杯 6入' },
      replyAction: '追評回覆',
    });
  });

  it("takes the row's inline form, with the box's own tighter limit", () => {
    const doc = open('taobao/reviews-hant.html');
    click(byText(doc, '[role="button"]', '評價回覆', 1));
    const items = readTaobao(doc, URL_HANT).items;
    expect(items.map((i) => [i.externalId, i.replyable, i.replyLimit])).toEqual([
      ['2847561930021345678', false, undefined],
      ['2847561930029876543', true, 300],
      ['2847561930025556667', false, undefined],
    ]);
  });

  it('ties a portalled form to the clicked row, and unties it when another row is clicked', () => {
    const doc = open('taobao/reviews-hant.html');
    readTaobao(doc, URL_HANT);
    click(byText(doc, '[role="button"]', '追評回覆'));
    let items = readTaobao(doc, URL_HANT).items;
    expect(items.filter((i) => i.replyable).map((i) => [i.externalId, i.replyLimit])).toEqual([
      ['2847561930021345678', 500],
    ]);
    // the 重要消息 notice is there all along and never counts
    expect(doc.body.textContent).toContain('重要消息');
    click(byText(doc, '[role="button"]', '評價回覆', 1));
    items = readTaobao(doc, URL_HANT).items;
    expect(items.filter((i) => i.replyable).map((i) => i.externalId)).toEqual([
      '2847561930029876543',
    ]);
  });
});

describe('100 rows (pageSize=100)', () => {
  it('lists all 100 with their follow-ups and states', () => {
    const doc = open('taobao/reviews-100.html', 300);
    const rows = reviewRows(doc);
    expect(rows).toHaveLength(100);
    expect(new Set(rows.map((r) => r.externalId)).size).toBe(100);
    expect(rows[99]?.orderId).toBe('39000000000000199');
    expect(new Set(rows.map((r) => r.orderId)).size).toBe(100); // one order per row on this page
    expect(rows.filter((r) => r.followUp)).toHaveLength(20);
    expect(rows[5]?.followUp).toEqual({
      text: '追评6：用了几天又坏了。',
      date: { raw: '收货后6天' },
    });
    expect(rows.filter((r) => r.replyState === 'replied')).toHaveLength(33);
    expect(rows[3]?.body).toBe('第4条：收到就是坏的，联系客服也不理人，要求退款！');
    expect(readTaobao(doc, URL_100).items).toHaveLength(100);
  });
});

describe('one order, two items reviewed', () => {
  it('keeps both rows with distinct ids', () => {
    const doc = open('taobao/reviews.html');
    const tbody = doc.querySelector('.next-table-body tbody')!;
    const copy = tbody.querySelector('tr.next-table-row')!.cloneNode(true) as Element;
    copy.querySelector('a')!.setAttribute('href', 'https://item.taobao.com/item.htm?id=999999999');
    tbody.appendChild(copy);
    const ids = readTaobao(doc, URL_HANS).items.map((i) => i.externalId);
    expect(ids.filter((i) => i.startsWith('3918273645501234567'))).toEqual([
      '3918273645501234567',
      '3918273645501234567:999999999',
    ]);
  });
});

describe('observed re-scans after rows are appended', () => {
  it('list what a fresh scan lists, a second row of a listed order included', () => {
    const doc = open('taobao/reviews.html');
    const s = createScanner(taobaoAdapter.site, taobaoAdapter.reader, true);
    const obs = new MutationObserver(() => {});
    obs.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const scan = () => {
      for (const r of obs.takeRecords()) s.record(r);
      return s.scan(doc, URL_HANS).items;
    };
    const fresh = () => createScanner(taobaoAdapter.site, taobaoAdapter.reader).scan(doc, URL_HANS);
    const tbody = doc.querySelector('.next-table-body tbody')!;
    const model = tbody.querySelector('tr.next-table-row')!;
    /** A copy of the first row under another order number (or the same one). */
    const rowOf = (order: string) => {
      const copy = model.cloneNode(true) as Element;
      const walk = doc.createTreeWalker(copy, 4);
      for (let n = walk.nextNode(); n; n = walk.nextNode())
        n.textContent = n.textContent!.replace('3918273645501234567', order);
      return copy;
    };
    // (a fresh scan only at the end: the reader keeps one run's results, and any scan replaces them)
    const before = scan().map((i) => i.externalId);
    const orders = ['391827364550123000', '391827364550123010', '391827364550123020'];
    for (const o of orders) tbody.appendChild(rowOf(o));
    expect(scan().map((i) => i.externalId)).toEqual([...before, ...orders]);
    // a second row of the first order: every row of that order is numbered again
    const second = rowOf('3918273645501234567');
    second
      .querySelector('a')!
      .setAttribute('href', 'https://item.taobao.com/item.htm?id=999999999');
    tbody.appendChild(second);
    const again = scan().map((i) => i.externalId);
    expect(again).toContain('3918273645501234567:999999999');
    expect(again).toHaveLength(before.length + 4);
    tbody.appendChild(rowOf('391827364550123099'));
    expect(scan()).toEqual(fresh().items);
    obs.disconnect();
  });
});

describe('pages with nothing to read', () => {
  it('login + 滑块: not recognised, no items, nothing thrown', () => {
    const doc = loadFixture('taobao/login.html');
    const snap = readTaobao(
      doc,
      new URL('https://work.taobao.com/home.htm/comment-manage/list/rateWait4PC'),
    );
    expect(snap.items).toEqual([]);
    expect(snap.warnings.join(' ')).toMatch(/滑块/);
  });
  it('the legacy rating summary is recognised and has no review to answer', () => {
    const doc = loadFixture('taobao/legacy-rate.html');
    expect(readTaobao(doc, new URL('https://rate.taobao.com/myRate.htm?mytmenu=pj'))).toMatchObject(
      {
        pageKind: 'feedback',
        items: [],
        warnings: [],
      },
    );
  });
  it('an unknown layout on a review URL says so instead of guessing', () => {
    document.body.innerHTML = '<div class="x">评价管理</div><div>新版页面加载中，请稍候</div>';
    const snap = readTaobao(document, URL_HANS);
    expect(snap.items).toEqual([]);
    expect(snap.warnings.join(' ')).toMatch(/no review rows/);
  });
  it('an order label in a script or style inside a row is no field of the page', () => {
    const doc = open('taobao/reviews.html');
    const before = readTaobao(doc, URL_HANS).items.map((i) => [i.externalId, i.orderId]);
    const row = doc.querySelectorAll('.rate-content--1bNm4')[1]!.parentElement!;
    const script = doc.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"tip":"订单号：4000000000000000001"}';
    const style = doc.createElement('style');
    style.textContent = '.x::after { content: "订单号：4000000000000000002"; }';
    row.append(script, style);
    doc.body.append(script.cloneNode(true));
    const after = readTaobao(doc, URL_HANS).items.map((i) => [i.externalId, i.orderId]);
    expect(after).toEqual(before);
  });
  it('a row that quotes another order in its text is still one row', () => {
    const doc = open('taobao/reviews.html');
    const body = doc.querySelectorAll('.rate-content--1bNm4')[1]!;
    body.textContent = '上次订单号：3918273645509988776 也是这样';
    const ids = readTaobao(doc, URL_HANS).items.map((i) => i.externalId);
    expect(ids).toHaveLength(6);
  });
});
