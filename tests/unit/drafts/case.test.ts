// Drafts that read the case: stage from case state, facts, safety, remedies, variants, names.
import { describe, expect, it } from 'vitest';
import {
  channelOf,
  defaultRemedies,
  draftOptions,
  draftStagesFor,
  remedyOptions,
  renderDraft,
  suggestStage,
  type DraftContext,
} from '@/lib/drafts';
import { lintDraft } from '@/lib/drafts/lint';
import { CAUSES } from '@/lib/analysis/types';
import { NO_CASE_FACTS, type CaseFacts } from '@/lib/analysis/case-facts';

const facts = (f: Partial<CaseFacts>): CaseFacts => ({ ...NO_CASE_FACTS, ...f });

describe('the stage follows the case', () => {
  const base = { platform: 'ebay', kind: 'feedback', polarity: 'negative' } as const;
  it('first contact until the buyer was contacted', () => {
    expect(suggestStage(base)).toBe('first_contact');
  });
  it('contacted (page says so, seller reply in the thread, or an insert on the timeline) → follow-up', () => {
    expect(suggestStage({ ...base, contacted: true })).toBe('follow_up');
    expect(suggestStage({ ...base, facts: facts({ sellerReplied: true }) })).toBe('follow_up');
    expect(suggestStage({ ...base, inserted: true })).toBe('follow_up');
  });
  it('resolved → review update where allowed (once), else the follow-up', () => {
    expect(suggestStage({ ...base, contacted: true, resolved: true })).toBe('review_update');
    expect(suggestStage({ ...base, contacted: true, resolved: true, reviewRequested: true })).toBe(
      'follow_up',
    );
    // Amazon product reviews: never a review request.
    expect(
      suggestStage({ platform: 'amazon', kind: 'reviews', contacted: true, resolved: true }),
    ).toBe('follow_up');
    // Safety and extortion cases: never a review request.
    expect(suggestStage({ ...base, contacted: true, resolved: true, flags: ['safety'] })).toBe(
      'follow_up',
    );
    expect(suggestStage({ ...base, contacted: true, resolved: true, causes: ['extortion'] })).toBe(
      'follow_up',
    );
  });
  it('positive items get a thank-you (public where there is a public reply), no de-escalation', () => {
    expect(suggestStage({ platform: 'taobao', kind: 'reviews', polarity: 'positive' })).toBe(
      'public_thanks',
    );
    expect(suggestStage({ platform: 'taobao', kind: 'messages', polarity: 'positive' })).toBe(
      'thank_you',
    );
    expect(draftStagesFor('taobao', 'reviews', 'positive')).toEqual(['thank_you', 'public_thanks']);
    expect(draftStagesFor('ebay', 'feedback', 'positive')).not.toContain('first_contact');
    // Amazon: no message only to thank on a product review, and no public reply there.
    expect(draftStagesFor('amazon', 'reviews', 'positive')).toEqual([]);
  });
  it('neutral items are offered both', () => {
    const s = draftStagesFor('taobao', 'reviews', 'neutral');
    expect(s).toContain('public_thanks');
    expect(s).toContain('first_contact');
  });
});

const QUALITY: DraftContext = {
  platform: 'taobao',
  kind: 'messages',
  stage: 'first_contact',
  language: 'zh-Hans',
  causes: ['quality'],
  product: '蓝牙音箱',
};

describe('never ask for what the buyer gave; answer what they asked', () => {
  it('asks for details and a photo when nothing was given', () => {
    const t = renderDraft(QUALITY);
    expect(t).toMatch(/照片/);
    expect(t).toMatch(/什么时候开始/);
  });
  it('photos sent: no photo request; described: no description question', () => {
    const photos = renderDraft({ ...QUALITY, facts: facts({ evidenceSent: true }) });
    expect(photos).not.toMatch(/请拍张照片|提供照片/);
    const both = renderDraft({
      ...QUALITY,
      facts: facts({ evidenceSent: true, faultDescribed: true }),
    });
    expect(both).not.toMatch(/请拍张照片|什么时候开始/);
    expect(both).toMatch(/不需要再提供/);
    const en = renderDraft({
      ...QUALITY,
      language: 'en',
      product: 'speaker',
      facts: facts({ evidenceSent: true, faultDescribed: true }),
    });
    expect(en).not.toMatch(/photo would help|what exactly happens/i);
  });
  it('answers a stated refund, a deadline and urgency', () => {
    const t = renderDraft({
      ...QUALITY,
      language: 'en',
      product: 'speaker',
      facts: facts({
        remedyAsked: ['refund'],
        deadline: { iso: '2026-12-20', text: 'Friday' },
        urgency: { reason: 'gift', text: 'a gift' },
      }),
    });
    expect(t).toMatch(/You asked for a refund/);
    expect(t).toMatch(/by Friday/);
    expect(t).toMatch(/gift/);
    expect(defaultRemedies({ ...QUALITY, facts: facts({ remedyAsked: ['refund'] }) })[0]).toBe(
      'full_refund',
    );
  });
});

