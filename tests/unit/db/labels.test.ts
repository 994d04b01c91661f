import { describe, expect, it } from 'vitest';
import { eventLabel, stageLabel } from '@/lib/cases/labels';
import { STAGES } from '@/lib/playbook/stages';
import { ZH_TW } from '@/lib/playbook/zh-tw';
import type { CaseEvent } from '@/lib/db/schema';

describe('stage names in the agent’s language', () => {
  it('names every checklist stage in each UI language, Traditional in zh-TW', () => {
    for (const s of STAGES) {
      expect(stageLabel('en', s.id)).toBe(s.title.en);
      expect(stageLabel('zh-CN', s.id)).toBe(s.title.zh);
      expect(stageLabel('zh-TW', s.id)).toBe(s.title.tw);
    }
    // (the zh-TW UI showed Simplified stage names in the queue and timeline before)
    expect(stageLabel('zh-TW', 'first_contact')).toBe('黃金24小時首次聯絡');
    expect(stageLabel('zh-TW', 'remedies')).toBe('提供多種補救方案');
  });

  it('falls back to words for an id it does not know, also for a prototype key', () => {
    expect(stageLabel('en', 'custom_step')).toBe('custom step');
    expect(stageLabel('en', 'constructor')).toBe('constructor');
  });

  it('a timeline event names its stage, never its id', () => {
    const e = { type: 'step_done', detail: 'follow_up', at: 1 } as unknown as CaseEvent;
    const text = eventLabel('zh-TW', e);
    expect(text).toContain('落實方案並回訪');
    expect(text).not.toContain('follow_up');
  });

  it('the titles live once, in titles.ts, not again in the generated zh-TW table', () => {
    for (const s of STAGES) expect(ZH_TW[s.title.zh]).toBeUndefined();
  });
});
