import { beforeEach, describe, expect, it } from 'vitest';
import {
  anonymiseText,
  practiceItem,
  SavedScenarioSchema,
  scenarioFromCase,
} from '@/lib/practice/saved';
import { deleteScenario, listScenarios, saveScenario } from '@/lib/practice/store';
import { backupBlob, restoreBackup } from '@/lib/export/backup';
import { db, openCase } from '@/lib/db';
import type { CaseRecord } from '@/lib/db/schema';
import { freshDb, item } from '../../helpers';

const base = (over: Partial<CaseRecord> = {}): CaseRecord =>
  ({
    id: 'amazon:R1',
    site: 'amazon',
    host: 'sellercentral.amazon.com',
    pageKind: 'messages',
    externalId: 'R1',
    kind: 'messages',
    status: 'closed',
    remedies: [],
    notes: 'called Jane Doe at home',
    createdAt: 1,
    updatedAt: 2,
    pageUrl: 'https://sellercentral.amazon.com/messaging/thread?orderId=113-1234567-7654321',
    item: item({ externalId: 'R1', kind: 'messages', body: '' }),
    language: 'en',
    sentiment: 'negative',
    anger: 2,
    causes: ['quality'],
    flags: [],
    steps: {},
    stamps: {},
    terms: [],
    ...over,
  }) as CaseRecord;

describe('anonymiseText', () => {
  it('replaces the buyer’s name, order numbers, contact details and links, and keeps the complaint', () => {
    const out = anonymiseText(
      'Hi, I am Jane Doe (jane.doe@example.com, +1 415-555-0134). Order 113-1234567-7654321 ' +
        'arrived broken, see https://imgur.com/a/xyz. JANE DOE',
      ['Jane Doe'],
      'en',
    );
    expect(out).not.toMatch(/jane|doe|example\.com|415|1234567|imgur/i);
    expect(out).toContain('arrived broken');
    expect(out).toContain('[buyer]');
    expect(out).toContain('[order number]');
    expect(out).toContain('[contact]');
    expect(out).toContain('[link]');
  });

  it('in Chinese: 11-digit mobiles, Taobao order numbers, obfuscated mail and @ handles', () => {
    const out = anonymiseText(
      '订单号 3856627734651012345 的杯子漏水，打我电话 13812345678 或发邮件 wang (at) qq (dot) com，@小王同学 看一下',
      [],
      'zh-Hans',
    );
    expect(out).not.toMatch(/3856627734651012345|13812345678|wang|qq|小王同学/);
    expect(out).toContain('杯子漏水');
    expect(out).toContain('〔订单号〕');
    expect(out).toContain('〔联系方式〕');
  });

  it('leaves dates, prices and quantities alone, and does not hunt one-letter names', () => {
    const text = 'Ordered 2024-03-05, paid 12.99, 2 of 3 broken after 30 days. A star.';
    expect(anonymiseText(text, ['A'], 'en')).toBe(text);
    expect(anonymiseText('from t**5: broken', ['t**5'], 'en')).toBe('from [buyer]: broken');
  });

  it('takes a name as text, not as a pattern', () => {
    expect(anonymiseText('a.b wrote: axb is fine', ['a.b'], 'en')).toBe(
      '[buyer] wrote: axb is fine',
    );
  });
});

describe('scenarioFromCase', () => {
  it('keeps only the buyer’s messages, the confirmed cause and the lesson, with no way back to the case', () => {
    const c = base({
      buyer: 'Jane Doe',
      orderId: '113-1234567-7654321',
      item: item({
        externalId: 'R1',
        kind: 'messages',
        author: 'Jane Doe',
        body: 'x',
        messages: [
          { from: 'buyer', text: 'Jane Doe here: the kettle leaks.' },
          { from: 'seller', text: 'Sorry Jane, call me on 020 7946 0958.' },
          { from: 'buyer', text: 'Still leaking, order 113-1234567-7654321.' },
        ],
      }),
      postMortem: {
        cause: 'not_as_described',
        fixes: ['listing_text'],
        lesson: 'Say 1.2 L, not 1.5 L.',
      },
    });
    const s = scenarioFromCase(c, 1000)!;
    expect(SavedScenarioSchema.safeParse(s).success).toBe(true);
    expect(s.body).toBe('[buyer] here: the kettle leaks.\n\nStill leaking, order [order number].');
    expect(s.causes).toEqual(['not_as_described']);
    expect(s.lesson).toBe('Say 1.2 L, not 1.5 L.');
    const json = JSON.stringify(s);
    for (const secret of ['Jane', 'R1', '7654321', '7946', 'sellercentral', 'called'])
      expect(json).not.toContain(secret);
  });

  it('is nothing when the buyer said nothing', () => {
    expect(
      scenarioFromCase(base({ item: item({ externalId: 'R1', body: '   ' }) })),
    ).toBeUndefined();
  });

  it('opens as a manual, read-only item of its marketplace', () => {
    const s = scenarioFromCase(
      base({
        site: 'ebay',
        kind: 'feedback',
        item: item({ externalId: 'F', kind: 'feedback', rating: 1, body: 'Late.' }),
      }),
    )!;
    const { site, item: it } = practiceItem(s);
    expect(site).toBe('ebay');
    expect(it).toMatchObject({
      kind: 'feedback',
      body: 'Late.',
      rating: 1,
      manual: true,
      replyable: false,
    });
    expect(it.externalId.startsWith('practice:')).toBe(true);
  });
});

describe('saved scenarios in IndexedDB', () => {
  beforeEach(() => freshDb());

  it('saves, lists newest first, dedupes the same text, and deletes', async () => {
    const a = base({ item: item({ externalId: 'A', body: 'The lid cracked.' }) });
    const b = base({ item: item({ externalId: 'B', body: 'Arrived late.' }) });
    await saveScenario(a, 1);
    await saveScenario(b, 2);
    await saveScenario(a, 3);
    const list = await listScenarios();
    expect(list.map((s) => s.body)).toEqual(['The lid cracked.', 'Arrived late.']);
    await deleteScenario(list[0]!.id);
    expect((await listScenarios()).map((s) => s.body)).toEqual(['Arrived late.']);
  });

  it('a backup carries them, and a restore with a broken one writes nothing', async () => {
    await openCase({
      site: 'amazon',
      item: item({ externalId: 'KEEP', body: 'keep me' }),
      pageUrl: 'https://sellercentral.amazon.com/',
      analysis: { language: 'en', sentiment: 'negative', anger: 1, causes: [], flags: [] },
    });
    await saveScenario(base({ item: item({ externalId: 'A', body: 'The lid cracked.' }) }), 1);
    const backup = JSON.parse(await (await backupBlob()).text());
    expect(backup.tables.scenarios).toHaveLength(1);
    backup.tables.scenarios[0].body = '';
    backup.tables.cases = [];
    const r = await restoreBackup(new Blob([JSON.stringify(backup)]));
    expect(r).toMatchObject({ ok: false, error: { code: 'damaged', where: 'scenario 1' } });
    expect(await db().cases.count()).toBe(1);
    expect(await db().scenarios.count()).toBe(1);
  });
});
