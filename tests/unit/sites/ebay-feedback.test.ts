import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { renderDraft } from '../../../lib/drafts';
import { lintDraft } from '../../../lib/drafts/lint';
import { SnapshotSchema } from '../../../lib/messages';
import { insertDraft } from '../../../lib/insert';
import { policyFor } from '../../../lib/playbook/platforms';
import { cloneTemplate, loadFixture, pageWindow } from './fixture';

const PROFILE = new URL(
  'https://www.ebay.com/fdbk/feedback_profile/aurora_home_goods?filter=feedback_page:RECEIVED_AS_SELLER&sort=TIME',
);
const LEGACY = new URL(
  'https://feedback.ebay.co.uk/ws/eBayISAPI.dll?ViewFeedback2&userid=aurora_home_goods&ftab=FeedbackAsSeller',
);
const EBAY_REPLY_MAX = policyFor('ebay', 'feedback').publicReply.maxLength;

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

describe('eBay feedback left by a seller (the role line, looked for only where the card says it)', () => {
  const page = (roles: string[]) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = `<ul>${roles
      .map(
        (r, i) =>
          `<li class="fdbk-container" data-feedback-id="${100 + i}"><div class="fdbk-container__details__info__username"><span>b***${i}</span></div><div><span>${r}</span></div><div class="fdbk-container__details__comment"><span>The seller was quick. ${i}</span></div></li>`,
      )
      .join('')}</ul>`;
    return doc;
  };

  it('leaves out cards whose role line names a seller, however the line is spaced', () => {
    const doc = page([
      'From buyer',
      'From\n    the   seller',
      'Vom\u00a0Verkäufer.',
      ' par\tle vendeur ',
      'From sel\u200bler',
      'Comment from the seller about shipping',
      'From  a\n seller',
    ]);
    expect(ebayAdapter.extract(doc, PROFILE).items.map((i) => i.externalId)).toEqual([
      '100',
      '105',
    ]);
  });
});

