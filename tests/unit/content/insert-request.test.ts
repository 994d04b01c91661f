// The content scripts' hand-written insert check must accept and refuse what the zod schema
// (which the panel and the background use) accepts and refuses, with the same value.
import { describe, expect, it } from 'vitest';
import { parseInsertDraft } from '@/lib/content/insert-request';
import { InsertDraftMessageSchema, MAX_ID, MAX_TEXT, parseMessage } from '@/lib/messages';

const ok = { type: 'insert-draft', externalId: 'A-1', text: 'Hello' };

const cases: unknown[] = [
  ok,
  { ...ok, mode: 'replace' },
  { ...ok, mode: 'append' },
  { ...ok, mode: undefined },
  { ...ok, mode: 'overwrite' },
  { ...ok, mode: null },
  { ...ok, extra: 'dropped', nested: { a: 1 } },
  { ...ok, type: 'insert' },
  { ...ok, type: undefined },
  { ...ok, externalId: '' },
  { ...ok, externalId: 'x'.repeat(MAX_ID) },
  { ...ok, externalId: 'x'.repeat(MAX_ID + 1) },
  { ...ok, externalId: 7 },
  { ...ok, text: '' },
  { ...ok, text: 42 },
  { ...ok, text: 'y'.repeat(MAX_TEXT) },
  { ...ok, text: 'y'.repeat(MAX_TEXT + 1) },
  { ...ok, text: ['Hello'] },
  { type: 'insert-draft' },
  {},
  [],
  null,
  undefined,
  'insert-draft',
  42,
];

describe('parseInsertDraft', () => {
  it.each(cases.map((c, i) => [i, c] as const))(
    'agrees with InsertDraftMessageSchema (case %i)',
    (_, raw) => {
      const mine = parseInsertDraft(raw);
      const zod = parseMessage(InsertDraftMessageSchema, raw);
      expect(mine.ok).toBe(zod.ok);
      if (mine.ok && zod.ok) expect(mine.value).toEqual(zod.value);
    },
  );

  it('names the field that is wrong', () => {
    const r = parseInsertDraft({ ...ok, text: 42 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^text:/);
    const m = parseInsertDraft({ ...ok, mode: 'x' });
    expect(!m.ok && m.error).toMatch(/^mode:/);
  });
});
