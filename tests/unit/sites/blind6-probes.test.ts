// Fresh probes of the kinds blind6's tuning half taught (written after the fixes, not copied from
// its rows): star meters drawn as a fill width, star elements with a wordless title, the rating
// words of eBay's Polish and Dutch sites, Polish dates, Taobao rating icons named only by ARIA.
import { describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { ebayAdapter, polarityOf } from '../../../lib/sites/ebay-reader';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import { starsOf } from '../../../lib/sites/dom';
import { isoDate } from '../../../lib/sites/dates';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};
const el = (html: string): Element => {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
};

describe('star meters', () => {
  it('reads whole stars from a fill width, on the element or a child', () => {
    expect(starsOf(el('<div class="m"><i style="display:block; width:80%"></i></div>'))).toBe(4);
    expect(starsOf(el('<span style="width: 20%"></span>'))).toBe(1);
    expect(starsOf(el('<div aria-label="Customer rating"><b style="width:100%"></b></div>'))).toBe(
      5,
    );
  });
  it('a fill between whole stars (an average) or of nothing is no rating', () => {
    expect(starsOf(el('<div><i style="width:70%"></i></div>'))).toBeUndefined();
    expect(starsOf(el('<div><i style="width:0%"></i></div>'))).toBeUndefined();
    expect(starsOf(el('<div><i style="min-width:40px"></i></div>'))).toBeUndefined();
  });
  it('an attribute that names a number still decides (a "-3" or "4.5" is no rating)', () => {
    expect(starsOf(el('<div value="4.5"><i style="width:80%"></i></div>'))).toBeUndefined();
    expect(starsOf(el('<div title="2 of 5"></div>'))).toBe(2);
  });
  it('an Amazon review card whose rating is only a meter', () => {
    const doc = page(
      `<div class="reviewContainer" data-testid="review-R9METER01"><div class="reviewRating" title="Stars"><span style="width:40%"></span></div>
       <div id="review-content-R9METER01">Too small.</div></div>`,
    );
    const items = amazonAdapter.extract(
      doc,
      new URL('https://sellercentral.amazon.de/brand-customer-reviews/'),
    ).items;
    expect(items[0]).toMatchObject({ externalId: expect.stringContaining('R9METER01'), rating: 2 });
  });
});

describe("eBay's rating words and dates on the Polish and Dutch sites", () => {
  it('reads Polish and Dutch rating labels', () => {
    expect(
      [
        'Ocena pozytywna',
        'Negatywna ocena',
        'Neutralna',
        'Positieve feedback',
        'Negatieve feedback',
        'Neutraal',
      ].map(polarityOf),
    ).toEqual(['positive', 'negative', 'neutral', 'positive', 'negative', 'neutral']);
  });
  it('parses Polish month names, short and genitive', () => {
    expect(isoDate('3 października 2026')).toBe('2026-10-03');
    expect(isoDate('15 wrz 2026')).toBe('2026-09-15');
    expect(isoDate('1 stycznia 2027')).toBe('2027-01-01');
    expect(isoDate('28 lut 2026, 09:30')).toBe('2026-02-28T09:30:00Z');
    expect(isoDate('5 mrt. 2026')).toBe('2026-03-05');
  });
  it('a Polish card with a genitive date', () => {
    const doc = page(
      `<ul><li class="fdbk-container"><div class="fdbk-container__details">
        <span class="fdbk-container__details__info__icon"><svg aria-label="Ocena negatywna" role="img"></svg></span>
        <span class="fdbk-container__details__info__username"><span>z***a</span></span>
        <span class="fdbk-container__details__info__divide__time">9 grudnia 2026</span>
        <div class="fdbk-container__details__comment"><span>Nie dotarło.</span></div>
        <a class="fdbk-container__details__item-link" href="/itm/266100999901">Kubek</a></div></li></ul>`,
    );
    const items = ebayAdapter.extract(
      doc,
      new URL('https://www.ebay.pl/fdbk/feedback_profile/x'),
    ).items;
    expect(items[0]).toMatchObject({ polarity: 'negative', date: { iso: '2026-12-09' } });
  });
});

