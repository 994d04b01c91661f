import type { Facts } from './types';

const AMAZON_ORDER = /\b\d{3}-\d{7}-\d{7}\b/g;
const EBAY_ORDER = /\b\d{2}-\d{5}-\d{5}\b/g;
const LONG_ORDER = /(?<![\d-])\d{18,19}(?![\d-])/g;
const CUR_BEFORE =
  /(¥|￥|\$|€|£|US\$|USD|RMB|CNY|EUR|GBP)\s?(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/gi;
// A number is read from its first digit only ((?<![\d.,])): otherwise the engine retries at every
// digit of a long run and the scan turns quadratic.
const CUR_AFTER =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(元|块钱|块|美元|美金|欧元|英镑|rmb|usd|eur|gbp|dollars?|bucks|euros?|pounds?)(?![a-z])/gi;
const DATES =
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\d{4}年\d{1,2}月\d{1,2}[日号]?|\d{1,2}月\d{1,2}[日号]|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?: \d{4})?\b|\b\d{1,2}-[a-z]{3}-\d{2,4}\b|(?:上|这|下)?(?:周|星期)[一二三四五六日天]|昨天|前天|今天/gi;
// Product mentions: 《书名》/【商品】, and Latin brand/model names (capitalised words or tokens
// with digits), e.g. "Echo Dot", "iPhone 13", "AirPods Pro" inside Chinese or English text.
const BRACKETED = /《([^》]{1,40})》|【([^】]{1,40})】/g;
const MODEL =
  /\b(?:[A-Z][a-z]*[A-Z0-9][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z]+)(?:[ -](?:[A-Z][A-Za-z0-9]*|\d+[A-Za-z]*|Pro|Max|Mini|Plus|Ultra|Lite))*\b/g;
const CURRENCY: Record<string, string> = {
  '¥': 'CNY',
  '￥': 'CNY',
  元: 'CNY',
  块: 'CNY',
  块钱: 'CNY',
  rmb: 'CNY',
  cny: 'CNY',
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  美元: 'USD',
  美金: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  欧元: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  英镑: 'GBP',
};
// Capitalised words that are not products.
const NOT_PRODUCT = new Set(
  (
    'I Im The This That It Its My We Our You Your They He She A An And But So If When Then Also ' +
    'Very Great Good Bad Not No Yes Love Just Please Thanks Thank Hi Hello Dear Sorry After Before ' +
    'Amazon eBay Ebay Taobao Tmall Prime Alexa OK Ok USD RMB EUR GBP CNY Would Will Can Could Do Does Did ' +
    'Was Is Are Have Has Had Been Bought Ordered Received Works Worked What Why How Where Who Which ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June ' +
    'July August September October November December Christmas Highly Overall Well Now Still Even ' +
    'Easy Best Nice Excellent Perfect Awesome Amazing One Two All Some Every Only Don Dont'
  )
    .split(' ')
    .map((w) => w.toLowerCase()),
);

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Every pattern of this module, for the structural linearity test. */
export const FACT_PATTERNS: RegExp[] = [
  AMAZON_ORDER,
  EBAY_ORDER,
  LONG_ORDER,
  CUR_BEFORE,
  CUR_AFTER,
  DATES,
  BRACKETED,
  MODEL,
];

/** Order ids, amounts with currency, dates and product mentions (best effort). */
export function extractFacts(text: string): Facts {
  const orderIds = uniq([
    ...(text.match(AMAZON_ORDER) ?? []),
    ...(text.match(EBAY_ORDER) ?? []),
    ...(text.match(LONG_ORDER) ?? []),
  ]);
  const amounts: Facts['amounts'] = [];
  for (const m of text.matchAll(CUR_BEFORE)) {
    const cur = CURRENCY[m[1]!.toLowerCase()] ?? m[1]!.toUpperCase();
    amounts.push({ value: Number(m[2]!.replace(/,/g, '')), currency: cur, text: m[0] });
  }
  for (const m of text.matchAll(CUR_AFTER)) {
    const start = m.index;
    // Skip a number already taken with a leading symbol ("$20 dollars") or part of an order id.
    if (
      amounts.some(
        (a) => text.indexOf(a.text) <= start && start < text.indexOf(a.text) + a.text.length,
      )
    ) {
      continue;
    }
    const cur = CURRENCY[m[2]!.toLowerCase()] ?? m[2]!.toUpperCase();
    amounts.push({ value: Number(m[1]!.replace(/,/g, '')), currency: cur, text: m[0] });
  }
  const dates = uniq(text.match(DATES) ?? []);
  const products: string[] = [];
  for (const m of text.matchAll(BRACKETED)) products.push((m[1] ?? m[2] ?? '').trim());
  for (const m of text.matchAll(MODEL)) {
    const words = m[0].split(' ');
    while (words.length > 1 && NOT_PRODUCT.has((words[0] ?? '').toLowerCase())) words.shift();
    const name = words.join(' ');
    const first = words[0] ?? '';
    if (words.length === 1 && NOT_PRODUCT.has(first.toLowerCase())) continue;
    if (words.length === 1 && /^[A-Z][a-z]+$/.test(first)) {
      // A lone capitalised word counts only inside Chinese text or mid-sentence.
      const at = m.index + m[0].length - name.length;
      const before = text.slice(Math.max(0, at - 2), at);
      if (!/[\u4e00-\u9fff]/.test(before) && !/[a-z,] $/.test(before)) continue;
    }
    if (/^\d/.test(name)) continue;
    products.push(name);
  }
  return { orderIds, amounts, dates, products: uniq(products.filter((p) => p.length > 0)) };
}