describe('the safety flow', () => {
  const SAFE: DraftContext = {
    ...QUALITY,
    platform: 'amazon',
    kind: 'reviews',
    language: 'en',
    product: 'kettle',
    flags: ['safety'],
    facts: facts({ faultDescribed: true }),
  };
  it('asks how the person is, never for a photo, offers the refund at once, manager signs', () => {
    const t = renderDraft(SAFE);
    expect(t).toMatch(/How are you/);
    expect(t).not.toMatch(/photo/i);
    expect(t).toMatch(/refunding you in full straight away/);
    expect(t).toMatch(/manager/i);
    expect(t).not.toMatch(/\bif you\b[^.]*\breview\b|review/i);
    expect(lintDraft(t, { platform: 'amazon', channel: 'private', kind: 'reviews' })).toEqual([]);
  });
  it('in every language, at first contact and with remedies: nothing conditional, no review', () => {
    for (const language of ['zh-Hans', 'zh-Hant', 'en'] as const)
      for (const stage of ['first_contact', 'remedies', 'final_outreach'] as const) {
        const t = renderDraft({ ...SAFE, platform: 'ebay', kind: 'feedback', language, stage });
        expect(t).not.toMatch(/照片|photo|评价|評價|review|feedback/i);
        expect(lintDraft(t, { platform: 'ebay', channel: 'private', kind: 'feedback' })).toEqual(
          [],
        );
      }
  });
  it('never offers a review update', () => {
    expect(draftStagesFor('ebay', 'feedback', 'negative', ['safety'])).not.toContain(
      'review_update',
    );
  });
});

describe('remedies chosen by the agent', () => {
  const R: DraftContext = { ...QUALITY, stage: 'remedies', language: 'en', product: 'speaker' };
  it('defaults come from the causes; Amazon never offers coupons', () => {
    expect(defaultRemedies({ platform: 'taobao', causes: ['logistics'] })).toContain(
      'carrier_claim',
    );
    expect(remedyOptions('amazon')).not.toContain('coupon');
    expect(remedyOptions('taobao')).toContain('coupon');
  });
  it('the draft lists exactly the ticked remedies, as choices, unconditionally', () => {
    const t = renderDraft({ ...R, remedies: ['partial_refund', 'extended_warranty'] });
    expect(t).toMatch(/partial refund/);
    expect(t).toMatch(/extended warranty/);
    expect(t).not.toMatch(/full refund|free replacement/);
    expect(t).toMatch(/choose|prefer|Would this work/);
    expect(lintDraft(t, { platform: 'taobao', channel: 'private', kind: 'messages' })).toEqual([]);
  });
});

describe('variants and names', () => {
  it('at least three natural variants per stage, cause and language; picked by case id', () => {
    for (const language of ['zh-Hans', 'zh-Hant', 'en'] as const)
      for (const stage of ['first_contact', 'remedies', 'follow_up', 'public_reply'] as const) {
        const ctx: DraftContext = {
          platform: 'taobao',
          kind: 'reviews',
          stage,
          language,
          causes: ['quality'],
        };
        const firsts = new Set(
          Array.from({ length: 12 }, (_, i) => renderDraft({ ...ctx, caseId: `case-${i}` })),
        );
        expect(firsts.size, `${language} ${stage}`).toBeGreaterThanOrEqual(3);
        // The same case always gets the same text.
        expect(renderDraft({ ...ctx, caseId: 'x' })).toBe(renderDraft({ ...ctx, caseId: 'x' }));
        expect(draftOptions({ ...ctx, caseId: 'x' }).length).toBeGreaterThanOrEqual(2);
      }
  });
  it('three different first drafts for every offered stage, cause and language (eBay’s 80-character public replies aside)', () => {
    const pages = [
      ['amazon', 'reviews'],
      ['amazon', 'messages'],
      ['ebay', 'feedback'],
      ['ebay', 'messages'],
      ['taobao', 'reviews'],
      ['taobao', 'messages'],
    ] as const;
    let checked = 0;
    for (const [platform, kind] of pages)
      for (const language of ['zh-Hans', 'zh-Hant', 'en'] as const)
        for (const stage of draftStagesFor(platform, kind, 'neutral')) {
          if (platform === 'ebay' && kind === 'feedback' && channelOf(stage) === 'public') continue;
          for (const cause of CAUSES) {
            const ctx: DraftContext = { platform, kind, stage, language, causes: [cause] };
            const firsts = new Set(
              Array.from({ length: 8 }, (_, i) => renderDraft({ ...ctx, caseId: `c-${i}` })),
            );
            expect(
              firsts.size,
              `${platform} ${kind} ${language} ${stage} ${cause}`,
            ).toBeGreaterThanOrEqual(3);
            checked++;
          }
        }
    expect(checked).toBeGreaterThan(700);
    // 12,672 lint-checked renders: about 30 s on a shared, loaded machine (the same with the rules of
    // before blind5), so the default 30 s limit failed it by load alone.
  }, 120_000);
  it('bidi controls, invisible characters, markup and mojibake never reach a greeting', () => {
    const greet = (buyerName: string) =>
      renderDraft({ ...QUALITY, language: 'en', buyerName }).split('\n')[0];
    expect(greet('\u202eAnna')).toBe('Dear Anna,');
    expect(greet('Ann\u200ba')).toBe('Dear Anna,');
    expect(greet('<b>Anna</b>')).toBe('Hello,');
    expect(greet('{{buyer_name}}')).toBe('Hello,');
    expect(greet('å¼ ä¸‰')).toBe('Hello,');
    expect(greet('j***n')).toBe('Hello,');
    expect(greet('José')).toBe('Dear José,');
    const all = renderDraft({ ...QUALITY, buyerName: '王\u2066小明\u2069' });
    expect(all).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
  });
  it('names the product once', () => {
    const t = renderDraft({
      ...QUALITY,
      language: 'en',
      product: 'Aurora Desk Lamp',
      stage: 'final_outreach',
    });
    expect(t.split('Aurora Desk Lamp').length - 1).toBe(1);
  });
});
