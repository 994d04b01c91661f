import { beforeEach, describe, expect, it } from 'vitest';
import {
  caseEvents,
  choosePage,
  clearPages,
  db,
  openCase,
  putPage,
  recordDraft,
  removePage,
  setOutcome,
  setStep,
  touchPage,
} from '@/lib/db';
import { analysis, freshDb, item, snapshot } from '../../helpers';

beforeEach(() => {
  freshDb();
});

describe('cases', () => {
  it('creates one case per marketplace item, however often it is opened', async () => {
    const input = {
      site: 'amazon' as const,
      item: item(),
      pageUrl: 'https://x/',
      analysis: analysis(),
    };
    const a = await openCase({ ...input, now: 1000 });
    const b = await openCase({ ...input, now: 2000 });
    expect(a.id).toBe('amazon:R1ABCDEF');
    expect(b.createdAt).toBe(1000);
    expect(await db().cases.count()).toBe(1);
    const events = await caseEvents(a.id);
    expect(events.map((e) => e.type)).toEqual(['opened']);
  });

  it('keeps the same item id apart across marketplaces', async () => {
    await openCase({ site: 'amazon', item: item(), pageUrl: 'u', analysis: analysis() });
    await openCase({ site: 'ebay', item: item(), pageUrl: 'u', analysis: analysis() });
    expect(await db().cases.count()).toBe(2);
  });

  it('refreshes the text when the buyer edited it, keeping steps', async () => {
    const c = await openCase({
      site: 'amazon',
      item: item(),
      pageUrl: 'u',
      analysis: analysis(),
      now: 1,
    });
    await setStep(c.id, 'analyse', 'done', 2);
    await openCase({
      site: 'amazon',
      item: item({ body: 'Edited: still broken' }),
      pageUrl: 'u',
      analysis: analysis(),
      now: 3,
    });
    const after = await db().cases.get(c.id);
    expect(after?.item.body).toBe('Edited: still broken');
    expect(after?.steps).toEqual({ analyse: 'done' });
    expect(after?.updatedAt).toBe(3);
  });

  it('records every step, draft and outcome on the timeline', async () => {
    const c = await openCase({
      site: 'amazon',
      item: item(),
      pageUrl: 'u',
      analysis: analysis(),
      now: 1,
    });
    await setStep(c.id, 'analyse', 'done', 2);
    await setStep(c.id, 'appeal', 'skipped', 3);
    await setStep(c.id, 'appeal', 'todo', 4);
    await recordDraft(c.id, 'draft_inserted', 'first_contact', 5);
    await recordDraft(c.id, 'draft_copied', 'first_contact', 6);
    await setOutcome(c.id, 'resolved', 7);
    const rec = await db().cases.get(c.id);
    expect(rec?.steps).toEqual({ analyse: 'done' });
    // The first inserted draft is the first response; the outcome resolves the case.
    expect(rec?.status).toBe('resolved');
    expect(rec?.firstResponseAt).toBe(5);
    expect(rec?.resolvedAt).toBe(7);
    expect(rec?.outcome).toBe('resolved');
    const types = (await caseEvents(c.id)).map((e) => `${e.type}:${e.detail ?? ''}`);
    expect(types).toEqual([
      'opened:',
      'step_done:analyse',
      'step_skipped:appeal',
      'step_reset:appeal',
      'draft_inserted:first_contact',
      'status:contacted',
      'draft_copied:first_contact',
      'outcome:resolved',
      'status:resolved',
    ]);
  });

  it('refuses to record against a case that does not exist, writing nothing', async () => {
    await expect(recordDraft('amazon:nope', 'draft_copied', 'x')).rejects.toThrow(/No case/);
    await expect(setStep('amazon:nope', 'analyse', 'done')).rejects.toThrow(/No case/);
    expect(await db().log.count()).toBe(0);
    expect(await db().cases.count()).toBe(0);
  });
});

describe('pages', () => {
  it('shows the active tab when it is a seller page, else the most recently active one', async () => {
    await putPage(1, 10, 'Reviews', snapshot([item()]), true, 100);
    await putPage(2, 10, 'Messages', snapshot([]), false, 200);
    let pages = await db().pages.toArray();
    expect(choosePage(pages, 2)).toMatchObject({ page: { tabId: 2 }, isActiveTab: true });
    expect(choosePage(pages, 99)).toMatchObject({ page: { tabId: 1 }, isActiveTab: false });
    await touchPage(2, 300);
    pages = await db().pages.toArray();
    expect(choosePage(pages, 99)).toMatchObject({ page: { tabId: 2 }, isActiveTab: false });
    await removePage(2);
    pages = await db().pages.toArray();
    expect(choosePage(pages, 99)?.page.tabId).toBe(1);
    await clearPages();
    expect(choosePage(await db().pages.toArray(), 1)).toBeUndefined();
  });

  it('keeps the last activity time when a background tab re-renders', async () => {
    await putPage(1, 10, 'Reviews', snapshot([item()]), true, 100);
    await putPage(1, 10, 'Reviews', snapshot([item(), item({ externalId: 'R2' })]), false, 500);
    const p = await db().pages.get(1);
    expect(p?.lastActiveAt).toBe(100);
    expect(p?.updatedAt).toBe(500);
    expect(p?.snapshot.items).toHaveLength(2);
  });
});

describe('schema upgrades', () => {
  it('opens a version-1 database under the current schema without losing cases', async () => {
    const { default: Dexie } = await import('dexie');
    const name = `defuse-upgrade-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      cases: 'id, [site+externalId], site, kind, status, createdAt, updatedAt',
      events: '++id, caseId, at, type',
      pages: 'tabId, windowId, lastActiveAt',
    });
    await v1
      .table('cases')
      .put({ id: 'amazon:OLD', site: 'amazon', externalId: 'OLD', steps: { analyse: 'done' } });
    await v1.table('events').add({ caseId: 'amazon:OLD', at: 1, type: 'opened' });
    v1.close();

    const { DefuseDB, setDatabase, saveSettings, getSettings } = await import('@/lib/db');
    const current = new DefuseDB(name);
    setDatabase(current);
    expect((await current.cases.get('amazon:OLD'))?.steps).toEqual({ analyse: 'done' });
    expect(await current.log.count()).toBe(1);
    await saveSettings({ agentName: 'Ann' });
    expect((await getSettings()).agentName).toBe('Ann');
    expect(current.verno).toBeGreaterThanOrEqual(2);
  });
});
