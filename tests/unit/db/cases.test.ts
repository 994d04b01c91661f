import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  caseEvents,
  db,
  NoCaseError,
  openCase,
  recordDraft,
  saveDraft,
  saveSettings,
  seeItems,
  setNotes,
  setOutcome,
  setRemedy,
  setStatus,
  setStep,
  undoDraftReset,
  useDbProblem,
  describeDbError,
} from '@/lib/db';
import { eventId, mergeViews, termsOfText } from '@/lib/db/model';
import { analysis, caseRecord, freshDb, item } from '../../helpers';

const input = (over: Partial<Parameters<typeof openCase>[0]> = {}) => ({
  site: 'amazon' as const,
  item: item(),
  pageUrl: 'https://sellercentral.amazon.com/brand-customer-reviews/',
  analysis: analysis(),
  ...over,
});

beforeEach(() => {
  freshDb();
  useDbProblem.setState({ problem: undefined, detail: undefined });
});

describe('status', () => {
  it('follows the work: contact, remedy, resolution, review updated', async () => {
    const c = await openCase({ ...input(), now: 1 });
    expect(c.status).toBe('new');
    await setStep(c.id, 'first_contact', 'done', 2);
    expect((await db().cases.get(c.id))?.status).toBe('contacted');
    await setRemedy(c.id, 'replacement', true, 3);
    expect(await db().cases.get(c.id)).toMatchObject({
      status: 'remedy_offered',
      remedies: ['replacement'],
    });
    await setStep(c.id, 'follow_up', 'done', 4);
    await setOutcome(c.id, 'revised', 5);
    const done = await db().cases.get(c.id);
    expect(done).toMatchObject({
      status: 'review_updated',
      firstResponseAt: 2,
      resolvedAt: 4,
      reviewChangedAt: 5,
      closedAt: 5,
    });
    // A done case leaves the queue: no deadline runs.
    expect(done?.dueAt).toBeUndefined();
    const statuses = (await caseEvents(c.id))
      .filter((e) => e.type === 'status')
      .map((e) => `${e.text}→${e.detail}`);
    expect(statuses).toEqual([
      'new→contacted',
      'contacted→remedy_offered',
      'remedy_offered→resolved',
      'resolved→review_updated',
    ]);
  });

  it('never moves back by itself, but the agent can set any status', async () => {
    const c = await openCase({ ...input(), now: 1 });
    await setStep(c.id, 'follow_up', 'done', 2);
    await setStep(c.id, 'first_contact', 'done', 3);
    expect((await db().cases.get(c.id))?.status).toBe('resolved');
    await setStatus(c.id, 'contacted', 4);
    expect((await db().cases.get(c.id))?.status).toBe('contacted');
  });

  it('a first inserted draft is the first response and makes the case contacted', async () => {
    const c = await openCase({ ...input(), now: 1 });
    await recordDraft(c.id, 'draft_inserted', 'first_contact', 10);
    expect(await db().cases.get(c.id)).toMatchObject({ status: 'contacted', firstResponseAt: 10 });
  });
});

describe('opening a case', () => {
  it('opens cases for the negative items a page shows, not for the others', async () => {
    const n = await seeItems([
      input({ item: item({ externalId: 'NEG' }) }),
      input({
        item: item({ externalId: 'POS', rating: 5 }),
        analysis: analysis({ sentiment: 'positive' }),
      }),
    ]);
    expect(n).toBe(1);
    expect(await db().cases.get('amazon:NEG')).toBeDefined();
    expect(await db().cases.get('amazon:POS')).toBeUndefined();
  });

  it('is the same case when the item is seen again, with the new buyer text on its timeline', async () => {
    await seeItems([input({ item: item({ externalId: 'T1', body: 'It broke.' }) })], 1);
    await seeItems([input({ item: item({ externalId: 'T1', body: 'It broke.' }) })], 2);
    await seeItems(
      [input({ item: item({ externalId: 'T1', body: 'It broke.\nStill no answer!' }) })],
      3,
    );
    expect(await db().cases.count()).toBe(1);
    const events = await caseEvents('amazon:T1');
    expect(events.map((e) => e.type)).toEqual(['opened', 'buyer_text']);
    expect(events[1]?.text).toBe('Still no answer!');
  });

  it('a Skip on an item not stored yet opens its case with the skip, in one transaction', async () => {
    await setStep('amazon:R1ABCDEF', 'appeal', 'skipped', { now: 5, open: input() });
    const c = await db().cases.get('amazon:R1ABCDEF');
    expect(c?.steps).toEqual({ appeal: 'skipped' });
    expect((await caseEvents(c!.id)).map((e) => e.type)).toEqual(['opened', 'step_skipped']);
  });

  it('refuses a write to an unknown case without a seed, writing nothing', async () => {
    await expect(setNotes('amazon:nope', 'x')).rejects.toBeInstanceOf(NoCaseError);
    expect(await db().log.count()).toBe(0);
  });

  it('records the agent as owner and on every event', async () => {
    await saveSettings({ agentName: 'Lin' });
    const c = await openCase(input());
    await setStep(c.id, 'analyse', 'done');
    expect(c.owner).toBe('Lin');
    expect((await caseEvents(c.id)).every((e) => e.agent === 'Lin')).toBe(true);
  });
});

