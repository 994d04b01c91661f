// Message and feedback times: a <time datetime> that carries its zone is the time (the visible
// text names none), and a visible time without a zone is read in the marketplace's own zone where
// that zone is certain (Taobao/Tmall/1688: Beijing; amazon.co.jp: Tokyo). Pages written for these
// tests.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isoDate, itemDate } from '../../../lib/sites/dates';
import { marketOffset } from '../../../lib/sites/dates-ymd';
import { readThreadMessages } from '../../../lib/sites/shared';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { deepQuerySelectorAll } from '../../../lib/sites/dom';
import { loadFixture } from './fixture';

const el = (html: string): Element => {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
};

describe('a datetime attribute with its zone', () => {
  it('is preferred to the visible text, which stays the raw text', () => {
    const t = el('<time datetime="2026-11-20T18:45:00-05:00">Nov 20, 2026 6:45 p.m.</time>');
    expect(itemDate(t.textContent, { slash: 'mdy', el: t })).toEqual({
      iso: '2026-11-20T23:45:00Z',
      raw: 'Nov 20, 2026 6:45 p.m.',
    });
  });
  it('is read from the closest <time> around or inside the date element', () => {
    const inside = el(
      '<span class="date"><time datetime="2026-11-20T09:00:00+09:00">11/20 9:00</time></span>',
    );
    expect(isoDate('2026/11/20 9:00', { el: inside })).toBe('2026-11-20T00:00:00Z');
    const around = el('<time datetime="2026-11-20T18:45Z"><span>20 Nov 2026, 18:45</span></time>');
    expect(isoDate('20 Nov 2026, 18:45', { el: around.firstElementChild })).toBe(
      '2026-11-20T18:45:00Z',
    );
  });
  it('is ignored without a zone, or when it is no date-time: the visible text is read as before', () => {
    const local = el('<time datetime="2026-11-20T18:45:00">Nov 20, 2026 6:45 PM</time>');
    expect(isoDate('Nov 20, 2026 6:45 PM', { el: local })).toBe('2026-11-20T18:45:00Z');
    const junk = el('<time datetime="yesterday+05:00">Nov 20, 2026 6:45 PM</time>');
    expect(isoDate('Nov 20, 2026 6:45 PM', { el: junk })).toBe('2026-11-20T18:45:00Z');
    const day = el('<time datetime="2026-11-20">Nov 20, 2026</time>');
    expect(isoDate('Nov 21, 2026', { el: day })).toBe('2026-11-21');
  });
  it('gives a thread message its time (shared thread reader)', () => {
    const t = el(
      '<div><div class="thread-message buyer"><time datetime="2026-11-20T18:45:00-05:00">6:45 p.m.</time><p class="message-text">Where is it?</p></div>' +
        '<div class="thread-message seller"><time>Nov 21, 2026 9:00 AM</time><p class="message-text">Shipped today.</p></div></div>',
    );
    expect(readThreadMessages(t)).toEqual([
      { from: 'buyer', at: '2026-11-20T23:45:00Z', text: 'Where is it?' },
      { from: 'seller', at: 'Nov 21, 2026 9:00 AM', text: 'Shipped today.' },
    ]);
  });
});

describe('threads of blocks headed by a sender line', () => {
  it('take a <time datetime> with its zone in the line as the time', () => {
    const t = el(
      '<div><div><div>Dana Fox · <time datetime="2026-11-24T14:14:00+01:00">Nov 24, 2026 2:14 PM</time></div><div>The lid is cracked.</div></div>' +
        '<div><div>You · <time>Nov 24, 2026 4:30 PM</time></div><div>Sorry, a new one is on its way.</div></div></div>',
    );
    expect(readThreadMessages(t)).toEqual([
      { from: 'buyer', at: '2026-11-24T13:14:00Z', text: 'The lid is cracked.' },
      { from: 'seller', at: 'Nov 24, 2026 4:30 PM', text: 'Sorry, a new one is on its way.' },
    ]);
  });
});

