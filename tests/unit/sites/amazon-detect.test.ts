import { describe, expect, it } from 'vitest';
import { SITES, adapterFor } from '../../../lib/sites';
import { amazon } from '../../../lib/sites/amazon';
import type { PageKind } from '../../../lib/messages';
import { fixtureHtml } from './fixture';

interface PracticePage {
  url: string;
  file: string;
  title: string;
  site: string;
  kind: PageKind;
}
const practicePages = JSON.parse(fixtureHtml('practice-pages.json')) as PracticePage[];

const TABLE: [string, PageKind][] = [
  ['https://sellercentral.amazon.com/brand-customer-reviews/', 'reviews'],
  [
    'https://sellercentral.amazon.com/brand-customer-reviews/?stars=1,2,3&includeDone=true',
    'reviews',
  ],
  [
    'https://sellercentral.amazon.co.uk/brand-customer-reviews/?stars=1&includeDone=false&pageSize=50&pageNumber=2',
    'reviews',
  ],
  ['https://sellercentral.amazon.de/brand-customer-reviews', 'reviews'],
  ['https://sellercentral.amazon.co.jp/brand-customer-reviews/ref=xx_crvws_dnav_xx', 'reviews'],
  ['https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded', 'messages'],
  ['https://sellercentral.amazon.de/messaging/inbox-v3/?fi=responseNeeded&page=2', 'messages'],
  ['https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED', 'messages'],
  [
    'https://sellercentral.amazon.ca/messaging/thread?threadId=A1B2&orderId=702-1234567-1234567',
    'messages',
  ],
  [
    'https://sellercentral.amazon.co.uk/messaging/contact?orderID=205-1234567-7654321&marketplaceID=A1F83G8C2ARO7P',
    'messages',
  ],
  [
    'https://sellercentral.amazon.com/messaging/contact?orderID=113-1234567-1234567&marketplaceID=ATVPDKIKX0DER',
    'messages',
  ],
  ['https://sellercentral-europe.amazon.com/messaging/inbox-v3', 'messages'],
  ['https://sellercentral.amazon.com/feedback-manager/index.html', 'feedback'],
  ['https://sellercentral.amazon.com/feedback-manager/index.html#/report', 'feedback'],
  ['https://sellercentral.amazon.fr/feedback-manager', 'feedback'],
  ['https://sellercentral-japan.amazon.com/feedback-manager/index.html#/', 'feedback'],
  ['https://sellercentral.amazon.com/messaging/reviews?orderId=113-1234567-1234567', 'none'],
  ['https://sellercentral.amazon.com/messaging/reviews/', 'none'],
  ['https://sellercentral.amazon.com/home', 'none'],
  ['https://sellercentral.amazon.com/', 'none'],
  ['https://sellercentral.amazon.com/orders-v3/order/113-1234567-1234567', 'none'],
  ['https://sellercentral.amazon.com/messaging/settings', 'none'],
  ['https://sellercentral.amazon.com/brand-customer-reviews-settings', 'none'],
  ['https://sellercentral.amazon.com/inventory?tbla_myitable=sort:%7B%7D', 'none'],
  ['https://sellercentral.amazon.com/help/hub/reference/external/G200389080', 'none'],
  ['http://sellercentral.amazon.com/brand-customer-reviews/', 'none'],
];

describe('amazon.detect', () => {
  it.each(TABLE)('%s → %s', (href, kind) => {
    expect(amazon.detect(new URL(href))).toBe(kind);
  });

  it('gives exactly one kind for every practice page, matching practice-pages.json', () => {
    expect(practicePages.length).toBeGreaterThanOrEqual(5);
    for (const page of practicePages) {
      expect(adapterFor(page.url)?.id).toBe(page.site);
      // other marketplaces' practice pages are none for Amazon
      expect(amazon.detect(new URL(page.url))).toBe(page.site === 'amazon' ? page.kind : 'none');
    }
  });

  it('covers every Seller Central host', () => {
    for (const host of amazon.hosts) {
      const url = `https://${host}/brand-customer-reviews/`;
      expect(adapterFor(url)).toBe(amazon);
      expect(amazon.detect(new URL(url))).toBe('reviews');
    }
    expect(amazon.matches).toContain('https://sellercentral.amazon.com/*');
    expect(amazon.matches).toHaveLength(amazon.hosts.length);
  });

  it('is not fooled by look-alike hosts or paths on other hosts', () => {
    for (const href of [
      'https://www.amazon.com/brand-customer-reviews/',
      'https://sellercentral.amazon.com.evil.example/brand-customer-reviews/',
      'https://evil.example/sellercentral.amazon.com/messaging/inbox-v3',
      'https://sellercentral.ebay.com/messaging/inbox-v3',
    ]) {
      expect(amazon.detect(new URL(href))).toBe('none');
    }
  });
});

describe('adapterFor', () => {
  it('finds amazon by host, for strings and URL objects', () => {
    expect(SITES).toContain(amazon);
    expect(adapterFor('https://sellercentral.amazon.com/home')).toBe(amazon);
    expect(adapterFor(new URL('https://SELLERCENTRAL.AMAZON.DE/messaging/inbox-v3'))).toBe(amazon);
  });

  it('returns undefined for other hosts', () => {
    for (const href of [
      'https://www.amazon.com/dp/B0C7XYZ123',
      'https://example.com/',
      'https://sellercentral.amazon.com.evil.example/',
      'http://sellercentral.amazon.com/home',
      'chrome-extension://abcdef/sidepanel.html',
      'about:blank',
    ]) {
      expect(adapterFor(href)).toBeUndefined();
    }
  });

  it('never throws on garbage', () => {
    for (const junk of ['', 'not a url', '://', 'https://', '\u0000', 'http://[::1', '%%%']) {
      expect(() => adapterFor(junk)).not.toThrow();
      expect(adapterFor(junk)).toBeUndefined();
    }
  });
});
