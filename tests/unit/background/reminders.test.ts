import { beforeEach, describe, expect, it } from 'vitest';
import { db, openCase, recordDraft, saveSettings } from '@/lib/db';
import { caseOfNotification, tick } from '@/lib/background/reminders';
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

async function caseWritten(externalId: string, at = wrote) {
  return openCase({
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
});
