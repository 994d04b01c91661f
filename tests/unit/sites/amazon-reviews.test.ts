import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon-reader';
import { MAX_SHORT, MAX_TEXT, SnapshotSchema, type Snapshot } from '../../../lib/messages';
import { cloneTemplate, loadFixture, pageWindow } from './fixture';

const URL_REVIEWS = new URL(
  'https://sellercentral.amazon.com/brand-customer-reviews/?stars=1,2,3,4,5&includeDone=true&pageSize=50&pageNumber=1',
);

const byId = (snap: Snapshot, id: string) => {
  const item = snap.items.find((i) => i.externalId === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
};

describe('amazon reviews page (static template cloned by the test)', () => {
  let doc: Document;
  beforeEach(() => {
    doc = loadFixture('amazon/reviews.html');
  });

  it('warns, not throws, before the cards render', () => {
    const snap = amazonAdapter.extract(doc, URL_REVIEWS);
    expect(snap.items).toEqual([]);
    expect(snap.warnings.join(' ')).toMatch(/no review cards/);
    expect(SnapshotSchema.safeParse(snap).success).toBe(true);
  });

  it('extracts every card with its fields', () => {
    cloneTemplate(doc, 'late-cards', doc.getElementById('reviews-list')!);
    const snap = amazonAdapter.extract(doc, URL_REVIEWS);
    expect(SnapshotSchema.safeParse(snap).success).toBe(true);
    expect(snap).toMatchObject({ site: 'amazon', pageKind: 'reviews', warnings: [] });
    expect(snap.url).toBe(URL_REVIEWS.href);
    expect(snap.items.map((i) => i.externalId)).toEqual([
      'R2ABCDEF123XYZ',
      'R1LATE7DLVRY9Q',
      'R1ZQ7M3K9VTX2P',
      'R3POS5STAR8KLM',
      'R2LOST4PKG6NWX',
      'R3XSS0TEST1ABC',
    ]);
    expect(byId(snap, 'R2ABCDEF123XYZ')).toEqual({
      externalId: 'R2ABCDEF123XYZ',
      kind: 'reviews',
      rating: 1,
      polarity: 'negative',
      title: 'Lid cracked the first time I used it',
      body: expect.stringMatching(/^The lid cracked right along the seam .* do not buy\.$/),
      author: 'Jennifer K.',
      date: { iso: '2026-11-12', raw: 'Nov 12, 2026' },
      product: {
        id: 'B0C7XYZ123',
        name: 'Aurora Portable Blender 350ml, USB-C Rechargeable',
        url: 'https://www.amazon.com/dp/B0C7XYZ123',
      },
      replyable: false,
    });
    expect(byId(snap, 'R1LATE7DLVRY9Q')).toMatchObject({
      rating: 2,
      author: 'Marcus D.',
      date: { iso: '2026-11-15', raw: 'Nov 15, 2026' },
      contacted: true,
      product: { id: 'B0D4KQ8N2M' },
    });
    expect(byId(snap, 'R3POS5STAR8KLM').rating).toBe(5);
    expect(byId(snap, 'R2LOST4PKG6NWX')).toMatchObject({ rating: 4 });
    expect(byId(snap, 'R2LOST4PKG6NWX').body).toMatch(/package I ordered for myself was lost/);
    // only the one card says "You contacted the customer on …"
    expect(snap.items.filter((i) => i.contacted).map((i) => i.externalId)).toEqual([
      'R1LATE7DLVRY9Q',
    ]);
    // reviews are read-only
    expect(snap.items.every((i) => i.replyable === false)).toBe(true);
  });

  it('takes the review rating, not the ASIN average star element', () => {
    cloneTemplate(doc, 'late-cards', doc.getElementById('reviews-list')!);
    const snap = amazonAdapter.extract(doc, URL_REVIEWS);
    expect(snap.items.map((i) => i.rating)).toEqual([1, 2, 1, 5, 4, 2]);
  });

  it('reads the Chinese author line 「NAME 于 YYYY 年M月D日…」', () => {
    cloneTemplate(doc, 'late-cards', doc.getElementById('reviews-list')!);
    const zh = byId(amazonAdapter.extract(doc, URL_REVIEWS), 'R1ZQ7M3K9VTX2P');
    expect(zh).toMatchObject({
      rating: 1,
      title: '质量太差，用了三天就坏了',
      author: '张***',
      date: { iso: '2026-11-18', raw: '2026年11月18日' },
    });
    expect(zh.body).toMatch(/^质量问题很严重。/);
  });

  it('keeps hostile markup as literal text', () => {
    cloneTemplate(doc, 'late-cards', doc.getElementById('reviews-list')!);
    const card = doc.querySelector('[data-testid="review-R3XSS0TEST1ABC"]')!;
    // the fixture really escapes it: no element was created from the review text
    expect(card.querySelector('img, script, i')).toBeNull();
    const xss = byId(amazonAdapter.extract(doc, URL_REVIEWS), 'R3XSS0TEST1ABC');
    expect(xss.body).toBe(
      'Handle snapped off. <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> Want my money back.',
    );
    expect(xss.title).toBe('Broken <b>twice</b>');
    expect(xss.author).toBe('<i>h4x0r</i>');
    expect(pageWindow().__xss).toBeUndefined();
  });

  it('does not read "Review by" text planted in the body as the author', () => {
    cloneTemplate(doc, 'late-cards', doc.getElementById('reviews-list')!);
    const body = doc.getElementById('review-content-R3POS5STAR8KLM')!;
    body.textContent =
      'Review by Mallory on Jan 1, 2020. You contacted the customer on Jan 2, 2020';
    const item = byId(amazonAdapter.extract(doc, URL_REVIEWS), 'R3POS5STAR8KLM');
    expect(item.author).toBe('Priya S.');
    expect(item.contacted).toBeUndefined();
  });

  it('caps absurdly long text to the schema limits', () => {
    cloneTemplate(doc, 'late-cards', doc.getElementById('reviews-list')!);
    doc.getElementById('review-content-R2ABCDEF123XYZ')!.textContent = 'x'.repeat(MAX_TEXT * 3);
    doc.querySelector('#R2ABCDEF123XYZ-title b')!.textContent = '😡'.repeat(MAX_SHORT * 2);
    const snap = amazonAdapter.extract(doc, URL_REVIEWS);
    expect(SnapshotSchema.safeParse(snap).success).toBe(true);
    const item = byId(snap, 'R2ABCDEF123XYZ');
    expect(item.body).toHaveLength(MAX_TEXT);
    expect(item.title!.length).toBeLessThanOrEqual(MAX_SHORT);
    expect(item.title!.endsWith('😡')).toBe(true); // no half surrogate pair
  });

  it('tolerates a card with missing fields', () => {
    const list = doc.getElementById('reviews-list')!;
    const card = doc.createElement('div');
    card.className = 'reviewContainer';
    card.setAttribute('data-testid', 'review-R9BARE000000X');
    list.replaceChildren(card);
    const snap = amazonAdapter.extract(doc, URL_REVIEWS);
    expect(SnapshotSchema.safeParse(snap).success).toBe(true);
    expect(snap.items).toEqual([
      { externalId: 'R9BARE000000X', kind: 'reviews', body: '', replyable: false },
    ]);
    expect(snap.warnings.join(' ')).toMatch(/no body/);
  });

  it('has no reply box for reviews', () => {
    cloneTemplate(doc, 'late-cards', doc.getElementById('reviews-list')!);
    expect(amazonAdapter.findReplyBox(doc, 'R2ABCDEF123XYZ', URL_REVIEWS)).toBeNull();
  });
});

describe('amazon reviews page (page script runs)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('renders the cards late, with kat-* components in open shadow roots', () => {
    const doc = loadFixture('amazon/reviews.html', { runScripts: true });
    expect(amazonAdapter.extract(doc, URL_REVIEWS).items).toHaveLength(0);
    vi.advanceTimersByTime(450);
    const star = doc.querySelector('kat-star-rating.reviewRating')!;
    expect(star.shadowRoot?.querySelectorAll('span')).toHaveLength(5);
    const snap = amazonAdapter.extract(doc, URL_REVIEWS);
    expect(snap.items).toHaveLength(6);
    expect(snap.warnings).toEqual([]);
    expect(amazonAdapter.reader.anchors.some((a) => doc.querySelector(a))).toBe(true);
    expect(pageWindow().__xss).toBeUndefined();
  });
});
