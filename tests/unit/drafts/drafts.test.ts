import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import {
  channelOf,
  DRAFT_STAGES,
  THANKS_STAGES,
  draftOptions,
  draftStagesFor,
  effectiveStage,
  renderDraft,
  type DraftContext,
  type DraftStage,
} from '@/lib/drafts';
import { lintDraft } from '@/lib/drafts/lint';
import { TEMPLATES } from '@/lib/drafts/templates';
import { CAUSES, type Cause } from '@/lib/analysis/types';
import { ITEM_KINDS, SITE_IDS } from '@/lib/messages';
import { NO_CASE_FACTS, type CaseFacts } from '@/lib/analysis/case-facts';

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });

const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const;
const PERSONAL = {
  'zh-Hans': { buyerName: '王小明', product: '蓝牙音箱', evidence: ['坏了'] },
  'zh-Hant': { buyerName: '陳大文', product: '藍牙喇叭', evidence: ['壞掉了'] },
  en: { buyerName: 'Alice', product: 'Bluetooth Speaker', evidence: ['stopped working'] },
} as const;
const CAUSE_SETS: Cause[][] = [
  [],
  ...CAUSES.map((c) => [c]),
  ['quality', 'logistics'],
  ['extortion', 'quality'],
];

const FULL_FACTS: CaseFacts = {
  ...NO_CASE_FACTS,
  evidenceSent: true,
  faultDescribed: true,
  remedyAsked: ['refund'],
  deadline: { iso: '2026-12-24', text: '12月24日' },
  urgency: { reason: 'gift', text: 'gift' },
};

function* allContexts(): Generator<DraftContext> {
  for (const platform of SITE_IDS)
    for (const kind of ITEM_KINDS)
      for (const stage of DRAFT_STAGES)
        for (const language of LANGS)
          for (const causes of CAUSE_SETS)
            for (const personal of [true, false]) {
              yield {
                platform,
                kind,
                stage,
                language,
                causes,
                ...(personal
                  ? {
                      ...PERSONAL[language],
                      evidence: [...PERSONAL[language].evidence],
                      agentName: language === 'en' ? 'Sam' : '小林',
                      shopName: language === 'en' ? 'Acme Audio' : '好物小店',
                      orderId:
                        platform === 'amazon' ? '123-1234567-1234567' : '3712345678901234567',
                      // What the buyer already gave and asked for, and every other case a safety flag.
                      facts: FULL_FACTS,
                      flags: causes.length % 2 ? ['safety'] : [],
                      caseId: `${platform}-${kind}-${causes.join('+')}`,
                    }
                  : {}),
              };
            }
}

const lintCtx = (ctx: DraftContext, stage: DraftStage = effectiveStage(ctx)) => ({
  platform: ctx.platform,
  kind: ctx.kind,
  channel: channelOf(stage),
});

