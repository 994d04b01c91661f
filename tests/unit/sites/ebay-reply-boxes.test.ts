// The reply box tied to the selected feedback on the eBay pages whose cards carry no fdbk-* classes:
// Seller Hub's cards named by test ids only, and the mobile web profile's cards found by their rating
// icon. The draft goes into that card's open box and no other (never the hidden template form ahead
// of the list, never another card's open box), held to the box's maxlength, and nothing is sent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { insertDraft } from '../../../lib/insert';
import type { Snapshot } from '../../../lib/messages';
import { practicePage } from '../../fixtures/practice';
import { loadFixture, pageWindow } from './fixture';

const SH = 'ebay/sh-feedback-reply.html';
const MWEB = 'ebay/mweb-feedback-reply.html';
const urlOf = (file: string) => new URL(practicePage(file).url);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

const byItem = (snap: Snapshot, itemId: string) => {
  const it = snap.items.find((i) => i.product?.id === itemId);
  expect(it, `the card of item ${itemId}`).toBeDefined();
  return it!;
};
const box = (doc: Document, file: string, id: string) =>
  ebayAdapter.findReplyBox(doc, id, urlOf(file));
const values = (doc: Document) =>
  Array.from(doc.querySelectorAll('textarea, input, [contenteditable]')).map((b) =>
    b.localName === 'div' ? (b.textContent ?? '') : (b as HTMLInputElement).value,
  );
/** Counts the bubbling input events on the box itself (happy-dom keeps earlier documents' listeners). */
const countInputs = (el: Element) => {
  const n = { v: 0 };
  el.addEventListener('input', (e) => {
    if (e.bubbles) n.v++;
  });
  return n;
};

describe('Seller Hub feedback cards named by test ids: the selected card’s reply box', () => {
  const open = () => {
    const doc = loadFixture(SH, { runScripts: true });
    return { doc, snap: ebayAdapter.extract(doc, urlOf(SH)) };
  };

  it('reads each card’s reply state and its box’s limit', () => {
    const { snap } = open();
    expect(snap.items).toHaveLength(4);
    expect(byItem(snap, '266100777001')).toMatchObject({ replyable: false, replyAction: 'Reply' });
    expect(byItem(snap, '266100777002')).toMatchObject({ replyable: true, replyLimit: 80 });
    expect(byItem(snap, '266100777003')).toMatchObject({ replyable: true, replyLimit: 60 });
    expect(byItem(snap, '266100777004')).toMatchObject({ replyState: 'replied' });
  });

  it('finds the open box inside the selected card, and none for a card without one', () => {
    const { doc, snap } = open();
    const id = (n: number) => byItem(snap, `26610077700${n}`).externalId;
    expect(box(doc, SH, id(2))).toBe(doc.getElementById('sh-reply-2'));
    expect(box(doc, SH, `ebay:${id(2)}`)).toBe(doc.getElementById('sh-reply-2'));
    expect(box(doc, SH, id(3))).toBe(doc.getElementById('sh-reply-3'));
    // card 1 shows only its Reply button: not the hidden template form ahead of it, not card 2's box
    expect(box(doc, SH, id(1))).toBeNull();
    expect(box(doc, SH, id(4))).toBeNull();
    expect(box(doc, SH, '266100777009:nobody')).toBeNull();
    (doc.getElementById('sh-reply-2') as HTMLTextAreaElement).disabled = true;
    expect(box(doc, SH, id(2))).toBeNull();
  });

  it('takes the draft in the card’s textarea with an input event, held to its maxlength, nothing sent', () => {
    const { doc, snap } = open();
    const found = box(doc, SH, byItem(snap, '266100777002').externalId)!;
    const inputs = countInputs(found);
    const text =
      'Sorry it was slow and dented. We have changed couriers. Thank you for telling us.';
    expect(insertDraft(found, text)).toMatchObject({ ok: true, truncated: true });
    expect((found as HTMLTextAreaElement).value).toBe(text.slice(0, 80));
    expect(inputs.v).toBe(1);
    expect(values(doc).filter(Boolean)).toEqual([text.slice(0, 80)]);
    expect(pageWindow().__sent).toBe(false);
    expect(pageWindow().__submitted).toBe(false);
  });

  it('fills the React-controlled input so the app keeps the draft through its re-render', () => {
    const { doc, snap } = open();
    const found = box(doc, SH, byItem(snap, '266100777003').externalId)!;
    const text = 'So sorry for the wrong size: a replacement ships today.';
    expect(text.length).toBeLessThanOrEqual(60);
    expect(insertDraft(found, text)).toMatchObject({ ok: true, truncated: false });
    expect(pageWindow().__draft).toBe(text);
    vi.advanceTimersByTime(1200);
    expect((found as HTMLInputElement).value).toBe(text);
    expect(values(doc).filter(Boolean)).toEqual([text]);
    expect(pageWindow().__sent).toBe(false);
    expect(pageWindow().__submitted).toBe(false);
  });
});

