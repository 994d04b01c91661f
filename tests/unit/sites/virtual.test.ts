// The virtualised-list note: a list that says (through ARIA) it has more rows than it draws makes
// the snapshot say so, in words the panel recognises.
import { describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import { parseVirtualRows, virtualRows, virtualRowsWarning } from '../../../lib/sites/virtual';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};
const rows = (sel: string) => Array.from(document.querySelectorAll(sel));

describe('virtualRows', () => {
  it('counts the items drawn of a list whose items carry aria-setsize', () => {
    page(
      `<ul role="list">${[1, 2, 3].map((n) => `<li role="listitem" aria-setsize="500" aria-posinset="${n}">r${n}</li>`).join('')}</ul>`,
    );
    expect(virtualRows(rows('li'))).toEqual({ shown: 3, total: 500 });
  });
  it('counts a grid by aria-rowcount, less its header rows; hidden skeleton rows are not drawn', () => {
    page(
      `<div role="grid" aria-rowcount="31"><div role="row"><div role="columnheader">Buyer</div></div>
       <div role="row" hidden><div role="gridcell">…</div></div>
       <div role="row"><div role="gridcell">a</div></div><div role="row"><div role="gridcell">b</div></div></div>`,
    );
    expect(virtualRows(rows('[role="row"]').slice(2))).toEqual({ shown: 2, total: 30 });
  });
  it('says nothing of a list drawn whole, of an unknown size (-1), or of no list', () => {
    page(
      `<ul>${[1, 2].map((n) => `<li aria-setsize="2" aria-posinset="${n}">r</li>`).join('')}</ul>`,
    );
    expect(virtualRows(rows('li'))).toBeUndefined();
    page(`<ul><li aria-setsize="-1">r</li></ul>`);
    expect(virtualRows(rows('li'))).toBeUndefined();
    page(
      `<div role="grid" aria-rowcount="3"><div role="row"><div role="gridcell">a</div></div></div>`,
    );
    // (the roots may be as many as the rows: nothing counted)
    expect(virtualRows([...rows('[role="row"]'), document.body, document.body])).toBeUndefined();
    page(`<div><p>x</p></div>`);
    expect(virtualRows(rows('p'))).toBeUndefined();
    expect(virtualRows([])).toBeUndefined();
  });
  it('its warning reads back as the same counts; other warnings are not it', () => {
    const w = virtualRowsWarning({ shown: 40, total: 2000 });
    expect(parseVirtualRows(w)).toEqual({ shown: 40, total: 2000 });
    expect(parseVirtualRows('review R1: no body element found')).toBeUndefined();
  });
});

describe('the snapshot says it', () => {
  it('an Amazon inbox of 1,200 conversations with 2 drawn', () => {
    const doc = page(
      `<ul role="list">${[1, 2]
        .map(
          (n) =>
            `<li role="listitem" aria-setsize="1200" aria-posinset="${n}"><span>Buyer ${n}</span> <a href="/messaging/thread?orderId=111-1111111-000000${n}">111-1111111-000000${n}</a> <span>Where is it?</span></li>`,
        )
        .join('')}</ul>`,
    );
    const snap = amazonAdapter.extract(
      doc,
      new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded'),
    );
    expect(snap.items).toHaveLength(2);
    expect(snap.warnings.map(parseVirtualRows)).toEqual([{ shown: 2, total: 1200 }]);
  });
  it('a 评价管理 table that is whole says nothing', () => {
    const doc = page(
      `<table aria-rowcount="2"><tr><th>评价内容</th></tr><tr><td>订单号：1234567890123 初次评价：2026-11-20 10:00 <span>漏水</span> 差评</td></tr></table>`,
    );
    const snap = taobaoAdapter.extract(
      doc,
      new URL('https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC'),
    );
    expect(snap.items).toHaveLength(1);
    expect(snap.warnings).toEqual([]);
  });
});