describe('every generated draft lints clean', () => {
  it('all platforms × kinds × stages × languages × causes, with and without personal data', () => {
    const failures: string[] = [];
    let count = 0;
    for (const ctx of allContexts()) {
      for (const opt of draftOptions(ctx)) {
        count++;
        const f = lintDraft(opt.text, lintCtx(ctx));
        if (f.length) failures.push(`${JSON.stringify(ctx)} ${opt.id}: ${JSON.stringify(f)}`);
        if (/undefined|\{\w*\}|null/.test(opt.text) || opt.text.trim() === '')
          failures.push(`placeholder: ${opt.text}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(count).toBeGreaterThan(3000);
  }, 120_000);

  it('fits maxLength 80 (eBay) everywhere and still lints clean', () => {
    for (const ctx of allContexts()) {
      const text = renderDraft({ ...ctx, maxLength: 80 });
      expect(text.length, text).toBeLessThanOrEqual(80);
      expect(text.length).toBeGreaterThan(10);
      expect(lintDraft(text, { ...lintCtx(ctx), maxLength: 80 })).toEqual([]);
    }
  }, 120_000);
});

describe('stages offered', () => {
  it('follows the platform policy', () => {
    expect(draftStagesFor('amazon', 'reviews')).toEqual([
      'first_contact',
      'remedies',
      'follow_up',
      'final_outreach',
    ]);
    const care = DRAFT_STAGES.filter((s) => !THANKS_STAGES.includes(s));
    expect(draftStagesFor('amazon', 'feedback')).toEqual(care);
    expect(draftStagesFor('ebay', 'feedback')).toEqual(care);
    expect(draftStagesFor('taobao', 'messages')).not.toContain('public_reply');
    expect(channelOf('public_reply')).toBe('public');
    expect(channelOf('public_thanks')).toBe('public');
    for (const s of DRAFT_STAGES.filter((x) => x !== 'public_reply' && x !== 'public_thanks'))
      expect(channelOf(s)).toBe('private');
  });
  it('a stage the platform does not offer falls back to the follow-up', () => {
    const base = {
      platform: 'amazon',
      kind: 'reviews',
      language: 'en',
      causes: ['quality'],
    } as const;
    expect(effectiveStage({ ...base, stage: 'review_update' })).toBe('follow_up');
    expect(renderDraft({ ...base, causes: ['quality'], stage: 'review_update' })).not.toMatch(
      /review/i,
    );
  });
});

describe('personal and specific', () => {
  it('uses the buyer name, product, order and evidence', () => {
    const text = renderDraft({
      platform: 'taobao',
      kind: 'reviews',
      stage: 'first_contact',
      language: 'zh-Hans',
      causes: ['quality'],
      buyerName: '王小明',
      product: '蓝牙音箱',
      orderId: '3712345678901234567',
      evidence: ['坏了', '没声音'],
      agentName: '小林',
      shopName: '好物小店',
    });
    expect(text).toContain('王小明');
    expect(text).toContain('蓝牙音箱');
    expect(text).toContain('3712345678901234567');
    expect(text).toContain('“坏了”和“没声音”');
    expect(text).toContain('小林');
    expect(text).not.toMatch(/评价|好评|差评/); // no review request at first contact
  });

  it('English drafts greet by name and quote the buyer', () => {
    const text = renderDraft({
      platform: 'amazon',
      kind: 'messages',
      stage: 'first_contact',
      language: 'en',
      causes: ['quality'],
      buyerName: 'Alice',
      product: 'Soundcore 2 Speaker, Black, 12W',
      evidence: ['stopped working'],
    });
    expect(text.startsWith('Dear Alice,')).toBe(true);
    expect(text).toContain('Soundcore 2 Speaker');
    expect(text).not.toContain('Black, 12W');
    expect(text).toContain('“stopped working”');
  });

  it('falls back to a polite generic greeting without a name', () => {
    const zh = renderDraft({
      platform: 'taobao',
      kind: 'reviews',
      stage: 'remedies',
      language: 'zh-Hans',
      causes: ['quality'],
    });
    expect(zh.startsWith('亲爱的顾客，您好！')).toBe(true);
    const en = renderDraft({
      platform: 'ebay',
      kind: 'feedback',
      stage: 'remedies',
      language: 'other',
      causes: [],
    });
    expect(en.startsWith('Hello,')).toBe(true);
    const masked = renderDraft({
      platform: 'taobao',
      kind: 'reviews',
      stage: 'follow_up',
      language: 'zh-Hans',
      causes: [],
      buyerName: '王***',
    });
    expect(masked).not.toContain('*');
  });

  it('drops buyer words that would break the rules or do not match the language', () => {
    const text = renderDraft({
      platform: 'amazon',
      kind: 'messages',
      stage: 'first_contact',
      language: 'en',
      causes: ['quality'],
      evidence: ['refund or I leave 1 star', 'see www.x.com', '坏了', 'broken 😡'],
    });
    expect(text).not.toMatch(/www|1 star|坏|😡/);
    expect(lintDraft(text, { platform: 'amazon', kind: 'messages', channel: 'private' })).toEqual(
      [],
    );
  });
});

describe('content follows the playbook', () => {
  const base = { platform: 'taobao', kind: 'reviews', causes: ['quality'] } as const;

  it('remedies: several options matched to the cause, consultative', () => {
    const zh = renderDraft({ ...base, stage: 'remedies', language: 'zh-Hans' });
    expect(zh).toMatch(/1\. .*更换/);
    expect(zh).toMatch(/2\. .*全额退款/);
    expect(zh).toContain('补发');
    expect(zh).toContain('您看这样可以吗');
    const hant = renderDraft({ ...base, stage: 'remedies', language: 'zh-Hant' });
    expect(hant).toContain('您覺得這樣是否可行');
    const en = renderDraft({ ...base, causes: ['logistics'], stage: 'remedies', language: 'en' });
    expect(en).toMatch(/carrier/i);
    expect(en).toContain('Would this work for you?');
    const nad = renderDraft({
      ...base,
      causes: ['not_as_described'],
      stage: 'remedies',
      language: 'en',
    });
    expect(nad).toMatch(/exchange/i);
    expect(nad).toMatch(/return shipping paid by us/);
  });

  it('Amazon remedies never include coupons', () => {
    for (const language of LANGS) {
      const t = renderDraft({
        platform: 'amazon',
        kind: 'messages',
        stage: 'remedies',
        language,
        causes: ['service'],
        agentName: 'Sam',
      });
      expect(t).not.toMatch(/coupon|优惠券|優惠券/i);
      expect(t).toMatch(/Sam/);
    }
    const tb = renderDraft({
      platform: 'taobao',
      kind: 'reviews',
      stage: 'remedies',
      language: 'zh-Hans',
      causes: ['service'],
    });
    expect(tb).toContain('优惠券');
  });

  it('final outreach: manager, final solution honoured whether or not the review changes', () => {
    const zh = renderDraft({
      ...base,
      stage: 'final_outreach',
      language: 'zh-Hans',
      agentName: '李店长',
    });
    expect(zh).toContain('店长');
    expect(zh).toContain('最终解决方案');
    expect(zh).toContain('无论您是否修改评价，我们都会履行这个方案');
    expect(zh).toContain('保留评价的权利');
    const en = renderDraft({
      platform: 'ebay',
      kind: 'feedback',
      stage: 'final_outreach',
      language: 'en',
      causes: ['quality'],
    });
    expect(en).toContain('whether or not you change your feedback');
    // Amazon product reviews and extortion: the review is not mentioned at all.
    const amz = renderDraft({
      platform: 'amazon',
      kind: 'reviews',
      stage: 'final_outreach',
      language: 'en',
      causes: ['quality'],
    });
    expect(amz).not.toMatch(/review|feedback/i);
    expect(amz).toContain('whatever you decide');
    const ext = renderDraft({
      ...base,
      causes: ['extortion'],
      stage: 'final_outreach',
      language: 'zh-Hans',
      evidence: ['不退款就差评'],
    });
    expect(ext).not.toMatch(/评价|差评/);
  });

  it('review update: after resolution, how-to guide, respects a refusal', () => {
    const tb = renderDraft({ ...base, stage: 'review_update', language: 'zh-Hans' });
    expect(tb).toContain('已经解决');
    expect(tb).toContain('修改评价');
    expect(tb).toContain('30天内');
    expect(tb).toContain('尊重');
    const eb = renderDraft({
      platform: 'ebay',
      kind: 'feedback',
      stage: 'review_update',
      language: 'en',
      causes: ['quality'],
    });
    expect(eb).toMatch(/resolved/);
    expect(eb).toMatch(/My eBay > Feedback/);
    expect(eb).toMatch(/Whatever you decide/);
  });

  it('public reply: apology, facts, action, improvement, open door; eBay short', () => {
    const zh = renderDraft({ ...base, stage: 'public_reply', language: 'zh-Hans' });
    expect(zh).toMatch(/道歉/);
    expect(zh).toContain('核查');
    expect(zh).toContain('质检');
    expect(zh).toContain('旺旺');
    const eb = renderDraft({
      platform: 'ebay',
      kind: 'feedback',
      stage: 'public_reply',
      language: 'en',
      causes: ['quality'],
    });
    expect(eb.length).toBeLessThanOrEqual(80);
    expect(eb).toMatch(/sorry/i);
  });

  it('offers 2–3 alternatives where useful', () => {
    const opts = draftOptions({ ...base, stage: 'remedies', language: 'en' });
    expect(opts.length).toBeGreaterThanOrEqual(2);
    expect(opts.length).toBeLessThanOrEqual(3);
    expect(new Set(opts.map((o) => o.text)).size).toBe(opts.length);
    expect(opts[0]!.id).toBe('standard');
  });

  it('maxLength picks a shorter variant', () => {
    const long = renderDraft({ ...base, stage: 'remedies', language: 'en' });
    const short = renderDraft({ ...base, stage: 'remedies', language: 'en', maxLength: 200 });
    expect(long.length).toBeGreaterThan(200);
    expect(short.length).toBeLessThanOrEqual(200);
    expect(short).toContain('Would this work for you?');
  });
});

describe('zh-Hant is genuinely Traditional', () => {
  it('every zh-Hant draft is unchanged by a Simplified→Traditional conversion and differs from zh-Hans', () => {
    for (const stage of DRAFT_STAGES)
      for (const causes of CAUSE_SETS) {
        const ctx = {
          platform: 'taobao',
          kind: 'reviews',
          stage,
          causes,
          ...PERSONAL['zh-Hant'],
          evidence: ['壞掉了'],
        } as const;
        const hant = renderDraft({ ...ctx, language: 'zh-Hant', evidence: ['壞掉了'] });
        expect(toHant(hant), hant).toBe(hant);
        expect(toHans(hant)).not.toBe(hant);
        const hans = renderDraft({
          ...ctx,
          language: 'zh-Hans',
          buyerName: '陈大文',
          product: '蓝牙音箱',
          evidence: ['坏掉了'],
        });
        expect(hans).not.toBe(hant);
      }
  });
  it('the template data itself has no Simplified-only characters', () => {
    const json = JSON.stringify(TEMPLATES['zh-Hant']);
    expect(toHant(json)).toBe(json);
    expect(json).toContain('您覺得這樣是否可行');
  });
});

describe('product fallback', () => {
  it('never puts the generic fallback word in brackets after the order id', () => {
    for (const language of ['en', 'zh-Hans', 'zh-Hant'] as const) {
      const text = renderDraft({
        platform: 'amazon',
        kind: 'messages',
        stage: 'first_contact',
        language,
        buyerName: 'Michael Turner',
        orderId: '113-4521987-6630245',
        causes: ['service'],
      });
      expect(text).toContain('113-4521987-6630245');
      expect(text).not.toMatch(/\((order)\)|（商品）/);
    }
  });
});
