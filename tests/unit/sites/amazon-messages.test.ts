import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { insertDraft } from '../../../lib/insert';
import { MAX_TEXT, SnapshotSchema } from '../../../lib/messages';
import { loadFixture, pageWindow } from './fixture';

const THREAD_URL = new URL(
  'https://sellercentral.amazon.com/messaging/thread?threadId=A1US4T9W2K7MXQ&orderId=113-4521987-6630245',
);
const CONTACT_URL = new URL(
  'https://sellercentral.amazon.co.uk/messaging/contact?orderID=205-1234567-7654321&marketplaceID=A1F83G8C2ARO7P',
);
const INBOX_URL = new URL('https://sellercentral.amazon.de/messaging/inbox-v3?fi=responseNeeded');
const THREAD_ORDER = '113-4521987-6630245';
const CONTACT_ORDER = '205-1234567-7654321';
const INBOX_ORDERS = ['302-5839201-4471638', '304-1122334-5566778', '028-9988776-1234509'];

/** Set a textarea's value the way a naive extension would: no input event. */
const setSilently = (ta: HTMLTextAreaElement, v: string) => {
  ta.value = v;
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('amazon message thread page (kat-textarea in open shadow roots)', () => {
  const open = () => {
    const doc = loadFixture('amazon/messages-thread.html', { runScripts: true });
    vi.advanceTimersByTime(450);
    return doc;
  };

  it('warns while the app has not rendered, then lists the one thread', () => {
    const doc = loadFixture('amazon/messages-thread.html', { runScripts: true });
    const before = amazonAdapter.extract(doc, THREAD_URL);
    expect(before.items).toEqual([]);
    expect(before.warnings.join(' ')).toMatch(/no message rows or thread/);
    vi.advanceTimersByTime(450);
    const snap = amazonAdapter.extract(doc, THREAD_URL);
    expect(SnapshotSchema.safeParse(snap).success).toBe(true);
    expect(snap.pageKind).toBe('messages');
    expect(snap.warnings).toEqual([]);
    expect(snap.items).toEqual([
      {
        externalId: THREAD_ORDER,
        kind: 'messages',
        orderId: THREAD_ORDER,
        author: 'Michael Turner',
        // Every buyer message, oldest first; the seller's reply is left out.
        body: expect.stringMatching(
          /^Hi, the blender arrived today and the jar is shattered.*\n\nI ALREADY sent photos .* leaving a 1 star review\.$/s,
        ),
        date: { iso: '2026-11-21T08:47:00Z', raw: 'Nov 21, 2026 8:47 AM' },
        // the whole thread, oldest first, the seller's reply told apart
        messages: [
          {
            from: 'buyer',
            at: '2026-11-20T09:14:00Z',
            text: expect.stringMatching(/^Hi, the blender/),
          },
          {
            from: 'seller',
            at: '2026-11-20T11:02:00Z',
            text: expect.stringMatching(/^Hello Michael/),
          },
          { from: 'buyer', at: '2026-11-21T08:47:00Z', text: expect.stringMatching(/^I ALREADY/) },
        ],
        replyable: true,
        replyLimit: 4000,
      },
    ]);
    expect(snap.items[0]?.body).not.toContain('share a photo');
  });

  it('finds the inner textarea of the kat-textarea, only for this thread', () => {
    const doc = open();
    const box = amazonAdapter.findReplyBox(doc, THREAD_ORDER, THREAD_URL);
    expect(box?.tagName).toBe('TEXTAREA');
    const host = (box!.getRootNode() as ShadowRoot).host;
    expect(host.localName).toBe('kat-textarea');
    expect(host.closest('.contact-buyer-text-area')).not.toBeNull();
    expect(amazonAdapter.findReplyBox(doc, `amazon:${THREAD_ORDER}`, THREAD_URL)).toBe(box);
    expect(amazonAdapter.findReplyBox(doc, CONTACT_ORDER, THREAD_URL)).toBeNull();
    expect(amazonAdapter.findReplyBox(doc, 'R2ABCDEF123XYZ', THREAD_URL)).toBeNull();
    expect(amazonAdapter.findReplyBox(doc, '', THREAD_URL)).toBeNull();
  });

  it('a draft inserted with input events survives the page re-render; nothing is sent', () => {
    const doc = open();
    const box = amazonAdapter.findReplyBox(doc, THREAD_ORDER, THREAD_URL) as HTMLTextAreaElement;
    const draft =
      'Hello Michael, I am sorry the jar arrived broken. I have issued a full refund today.';
    expect(insertDraft(box, draft)).toEqual({ ok: true, truncated: false });
    vi.advanceTimersByTime(1600);
    expect(box.value).toBe(draft);
    const w = pageWindow();
    expect(w.__draft).toBe(draft);
    expect(w.__inputEvents).toBe(1);
    expect(w.__docInputEvents).toBe(1); // bubbled and composed out of two shadow roots
    expect(w.__sent).toBe(false);
    expect(w.__submitted).toBe(false);
  });

  it('(control) a value set without an input event is lost on re-render', () => {
    const doc = open();
    const box = amazonAdapter.findReplyBox(doc, THREAD_ORDER, THREAD_URL) as HTMLTextAreaElement;
    setSilently(box, 'lost');
    vi.advanceTimersByTime(600);
    expect(box.value).toBe('');
  });

  it('refuses a box whose thread shows another order than the URL', () => {
    const doc = open();
    const other = new URL(
      'https://sellercentral.amazon.com/messaging/thread?threadId=X&orderId=111-1111111-1111111',
    );
    expect(amazonAdapter.findReplyBox(doc, '111-1111111-1111111', other)).toBeNull();
    expect(amazonAdapter.findReplyBox(doc, THREAD_ORDER, other)).not.toBeNull();
  });
});

describe('amazon contact-buyer page (plain textarea)', () => {
  const open = () => {
    const doc = loadFixture('amazon/messages-contact.html', { runScripts: true });
    vi.advanceTimersByTime(350);
    return doc;
  };

  it('lists the order with the buyer from "Send message to NAME" and the Chinese message', () => {
    const snap = amazonAdapter.extract(open(), CONTACT_URL);
    expect(SnapshotSchema.safeParse(snap).success).toBe(true);
    expect(snap.warnings).toEqual([]);
    expect(snap.items).toEqual([
      {
        externalId: CONTACT_ORDER,
        kind: 'messages',
        orderId: CONTACT_ORDER,
        author: 'Lei Wang',
        body: expect.stringMatching(/^你好，我上周买的蓝牙音箱/),
        date: { iso: '2026-11-18T21:42:00Z', raw: '18 Nov 2026 21:42' },
        messages: [
          {
            from: 'buyer',
            at: '2026-11-18T21:42:00Z',
            text: expect.stringMatching(/^你好，我上周买的蓝牙音箱/),
          },
        ],
        replyable: true,
        replyLimit: 2000,
      },
    ]);
  });

  it('finds the plain textarea for this order only, and a draft survives the re-render', () => {
    const doc = open();
    const box = amazonAdapter.findReplyBox(doc, CONTACT_ORDER, CONTACT_URL) as HTMLTextAreaElement;
    expect(box).toBe(doc.getElementById('message-body'));
    expect(amazonAdapter.findReplyBox(doc, THREAD_ORDER, CONTACT_URL)).toBeNull();
    const result = insertDraft(box, '您好，非常抱歉给您带来不便。'.repeat(200));
    expect(result).toEqual({ ok: true, truncated: true });
    expect(box.value).toHaveLength(2000);
    vi.advanceTimersByTime(1100);
    expect(box.value).toHaveLength(2000);
    const w = pageWindow();
    expect(w.__inputEvents).toBe(1);
    expect(w.__sent).toBe(false);
    expect(w.__submitted).toBe(false);
  });
});

describe('amazon inbox (rows in nested open shadow roots)', () => {
  const open = () => {
    const doc = loadFixture('amazon/messages-inbox.html', { runScripts: true });
    vi.advanceTimersByTime(550);
    return doc;
  };

  it('lists the three threads, none replyable', () => {
    const doc = open();
    // really inside two shadow roots
    expect(doc.querySelector('kat-table-row')).toBeNull();
    const snap = amazonAdapter.extract(doc, INBOX_URL);
    expect(SnapshotSchema.safeParse(snap).success).toBe(true);
    expect(snap.warnings).toEqual([]);
    expect(snap.items.map((i) => i.externalId)).toEqual(INBOX_ORDERS);
    expect(snap.items[0]).toEqual({
      externalId: '302-5839201-4471638',
      kind: 'messages',
      orderId: '302-5839201-4471638',
      author: 'Jonas Weber',
      body: expect.stringMatching(/^Hallo, meine Bestellung ist seit 10 Tagen überfällig/),
      date: { iso: '2026-11-21', raw: '21 Nov 2026' },
      replyable: false,
    });
    expect(snap.items[1]).toMatchObject({
      author: 'Na Li',
      date: { iso: '2026-11-20', raw: '20 Nov 2026' },
    });
    expect(snap.items[1]!.body).toMatch(/^你好，收到的儿童水杯盖子漏水/);
    for (const id of INBOX_ORDERS)
      expect(amazonAdapter.findReplyBox(doc, id, INBOX_URL)).toBeNull();
  });

  it('with a thread panel open, only that thread is replyable', () => {
    const doc = open();
    const shell = doc.querySelector('.ayb-messaging-app')!.shadowRoot!;
    const panel = doc.createElement('section');
    panel.className = 'thread-panel';
    const header = doc.createElement('div');
    header.textContent = 'Order ID: 304-1122334-5566778';
    const msg = doc.createElement('div');
    msg.className = 'message-bubble buyer-message';
    msg.textContent = '请问怎么处理？';
    const area = doc.createElement('div');
    area.className = 'contact-buyer-text-area';
    const kat = doc.createElement('kat-textarea');
    kat.setAttribute('maxlength', '4000');
    area.append(kat);
    panel.append(header, msg, area);
    shell.querySelector('.list')!.append(panel);
    const inner = kat.shadowRoot?.querySelector('textarea');
    expect(inner).toBeTruthy();

    const snap = amazonAdapter.extract(doc, INBOX_URL);
    expect(snap.items.map((i) => [i.externalId, i.replyable])).toEqual([
      ['302-5839201-4471638', false],
      ['304-1122334-5566778', true],
      ['028-9988776-1234509', false],
    ]);
    expect(amazonAdapter.findReplyBox(doc, '304-1122334-5566778', INBOX_URL)).toBe(inner);
    expect(amazonAdapter.findReplyBox(doc, '302-5839201-4471638', INBOX_URL)).toBeNull();
  });

  it('the empty state gives zero items and no warning', () => {
    const doc = loadFixture('amazon/messages-inbox.html');
    doc.getElementById('app')!.textContent = '没有需要回复的消息';
    expect(amazonAdapter.extract(doc, INBOX_URL)).toMatchObject({ items: [], warnings: [] });
    doc.getElementById('app')!.textContent = 'You have no messages that need a response.';
    expect(amazonAdapter.extract(doc, INBOX_URL)).toMatchObject({ items: [], warnings: [] });
  });

  it('caps a hostile, huge preview', () => {
    const doc = open();
    const rows = doc
      .querySelector('.ayb-messaging-app')!
      .shadowRoot!.querySelector('.ayb-thread-list')!.shadowRoot!;
    rows.querySelector('.message-preview')!.textContent = 'y'.repeat(MAX_TEXT + 50);
    const snap = amazonAdapter.extract(doc, INBOX_URL);
    expect(SnapshotSchema.safeParse(snap).success).toBe(true);
    expect(snap.items[0]!.body).toHaveLength(MAX_TEXT);
  });
});

describe('amazon feedback manager', () => {
  const FEEDBACK_URL = new URL('https://sellercentral.amazon.com/feedback-manager/index.html#/');

  const row = (doc: Document, cells: [string, string, string, string]) => {
    const r = doc.createElement('kat-table-row');
    r.id = 'feedback-details';
    const [date, rating, order, comment] = cells;
    const c1 = doc.createElement('kat-table-cell');
    c1.className = 'col_order_date';
    c1.textContent = date;
    const c2 = doc.createElement('kat-table-cell');
    c2.className = 'col_feedback_rating';
    const star = doc.createElement('kat-star-rating');
    star.setAttribute('value', rating);
    c2.append(star);
    const c3 = doc.createElement('kat-table-cell');
    c3.className = 'col_order_id';
    const link = doc.createElement('kat-link');
    link.setAttribute('label', order);
    c3.append(link);
    const c4 = doc.createElement('kat-table-cell');
    c4.textContent = comment;
    r.append(c1, c2, c3, c4);
    return r;
  };

  it('keys rows by order id, strips the FBA note and flags FBA', () => {
    const doc = loadFixture('amazon/other.html');
    const table = doc.createElement('kat-table');
    const header = doc.createElement('kat-table-row');
    header.id = 'feedback-details';
    header.className = 'fb-detail-table-header';
    header.textContent = 'Date Rating Order ID Comments';
    table.append(
      header,
      row(doc, ['11/20/2026', '1', '112-7654321-1234567', 'Never arrived, seller ignored me.']),
      row(doc, [
        '11/19/2026',
        '2',
        '113-1111111-2222222',
        'Box was crushed. Message from Amazon: This item was fulfilled by Amazon, and we take responsibility for this fulfillment experience.',
      ]),
    );
    doc.body.append(table);
    const snap = amazonAdapter.extract(doc, FEEDBACK_URL);
    expect(SnapshotSchema.safeParse(snap).success).toBe(true);
    expect(snap.items).toEqual([
      {
        externalId: '112-7654321-1234567',
        kind: 'feedback',
        orderId: '112-7654321-1234567',
        rating: 1,
        polarity: 'negative',
        date: { iso: '2026-11-20', raw: '11/20/2026' },
        body: 'Never arrived, seller ignored me.',
        replyable: false,
      },
      {
        externalId: '113-1111111-2222222',
        kind: 'feedback',
        orderId: '113-1111111-2222222',
        rating: 2,
        polarity: 'negative',
        date: { iso: '2026-11-19', raw: '11/19/2026' },
        body: 'Box was crushed.',
        fba: true,
        replyable: false,
      },
    ]);
  });

  it('warns when no rows are there', () => {
    const snap = amazonAdapter.extract(loadFixture('amazon/other.html'), FEEDBACK_URL);
    expect(snap.items).toEqual([]);
    expect(snap.warnings.join(' ')).toMatch(/no feedback rows/);
  });
});

describe('other Seller Central pages', () => {
  it('home: kind none, no items, no warnings', () => {
    const doc = loadFixture('amazon/other.html', { runScripts: true });
    const snap = amazonAdapter.extract(doc, new URL('https://sellercentral.amazon.com/home'));
    expect(snap).toEqual({
      site: 'amazon',
      url: 'https://sellercentral.amazon.com/home',
      pageKind: 'none',
      items: [],
      warnings: [],
    });
    expect(
      amazonAdapter.findReplyBox(
        doc,
        THREAD_ORDER,
        new URL('https://sellercentral.amazon.com/home'),
      ),
    ).toBeNull();
  });
});
