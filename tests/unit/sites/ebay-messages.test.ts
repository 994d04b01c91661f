import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { MAX_TEXT, SnapshotSchema } from '../../../lib/messages';
import { insertDraft } from '../../../lib/insert';
import { loadFixture, pageWindow } from './fixture';

const INBOX = new URL('https://mesg.ebay.com/mesgweb/ViewMessages/0');
const DETAIL = new URL('https://mesg.ebay.com/mesgweb/ViewMessageDetail/0/m2m/160123456789');
const MYEBAY = new URL('https://www.ebay.com.au/mye/myebay/messages');

/** The whole page as the content script reads it, checked against the snapshot schema. */
const readEbay = (doc: Document, url: URL) => {
  const snap = ebayAdapter.extract(doc, url);
  expect(SnapshotSchema.safeParse(snap).success).toBe(true);
  return snap;
};
const replyBox = (doc: Document, id: string, url: URL) => ebayAdapter.findReplyBox(doc, id, url);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('eBay legacy message inbox (mesg.ebay.*)', () => {
  it('lists the members’ messages by message id, leaving out eBay’s own notices', () => {
    const doc = loadFixture('ebay/messages-legacy-inbox.html');
    const { items, warnings } = readEbay(doc, INBOX);
    expect(warnings).toEqual([]);
    expect(items).toEqual([
      {
        externalId: '160123456789',
        kind: 'messages',
        title: 'Other: j***n sent a message about Aurora Portable Blender 350ml #266012345678',
        body: 'Other: j***n sent a message about Aurora Portable Blender 350ml #266012345678',
        author: 'j***n',
        product: { id: '266012345678', name: 'Aurora Portable Blender 350ml' },
        date: { iso: '2026-11-21', raw: 'Nov-21-26' },
        replyable: false,
      },
      expect.objectContaining({ externalId: '160123457777', author: 'wei.zhang88' }),
    ]);
    expect(replyBox(doc, '160123456789', INBOX)).toBeNull();
  });
});

describe('eBay legacy message page (body in an iframe)', () => {
  const open = () => loadFixture('ebay/messages-legacy-detail.html', { runScripts: true });

  it('says the text cannot be read yet while the iframe is empty, then reads it', () => {
    const doc = open();
    const before = readEbay(doc, DETAIL);
    expect(before.items[0]).toMatchObject({
      externalId: '160123456789',
      unreadable: true,
      body: '',
    });
    expect(before.warnings).toEqual(['message 160123456789: could not read the message text']);
    // The top document never holds the buyer's text: only the frame does.
    vi.advanceTimersByTime(350);
    expect(doc.body.textContent).not.toContain('three days since');
    const { items, warnings } = readEbay(doc, DETAIL);
    expect(warnings).toEqual([]);
    expect(items).toEqual([
      {
        externalId: '160123456789',
        kind: 'messages',
        title: 'Other: j***n sent a message about Aurora Portable Blender 350ml #266012345678',
        author: 'j***n',
        date: { iso: '2026-11-21T08:47:00Z', raw: 'Nov-21-26 08:47' },
        // Oldest first; the seller's own earlier message is told apart from the buyer's.
        messages: [
          {
            from: 'buyer',
            at: '2026-11-18T07:30:00Z',
            text: 'The blender arrived today and the glass jar is shattered.',
          },
          {
            from: 'seller',
            at: '2026-11-18T10:05:00Z',
            text: 'Hello, we are sorry to hear that. Could you send us a photo of the damage?',
          },
          {
            from: 'buyer',
            at: '2026-11-21T08:47:00Z',
            text: expect.stringMatching(
              /^Hello, it is now three days .* leave negative feedback\.$/,
            ),
          },
        ],
        body: expect.stringMatching(
          /^The blender arrived today.*shattered\.\n\nHello, it is now three days/s,
        ),
        product: {
          id: '266012345678',
          name: 'Aurora Portable Blender 350ml USB Rechargeable',
          url: 'https://www.ebay.com/itm/266012345678',
        },
        orderId: '12-11034-56789',
        replyable: true,
        replyState: 'open',
        replyLimit: 2000,
      },
    ]);
    expect(items[0]?.body).not.toContain('sorry to hear');
  });

  it('inserts into the visible reply textarea, not the hidden Forward box, and sends nothing', () => {
    const doc = open();
    vi.advanceTimersByTime(350);
    const found = replyBox(doc, '160123456789', DETAIL)!;
    expect(found).toBe(doc.getElementById('msg_cnt_cnt'));
    expect(replyBox(doc, '160123457777', DETAIL)).toBeNull();
    let inputs = 0;
    found.addEventListener('input', (e) => {
      if (e.bubbles) inputs++;
    });
    expect(insertDraft(found, 'Hello, we are sending the refund now.')).toEqual({
      ok: true,
      truncated: false,
    });
    expect(inputs).toBe(1);
    expect((doc.getElementById('fwd_cnt') as HTMLTextAreaElement).value).toBe('');
    expect(pageWindow().__sent).toBe(false);
    expect(pageWindow().__submitted).toBe(false);
  });
});

