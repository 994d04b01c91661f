/** Amazon's catalogue ids mean nothing to a buyer: drafts name the product, not its ASIN. */
const ASIN = /^(?:B0[A-Z0-9]{8}|\d{9}[\dX])$/i;

export function productForBuyer(product: string | undefined): string | undefined {
  if (!product) return undefined;
  const parts = product.split(' · ').map((p) => p.trim());
  const named = parts.filter((p) => p && !ASIN.test(p));
  return named.length ? named.join(' · ') : undefined;
}
