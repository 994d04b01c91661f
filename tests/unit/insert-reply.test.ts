import { describe, expect, it } from 'vitest';
import { appendRoom, insertReply } from '../../lib/insert-reply';
import {
  INSERT_ERRORS,
  InsertDraftMessageSchema,
  InsertResultSchema,
  parseMessage,
} from '../../lib/messages';

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

  it('says an append that does not fit in the agent’s language', () => {
    expect(insertReply({ ok: false, code: 'too-long', error: 'x' }, 'zh-CN').message).toMatch(
      /放不下/,
    );
    expect(insertReply({ ok: true, truncated: true }, 'en').message).toMatch(/shortened/);
  });

  it('says every other error code in the agent’s language, not the page script’s English', () => {
    const codes = INSERT_ERRORS.filter((c) => c !== 'box-not-empty' && c !== 'too-long');
    for (const locale of ['en', 'zh-CN', 'zh-TW'] as const) {
      const said = codes.map(
        (code) => insertReply({ ok: false, code, error: 'Box hidden' }, locale).message,
      );
      // a sentence of its own for each code, none of them the fallback or a bare key
      expect(new Set(said).size).toBe(codes.length);
      for (const m of said) expect(m).not.toMatch(/^Box hidden$|^sites\./);
    }
    expect(
      insertReply({ ok: false, code: 'hidden', error: 'Box hidden' }, 'zh-CN').message,
    ).toMatch(/隐藏/);
    expect(insertReply({ ok: false, code: 'no-box', error: 'No box' }, 'zh-TW').message).toMatch(
      /回覆框/,
    );
    // the detail of a failure is kept inside the translated sentence
    expect(
      insertReply({ ok: false, code: 'failed', error: 'TypeError: boom' }, 'zh-CN').message,
    ).toMatch(/无法插入.*TypeError: boom/);
    // an answer without a code (an older content script) is shown as it came
    expect(insertReply({ ok: false, error: 'Something odd.' }, 'en').message).toBe(
      'Something odd.',
    );
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
