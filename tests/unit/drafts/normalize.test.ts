import { describe, expect, it } from 'vitest';
import { lintDraft, type LintContext } from '@/lib/drafts/lint';
import { originalSpan, stripInvisible, viewsOf } from '@/lib/drafts/normalize';
import { score } from '@/lib/drafts/eval';
import { LINT_SET, splitOf } from './lint-set';
import { BLIND_SET } from './lint-set-blind';
import { BLIND3_SET } from './lint-set-blind3';
import { BLIND4_SET } from './lint-set-blind4';
import { BLIND5_SET } from './lint-set-blind5';
import { BLIND6_SET } from './lint-set-blind6';
import { BLIND7_SET } from './lint-set-blind7';
import { BLIND8_SET } from './lint-set-blind8';
import { BLIND9_SET } from './lint-set-blind9';

const AMZ_M: LintContext = { platform: 'amazon', channel: 'private', kind: 'messages' };
const TB: LintContext = { platform: 'taobao', channel: 'private', kind: 'messages' };
const EB: LintContext = { platform: 'ebay', channel: 'private', kind: 'messages' };

describe('normalised views map back to the original characters', () => {
  it('drops invisible characters and folds widths, look-alikes and Traditional forms', () => {
    const text = 'Ｗ\u200bhаts\u202eApp 評價';
    const v = viewsOf(text);
    expect(v.exact.text).toBe('WhatsApp 評價');
    expect(v.loose.text).toBe('whatsapp 评价');
    expect(v.compact.text).toBe('whatsapp评价');
    // Every view character points at the original character it came from.
    const [s, e] = originalSpan(v.loose, 0, 8);
    expect(text.slice(s, e)).toBe('Ｗ\u200bhаts\u202eApp');
  });

  it('reads characters written as their parts as the characters, marking all the parts', () => {
    const v = viewsOf('加我微亻言 kf，女子评返现');
    expect(v.compact.text).toBe('加我微信kf好评返现');
    const at = v.compact.text.indexOf('信');
    expect(originalSpan(v.compact, at, at + 1)).toEqual([3, 5]);
    // 女子 alone is a woman, not 好.
    expect(viewsOf('女子款').compact.text).toBe('女子款');
  });

  it('stripInvisible removes bidi overrides and zero-width joiners only', () => {
    expect(stripInvisible('\u202eAnna\u200d Lee\ufeff')).toBe('Anna Lee');
    expect(stripInvisible('张三 😊')).toBe('张三 😊');
  });
});

/** [ctx, text, rule, the exact original characters the finding must mark] */
const SPELLINGS: [LintContext, string, string, string][] = [
  [TB, '亲，好 评 返 现哦', 'review-incentive', '好 评 返 现'],
  // The whole offer is marked: the act on the review and the reward it buys.
  [TB, '刪　評　送　紅　包', 'review-incentive', '刪　評　送　紅　包'],
  [TB, '加我微\u200b信 abc', 'off-platform-contact', '微\u200b信'],
  // The id is marked with the app: both are the contact detail.
  [TB, '麻烦加ＶＸ：ｋｆ８８', 'off-platform-contact', '加ＶＸ：ｋｆ８８'],
  [TB, '可以加 V 信', 'off-platform-contact', '加 V 信'],
  [AMZ_M, 'Text me on W h a t s A p p', 'off-platform-contact', 'Text me on W h a t s A p p'],
  [AMZ_M, 'Message us on Wh\u0430tsApp', 'off-platform-contact', 'Message us on Wh\u0430tsApp'],
  [AMZ_M, 'Write to supp\u043ert@lamp.com', 'contact-email', 'supp\u043ert@lamp.com'],
  [EB, 'Mail support (at) lamp (dot) com', 'contact-email', 'support (at) lamp (dot) com'],
  [EB, '請寄到 kf＠shop．com', 'contact-email', 'kf＠shop．com'],
  [TB, '电话 138 0013 8000', 'contact-phone', '138 0013 8000'],
  [TB, '手機 0912-345-678', 'contact-phone', '0912-345-678'],
  [EB, 'Ring +852 9123 4567', 'contact-phone', '+852 9123 4567'],
  [EB, 'Ring 07700 900123', 'contact-phone', '07700 900123'],
  [EB, 'Ring (415) 555-0132', 'contact-phone', '(415) 555-0132'],
  [EB, 'Ring +33 1 23 45 67 89', 'contact-phone', '+33 1 23 45 67 89'],
  [TB, '号码是幺三八零零幺三八零零零', 'contact-phone', '幺三八零零幺三八零零零'],
  [AMZ_M, '有問題加我的LINE：shop', 'off-platform-contact', '加我的LINE：shop'],
];

