import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  checklistFor,
  parseItemDate,
  progress,
  STAGE_IDS,
  STAGES,
  uiText,
  type ChecklistContext,
  type ChecklistStep,
} from '@/lib/playbook';

const NOW = Date.UTC(2024, 2, 6, 0, 0, 0);
const ctx = (over: Partial<ChecklistContext> = {}): ChecklistContext => ({
  platform: 'taobao',
  kind: 'reviews',
  causes: ['quality'],
  flags: [],
  now: NOW,
  ...over,
});
const step = (steps: ChecklistStep[], id: string) => {
  const s = steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
};

describe('stages data', () => {
  it('has the nine playbook stages in order, each bilingual with checks', () => {
    expect(STAGES.map((s) => s.id)).toEqual([...STAGE_IDS]);
    expect(STAGE_IDS).toEqual([
      'safety',
      'thank',
      'analyse',
      'first_contact',
      'remedies',
      'follow_up',
      'review_update',
      'final_outreach',
      'public_reply',
      'appeal',
      'close',
    ]);
    for (const s of STAGES) {
      expect(s.title.en && s.title.zh && s.goal.en && s.goal.zh).toBeTruthy();
      expect(s.checks.length).toBeGreaterThanOrEqual(3);
      for (const c of s.checks) expect(c.en.length * c.zh.length).toBeGreaterThan(0);
    }
    expect(STAGES.find((s) => s.id === 'analyse')?.title.zh).toBe('冷静分析');
    expect(STAGES.find((s) => s.id === 'first_contact')?.title.zh).toBe('黄金24小时首次联系');
  });

  it('carries the seeds’ substance', () => {
    const all = (id: string) => JSON.stringify(STAGES.find((s) => s.id === id)?.checks ?? []);
    expect(all('final_outreach')).toContain('店长');
    expect(all('final_outreach')).toContain('无论买家是否修改评价');
    expect(all('final_outreach')).toContain('保留评价的权利');
    expect(all('first_contact')).toContain('24');
    expect(all('first_contact')).toContain('首次联系不要提修改评价');
    expect(all('remedies')).toContain('您觉得这样是否可行');
    expect(all('review_update')).toContain('操作指引');
    expect(all('review_update')).toContain('尊重其决定');
    expect(all('follow_up')).toContain('后续使用体验');
    expect(all('appeal')).toContain('聊天记录截图');
    expect(all('close')).toContain('复盘');
  });
});

