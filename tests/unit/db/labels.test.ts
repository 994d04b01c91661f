import { describe, expect, it } from 'vitest';
import { eventLabel, localTime, stageLabel } from '@/lib/cases/labels';
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

describe('local times', () => {
  const made = new Map<string, Intl.DateTimeFormat>();
  const intl = (locale: string, t: number, timeZone?: string) => {
    const key = `${locale}|${timeZone}`;
    if (!made.has(key))
      made.set(
        key,
        new Intl.DateTimeFormat(locale, {
          timeZone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }),
      );
    return made.get(key)!.format(new Date(t));
  };

  it('writes what Intl writes, minute by minute across 2026’s DST changes and odd offsets', () => {
    const zones = [
      undefined,
      'UTC',
      'Asia/Shanghai',
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe', // a half-hour change
      'Asia/Kathmandu', // +05:45
      'America/St_Johns', // -03:30 with DST
    ];
    // Around each change of 2026 in the zones above, then spread over the year.
    const around = [
      Date.UTC(2026, 2, 8, 7),
      Date.UTC(2026, 2, 29, 1),
      Date.UTC(2026, 3, 4, 15),
      Date.UTC(2026, 9, 3, 15),
      Date.UTC(2026, 9, 25, 1),
      Date.UTC(2026, 10, 1, 6),
    ];
    const times: number[] = [];
    for (const at of around) for (let m = -120; m <= 120; m += 1) times.push(at + m * 60_000);
    for (let i = 0; i < 400; i++) times.push(Date.UTC(2026, 0, 1) + i * 78_901_234);
    times.push(Date.UTC(1999, 11, 31, 23, 59), Date.UTC(2100, 0, 1));
    for (const locale of ['en', 'zh-CN', 'zh-TW'] as const)
      for (const zone of zones)
        for (const t of times) expect(localTime(locale, t, zone)).toBe(intl(locale, t, zone));
  });

  it('leaves what it cannot place to Intl (years past 9999)', () => {
    const t = Date.UTC(12000, 0, 1);
    expect(localTime('en', t, 'UTC')).toBe(intl('en', t, 'UTC'));
  });
});