describe('one rule, every spelling, exact offsets', () => {
  it.each(SPELLINGS)('%o %s', (ctx, text, rule, marked) => {
    const f = lintDraft(text, ctx).find((x) => x.rule === rule);
    expect(f, JSON.stringify(lintDraft(text, ctx))).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe(marked);
  });

  it('a phrase spelled apart is still a whole word: "somewhat sappy" is no WhatsApp', () => {
    expect(lintDraft('It is somewhat sappy, sorry for the pun.', AMZ_M)).toEqual([]);
    expect(lintDraft('Our product line is tested.', AMZ_M)).toEqual([]);
  });

  it('order ids, dates and prices are not phone numbers', () => {
    for (const t of [
      'Order 112-3456789-1234567 ships today.',
      '订单 3712345678901234567 已补发',
      'Delivered on 2024-03-05.',
      'Refunded $1234.56.',
    ])
      expect(
        lintDraft(t, AMZ_M).filter((f) => f.rule === 'contact-phone'),
        t,
      ).toEqual([]);
  });

  it('Amazon lets a message give a carrier or warranty number; other numbers block', () => {
    expect(lintDraft('You can call UPS on 1-800-742-5877.', AMZ_M)).toEqual([]);
    expect(lintDraft('Call our office on 1-800-742-5877.', AMZ_M).map((f) => f.rule)).toContain(
      'contact-phone',
    );
  });

  it('a link to the marketplace’s own help page is not off-platform', () => {
    const help = 'See https://www.amazon.com/gp/help/customer/display.html?nodeId=1';
    expect(lintDraft(help, AMZ_M)).toEqual([]);
    expect(lintDraft('See https://www.amazon.com/dp/B000', AMZ_M).map((f) => f.rule)).toContain(
      'contact-link',
    );
    expect(lintDraft('See https://www.ebay.com/help/returns', EB)).toEqual([]);
    expect(lintDraft('See https://myshop.example.com', EB).map((f) => f.rule)).toContain(
      'contact-link',
    );
  });

  it('红包 as the product is clean; 红包 handed to the buyer blocks', () => {
    expect(lintDraft('您买的红包袋印刷有误，我们马上补发一批新的红包封。', TB)).toEqual([]);
    expect(lintDraft('给您发个红包表示歉意，麻烦改成好评', TB).map((f) => f.rule)).toContain(
      'review-incentive',
    );
  });
});

