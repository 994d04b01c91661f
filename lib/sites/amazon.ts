// Amazon Seller Central, the site part: hosts and URL rules only (cheap, pure).
// The page reader is ./amazon-reader.ts, bundled only into entrypoints/amazon.content.ts.
// What is known of the pages is in shared/sites/amazon.md.
import type { PageKind } from '../messages';
import { defineSite, NO_TEST_URLS } from './define';

/**
 * Amazon order id: 3-7-7 digits, bounded by no other digit or dash. Not by \b: an element's text
 * runs into the next one's when spans sit side by side ("Order ID: 304-1111111-2222221Photo sent…").
 */
export const AMAZON_ORDER_ID = /(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])/g;
export const AMAZON_ORDER_ID_EXACT = /^\d{3}-\d{7}-\d{7}$/;
/** ASIN (B0 + 8) or ISBN-10. */
export const ASIN = /\b(B0[0-9A-Z]{8}|\d{9}[0-9X])\b/;

function detect(url: URL): PageKind {
  const path = url.pathname.toLowerCase().replace(/\/{2,}/g, '/');
  const under = (prefix: string) => path === prefix || path.startsWith(prefix + '/');
  if (under('/brand-customer-reviews')) return 'reviews';
  if (under('/messaging/reviews')) return 'none'; // Request-a-Review, not a reply page
  if (
    under('/messaging/inbox-v3') ||
    under('/messaging/inbox') ||
    under('/messaging/thread') ||
    under('/messaging/contact')
  ) {
    return 'messages';
  }
  if (under('/feedback-manager')) return 'feedback';
  return 'none';
}

export const amazon = defineSite({
  id: 'amazon',
  name: 'Amazon Seller Central',
  hosts: [
    'sellercentral.amazon.com',
    'sellercentral.amazon.ca',
    'sellercentral.amazon.com.mx',
    'sellercentral.amazon.com.br',
    'sellercentral-europe.amazon.com',
    'sellercentral.amazon.co.uk',
    'sellercentral.amazon.de',
    'sellercentral.amazon.fr',
    'sellercentral.amazon.it',
    'sellercentral.amazon.es',
    'sellercentral.amazon.nl',
    'sellercentral.amazon.se',
    'sellercentral.amazon.pl',
    'sellercentral.amazon.com.be',
    'sellercentral.amazon.ie',
    'sellercentral.amazon.com.tr',
    'sellercentral.amazon.eg',
    'sellercentral.amazon.sa',
    'sellercentral.amazon.ae',
    'sellercentral.amazon.in',
    'sellercentral.amazon.sg',
    'sellercentral.amazon.com.au',
    'sellercentral.amazon.co.jp',
    'sellercentral-japan.amazon.com',
  ],
  detect,
  testUrls:
    typeof __DEFUSE_CONTENT__ !== 'undefined'
      ? NO_TEST_URLS
      : {
          reviews: [
            'https://sellercentral.amazon.com/brand-customer-reviews/',
            'https://sellercentral.amazon.co.uk/brand-customer-reviews/?stars=1&includeDone=false&pageSize=50&pageNumber=2',
            'https://sellercentral.amazon.co.jp/brand-customer-reviews/ref=xx_crvws_dnav_xx',
          ],
          feedback: [
            'https://sellercentral.amazon.com/feedback-manager/index.html',
            'https://sellercentral.amazon.com/feedback-manager/index.html#/report',
            'https://sellercentral-japan.amazon.com/feedback-manager/index.html#/',
          ],
          messages: [
            'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded',
            'https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED',
            'https://sellercentral.amazon.ca/messaging/thread?threadId=A1B2&orderId=702-1234567-1234567',
            'https://sellercentral.amazon.co.uk/messaging/contact?orderID=205-1234567-7654321&marketplaceID=A1F83G8C2ARO7P',
          ],
          none: [
            'https://sellercentral.amazon.com/home',
            'https://sellercentral.amazon.com/messaging/reviews?orderId=113-1234567-1234567',
            'https://sellercentral.amazon.com/orders-v3/order/113-1234567-1234567',
            'https://sellercentral.amazon.com/brand-customer-reviews-settings',
            'https://www.amazon.com/brand-customer-reviews/',
            'https://sellercentral.amazon.com.evil.example/brand-customer-reviews/',
          ],
        },
});
