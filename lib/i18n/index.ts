// The UI's strings in three languages (the agent's language, chosen apart from
// the buyer's). Each screen keeps its strings in its own catalog area so that
// work on one screen never edits another's file.
import { UI_LOCALES, type UiLocale } from './define';
import { analysis } from './catalog/analysis';
import { caseview } from './catalog/caseview';
import { checklist } from './catalog/checklist';
import { common } from './catalog/common';
import type { dashboard } from './catalog/dashboard';
import { drafts } from './catalog/drafts';
import { panel } from './catalog/panel';
import { practice } from './catalog/practice';
import { queue } from './catalog/queue';
import { settings } from './catalog/settings';
import { sites } from './catalog/sites';
import { templates } from './catalog/templates';

export { UI_LOCALES, defineMessages, type UiLocale } from './define';

const AREAS = [
  analysis,
  caseview,
  checklist,
  common,
  drafts,
  panel,
  practice,
  queue,
  settings,
  sites,
  templates,
] as const;

type KeysOf<A> = A extends { en: infer E } ? keyof E : never;
// The dashboard's strings load with the dashboard (lib/i18n/dashboard.ts), not with the side panel.
export type MessageKey = Extract<KeysOf<(typeof AREAS)[number] | typeof dashboard>, string>;
type Area = Readonly<Record<UiLocale, Readonly<Record<string, string>>>>;
export type Params = Readonly<Record<string, string | number>>;

const catalogs = Object.fromEntries(
  UI_LOCALES.map((l) => [
    l,
    Object.assign({}, ...AREAS.map((a) => a[l])) as Record<string, string>,
  ]),
) as Record<UiLocale, Record<string, string>>;
export const CATALOGS: Readonly<Record<UiLocale, Readonly<Record<string, string>>>> = catalogs;

/** Adds the strings of an area that loads with its own page (the dashboard's). */
export function addMessages(area: Area): void {
  for (const l of UI_LOCALES) Object.assign(catalogs[l], area[l]);
}

/** The UI locale for the browser's language list (navigator.languages order). */
export function matchUiLocale(languages: readonly string[]): UiLocale {
  for (const raw of languages) {
    const l = raw.toLowerCase();
    if (/^zh-(tw|hk|mo|hant)/.test(l)) return 'zh-TW';
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

/** The string for `key` in `locale`, with {name} placeholders filled; English, then the key, as fallback. */
export function translate(locale: UiLocale, key: MessageKey, params?: Params): string {
  const template = CATALOGS[locale][key] ?? CATALOGS.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

/** BCP 47 tag for Intl formatting and lang attributes. */
export const LOCALE_TAG: Readonly<Record<UiLocale, string>> = {
  'zh-CN': 'zh-CN',
  'zh-TW': 'zh-TW',
  en: 'en',
};