describe('checklistFor', () => {
  it('returns all nine steps in order with draft stages on the private/public ones', () => {
    const steps = checklistFor(ctx());
    // The safety step exists only on a safety case.
    expect(steps.map((s) => s.id)).toEqual(
      STAGE_IDS.filter((id) => id !== 'safety' && id !== 'thank'),
    );
    expect(step(steps, 'first_contact').draftStage).toBe('first_contact');
    expect(step(steps, 'analyse').draftStage).toBeUndefined();
    expect(step(steps, 'close').availability).toBe('required');
  });

  it('Amazon product reviews: no review request, no public reply', () => {
    const steps = checklistFor(ctx({ platform: 'amazon', kind: 'reviews' }));
    const ru = step(steps, 'review_update');
    expect(ru.availability).toBe('not_allowed');
    expect(ru.reason?.en).toMatch(/forbids asking to change or remove a product review/);
    expect(ru.draftStage).toBeUndefined();
    const pr = step(steps, 'public_reply');
    expect(pr.availability).toBe('not_applicable');
    expect(pr.reason?.en).toMatch(/no public comments/);
  });

  it('Amazon seller feedback: neutral notice only; public reply cannot be edited', () => {
    const steps = checklistFor(ctx({ platform: 'amazon', kind: 'feedback' }));
    expect(step(steps, 'review_update').availability).toBe('optional');
    expect(step(steps, 'review_update').reason?.en).toMatch(/neutral notice only, once resolved/);
    expect(step(steps, 'public_reply').availability).toBe('optional');
    expect(step(steps, 'public_reply').reason?.en).toMatch(/cannot be edited later, only deleted/);
  });

  it('eBay feedback: revision only after the issue is closed; 80-character public reply', () => {
    const steps = checklistFor(ctx({ platform: 'ebay', kind: 'feedback' }));
    expect(step(steps, 'review_update').availability).toBe('optional');
    expect(step(steps, 'review_update').reason?.en).toMatch(/only after the issue is closed/);
    expect(step(steps, 'public_reply').reason?.en).toMatch(/80 characters/);
  });

  it('message threads: no review update and no public reply', () => {
    for (const platform of ['amazon', 'ebay', 'taobao'] as const) {
      const steps = checklistFor(ctx({ platform, kind: 'messages' }));
      expect(step(steps, 'review_update').availability).toBe('not_applicable');
      expect(step(steps, 'public_reply').availability).toBe('not_applicable');
      expect(step(steps, 'public_reply').draftStage).toBeUndefined();
    }
  });

  it('Taobao: 30-day modification deadline from the item date', () => {
    const steps = checklistFor(ctx({ itemDate: '2024-03-05 10:00:00' }));
    const ru = step(steps, 'review_update');
    expect(ru.availability).toBe('optional');
    expect(ru.deadline).toBe('2024-04-04T10:00:00.000Z');
    expect(ru.reason?.zh).toContain('30天内');
  });

  it('Taobao: the review update is no longer applicable once the 30 days have passed', () => {
    const steps = checklistFor(ctx({ itemDate: '2024年1月2日', now: Date.UTC(2024, 1, 10) }));
    const ru = step(steps, 'review_update');
    expect(ru.deadline).toBe('2024-02-01T00:00:00.000Z');
    expect(ru.availability).toBe('not_applicable');
  });

  it('no deadline when the date does not parse', () => {
    const steps = checklistFor(ctx({ itemDate: 'Past month' }));
    expect(step(steps, 'review_update').deadline).toBeUndefined();
    expect(step(steps, 'first_contact').deadline).toBeUndefined();
  });

  it('first contact: 24-hour deadline', () => {
    const steps = checklistFor(
      ctx({ platform: 'amazon', kind: 'feedback', itemDate: '2024-03-05T08:30:00Z' }),
    );
    expect(step(steps, 'first_contact').deadline).toBe('2024-03-06T08:30:00.000Z');
    expect(step(steps, 'first_contact').availability).toBe('required');
  });

  it('first contact: says so when the window has passed', () => {
    const steps = checklistFor(ctx({ itemDate: '2024-03-01', now: NOW }));
    expect(step(steps, 'first_contact').reason?.en).toMatch(/24-hour window has passed/);
  });

  it('appeal: required with extortion/abuse, optional with the "never merely negative" reason otherwise', () => {
    expect(step(checklistFor(ctx({ causes: ['extortion'] })), 'appeal').availability).toBe(
      'required',
    );
    expect(step(checklistFor(ctx({ flags: ['abusive'] })), 'appeal').availability).toBe('required');
    expect(step(checklistFor(ctx({ flags: ['extortion'] })), 'appeal').availability).toBe(
      'required',
    );
    const plain = step(checklistFor(ctx()), 'appeal');
    expect(plain.availability).toBe('optional');
    expect(plain.reason?.en).toMatch(
      /only for abusive, false, off-topic, extortion or competitor reviews, never for a merely negative one/i,
    );
    expect(plain.reason?.zh).toContain('误判或恶意');
  });

  it('final outreach is optional, for when repeated contact failed', () => {
    const fo = step(checklistFor(ctx()), 'final_outreach');
    expect(fo.availability).toBe('optional');
    expect(fo.reason?.en).toMatch(/repeated contact/);
    expect(fo.draftStage).toBe('final_outreach');
  });

  it('adds cause-specific checks (对症下药)', () => {
    const q = step(checklistFor(ctx({ causes: ['quality'] })), 'analyse');
    expect(JSON.stringify(q.checks)).toContain('批次性质量问题');
    const l = step(checklistFor(ctx({ causes: ['logistics'] })), 'remedies');
    expect(JSON.stringify(l.checks)).toContain('索赔');
    const c = step(checklistFor(ctx({ causes: ['cultural'] })), 'analyse');
    expect(JSON.stringify(c.checks)).toContain('宗教');
    const none = step(checklistFor(ctx({ causes: [] })), 'analyse');
    expect(JSON.stringify(none.checks)).not.toContain('批次性质量问题');
  });

  it('Amazon remedies: coupons are marketing in messages', () => {
    const r = step(checklistFor(ctx({ platform: 'amazon', kind: 'messages' })), 'remedies');
    expect(r.reason?.en).toMatch(/coupons/);
  });

  it('is pure: same input, same output, input untouched', () => {
    const c = ctx({ causes: ['quality', 'logistics'], flags: ['abusive'], itemDate: '2024-03-05' });
    const copy = structuredClone(c);
    expect(checklistFor(c)).toEqual(checklistFor(c));
    expect(c).toEqual(copy);
  });
});

