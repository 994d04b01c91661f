// Words for the case model's codes in the agent's language: statuses, event
// types, step and stage names, marketplaces. Exports and screens share these.
import type { UiLocale } from '../i18n';
import { translate, type MessageKey } from '../i18n';
import { STAGE_TITLES } from '../playbook/titles';
import { CASE_STATUSES, type CaseEvent, type CaseStatus } from '../db/schema';
import type { SiteId } from '../messages';
import { causeKey, flagKey } from '../../components/labels';
import type { Cause } from '../analysis/types';
import { partsIn } from './deadlines';

export const statusLabel = (locale: UiLocale, s: CaseStatus): string =>
  translate(locale, `queue.status.${s}` as MessageKey);

export const siteLabel = (locale: UiLocale, s: SiteId): string =>
  translate(locale, `queue.site.${s}` as MessageKey);

/** A step or draft stage id in words (a timeline never shows raw ids). */
export function stageLabel(locale: UiLocale, id: string): string {
  const title = Object.hasOwn(STAGE_TITLES, id)
    ? STAGE_TITLES[id as keyof typeof STAGE_TITLES]
    : undefined;
  if (!title) return id.replace(/_/g, ' ');
  return locale === 'en' ? title.en : locale === 'zh-TW' ? title.tw : title.zh;
}

export const causeLabel = (locale: UiLocale, c: Cause): string => translate(locale, causeKey(c));

export const flagLabel = (locale: UiLocale, f: string): string => {
  const key = flagKey(f);
  return key ? translate(locale, key) : f.replace(/_/g, ' ');
};

/** A remedy id in words (the draft engine's name for it; an unknown id made readable). */
export function remedyLabel(locale: UiLocale, r: string): string {
  const key = `drafts.remedy.${r}` as MessageKey;
  const s = translate(locale, key);
  return s === key ? r.replace(/_/g, ' ') : s;
}

/** One timeline entry in words. */
export function eventLabel(locale: UiLocale, e: CaseEvent): string {
  const tr = (key: string, params?: Record<string, string>) =>
    translate(locale, key as MessageKey, params);
  switch (e.type) {
    case 'step_done':
    case 'step_skipped':
    case 'step_reset':
    case 'draft_inserted':
    case 'draft_copied':
      return tr(`queue.event.${e.type}`, { detail: stageLabel(locale, e.detail ?? '') });
    case 'status':
      return tr('queue.event.status', {
        from: isStatus(e.text) ? statusLabel(locale, e.text) : '—',
        detail: isStatus(e.detail) ? statusLabel(locale, e.detail) : (e.detail ?? ''),
      });
    case 'remedy': {
      const d = e.detail ?? '';
      return tr(d.startsWith('-') ? 'queue.event.remedy.withdrawn' : 'queue.event.remedy.offered', {
        detail: remedyLabel(locale, d.replace(/^[+-]/, '')),
      });
    }
    case 'outcome':
      return tr('queue.event.outcome', { detail: e.detail ?? '' });
    case 'owner':
      return tr('queue.event.owner', { detail: e.detail ?? '—' });
    default:
      return tr(`queue.event.${e.type}`);
  }
}

const STATUSES = new Set<string>(CASE_STATUSES);
const isStatus = (s: string | undefined): s is CaseStatus => s !== undefined && STATUSES.has(s);

// A formatter costs far more to build than to use (a millisecond or more each): the
// queue formats a time for every open case on every render, an export for every row.
const timeFormats = new Map<string, Intl.DateTimeFormat>();
function timeFormat(locale: UiLocale, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}`;
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    timeFormats.set(key, f);
  }
  return f;
}

type Shape = { zone: string; parts: Intl.DateTimeFormatPart[] } | null;
const shapes = new Map<string, Shape>();
const FIELDS = new Set(['year', 'month', 'day', 'hour', 'minute', 'literal']);
/**
 * The locale's layout of a date and time (the order of its fields and the literals
 * between them), read once from Intl; null when it writes anything but ASCII digits
 * in its fields, which only Intl itself can write.
 */
function shapeOf(locale: UiLocale, timeZone: string | undefined): Shape {
  const key = `${locale}|${timeZone ?? ''}`;
  let s = shapes.get(key);
  if (s === undefined) {
    const f = timeFormat(locale, timeZone);
    const parts = f.formatToParts(Date.UTC(2026, 10, 23, 14, 5));
    const plain = parts.every(
      (p) => FIELDS.has(p.type) && (p.type === 'literal' || /^\d+$/.test(p.value)),
    );
    s = plain ? { zone: f.resolvedOptions().timeZone, parts } : null;
    shapes.set(key, s);
  }
  return s;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A local date and time for the agent (exports and screens), as Intl writes it. The
 * fields come from the zone offset cache instead of a format call per time: an export
 * writes seven a case, and Intl was a sixth of a CSV export's time.
 */
export function localTime(locale: UiLocale, t: number, timeZone?: string): string {
  const s = shapeOf(locale, timeZone);
  const y = s && Number.isFinite(t) ? partsIn(t, s.zone) : undefined;
  if (!s || !y || y.y < 1000 || y.y > 9999) return timeFormat(locale, timeZone).format(new Date(t));
  let out = '';
  for (const p of s.parts) {
    if (p.type === 'year') out += y.y;
    else if (p.type === 'month') out += two(y.m + 1);
    else if (p.type === 'day') out += two(y.d);
    else if (p.type === 'hour') out += two(y.h);
    else if (p.type === 'minute') out += two(y.min);
    else out += p.value;
  }
  return out;
}