describe('eBay feedback profile (li.fdbk-container cards)', () => {
  const open = () => loadFixture('ebay/feedback-profile.html', { runScripts: true });

  it('reads every visible card, not the skeleton, with rating, comment, buyer, item and date', () => {
    const doc = open();
    const { items, warnings } = readEbay(doc, PROFILE);
    expect(warnings).toEqual([]);
    expect(items.map((i) => [i.externalId, i.polarity])).toEqual([
      ['1480233176019', 'negative'],
      ['1480233176020', 'negative'],
      ['1480233176021', 'neutral'],
      ['1480233176022', 'positive'],
      ['1480233176023', 'positive'],
    ]);
    expect(items[0]).toEqual({
      externalId: '1480233176019',
      kind: 'feedback',
      polarity: 'negative',
      body: 'Jar arrived shattered, seller ignored my messages for a week. Never again.',
      author: 'j***n',
      product: {
        id: '266012345678',
        name: 'Aurora Portable Blender 350ml USB Rechargeable',
        url: 'https://www.ebay.com/itm/266012345678',
      },
      // A relative date is kept as shown, never turned into a made-up day.
      date: { raw: 'Past month' },
      replyable: true,
      replyState: 'open',
      replyLimit: 80,
    });
    expect(items[1]?.product?.id).toBe('266012349999');
  });

  it('keeps hostile comment text as text (markup, script, RTL override)', () => {
    const { items } = readEbay(open(), PROFILE);
    const hostile = items.find((i) => i.externalId === '1480233176020');
    expect(hostile?.body).toContain('<b>twice</b> <img src=x onerror="window.__xss=1">');
    expect(hostile?.body).toContain('<script>window.__xss=2</script>');
    expect(hostile?.body).toContain('\u202ednuf er\u202c');
    expect(pageWindow().__xss).toBeUndefined();
  });

  it('says which cards were already answered and which offer a Reply control', () => {
    const { items } = readEbay(open(), PROFILE);
    const byId = new Map(items.map((i) => [i.externalId, i]));
    expect(byId.get('1480233176022')).toMatchObject({ replyable: false, replyState: 'replied' });
    expect(byId.get('1480233176021')).toMatchObject({ replyable: false, replyAction: 'Reply' });
    // The pre-rendered but hidden form of this card is no open box.
    expect(byId.get('1480233176020')).toMatchObject({ replyable: false, replyAction: 'Reply' });
    expect(byId.get('1480233176020')?.replyState).toBeUndefined();
  });

  it('reports the box’s own limit; the public reply drafted for it fits eBay’s 80 characters or that limit', () => {
    expect(EBAY_REPLY_MAX).toBe(80);
    const doc = open();
    const ta = doc.getElementById('reply-text-1480233176019') as HTMLTextAreaElement;
    const item = () => readEbay(doc, PROFILE).items[0]!;
    const draftFor = (it: ReturnType<typeof item>) =>
      renderDraft({
        platform: 'ebay',
        kind: 'feedback',
        stage: 'public_reply',
        language: 'en',
        buyerName: it.author,
        product: it.product?.name,
        causes: ['quality', 'service'],
        maxLength: it.replyLimit,
      });
    for (const [maxlength, limit, fits] of [
      ['80', 80, 80],
      ['60', 60, 60],
      ['500', 500, 80], // the newer Commerce API's 500: eBay's 80 still holds for the draft
      [null, undefined, 80],
    ] as const) {
      if (maxlength === null) ta.removeAttribute('maxlength');
      else ta.setAttribute('maxlength', maxlength);
      const it = item();
      expect(it.replyLimit).toBe(limit);
      const draft = draftFor(it);
      expect(draft.length).toBeGreaterThan(10);
      expect(draft.length).toBeLessThanOrEqual(fits);
      // the linter blocks anything longer in the public channel
      expect(
        lintDraft('x'.repeat(81), { platform: 'ebay', channel: 'public', kind: 'feedback' }).some(
          (f) => f.severity === 'block',
        ),
      ).toBe(true);
    }
  });

  it('finds the reply box of the selected card only: visible, enabled, inside that card', () => {
    const doc = open();
    const own = doc.getElementById('reply-text-1480233176019');
    expect(replyBox(doc, '1480233176019', PROFILE)).toBe(own);
    expect(replyBox(doc, 'ebay:1480233176019', PROFILE)).toBe(own);
    // Hidden form, no form at all, an unknown id: no box (the draft is never put elsewhere).
    expect(replyBox(doc, '1480233176020', PROFILE)).toBeNull();
    expect(replyBox(doc, '1480233176021', PROFILE)).toBeNull();
    expect(replyBox(doc, '9999', PROFILE)).toBeNull();
    (own as HTMLTextAreaElement).disabled = true;
    expect(replyBox(doc, '1480233176019', PROFILE)).toBeNull();
  });

  it('the box opened by the card’s Reply button is that card’s, and takes the draft with an input event', () => {
    const doc = open();
    (doc.querySelector('[data-reply-for="1480233176021"]') as HTMLElement).click();
    const found = replyBox(doc, '1480233176021', PROFILE)!;
    expect(found.closest('li')?.getAttribute('data-feedback-id')).toBe('1480233176021');
    expect(readEbay(doc, PROFILE).items[2]).toMatchObject({ replyable: true, replyLimit: 80 });
    const text = 'Sorry about the wait: we now ship within 2 days. Thank you for your patience!';
    expect(text.length).toBeLessThanOrEqual(80);
    // (happy-dom keeps earlier tests' document listeners, so count on the box itself)
    let inputs = 0;
    found.addEventListener('input', (e) => {
      if (e.bubbles) inputs++;
    });
    expect(insertDraft(found, text)).toEqual({ ok: true, truncated: false });
    expect((found as HTMLTextAreaElement).value).toBe(text);
    expect(inputs).toBe(1);
    expect(pageWindow().__sent).toBe(false);
    expect(pageWindow().__submitted).toBe(false);
    // The other open box is untouched.
    expect((doc.getElementById('reply-text-1480233176019') as HTMLTextAreaElement).value).toBe('');
  });

  it('follows paging and filters that swap the cards in place', () => {
    const doc = open();
    const list = doc.getElementById('fdbk-cards')!;
    cloneTemplate(doc, 'fdbk-page-2', list);
    expect(readEbay(doc, PROFILE).items.map((i) => [i.externalId, i.polarity])).toEqual([
      ['1480233175001', 'negative'],
      ['1480233175002', 'positive'],
    ]);
    (doc.getElementById('filter-negative') as HTMLElement).click();
    expect(pageWindow().__swaps).toBeGreaterThan(0);
    const neg = readEbay(doc, PROFILE).items;
    expect(neg.map((i) => i.externalId)).toEqual(['1480233176019', '1480233175001']);
    expect(neg.every((i) => i.polarity === 'negative')).toBe(true);
    // The swapped-in card has a Reply control, not the box of the card it replaced.
    expect(neg[0]).toMatchObject({ replyable: false, replyAction: 'Reply' });
  });

  it('warns when a feedback page shows no cards, but not on an honest empty state', () => {
    const doc = open();
    doc.getElementById('fdbk-cards')!.replaceChildren();
    expect(readEbay(doc, PROFILE).warnings[0]).toMatch(/no feedback cards found/);
    doc.getElementById('fdbk-cards')!.textContent = 'No feedback to show for this filter.';
    expect(readEbay(doc, PROFILE)).toMatchObject({ items: [], warnings: [] });
  });
});

