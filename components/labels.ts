// Labels of analysis ids (causes, flags, anger, sentiment, language): the strings live in the
// `analysis` catalog (lib/i18n/catalog/analysis.ts); these helpers give the key of an id. The
// bilingual constants below are read from the same catalog for screens not yet on useT().
import type { Cause, Language, Sentiment } from '@/lib/analysis/types';
import { CATALOGS, type MessageKey } from '@/lib/i18n';

export const causeKey = (c: Cause): MessageKey => `analysis.cause.${c}`;
export const flagKey = (f: string): MessageKey | undefined =>
  `analysis.flag.${f}` in CATALOGS.en ? (`analysis.flag.${f}` as MessageKey) : undefined;
export const angerKey = (a: 0 | 1 | 2 | 3): MessageKey => `analysis.anger.${a}`;
export const sentimentKey = (s: Sentiment): MessageKey => `analysis.sentiment.${s}`;
export const languageKey = (l: Language): MessageKey => `analysis.lang.${l}`;

const both = (key: MessageKey): { en: string; zh: string } => ({
  en: CATALOGS.en[key] ?? key,
  zh: CATALOGS['zh-CN'][key] ?? key,
});

const CAUSE_IDS: Cause[] = [
  'quality',
  'not_as_described',
  'logistics',
  'service',
  'expectation',
  'buyer_remorse',
  'cultural',
  'extortion',
];

/** @deprecated use t(causeKey(c)) */
export const CAUSE_LABELS = Object.fromEntries(
  CAUSE_IDS.map((c) => [c, both(causeKey(c))]),
) as Record<Cause, { en: string; zh: string }>;

/** @deprecated use t(sentimentKey(s)) */
export const SENTIMENT_LABELS = Object.fromEntries(
  (['negative', 'neutral', 'positive'] as const).map((s) => {
    const b = both(sentimentKey(s));
    return [s, `${b.en} ${b.zh}`];
  }),
) as Record<Sentiment, string>;

/** @deprecated use t(languageKey(l)) */
export const LANGUAGE_LABELS = {
  'zh-Hans': CATALOGS['zh-CN']['analysis.lang.zh-Hans']!,
  'zh-Hant': CATALOGS['zh-TW']['analysis.lang.zh-Hant']!,
  en: CATALOGS.en['analysis.lang.en']!,
  other: CATALOGS.en['analysis.lang.other']!,
} as const;