describe('the marketplace’s zone for times shown without one', () => {
  it.each([
    ['myseller.taobao.com', 480],
    ['trade.tmall.com', 480],
    ['work.1688.com', 480],
    ['sellercentral.amazon.co.jp', 540],
    ['sellercentral.amazon.com', undefined],
    ['www.ebay.ca', undefined],
    ['taobao.com.evil.example', undefined],
    ['notamazon.co.jp', undefined],
  ])('%s: %s', (host, offset) => {
    expect(marketOffset(host)).toBe(offset);
  });
});

describe('readers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('Amazon Japan: a thread’s times are Tokyo time', () => {
    const doc = loadFixture('amazon/messages-thread.html', { runScripts: true });
    vi.advanceTimersByTime(450);
    const url = new URL(
      'https://sellercentral.amazon.co.jp/messaging/thread?threadId=A1US4T9W2K7MXQ&orderId=113-4521987-6630245',
    );
    const [item] = amazonAdapter.extract(doc, url).items;
    expect(item?.messages?.[0]?.at).toBe('2026-11-20T00:14:00Z');
    // the same page on amazon.com keeps today's reading (the zone of a US seller is not certain)
    const us = new URL(url.href.replace('amazon.co.jp', 'amazon.com'));
    expect(amazonAdapter.extract(doc, us).items[0]?.messages?.[0]?.at).toBe('2026-11-20T09:14:00Z');
  });

  it('Amazon inbox: a row’s <time datetime> with its zone is the row’s time, its text the raw', () => {
    const doc = loadFixture('amazon/messages-inbox.html', { runScripts: true });
    vi.advanceTimersByTime(550);
    // the app draws its rows in shadow roots
    const time = deepQuerySelectorAll(doc, 'time').find((t) => t.textContent === '21 Nov 2026')!;
    time.setAttribute('datetime', '2026-11-21T10:05:00+01:00');
    const url = new URL('https://sellercentral.amazon.de/messaging/inbox-v3?fi=responseNeeded');
    const row = amazonAdapter
      .extract(doc, url)
      .items.find((i) => i.orderId === '302-5839201-4471638');
    expect(row?.date).toEqual({ iso: '2026-11-21T09:05:00Z', raw: '21 Nov 2026' });
  });

  it('eBay.ca: a bubble’s <time datetime> with its offset is the message’s time', () => {
    const doc = loadFixture('ebay/blind8-mye-twopane.html');
    const times = Array.from(doc.querySelectorAll('time'));
    const last = times.find((t) => t.getAttribute('datetime') === '2026-11-24T19:12:00Z')!;
    last.setAttribute('datetime', '2026-11-24T18:45:00-05:00');
    last.textContent = 'Nov 24, 2026 6:45 p.m.';
    const url = new URL('https://www.ebay.ca/mye/myebay/messages?conversationId=CONV-88123');
    const open = ebayAdapter.extract(doc, url).items.find((i) => i.messages?.length);
    expect(open?.messages?.at(-1)?.at).toBe('2026-11-24T23:45:00Z');
    expect(open?.date).toEqual({ iso: '2026-11-24T23:45:00Z', raw: 'Nov 24, 2026 6:45 p.m.' });
  });

  it('eBay feedback card: a <time datetime> with its offset in the card’s time part', () => {
    const doc = loadFixture('ebay/feedback-profile.html', { runScripts: true });
    const part = doc.querySelector('[class$="__info__divide__time"]')!;
    part.innerHTML = '<time datetime="2026-11-20T18:45:00-05:00">Nov 20, 2026</time>';
    const url = new URL('https://www.ebay.ca/fdbk/feedback_profile/aurora_home_goods');
    const [first] = ebayAdapter.extract(doc, url).items;
    expect(first?.date).toEqual({ iso: '2026-11-20T23:45:00Z', raw: 'Nov 20, 2026' });
  });
});
