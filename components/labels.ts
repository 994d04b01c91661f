// Labels of analysis ids (causes, flags, anger, sentiment, language): the strings live in the
// `analysis` catalog (lib/i18n/catalog/analysis.ts); these helpers give the key of an id. The
// language names below are endonyms (each in its own script), read from the same catalog.
import type { Cause, Language, Sentiment } from '@/lib/analysis/types';
import { CATALOGS, type MessageKey } from '@/lib/i18n';

export const causeKey = (c: Cause): MessageKey => `analysis.cause.${c}`;
export const flagKey = (f: string): MessageKey | undefined =>
  `analysis.flag.${f}` in CATALOGS.en ? (`analysis.flag.${f}` as MessageKey) : undefined;
export const angerKey = (a: 0 | 1 | 2 | 3): MessageKey => `analysis.anger.${a}`;
export const sentimentKey = (s: Sentiment): MessageKey => `analysis.sentiment.${s}`;
export const languageKey = (l: Language): MessageKey => `analysis.lang.${l}`;

/** Each language named in itself, for the buyer's-language choices. */
export const LANGUAGE_LABELS = {
  'zh-Hans': CATALOGS['zh-CN']['analysis.lang.zh-Hans']!,
  'zh-Hant': CATALOGS['zh-TW']['analysis.lang.zh-Hant']!,
  en: CATALOGS.en['analysis.lang.en']!,
  other: CATALOGS.en['analysis.lang.other']!,
} as const;