describe('Taobao rating icons named only by ARIA', () => {
  it('an svg or span icon with an aria-label gives the polarity', () => {
    const row = (id: string, icon: string) =>
      `<div role="row"><div role="cell"><span>订单号：${id}</span> ${icon}<div>初次评价：2026-11-01 10:00</div><div>不太满意这次的东西。</div></div><div role="cell"><span>a**b</span></div></div>`;
    const doc = page(
      `<div role="table">${row('5501122334455667701', '<svg role="img" aria-label="中评"></svg>')}${row(
        '5501122334455667702',
        '<span class="x" aria-label="好评"></span>',
      )}</div>`,
    );
    const items = taobaoAdapter.extract(
      doc,
      new URL('https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC'),
    ).items;
    expect(items.map((i) => [i.externalId, i.polarity])).toEqual([
      ['5501122334455667701', 'neutral'],
      ['5501122334455667702', 'positive'],
    ]);
  });
});

// Probes of the kinds the checking half taught once it was opened (after the held-out figure).
describe('ARIA-only threads and grids', () => {
  it('Amazon: grid rows in aria-rowindex order, articles labelled with sender and time', () => {
    const row = (i: number, name: string, order: string) =>
      `<div role="row" aria-rowindex="${i}"><div role="gridcell">${name}</div><div role="gridcell"><a href="/messaging/thread?orderId=${order}">${order}</a></div><div role="gridcell">Hello</div></div>`;
    const doc = page(
      `<div role="grid" aria-rowcount="90">${row(41, 'B Two', '305-1111111-0000002')}${row(40, 'A One', '305-1111111-0000001')}</div>
       <section role="region" aria-label="Conversation with A One"><div>Order 305-1111111-0000001</div>
       <div role="log"><div role="article" aria-label="A One, Dec 2, 2026, 9:05 AM"><div>Where is my parcel?</div></div>
       <div role="article" aria-label="You, Dec 2, 2026, 11:20 AM"><div>It ships today.</div></div></div>
       <textarea aria-label="Reply"></textarea></section>`,
    );
    const items = amazonAdapter.extract(
      doc,
      new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded'),
    ).items;
    expect(items.map((i) => i.externalId.replace(/^amazon:/, ''))).toEqual([
      '305-1111111-0000001',
      '305-1111111-0000002',
    ]);
    expect(items[0]?.messages?.map((m) => [m.from, m.text])).toEqual([
      ['buyer', 'Where is my parcel?'],
      ['seller', 'It ships today.'],
    ]);
  });
  it('eBay: a German log of articles ("Nachricht von dir")', () => {
    const doc = page(
      `<div><a href="/mye/myebay/messages?conversationId=77001" aria-current="page"><span>k***r</span> <span>Hallo</span></a>
       <div role="log" aria-label="Unterhaltung mit k***r">
        <div role="article" aria-label="Nachricht von k***r, 3. Dez. 2026 08:15"><div dir="auto">Wo bleibt mein Paket?</div></div>
        <div role="article" aria-label="Nachricht von dir, 3. Dez. 2026 09:40"><div dir="auto">Es ist unterwegs.</div></div></div>
       <div contenteditable="true" role="textbox" aria-label="Nachricht schreiben"></div></div>`,
    );
    const items = ebayAdapter.extract(
      doc,
      new URL('https://www.ebay.de/mye/myebay/messages?conversationId=77001'),
    ).items;
    const open = items.find((i) => i.externalId === '77001');
    expect(open?.messages?.map((m) => [m.from, m.text, m.at?.slice(0, 16)])).toEqual([
      ['buyer', 'Wo bleibt mein Paket?', '2026-12-03T08:15'],
      ['seller', 'Es ist unterwegs.', '2026-12-03T09:40'],
    ]);
  });
});
