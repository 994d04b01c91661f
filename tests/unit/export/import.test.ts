import { beforeEach, describe, expect, it } from 'vitest';
import { casesToJson } from '@/lib/export/json';
import { importErrorText, parseCaseExport } from '@/lib/export/import';
import { makeEvent } from '@/lib/db/model';
import { caseEvents, db, mergeCases, openCase, setStep } from '@/lib/db';
import type { CaseEvent, CaseRecord } from '@/lib/db/schema';
import { analysis, freshDb, item, caseRecord } from '../../helpers';

const record = (over: Partial<CaseRecord> = {}): CaseRecord =>
  caseRecord({ createdAt: 1000, updatedAt: 2000, steps: { analyse: 'done' }, ...over });

beforeEach(() => {
  freshDb();
});

describe('parseCaseExport', () => {
  it('reads back what casesToJson wrote, with timelines', async () => {
    const events: CaseEvent[] = [
      makeEvent({ caseId: 'amazon:R1', at: 1500, type: 'step_done', detail: 'analyse' }),
    ];
    const r = await parseCaseExport(casesToJson([record()], events), 'alice');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.cases[0]).toMatchObject({
      id: 'amazon:R1',
      owner: 'alice',
      steps: { analyse: 'done' },
    });
    expect(r.value.events).toEqual(events);
  });

  it.each([
    ['not JSON', '{"format": "defuse-cases", ', /not valid JSON/],
    ['another JSON file', '{"hello": 1}', /not a Defuse case log/],
    ['a JSON array', '[1,2]', /not a Defuse case log/],
  ])('rejects %s with a clear message', async (_n, text, msg) => {
    const r = await parseCaseExport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(importErrorText(r.error)).toMatch(msg);
  });

  it('says which case is damaged', async () => {
    const good = JSON.parse(
      casesToJson([record(), record({ id: 'amazon:R2', externalId: 'R2' })], []),
    );
    good.cases[1].item.body = 42;
    const r = await parseCaseExport(JSON.stringify(good));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(importErrorText(r.error)).toMatch(/case 2 \(item\.body\)/);
  });

  it('derives the case id from marketplace and item, never trusting the file', async () => {
    const file = JSON.parse(casesToJson([record()], []));
    file.cases[0].id = 'amazon:SOMETHING-ELSE';
    const r = await parseCaseExport(JSON.stringify(file));
    expect(r.ok && r.value.cases[0]?.id).toBe('amazon:R1');
  });
});

describe('mergeCases', () => {
  it('adds new cases and keeps what is already stored', async () => {
    const mine = await openCase({
      site: 'amazon',
      item: item({ externalId: 'MINE' }),
      pageUrl: 'u',
      analysis: analysis(),
    });
    const s = await mergeCases(
      [record()],
      [makeEvent({ caseId: 'amazon:R1', at: 5, type: 'opened' })],
    );
    expect(s).toEqual({ added: 1, updated: 0, unchanged: 0, events: 1 });
    expect(await db().cases.get(mine.id)).toBeDefined();
    expect(await db().cases.count()).toBe(2);
  });

  it('keeps the newest state, steps done anywhere, and one copy of each event', async () => {
    const c = await openCase({
      site: 'amazon',
      item: item({ externalId: 'R1' }),
      pageUrl: 'u',
      analysis: analysis(),
      now: 500,
    });
    await setStep(c.id, 'first_contact', 'done', 600);
    const theirs = record({
      updatedAt: 9000,
      status: 'closed',
      outcome: 'revised',
      steps: { analyse: 'done', first_contact: 'skipped' },
    });
    const events: CaseEvent[] = [
      makeEvent({ caseId: c.id, at: 500, type: 'opened' }),
      makeEvent({ caseId: c.id, at: 8000, type: 'outcome', detail: 'revised' }),
    ];
    const s = await mergeCases([theirs], events);
    expect(s).toMatchObject({ updated: 1, events: 1 });
    const merged = await db().cases.get(c.id);
    expect(merged).toMatchObject({ status: 'closed', outcome: 'revised', createdAt: 500 });
    expect(merged?.steps).toEqual({ analyse: 'done', first_contact: 'done' });
    expect((await caseEvents(c.id)).map((e) => e.type)).toEqual([
      'opened',
      'status',
      'step_done',
      'outcome',
    ]);

    const again = await mergeCases([theirs], events);
    expect(again).toEqual({ added: 0, updated: 0, unchanged: 1, events: 0 });
  });
});
