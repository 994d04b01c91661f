import { describe, expect, it } from 'vitest';
import {
  ContentMessageSchema,
  InsertDraftMessageSchema,
  PATCH_ITEMS,
  MAX_TEXT,
  parseMessage,
  SnapshotSchema,
} from '@/lib/messages';
import { item, snapshot } from '../helpers';

describe('message schemas', () => {
  it('accepts a well-formed snapshot message', () => {
    const r = parseMessage(ContentMessageSchema, {
      type: 'snapshot',
      snapshot: snapshot([item()]),
    });
    expect(r.ok).toBe(true);
  });

  const bad: [string, unknown][] = [
    ['null', null],
    ['a string', 'snapshot'],
    ['an unknown type', { type: 'delete-everything' }],
    ['a missing snapshot', { type: 'snapshot' }],
    ['a wrong site', { type: 'snapshot', snapshot: snapshot([], { site: 'aliexpress' as never }) }],
    [
      'a rating as text',
      { type: 'snapshot', snapshot: snapshot([item({ rating: '5' as never })]) },
    ],
    ['a rating of 7', { type: 'snapshot', snapshot: snapshot([item({ rating: 7 })]) }],
    ['an empty id', { type: 'snapshot', snapshot: snapshot([item({ externalId: '' })]) }],
    [
      'a missing body',
      { type: 'snapshot', snapshot: snapshot([{ ...item(), body: undefined } as never]) },
    ],
    [
      'a huge body',
      { type: 'snapshot', snapshot: snapshot([item({ body: 'x'.repeat(MAX_TEXT + 1) })]) },
    ],
    [
      'a huge author',
      { type: 'snapshot', snapshot: snapshot([item({ author: 'y'.repeat(10_000) })]) },
    ],
    [
      'too many items for one message',
      {
        type: 'snapshot',
        snapshot: snapshot(
          Array.from({ length: PATCH_ITEMS + 1 }, (_, i) => item({ externalId: `R${i}` })),
        ),
      },
    ],
    ['items not an array', { type: 'snapshot', snapshot: { ...snapshot([]), items: {} } }],
    ['an error without text', { type: 'content-error', url: 'https://x' }],
  ];
  it.each(bad)('rejects %s with a message, without throwing', (_name, raw) => {
    const r = parseMessage(ContentMessageSchema, raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
  });

  it('rejects insert requests without text or with a huge one', () => {
    expect(
      parseMessage(InsertDraftMessageSchema, { type: 'insert-draft', externalId: 'R1', text: '' })
        .ok,
    ).toBe(false);
    expect(
      parseMessage(InsertDraftMessageSchema, {
        type: 'insert-draft',
        externalId: 'R1',
        text: 'z'.repeat(MAX_TEXT + 1),
      }).ok,
    ).toBe(false);
    expect(
      parseMessage(InsertDraftMessageSchema, { type: 'insert-draft', externalId: 'R1', text: 'Hi' })
        .ok,
    ).toBe(true);
  });

  it('drops unknown keys instead of passing them on', () => {
    const r = SnapshotSchema.safeParse({ ...snapshot([]), evil: '<script>' });
    expect(r.success && 'evil' in r.data).toBe(false);
  });
});
