import { beforeEach, describe, expect, it } from 'vitest';
import { db, openCase, recordDraft, saveSettings } from '@/lib/db';
import {
  caseOfNotification,
  casesToRemind,
  countNeedingAttention,
  tick,
} from '@/lib/background/reminders';
import { analysis, freshDb, item } from '../../helpers';

const H = 3_600_000;
const wrote = Date.UTC(2026, 10, 24, 8); // a Tuesday

function fakeApi() {
  const calls = {
    badge: [] as string[],
    notes: [] as { id: string; title: string; message: string }[],
  };
  return {
    calls,
    api: {
      setBadge: (text: string) => void calls.badge.push(text),
      notify: (id: string, title: string, message: string) =>
        void calls.notes.push({ id, title, message }),
    },
  };
}

async function caseWritten(externalId: string, at = wrote, practice = false) {
  return openCase({
    practice,
    site: 'amazon',
    item: item({ externalId, kind: 'messages', date: new Date(at).toISOString() as never }),
    pageUrl: 'https://sellercentral.amazon.com/messaging/inbox',
    analysis: analysis(),
    now: at + H,
  });
}

beforeEach(() => {
  freshDb();
});

describe('reminders', () => {
  it('counts on the badge only cases whose deadline is near or missed', async () => {
    await caseWritten('A', wrote); // due wrote + 24 h
    await caseWritten('B', wrote + 10 * H); // due wrote + 34 h
    const { api, calls } = fakeApi();
    await tick(api, wrote + 10 * H);
    expect(calls.badge.at(-1)).toBe('');
    await tick(api, wrote + 21 * H); // A past 20 h
    expect(calls.badge.at(-1)).toBe('1');
    await tick(api, wrote + 40 * H); // both missed
    expect(calls.badge.at(-1)).toBe('2');
  });

  it('a case answered in time stops counting', async () => {
    const c = await caseWritten('A');
    await recordDraft(c.id, 'draft_inserted', 'first_contact', wrote + 2 * H);
    const { api, calls } = fakeApi();
    await tick(api, wrote + 23 * H);
    expect(calls.badge.at(-1)).toBe('');
  });

  it('notifies once per case when turned on, and the notification opens that case', async () => {
    await caseWritten('A');
    const { api, calls } = fakeApi();
    await tick(api, wrote + 21 * H);
    expect(calls.notes).toHaveLength(0);
    await saveSettings({ notify: true });
    await tick(api, wrote + 21 * H, ['zh-CN']);
    await tick(api, wrote + 22 * H, ['zh-CN']);
    expect(calls.notes).toHaveLength(1);
    expect(calls.notes[0]?.title).toBe('首次回复');
    expect(caseOfNotification(calls.notes[0]!.id)).toBe('amazon:A');
    expect((await db().cases.get('amazon:A'))?.remindedAt).toBe(wrote + 21 * H);
  });

  it('leaves practice cases off the badge and out of the notifications', async () => {
    await caseWritten('A');
    await caseWritten('P', wrote, true);
    expect(await countNeedingAttention(wrote + 21 * H)).toBe(1);
    expect((await casesToRemind(wrote + 21 * H)).map((c) => c.id)).toEqual(['amazon:A']);
  });

  it('counts every kind in the index: a missed first reply and a near check-in', async () => {
    const c = await caseWritten('A');
    // Answered: the next deadline is the check-in, 72 h after the last change.
    await recordDraft(c.id, 'draft_inserted', 'first_contact', wrote + 2 * H);
    await caseWritten('B');
    const checkIn = (await db().cases.get('amazon:A'))!;
    expect(checkIn.dueKind).toBe('check_in');
    expect(await countNeedingAttention(checkIn.dueAt! - 13 * H)).toBe(1); // B missed, A not near yet
    expect(await countNeedingAttention(checkIn.dueAt! - 12 * H)).toBe(2); // A near, inclusive
  });

  it('reminds the most recently near first, ten at a time, and not the ones already reminded', async () => {
    for (let i = 0; i < 15; i++) await caseWritten(`C${i}`, wrote + i * H);
    const now = wrote + 60 * H; // all missed
    const first = await casesToRemind(now);
    expect(first.map((c) => c.externalId)).toEqual(
      Array.from({ length: 10 }, (_, i) => `C${14 - i}`),
    );
    await saveSettings({ notify: true });
    const { api, calls } = fakeApi();
    await tick(api, now);
    await tick(api, now + H);
    expect(calls.notes.map((n) => caseOfNotification(n.id))).toEqual([
      ...first.map((c) => c.id),
      ...['C4', 'C3', 'C2', 'C1', 'C0'].map((x) => `amazon:${x}`),
    ]);
    expect(await casesToRemind(now + 2 * H)).toEqual([]);
  });
});
