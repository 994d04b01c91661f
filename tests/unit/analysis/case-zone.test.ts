// Relative deadlines (明天, 后天, "by Friday", "tomorrow") count days in the zone of the message's
// marketplace, not in UTC. Threads invented for these tests.
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, readCase, type ThreadMessage } from '../../../lib/analysis';

const buyer = (text: string, at?: string): ThreadMessage => ({ from: 'buyer', text, at });
// 2026-11-20 01:00 in Beijing is 2026-11-19 17:00 UTC (a Thursday there, still Thursday in UTC
// but a day earlier).
const CN_1AM = '2026-11-19T17:00:00Z';

describe('deadline days in the marketplace’s zone', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  it.each([
    ['明天之前给我处理好', '2026-11-21'],
    ['后天之前必须发货', '2026-11-22'],
    ['今天之内给我答复', '2026-11-20'],
  ])('Taobao at 01:00 Beijing time: %s → %s', (text, day) => {
    expect(readCase([buyer(text, CN_1AM)], undefined, 'taobao').deadline?.iso).toBe(day);
    expect(readCase([buyer(text, CN_1AM)], undefined, 'trade.tmall.com').deadline?.iso).toBe(day);
  });

  it('Amazon Japan, early morning: "by tomorrow" is the day after the Tokyo date', () => {
    // 2026-11-20 07:30 in Tokyo
    const at = '2026-11-19T22:30:00Z';
    expect(
      readCase([buyer('Please ship it by tomorrow.', at)], undefined, 'sellercentral.amazon.co.jp')
        .deadline?.iso,
    ).toBe('2026-11-21');
  });

  it('a weekday counts from the local day: "by Friday" sent Saturday 00:30 in Beijing is next week', () => {
    // Saturday 2026-11-21 00:30 in Beijing, Friday 16:30 UTC
    const at = '2026-11-20T16:30:00Z';
    expect(readCase([buyer('I need it by Friday', at)], undefined, 'taobao').deadline?.iso).toBe(
      '2026-11-27',
    );
  });

  it('the analysis passes its platform on', () => {
    const a = analyze('', { platform: 'taobao', messages: [buyer('明天之前给我处理好', CN_1AM)] });
    expect(a.case?.deadline?.iso).toBe('2026-11-21');
  });

  it('another marketplace counts in the agent’s own zone (the runtime’s)', () => {
    process.env.TZ = 'America/Los_Angeles';
    // 2026-11-20 19:00 in Los Angeles is 2026-11-21 03:00 UTC
    const at = '2026-11-21T03:00:00Z';
    expect(readCase([buyer('please reply tomorrow', at)], undefined, 'ebay').deadline?.iso).toBe(
      '2026-11-21',
    );
    expect(readCase([buyer('please reply tomorrow', at)]).deadline?.iso).toBe('2026-11-21');
    process.env.TZ = 'UTC';
    expect(readCase([buyer('please reply tomorrow', at)]).deadline?.iso).toBe('2026-11-22');
  });
});
