// A closed real case kept as a practice scenario (seed 001: 典型差评案例纳入培训教材).
// What a trainee sees is the buyer's complaint and the lesson, never who the buyer
// was: names, order numbers, contact details and links are replaced before the
// scenario is stored, and the scenario keeps no link back to the real case.
import * as z from 'zod/mini';
import { ITEM_KINDS, MAX_TEXT, SITE_IDS, type SiteId, type SnapshotItem } from '../messages';
import { CAUSES } from '../analysis/types';
import type { CaseRecord } from '../db/schema';
import { hash } from '../ui/manual';

export const SavedScenarioSchema = z.object({
  id: z.string().check(z.minLength(3), z.maxLength(80)),
  createdAt: z.number().check(z.int(), z.gte(0), z.lte(8.64e15)),
  site: z.enum(SITE_IDS),
  kind: z.enum(ITEM_KINDS),
  language: z.enum(['zh-Hans', 'zh-Hant', 'en', 'other']),
  rating: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
  title: z.optional(z.string().check(z.maxLength(500))),
  body: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
  causes: z.array(z.enum(CAUSES)).check(z.maxLength(CAUSES.length)),
  flags: z.array(z.string().check(z.maxLength(50))).check(z.maxLength(30)),
  /** The post-mortem's lesson, the point of the exercise. */
  lesson: z.optional(z.string().check(z.maxLength(4000))),
});
export type SavedScenario = z.infer<typeof SavedScenarioSchema>;

type Lang = SavedScenario['language'];
const WORDS: Record<'buyer' | 'order' | 'contact' | 'link', Record<'zh' | 'en', string>> = {
  buyer: { zh: '〔买家〕', en: '[buyer]' },
  order: { zh: '〔订单号〕', en: '[order number]' },
  contact: { zh: '〔联系方式〕', en: '[contact]' },
  link: { zh: '〔链接〕', en: '[link]' },
};
const word = (w: keyof typeof WORDS, lang: Lang) =>
  WORDS[w][lang === 'zh-Hans' || lang === 'zh-Hant' ? 'zh' : 'en'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Each pattern is linear: bounded repeats, no nested quantifiers over the same characters.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'，。）)]{1,2000}/gi;
const EMAIL_RE =
  /[\w.+-]{1,64}\s?(?:@|＠|\(at\)|\[at\])\s?[\w-]{1,63}(?:\s?(?:\.|\(dot\)|\[dot\])\s?[\w-]{1,63}){1,4}/gi;
// Amazon 3-7-7, eBay 2-5-5 / 12-5-5 and the long digit runs of Taobao and Tmall order numbers.
const ORDER_RE = /\b\d{2,3}-\d{5,7}-\d{5,7}\b|\d{12,24}/g;
// Phone numbers: a leading + or a 0/1, then digits in groups (CN 11 digits, TW/HK 8–10, UK, US, EU).
const PHONE_RE =
  /(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,4}\)[\s-]?)?\d{2,4}(?:[\s-]\d{2,4}){1,4}|\b1[3-9]\d{9}\b|\b\d{8,11}\b/g;
// A date or a time is not a phone number.
const DATE_RE = /^\d{4}[-/.\s]\d{1,2}[-/.\s]\d{1,2}$|^\d{1,2}[-/.\s]\d{1,2}[-/.\s]\d{4}$/;
const HANDLE_RE = /(^|[^\w])[@＠][\w\u4e00-\u9fff-]{2,30}/g;

/** The text with the buyer's names, order numbers, contact details and links replaced. */
export function anonymiseText(
  text: string,
  names: readonly string[],
  lang: Lang,
  orders: readonly string[] = [],
): string {
  let out = text;
  for (const order of orders)
    if (order.trim()) out = out.split(order.trim()).join(word('order', lang));
  for (const name of names) {
    const n = name.trim();
    // a one-letter or masked name (t**5) is not worth looking for, and would hit ordinary words
    if (n.replace(/[*\s]/g, '').length < 2) continue;
    out = out.replace(new RegExp(escape(n), 'gi'), word('buyer', lang));
  }
  return out
    .replace(URL_RE, word('link', lang))
    .replace(EMAIL_RE, word('contact', lang))
    .replace(ORDER_RE, word('order', lang))
    .replace(PHONE_RE, (m) =>
      m.replace(/\D/g, '').length >= 8 && !DATE_RE.test(m) ? word('contact', lang) : m,
    )
    .replace(HANDLE_RE, (_m, pre: string) => `${pre}${word('buyer', lang)}`);
}

/** The anonymised scenario of a case; undefined when nothing of the buyer's text is left. */
export function scenarioFromCase(c: CaseRecord, now = Date.now()): SavedScenario | undefined {
  const names = [c.buyer, c.item.author].filter((n): n is string => !!n);
  const orders = [c.orderId, c.item.orderId].filter((n): n is string => !!n);
  const lang = c.language;
  const anon = (text: string) => anonymiseText(text, names, lang, orders);
  const buyerText = c.item.messages?.length
    ? c.item.messages
        .filter((m) => m.from === 'buyer')
        .map((m) => m.text)
        .join('\n\n')
    : c.item.body;
  const body = anon(buyerText).trim().slice(0, MAX_TEXT);
  if (!body) return undefined;
  const s: SavedScenario = {
    id: `saved:${hash(`${c.site}|${body}`)}`,
    createdAt: now,
    site: c.site,
    kind: c.kind,
    language: lang,
    body,
    causes: c.postMortem?.cause ? [c.postMortem.cause] : [...c.causes],
    flags: [...c.flags],
  };
  if (c.item.rating !== undefined) s.rating = c.item.rating;
  if (c.item.title) s.title = anon(c.item.title).slice(0, 500);
  const lesson = c.postMortem?.lesson?.trim();
  if (lesson) s.lesson = anon(lesson).slice(0, 4000);
  return s;
}

/** The scenario as an item to practise on: a manual, read-only item of its marketplace. */
export function practiceItem(s: SavedScenario): { site: SiteId; item: SnapshotItem } {
  const item: SnapshotItem = {
    externalId: `practice:${s.id.slice(6)}`,
    kind: s.kind,
    body: s.body,
    replyable: false,
    manual: true,
  };
  if (s.title) item.title = s.title;
  if (s.rating !== undefined) item.rating = s.rating;
  if (s.kind === 'messages') item.messages = [{ from: 'buyer', text: s.body }];
  return { site: s.site, item };
}
