// Pages that try to misdirect the extension: decoy boxes, text the agent typed,
// quoted order numbers, threads without an order in the URL, odd ratings.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { insertDraft } from '../../../lib/insert';
import { loadFixture } from './fixture';

const CONTACT_URL = new URL(
  'https://sellercentral.amazon.co.uk/messaging/contact?orderID=205-1234567-7654321&marketplaceID=A1F83G8C2ARO7P',
);
const CONTACT_ORDER = '205-1234567-7654321';
const INBOX_URL = new URL('https://sellercentral.amazon.de/messaging/inbox-v3?fi=responseNeeded');

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

const contactPage = () => {
  const doc = loadFixture('amazon/messages-contact.html', { runScripts: true });
  vi.advanceTimersByTime(350);
  return doc;
};
const realBox = (doc: Document) => doc.querySelector<HTMLTextAreaElement>('#message-body')!;

describe('insertion goes only into the visible, enabled box of the item', () => {
  it('skips an earlier field and a hidden textarea on the page', () => {
    const doc = contactPage();
    const earlier = doc.createElement('textarea');
    earlier.className = 'search-notes';
    doc.querySelector('main')!.prepend(earlier);
    const hidden = doc.createElement('textarea');
    hidden.style.display = 'none';
    doc.querySelector('.contact-buyer-page')!.prepend(hidden);
    const box = amazonAdapter.findReplyBox(doc, CONTACT_ORDER, CONTACT_URL);
    expect(box).toBe(realBox(doc));
    expect(insertDraft(hidden, 'Hello')).toMatchObject({ ok: false, code: 'hidden' });
    expect(hidden.value).toBe('');
  });

  it('refuses a disabled box', () => {
    const doc = contactPage();
    realBox(doc).disabled = true;
    expect(amazonAdapter.findReplyBox(doc, CONTACT_ORDER, CONTACT_URL)).toBeNull();
    expect(insertDraft(realBox(doc), 'Hello')).toMatchObject({ ok: false, code: 'disabled' });
  });

  it('does not overwrite what the agent typed without asking, then replaces or appends', () => {
    const doc = contactPage();
    const box = realBox(doc);
    box.value = 'Dear Lei, I checked with the warehouse';
    const r = insertDraft(box, 'Hello, sorry for the trouble.');
    // the length the agent's text takes, and what an appended draft may still have (maxlength 2000)
    expect(r).toEqual(expect.objectContaining({ ok: false, code: 'box-not-empty', length: 38 }));
    expect(r.ok === false && r.room).toBe(2000 - 38 - 2);
    expect(box.value).toBe('Dear Lei, I checked with the warehouse');
    expect(insertDraft(box, 'Hello, sorry for the trouble.', 'append')).toMatchObject({ ok: true });
    expect(box.value).toBe(
      'Dear Lei, I checked with the warehouse\n\nHello, sorry for the trouble.',
    );
    // our own draft may be replaced by the next one without a question
    expect(insertDraft(box, 'Second draft', 'replace')).toMatchObject({ ok: true });
    expect(insertDraft(box, 'Third draft')).toMatchObject({ ok: true });
    expect(box.value).toBe('Third draft');
  });
});

describe('threads are never hidden or re-routed', () => {
  it('a buyer quoting another order number keeps the row, under its own order', () => {
    const doc = loadFixture('amazon/messages-inbox.html', { runScripts: true });
    vi.advanceTimersByTime(550);
    const rows = doc
      .querySelector('.ayb-messaging-app')!
      .shadowRoot!.querySelector('.ayb-thread-list')!.shadowRoot!;
    rows.querySelectorAll('.message-preview')[1]!.textContent =
      '你好，我另一个订单 111-2222222-3333333 也有问题，请一起处理。';
    const snap = amazonAdapter.extract(doc, INBOX_URL);
    expect(snap.items.map((i) => i.externalId)).toEqual([
      '302-5839201-4471638',
      '304-1122334-5566778',
      '028-9988776-1234509',
    ]);
    expect(snap.items[1]!.body).toMatch(/111-2222222-3333333/);
  });

  it('lists a thread whose URL names no order, by its thread id', () => {
    const doc = contactPage();
    const url = new URL('https://sellercentral.amazon.co.uk/messaging/thread?threadId=T9XYZ');
    for (const el of Array.from(doc.querySelectorAll('.order-summary'))) el.remove();
    const snap = amazonAdapter.extract(doc, url);
    expect(snap.items.map((i) => i.externalId)).toEqual(['thread:T9XYZ']);
    expect(snap.items[0]!.body).toMatch(/^你好/);
    expect(amazonAdapter.findReplyBox(doc, 'thread:T9XYZ', url)).toBe(realBox(doc));
  });

  it('says a thread could not be read rather than showing it empty', () => {
    const doc = contactPage();
    for (const el of Array.from(doc.querySelectorAll('.previous-messages'))) el.remove();
    const item = amazonAdapter.extract(doc, CONTACT_URL).items[0]!;
    expect(item).toMatchObject({ externalId: CONTACT_ORDER, unreadable: true, body: '' });
  });
});

describe('ratings', () => {
  it('a "-3" or a half star is no rating, and the page is told', () => {
    const doc = loadFixture('amazon/reviews.html');
    const tpl = doc.getElementById('late-cards') as HTMLTemplateElement;
    doc.getElementById('reviews-list')!.replaceChildren(doc.importNode(tpl.content, true));
    const stars = doc.querySelectorAll('kat-star-rating.reviewRating');
    stars[0]!.setAttribute('value', '-3');
    stars[1]!.setAttribute('value', '4.5');
    const snap = amazonAdapter.extract(
      doc,
      new URL('https://sellercentral.amazon.com/brand-customer-reviews/'),
    );
    expect(snap.items[0]!.rating).toBeUndefined();
    expect(snap.items[1]!.rating).toBeUndefined();
    expect(snap.items[2]!.rating).toBe(1);
    expect(snap.warnings.join(' ')).toMatch(/star rating could not be read/);
  });
});