describe('eBay legacy feedback table (ViewFeedback2)', () => {
  it('reads each comment row with its detail rows: item, ISO date, follow-up, seller reply', () => {
    const doc = loadFixture('ebay/feedback-legacy.html');
    const { items, warnings } = readEbay(doc, LEGACY);
    expect(warnings).toEqual([]);
    expect(items).toEqual([
      {
        // No feedback id on the legacy page: item, buyer and date name it.
        externalId: '266012349999:s***h:19-Nov-26 14:02',
        kind: 'feedback',
        polarity: 'negative',
        body: 'Item not as described, the lid does not fit at all. Waste of money.',
        author: 's***h',
        product: { id: '266012349999', name: 'Aurora Silicone Lid Set, 3 pcs' },
        date: { iso: '2026-11-19T14:02:00Z', raw: '19-Nov-26 14:02' },
        followUp: { text: 'Seller did refund in the end, but only after I opened a case.' },
        replyable: false,
        replyAction: 'Reply',
      },
      expect.objectContaining({
        polarity: 'neutral',
        author: 'oliver_b77',
        date: { iso: '2026-11-02T08:41:00Z', raw: '02-Nov-26 08:41' },
        replyState: 'replied',
        replyable: false,
      }),
      expect.objectContaining({ polarity: 'positive', author: 'g***y', replyAction: 'Reply' }),
    ]);
    // Stable across reads: the same row gets the same id.
    expect(readEbay(doc, LEGACY).items.map((i) => i.externalId)).toEqual(
      items.map((i) => i.externalId),
    );
    expect(replyBox(doc, items[0]!.externalId, LEGACY)).toBeNull();
  });
});

describe('a page that is not a feedback or message page', () => {
  it('leave-feedback (the seller rates a buyer) lists nothing and offers no box', () => {
    const doc = loadFixture('ebay/leave-feedback.html');
    const url = new URL('https://www.ebay.de/fdbk/leave_feedback?item=266012345678');
    expect(readEbay(doc, url)).toMatchObject({ items: [], warnings: [] });
    expect(replyBox(doc, '266012345678', url)).toBeNull();
  });
});
