// Seller Central hosts (see ../shared/sites/amazon.md). Kept as data so the
// manifest's host permissions, the content script's matches and the adapter
// agree by construction.
export const AMAZON_HOSTS = [
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
] as const;

export const hostPatterns = (hosts: readonly string[]): string[] =>
  hosts.map((h) => `https://${h}/*`);

/** Every match pattern a content script runs on (and the only hosts the extension may touch). */
export const CONTENT_MATCHES: string[] = [...hostPatterns(AMAZON_HOSTS)];