describe('My eBay messages (React-style app, controlled reply input)', () => {
  const open = () => {
    const doc = loadFixture('ebay/messages-myebay.html', { runScripts: true });
    vi.advanceTimersByTime(300);
    return doc;
  };

  it('lists the conversations and reads the open one message by message, buyer/seller/eBay told apart', () => {
    const doc = open();
    const { items, warnings } = readEbay(doc, MYEBAY);
    expect(warnings).toEqual([]);
    expect(items.map((i) => [i.externalId, i.author, i.replyable])).toEqual([
      ['c-5001', 'j***n', true],
      ['c-5002', 'wei.zhang88', false],
      ['c-5003', 'h<b>x</b>r', false],
    ]);
    const open1 = items[0]!;
    expect(open1.messages?.map((m) => m.from)).toEqual(['buyer', 'seller', 'platform', 'buyer']);
    expect(open1.messages?.[0]).toEqual({
      from: 'buyer',
      at: '2026-11-18T07:30:00Z',
      text: 'The blender arrived today and the glass jar is shattered.',
    });
    // The body is the buyer's own words only, oldest first.
    expect(open1.body).toBe(
      'The blender arrived today and the glass jar is shattered.\n\n' +
        'It is three days since I sent the photos. I want my refund today or I leave negative feedback.',
    );
    expect(open1).toMatchObject({
      orderId: '12-11034-56789',
      product: { id: '266012345678', name: 'Aurora Portable Blender 350ml USB Rechargeable' },
      date: { iso: '2026-11-21T08:47:00Z', raw: '21 Nov 2026, 08:47' },
      replyState: 'open',
      replyLimit: 2000,
    });
    expect(items[1]?.body).toMatch(/^你好，我两周前下的订单/);
  });

  it('a bare .value = is lost on the next render; insertion reaches the app state and survives it', () => {
    const doc = open();
    const found = replyBox(doc, 'c-5001', MYEBAY);
    const input = found as HTMLInputElement;
    expect(input?.localName).toBe('input');
    expect(replyBox(doc, 'c-5002', MYEBAY)).toBeNull(); // not the open conversation
    input.value = 'set behind React’s back';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    vi.advanceTimersByTime(600);
    expect(input.value).toBe('');
    expect(pageWindow().__draft).toBe('');

    const draft = 'Hello, I am sorry about the broken jar. The full refund is on its way today.';
    expect(insertDraft(input, draft)).toEqual({ ok: true, truncated: false });
    expect(pageWindow().__draft).toBe(draft);
    vi.advanceTimersByTime(1200);
    expect(input.value).toBe(draft);
    expect(pageWindow().__sent).toBe(false); // no Enter, no Send
    expect(pageWindow().__submitted).toBe(false);
  });

  it('opening another conversation moves the box to it; hostile and 20,000-character text stays text, capped', () => {
    const doc = open();
    const link = Array.from(doc.querySelectorAll('a')).find((a) =>
      a.getAttribute('href')?.endsWith('conversationId=c-5003'),
    )!;
    link.click();
    // (the test window is not on eBay: take the path the app pushed onto eBay's origin)
    const url = new URL(location.pathname + location.search, MYEBAY.origin);
    expect(url.searchParams.get('conversationId')).toBe('c-5003');
    const { items } = readEbay(doc, url);
    const hostile = items.find((i) => i.externalId === 'c-5003')!;
    expect(hostile.replyable).toBe(true);
    expect(items.find((i) => i.externalId === 'c-5001')?.replyable).toBe(false);
    expect(hostile.messages?.[0]?.text).toBe(
      'Broken <b>twice</b> <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> \u202ednufer\u202c',
    );
    expect(hostile.messages?.[1]?.text.length).toBe(MAX_TEXT);
    expect(hostile.body.length).toBe(MAX_TEXT);
    expect(hostile.product?.name).toBe('Aurora <i>Travel</i> Mug 400ml');
    expect(pageWindow().__xss).toBeUndefined();
    expect(replyBox(doc, 'c-5001', url)).toBeNull();
    expect(replyBox(doc, 'c-5003', url)?.localName).toBe('input');
  });
});

describe('My eBay messages, entries carrying their conversation id (blind-messages-myebay.html)', () => {
  const URL_OPEN = new URL(
    'https://www.ebay.com/mye/myebay/messages?folder=inbox&conversationId=c-7002',
  );

  it('an open thread that carries the id too is still the thread, not a list entry', () => {
    const doc = loadFixture('ebay/blind-messages-myebay.html');
    doc.querySelector('section')!.setAttribute('data-conversation-id', 'c-7002');
    const { items, warnings } = readEbay(doc, URL_OPEN);
    expect(warnings).toEqual([]);
    expect(items.map((i) => [i.externalId, i.replyable])).toEqual([
      ['c-7001', false],
      ['c-7002', true],
      ['c-7003', false],
    ]);
    expect(items[1]?.messages?.map((m) => m.from)).toEqual([
      'buyer',
      'seller',
      'platform',
      'buyer',
    ]);
    expect(replyBox(doc, 'c-7002', URL_OPEN)?.localName).toBe('textarea');
  });
});