describe('concurrency', () => {
  it('two quick checklist clicks both stick', async () => {
    const c = await openCase(input());
    await Promise.all([
      setStep(c.id, 'analyse', 'done', 10),
      setStep(c.id, 'first_contact', 'done', 11),
    ]);
    expect((await db().cases.get(c.id))?.steps).toEqual({ analyse: 'done', first_contact: 'done' });
  });

  it('panels, dashboard and background writing one case at once lose nothing', async () => {
    const c = await openCase(input());
    await Promise.all([
      setStep(c.id, 'analyse', 'done', 10),
      setNotes(c.id, 'called the buyer', 11),
      setRemedy(c.id, 'refund', true, 12),
      recordDraft(c.id, 'draft_copied', 'first_contact', 13),
      seeItems([input({ item: item({ body: item().body + '\nAny news?' }) })], 14),
      saveDraft(c.id, { stage: 'first_contact', language: 'en', text: 'Dear Jane' }, 15),
    ]);
    const after = await db().cases.get(c.id);
    expect(after).toMatchObject({
      steps: { analyse: 'done' },
      notes: 'called the buyer',
      remedies: ['refund'],
      // Offering a remedy (12) is the first response; the copied draft (13) comes after.
      firstResponseAt: 12,
      draft: { text: 'Dear Jane' },
    });
    expect(after?.item.body).toMatch(/Any news\?$/);
    const types = (await caseEvents(c.id)).map((e) => e.type);
    for (const t of ['step_done', 'note', 'remedy', 'draft_copied', 'buyer_text'])
      expect(types).toContain(t);
  });

  it('a failed write (full disk) leaves the case and its log as they were', async () => {
    const c = await openCase(input());
    const before = await db().cases.get(c.id);
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db().log, 'bulkPut').mockRejectedValueOnce(quota);
    const err = await setStep(c.id, 'analyse', 'done').catch((e: unknown) => e);
    spy.mockRestore();
    expect(describeDbError(err)).toBe('quota');
    expect(await db().cases.get(c.id)).toEqual(before);
    expect((await caseEvents(c.id)).map((e) => e.type)).toEqual(['opened']);
  });
});

describe('drafts', () => {
  it('keeps the last edited draft, and a reset can be undone', async () => {
    const c = await openCase(input());
    await saveDraft(c.id, { stage: 'first_contact', language: 'en', text: 'My edit' }, 2);
    expect((await db().cases.get(c.id))?.draft).toMatchObject({ text: 'My edit' });
    await saveDraft(c.id, undefined, 3);
    expect((await db().cases.get(c.id))?.draft).toMatchObject({ text: '', previous: 'My edit' });
    await undoDraftReset(c.id, 4);
    expect((await db().cases.get(c.id))?.draft?.text).toBe('My edit');
  });

  it('a second reset keeps the text the first one saved', async () => {
    const c = await openCase(input());
    await saveDraft(c.id, { stage: 'first_contact', language: 'en', text: 'My edit' }, 2);
    await saveDraft(c.id, undefined, 3);
    await saveDraft(c.id, undefined, 4);
    expect((await db().cases.get(c.id))?.draft).toMatchObject({ text: '', previous: 'My edit' });
  });
});

describe('merging views and ids', () => {
  it('keeps the newer change of each field (two agents, two fields)', () => {
    const base = caseRecord({ updatedAt: 100 });
    const a = {
      ...base,
      notes: 'mine',
      stamps: { notes: 300, status: 150 },
      status: 'contacted' as const,
      updatedAt: 300,
    };
    const b = {
      ...base,
      notes: 'theirs',
      stamps: { notes: 200, status: 400 },
      status: 'resolved' as const,
      updatedAt: 400,
    };
    expect(mergeViews(a, b)).toMatchObject({ notes: 'mine', status: 'resolved' });
    expect(mergeViews(b, a)).toMatchObject({ notes: 'mine', status: 'resolved' });
  });

  it('a step reset later beats a step done earlier elsewhere', () => {
    const base = caseRecord();
    const a = { ...base, steps: { analyse: 'done' as const }, stamps: { 'step:analyse': 10 } };
    const b = { ...base, steps: {}, stamps: { 'step:analyse': 20 } };
    expect(mergeViews(a, b).steps).toEqual({});
  });

  it('derives event ids from what they are', () => {
    const e = { caseId: 'amazon:R1', at: 5, type: 'note' as const, agent: 'Lin', text: 'a' };
    expect(eventId(e)).toBe(eventId({ ...e }));
    expect(eventId(e)).not.toBe(eventId({ ...e, text: 'b' }));
    expect(eventId(e)).not.toBe(eventId({ ...e, agent: 'Ann' }));
  });

  it('indexes words and Chinese bigrams for search', () => {
    expect([...termsOfText('质量太差 Broken-handle')]).toEqual(
      expect.arrayContaining(['质量', '量太', '太差', '差', 'broken', 'handle']),
    );
  });
});