describe('parseItemDate', () => {
  it.each([
    ['2024-03-05T08:30:00Z', Date.UTC(2024, 2, 5, 8, 30)],
    ['2024-03-05', Date.UTC(2024, 2, 5)],
    ['2024-03-05 12:30:15', Date.UTC(2024, 2, 5, 12, 30, 15)],
    ['2024年3月5日', Date.UTC(2024, 2, 5)],
    ['2024.03.05', Date.UTC(2024, 2, 5)],
    ['Reviewed in the United States on March 5, 2024', Date.UTC(2024, 2, 5)],
    ['5 Mar 2024', Date.UTC(2024, 2, 5)],
  ])('%s', (text, expected) => {
    expect(parseItemDate(text)).toBe(expected);
  });
  it('rejects nonsense', () => {
    expect(parseItemDate('Past month')).toBeUndefined();
    expect(parseItemDate('2024-02-31')).toBeUndefined();
    expect(parseItemDate(undefined)).toBeUndefined();
  });
});

describe('progress', () => {
  it('counts only applicable steps and finds the next one', () => {
    const steps = checklistFor(ctx({ platform: 'amazon', kind: 'reviews' }));
    // review_update not_allowed, public_reply not_applicable → 7 applicable
    expect(progress(steps, {})).toEqual({ done: 0, skipped: 0, total: 7, next: 'analyse' });
    const p = progress(steps, {
      analyse: 'done',
      first_contact: 'done',
      remedies: 'skipped',
      review_update: 'done', // ignored: not allowed
    });
    expect(p).toEqual({ done: 2, skipped: 1, total: 7, next: 'follow_up' });
    const all = Object.fromEntries(STAGE_IDS.map((id) => [id, 'done' as const]));
    expect(progress(steps, all)).toEqual({ done: 7, skipped: 0, total: 7, next: undefined });
  });
});

describe('the safety flow in the checklist', () => {
  it('a safety flag puts "escalate to the manager" first and forbids review requests and appeals', () => {
    const steps = checklistFor(ctx({ flags: ['safety'] }));
    expect(steps[0]!.id).toBe('safety');
    expect(steps[0]!.availability).toBe('required');
    expect(JSON.stringify(steps[0]!.checks)).toMatch(/manager/);
    expect(JSON.stringify(steps[0]!.checks)).toMatch(/photo of an injury/);
    expect(step(steps, 'review_update').availability).toBe('not_allowed');
    expect(step(steps, 'review_update').draftStage).toBeUndefined();
    expect(step(steps, 'appeal').availability).toBe('not_allowed');
    expect(progress(steps, {}).next).toBe('safety');
  });
});

describe('three UI languages', () => {
  it('every checklist text has its zh-TW form, in Traditional characters, whatever the case', () => {
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const platform of ['amazon', 'ebay', 'taobao'] as const)
      for (const kind of ['reviews', 'feedback', 'messages'] as const)
        for (const flags of [[], ['safety'], ['extortion']]) {
          const steps = checklistFor(
            ctx({
              platform,
              kind,
              flags,
              causes: ['quality', 'logistics'],
              itemDate: '2020-01-01',
            }),
          );
          const texts = steps.flatMap((s) => [
            s.title,
            s.goal,
            ...s.checks,
            ...(s.reason ? [s.reason] : []),
          ]);
          for (const b of texts) {
            const tw = uiText(b, 'zh-TW');
            expect(uiText(b, 'en')).toBe(b.en);
            expect(uiText(b, 'zh-CN')).toBe(b.zh);
            // A Traditional text: unchanged by a further Simplified→Traditional conversion.
            expect(toTw(tw), b.zh).toBe(tw);
            if (toTw(b.zh) !== b.zh) expect(tw, b.zh).not.toBe(b.zh);
          }
        }
  });
});

describe('positive and neutral items', () => {
  it('a positive item gets a thank-you only, public where the platform has a public reply', () => {
    const tb = checklistFor(ctx({ polarity: 'positive' }));
    expect(tb.map((s) => s.id)).toEqual(['thank']);
    expect(tb[0]!.draftStage).toBe('public_thanks');
    const msg = checklistFor(ctx({ polarity: 'positive', kind: 'messages' }));
    expect(msg[0]!.draftStage).toBe('thank_you');
    const amz = checklistFor(ctx({ polarity: 'positive', platform: 'amazon', kind: 'reviews' }));
    expect(amz[0]!.availability).toBe('not_applicable');
    expect(amz[0]!.draftStage).toBeUndefined();
  });
  it('a neutral item is offered both the thank-you and the case', () => {
    const ids = checklistFor(ctx({ polarity: 'neutral' })).map((s) => s.id);
    expect(ids[0]).toBe('thank');
    expect(ids).toContain('first_contact');
  });
});
