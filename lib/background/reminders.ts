// Deadline reminders from the background: the toolbar badge counts the cases
// whose deadline is near or missed, and (when the agent turned them on) a
// notification is raised once per case and deadline; clicking it opens the case.
import { db, getSettings, markReminded, refreshDeadlines, type CaseRecord } from '../db';
import { NEAR_MS, needsAttention, type DeadlineKind } from '../cases/deadlines';
import { translate, matchUiLocale, type MessageKey } from '../i18n';

export const ALARM = 'defuse-deadlines';
export const NOTIFICATION_PREFIX = 'defuse-case:';
const MAX_NEAR = Math.max(...Object.values(NEAR_MS));

/** The open cases that want the agent now, nearest deadline first. */
export async function casesNeedingAttention(now = Date.now()): Promise<CaseRecord[]> {
  const soon = await db()
    .cases.where('dueAt')
    .below(now + MAX_NEAR)
    .toArray();
  return soon.filter(
    (c) => !c.practice && c.dueKind && needsAttention({ dueAt: c.dueAt!, kind: c.dueKind }, now),
  );
}

/** What the browser calls need; a fake in tests. */
export interface ReminderApi {
  setBadge(text: string, color: string): Promise<void> | void;
  notify(id: string, title: string, message: string): Promise<void> | void;
}

/** A reminder is due once per deadline: not yet reminded since it came near. */
const wantsReminder = (c: CaseRecord) =>
  c.dueAt !== undefined &&
  c.dueKind !== undefined &&
  (c.remindedAt === undefined || c.remindedAt < c.dueAt - NEAR_MS[c.dueKind as DeadlineKind]);

export async function tick(
  api: ReminderApi,
  now = Date.now(),
  languages: readonly string[] = ['en'],
) {
  await refreshDeadlines(now);
  const due = await casesNeedingAttention(now);
  await api.setBadge(due.length ? String(Math.min(due.length, 999)) : '', '#dc2626');
  const settings = await getSettings();
  if (!settings.notify) return { badge: due.length, notified: 0 };
  const locale = matchUiLocale(languages);
  const fresh = due.filter(wantsReminder).slice(0, 10);
  for (const c of fresh) {
    const missed = c.dueAt! <= now;
    await api.notify(
      NOTIFICATION_PREFIX + c.id,
      translate(locale, `queue.deadline.${c.dueKind}` as MessageKey),
      `${missed ? '⚠ ' : ''}${translate(locale, `queue.site.${c.site}` as MessageKey)} · ${(c.item.title || c.item.body).slice(0, 120)}`,
    );
  }
  if (fresh.length)
    await markReminded(
      fresh.map((c) => c.id),
      now,
    );
  return { badge: due.length, notified: fresh.length };
}

/** The case a notification id opens, or undefined for someone else's notification. */
export const caseOfNotification = (id: string): string | undefined =>
  id.startsWith(NOTIFICATION_PREFIX) ? id.slice(NOTIFICATION_PREFIX.length) : undefined;