describe('the labelled set (lint-set.ts) holds issue 8’s targets', () => {
  // The checking half and the fresh drafts were not used to write the rules they measure.
  for (const [name, set] of [
    ['check half', LINT_SET.filter((e) => !e.fresh && splitOf(e) === 'check')],
    ['fresh drafts', LINT_SET.filter((e) => e.fresh)],
    ['whole set', LINT_SET],
    // The blind set's tuning half, the only part of it rules were changed for. Its checking half is
    // reported by eval:lint (it is below the targets: see the figures there), not held here.
    ['blind set, tuning half', BLIND_SET.filter((e) => splitOf(e) === 'tune')],
    // Likewise the blind3 set: only its tuning half guided the rules; its checking half is reported.
    ['blind3 set, tuning half', BLIND3_SET.filter((e) => splitOf(e) === 'tune')],
    // And the blind4 set: its tuning half and fresh probes of the kinds guided the rules.
    ['blind4 set, tuning half', BLIND4_SET.filter((e) => splitOf(e) === 'tune')],
    // And the blind5 set: its tuning half and fresh probes of its kinds guided the rules.
    ['blind5 set, tuning half', BLIND5_SET.filter((e) => splitOf(e) === 'tune')],
    // And the blind6 set: its tuning half and fresh probes of its kinds guided the rules.
    ['blind6 set, tuning half', BLIND6_SET.filter((e) => splitOf(e) === 'tune')],
    // And the blind7 set: its tuning half and fresh probes of its kinds guided the rules.
    ['blind7 set, tuning half', BLIND7_SET.filter((e) => splitOf(e) === 'tune')],
    // And the blind8 set (tone): its tuning half and fresh probes of its kinds guided the rules.
    ['blind8 set, tuning half', BLIND8_SET.filter((e) => splitOf(e) === 'tune')],
    // And the blind9 set: its tuning half and fresh probes of its kinds guided the rules.
    ['blind9 set, tuning half', BLIND9_SET.filter((e) => splitOf(e) === 'tune')],
  ] as const) {
    it(name, () => {
      const s = score(set);
      expect(s.blockRecall, JSON.stringify(s.misses)).toBe(1);
      expect(s.warnRecall).toBeGreaterThanOrEqual(0.85);
      expect(s.blocksOnCorrect).toBeLessThanOrEqual(0.02);
      expect(s.falseAlarmsOnClean).toBeLessThanOrEqual(0.05);
    });
  }
  it('the blind set has at least 120 drafts, every script with every label', () => {
    expect(BLIND_SET.length).toBeGreaterThanOrEqual(120);
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'])
      for (const label of ['block', 'warn', 'clean'])
        expect(
          BLIND_SET.filter((e) => e.lang === lang && e.label === label).length,
        ).toBeGreaterThan(10);
    // No draft in both sets: the blind set measures wording the rules were not written against.
    const old = new Set(LINT_SET.map((e) => e.text));
    expect(BLIND_SET.filter((e) => old.has(e.text))).toEqual([]);
  });
  it('the blind3 set has at least 150 drafts, every script with every label, none from another set', () => {
    expect(BLIND3_SET.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'])
      for (const label of ['block', 'warn', 'clean'])
        expect(
          BLIND3_SET.filter((e) => e.lang === lang && e.label === label).length,
        ).toBeGreaterThanOrEqual(10);
    const old = new Set([...LINT_SET, ...BLIND_SET].map((e) => e.text));
    expect(BLIND3_SET.filter((e) => old.has(e.text))).toEqual([]);
  });
  it('the blind4 set has at least 180 drafts, every script with every label, a third clean, none from another set', () => {
    expect(BLIND4_SET.length).toBeGreaterThanOrEqual(180);
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'])
      for (const label of ['block', 'warn', 'clean'])
        expect(
          BLIND4_SET.filter((e) => e.lang === lang && e.label === label).length,
        ).toBeGreaterThanOrEqual(10);
    expect(BLIND4_SET.filter((e) => e.label === 'clean').length * 3).toBeGreaterThanOrEqual(
      BLIND4_SET.length,
    );
    const old = new Set([...LINT_SET, ...BLIND_SET, ...BLIND3_SET].map((e) => e.text));
    expect(BLIND4_SET.filter((e) => old.has(e.text))).toEqual([]);
  });
  it('the blind5 set has at least 180 drafts, every script with every label, a third clean, none from another set', () => {
    expect(BLIND5_SET.length).toBeGreaterThanOrEqual(180);
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'])
      for (const label of ['block', 'warn', 'clean'])
        expect(
          BLIND5_SET.filter((e) => e.lang === lang && e.label === label).length,
        ).toBeGreaterThanOrEqual(10);
    expect(BLIND5_SET.filter((e) => e.label === 'clean').length * 3).toBeGreaterThanOrEqual(
      BLIND5_SET.length,
    );
    const old = new Set(
      [...LINT_SET, ...BLIND_SET, ...BLIND3_SET, ...BLIND4_SET].map((e) => e.text),
    );
    expect(BLIND5_SET.filter((e) => old.has(e.text))).toEqual([]);
  });
  it('the blind6 set has at least 160 drafts (50 / 50 / 55 by script), 40% block, a third clean, none from another set', () => {
    expect(BLIND6_SET.length).toBeGreaterThanOrEqual(160);
    const minimum = { 'zh-Hans': 50, 'zh-Hant': 50, en: 55 } as const;
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      expect(BLIND6_SET.filter((e) => e.lang === lang).length).toBeGreaterThanOrEqual(
        minimum[lang],
      );
      for (const label of ['block', 'warn', 'clean'])
        expect(
          BLIND6_SET.filter((e) => e.lang === lang && e.label === label).length,
        ).toBeGreaterThanOrEqual(10);
    }
    expect(BLIND6_SET.filter((e) => e.label === 'block').length * 5).toBeGreaterThanOrEqual(
      BLIND6_SET.length * 2,
    );
    expect(BLIND6_SET.filter((e) => e.label === 'clean').length * 3).toBeGreaterThanOrEqual(
      BLIND6_SET.length,
    );
    expect(new Set(BLIND6_SET.map((e) => e.text)).size).toBe(BLIND6_SET.length);
    const old = new Set(
      [...LINT_SET, ...BLIND_SET, ...BLIND3_SET, ...BLIND4_SET, ...BLIND5_SET].map((e) => e.text),
    );
    expect(BLIND6_SET.filter((e) => old.has(e.text))).toEqual([]);
  });
  it('the blind7 set has at least 180 drafts, about 40% English, every script with every label, none from another set', () => {
    expect(BLIND7_SET.length).toBeGreaterThanOrEqual(180);
    // English was the weakest script on held-out sets, so this set leans on it.
    expect(BLIND7_SET.filter((e) => e.lang === 'en').length * 5).toBeGreaterThanOrEqual(
      BLIND7_SET.length * 2,
    );
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'])
      for (const label of ['block', 'warn', 'clean'])
        expect(
          BLIND7_SET.filter((e) => e.lang === lang && e.label === label).length,
        ).toBeGreaterThanOrEqual(15);
    expect(BLIND7_SET.filter((e) => e.label === 'clean').length * 4).toBeGreaterThanOrEqual(
      BLIND7_SET.length,
    );
    expect(new Set(BLIND7_SET.map((e) => e.text)).size).toBe(BLIND7_SET.length);
    const old = new Set(
      [...LINT_SET, ...BLIND_SET, ...BLIND3_SET, ...BLIND4_SET, ...BLIND5_SET, ...BLIND6_SET].map(
        (e) => e.text,
      ),
    );
    expect(BLIND7_SET.filter((e) => old.has(e.text))).toEqual([]);
  });
  it('the blind8 set has at least 120 drafts, a third per script, mostly tone warns and clean, none from another set', () => {
    expect(BLIND8_SET.length).toBeGreaterThanOrEqual(120);
    for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
      expect(BLIND8_SET.filter((e) => e.lang === lang).length * 4).toBeGreaterThanOrEqual(
        BLIND8_SET.length,
      );
      for (const label of ['block', 'warn', 'clean'])
        expect(
          BLIND8_SET.filter((e) => e.lang === lang && e.label === label).length,
        ).toBeGreaterThanOrEqual(5);
    }
    // It measures tone: warns and their clean hard negatives are most of it.
    expect(BLIND8_SET.filter((e) => e.label !== 'block').length * 5).toBeGreaterThanOrEqual(
      BLIND8_SET.length * 4,
    );
    expect(new Set(BLIND8_SET.map((e) => e.text)).size).toBe(BLIND8_SET.length);
    const old = new Set(
      [
        ...LINT_SET,
        ...BLIND_SET,
        ...BLIND3_SET,
        ...BLIND4_SET,
        ...BLIND5_SET,
        ...BLIND6_SET,
        ...BLIND7_SET,
      ].map((e) => e.text),
    );
    expect(BLIND8_SET.filter((e) => old.has(e.text))).toEqual([]);
  });
  it('the blind9 set has at least 120 drafts, a third per script, every label in each, none from another set', () => {
    expect(BLIND9_SET.length).toBeGreaterThanOrEqual(120);
    for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
      expect(BLIND9_SET.filter((e) => e.lang === lang).length * 4).toBeGreaterThanOrEqual(
        BLIND9_SET.length,
      );
      for (const label of ['block', 'warn', 'clean'])
        expect(
          BLIND9_SET.filter((e) => e.lang === lang && e.label === label).length,
        ).toBeGreaterThanOrEqual(10);
    }
    expect(new Set(BLIND9_SET.map((e) => e.text)).size).toBe(BLIND9_SET.length);
    const old = new Set(
      [
        ...LINT_SET,
        ...BLIND_SET,
        ...BLIND3_SET,
        ...BLIND4_SET,
        ...BLIND5_SET,
        ...BLIND6_SET,
        ...BLIND7_SET,
        ...BLIND8_SET,
      ].map((e) => e.text),
    );
    expect(BLIND9_SET.filter((e) => old.has(e.text))).toEqual([]);
  });
  it('has at least 200 drafts in each of the three scripts and all three labels', () => {
    expect(LINT_SET.length).toBeGreaterThanOrEqual(200);
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'])
      for (const label of ['block', 'warn', 'clean'])
        expect(LINT_SET.filter((e) => e.lang === lang && e.label === label).length).toBeGreaterThan(
          10,
        );
  });
});
