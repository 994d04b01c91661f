// Deadline reminders from the background: the toolbar badge counts the cases
// whose deadline is near or missed, and (when the agent turned them on) a
// notification is raised once per case and deadline; clicking it opens the case.
import { db, getSettings, markReminded, refreshDeadlines, type CaseRecord } from '../db';
import { NEAR_MS, needsAttention, type DeadlineKind } from '../cases/deadlines';
import { translate, matchUiLocale, type MessageKey } from '../i18n';

export const ALARM = 'defuse-deadlines';
export const NOTIFICATION_PREFIX = 'defuse-case:';
const KINDS = Object.keys(NEAR_MS) as DeadlineKind[];
/** Notifications look at this many of each kind, the most recently near first. */
const REMIND_SCAN = 200;

/** One kind's cases that want the agent now: near (within its NEAR_MS) or missed. */
const wanting = (kind: DeadlineKind, now: number) =>
  db()
    .cases.where('[dueKind+dueAt]')
    .between([kind, -Infinity], [kind, now + NEAR_MS[kind]], true, true);

/**
 * How many open cases want the agent now. Counted in the index kind by kind, so
 * the minute's alarm reads no case: missed deadlines accumulate (two thirds of
 * the store in a team's long-lived log). Practice cases are few and subtracted.
 */
export async function countNeedingAttention(now = Date.now()): Promise<number> {
  const counts = await Promise.all(KINDS.map((k) => wanting(k, now).count()));
  const practice = await db().cases.where('practice').equals(1).toArray();
  const practising = practice.filter(
    (c) => c.dueKind && needsAttention({ dueAt: c.dueAt!, kind: c.dueKind }, now),
  ).length;
  return counts.reduce((a, b) => a + b, 0) - practising;
}

/** A reminder is due once per deadline: not yet reminded since it came near. */
const wantsReminder = (c: CaseRecord) =>
  c.dueAt !== undefined &&
  c.dueKind !== undefined &&
  (c.remindedAt === undefined || c.remindedAt < c.dueAt - NEAR_MS[c.dueKind as DeadlineKind]);

/**
 * The cases a notification may be raised for: of each kind, the most recently
 * near or missed ones first (an old missed deadline was notified long ago, or is
 * past helping), not yet reminded for this deadline.
 */
export async function casesToRemind(now = Date.now(), limit = 10): Promise<CaseRecord[]> {
  const lists = await Promise.all(
    KINDS.map((k) => wanting(k, now).reverse().limit(REMIND_SCAN).toArray()),
  );
  return lists
    .flat()
    .filter((c) => !c.practice && wantsReminder(c))
    .sort((a, b) => nearFrom(b) - nearFrom(a))
    .slice(0, limit);
}
const nearFrom = (c: CaseRecord) => c.dueAt! - NEAR_MS[c.dueKind as DeadlineKind];

/** What the browser calls need; a fake in tests. */
export interface ReminderApi {
  setBadge(text: string, color: string): Promise<void> | void;
  notify(id: string, title: string, message: string): Promise<void> | void;
}

export async function tick(
  api: ReminderApi,
  now = Date.now(),
  languages: readonly string[] = ['en'],
) {
  await refreshDeadlines(now);
  const badge = await countNeedingAttention(now);
  await api.setBadge(badge ? String(Math.min(badge, 999)) : '', '#dc2626');
  const settings = await getSettings();
  if (!settings.notify) return { badge, notified: 0 };
  const locale = matchUiLocale(languages);
  const fresh = await casesToRemind(now);
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
  return { badge, notified: fresh.length };
}

/** The case a notification id opens, or undefined for someone else's notification. */
export const caseOfNotification = (id: string): string | undefined =>
  id.startsWith(NOTIFICATION_PREFIX) ? id.slice(NOTIFICATION_PREFIX.length) : undefined;