describe('mobile web feedback cards found by their rating icon: the selected card’s reply box', () => {
  const open = () => {
    const doc = loadFixture(MWEB, { runScripts: true });
    return { doc, snap: ebayAdapter.extract(doc, urlOf(MWEB)) };
  };

  it('reads each card’s reply state and its box’s limit', () => {
    const { snap } = open();
    expect(snap.items).toHaveLength(3);
    expect(byItem(snap, '266100888001')).toMatchObject({ replyable: false, replyAction: 'Reply' });
    expect(byItem(snap, '266100888002')).toMatchObject({ replyable: true, replyLimit: 80 });
    expect(byItem(snap, '266100888003')).toMatchObject({ replyable: true, replyLimit: 50 });
  });

  it('finds the open box inside the selected card, and none for a card without one', () => {
    const { doc, snap } = open();
    const id = (n: number) => byItem(snap, `26610088800${n}`).externalId;
    expect(box(doc, MWEB, id(2))).toBe(doc.getElementById('mweb-reply-2'));
    expect(box(doc, MWEB, id(3))).toBe(doc.getElementById('mweb-reply-3'));
    // card 1 has a Reply link only: not the hidden sheet's box ahead of the list, not card 2's
    expect(box(doc, MWEB, id(1))).toBeNull();
    expect(box(doc, MWEB, '266100888009:nobody')).toBeNull();
  });

  it('a lone card (nothing beside it bounds its root) claims no box of the page outside its own content', () => {
    // a one-result filter: card 1 alone, the bottom sheet's reply form shown ahead of the list
    const { doc } = open();
    const cards = doc.querySelectorAll('.fdbk-mweb-card');
    cards[1]!.remove();
    cards[2]!.remove();
    doc.querySelector('.fdbk-mweb__sheet')!.removeAttribute('hidden');
    const snap = ebayAdapter.extract(doc, urlOf(MWEB));
    expect(snap.items).toHaveLength(1);
    expect(snap.items[0]).toMatchObject({ replyable: false, replyAction: 'Reply' });
    expect(box(doc, MWEB, snap.items[0]!.externalId)).toBeNull();
  });

  it('a lone card with its own box open gets that box, not the page’s earlier one', () => {
    const { doc } = open();
    const cards = doc.querySelectorAll('.fdbk-mweb-card');
    cards[0]!.remove();
    cards[2]!.remove();
    doc.querySelector('.fdbk-mweb__sheet')!.removeAttribute('hidden');
    const snap = ebayAdapter.extract(doc, urlOf(MWEB));
    expect(snap.items).toHaveLength(1);
    expect(snap.items[0]).toMatchObject({ replyable: true, replyLimit: 80 });
    expect(box(doc, MWEB, snap.items[0]!.externalId)).toBe(doc.getElementById('mweb-reply-2'));
  });

  it('takes the draft in the card’s contenteditable with an input event, nothing sent', () => {
    const { doc, snap } = open();
    const found = box(doc, MWEB, byItem(snap, '266100888002').externalId)!;
    const inputs = countInputs(found);
    const text = 'Sorry it felt small: we will add the size in ml to the photos.';
    expect(insertDraft(found, text)).toMatchObject({ ok: true });
    expect(found.textContent).toBe(text);
    expect(inputs.v).toBeGreaterThanOrEqual(1);
    expect(values(doc).filter(Boolean)).toEqual([text]);
    expect(pageWindow().__sent).toBe(false);
    expect(pageWindow().__submitted).toBe(false);
  });

  it('holds the draft to the textarea’s own maxlength of 50', () => {
    const { doc, snap } = open();
    const found = box(doc, MWEB, byItem(snap, '266100888003').externalId)!;
    const text = 'So sorry it has not arrived: we have opened a trace with the courier.';
    expect(insertDraft(found, text)).toMatchObject({ ok: true, truncated: true });
    expect((found as HTMLTextAreaElement).value).toBe(text.slice(0, 50));
    expect(values(doc).filter(Boolean)).toEqual([text.slice(0, 50)]);
  });
});
