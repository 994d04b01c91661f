import type { ItemDate, Product } from '../messages';

// Cases stored before product and date were structured hold strings; they still show.
type Stored<T> = T | string | undefined;

/** The product as a buyer knows it: its name (a catalogue id means nothing to them). */
export function productForBuyer(product: Stored<Product>): string | undefined {
  if (typeof product === 'string') return product.split(' · ').slice(-1)[0] || undefined;
  return product?.name || undefined;
}

/** The product for the agent: name and id ("Aurora Blender (B0C7XYZ123)"). */
export function productLabel(product: Stored<Product>): string | undefined {
  if (typeof product === 'string') return product || undefined;
  if (!product) return undefined;
  if (product.name && product.id) return `${product.name} (${product.id})`;
  return product.name || product.id || undefined;
}

/** A date as the page showed it. */
export function dateLabel(date: Stored<ItemDate>): string | undefined {
  if (typeof date === 'string') return date || undefined;
  return date?.raw || date?.iso || undefined;
}

/** What the playbook's deadlines read: the ISO date when the page's text parsed, else the text. */
export function dateForDeadlines(date: Stored<ItemDate>): string | undefined {
  if (typeof date === 'string') return date || undefined;
  return date?.iso ?? date?.raw;
}
