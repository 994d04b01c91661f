import { describe, expect, it } from 'vitest';
import { appendRoom, insertReply } from '../../lib/insert-reply';
import { InsertDraftMessageSchema, InsertResultSchema, parseMessage } from '../../lib/messages';

describe('insertReply', () => {
  it('a box holding the agent’s text becomes a question with its length and room', () => {
    const r = insertReply(
      { ok: false, code: 'box-not-empty', error: 'x', length: 40, room: 38 },
      'en',
    );
    expect(r).toEqual({
      ok: false,
      message: expect.stringContaining('(40 characters)') as string,
      ask: { length: 40, room: 38 },
    });
    expect(
      insertReply({ ok: false, code: 'box-not-empty', error: 'x', length: 3 }, 'zh-TW'),
    ).toEqual({
      ok: false,
      message: expect.stringContaining('3 個字元') as string,
      ask: { length: 3 },
    });
  });

  it('says an append that does not fit in the agent’s language; other errors pass through', () => {
    expect(insertReply({ ok: false, code: 'too-long', error: 'x' }, 'zh-CN').message).toMatch(
      /放不下/,
    );
    expect(insertReply({ ok: false, code: 'no-box', error: 'No reply box.' }, 'en')).toEqual({
      ok: false,
      message: 'No reply box.',
    });
    expect(insertReply({ ok: true, truncated: true }, 'en').message).toMatch(/shortened/);
  });
});

describe('appendRoom', () => {
  it('the smaller of the box’s room and the item’s limit less the text and a blank line', () => {
    expect(appendRoom({ length: 40 })).toBeUndefined();
    expect(appendRoom({ length: 40 }, 80)).toBe(38);
    expect(appendRoom({ length: 40, room: 10 }, 80)).toBe(10);
    expect(appendRoom({ length: 40, room: 100 })).toBe(100);
    expect(appendRoom({ length: 90 }, 80)).toBe(0);
  });
});

describe('the insert messages are validated', () => {
  it('a page cannot answer with a negative length or an unknown code', () => {
    const ok = (raw: unknown) => parseMessage(InsertResultSchema, raw).ok;
    expect(ok({ ok: false, error: 'e', code: 'box-not-empty', length: 3, room: 0 })).toBe(true);
    expect(ok({ ok: false, error: 'e', code: 'box-not-empty', length: -1 })).toBe(false);
    expect(ok({ ok: false, error: 'e', code: 'box-not-empty', length: 1.5 })).toBe(false);
    expect(ok({ ok: false, error: 'e', code: 'overwrite-anyway' })).toBe(false);
  });
});

describe('the insert request’s mode', () => {
  it('is replace, append or absent; anything else is refused', () => {
    const req = (mode: unknown) =>
      parseMessage(InsertDraftMessageSchema, {
        type: 'insert-draft',
        externalId: 'R1',
        text: 'Hi',
        mode,
      }).ok;
    expect(req(undefined)).toBe(true);
    expect(req('replace')).toBe(true);
    expect(req('append')).toBe(true);
    expect(req('overwrite')).toBe(false);
    expect(req(1)).toBe(false);
  });
});
