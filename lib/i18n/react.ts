// The current UI locale for React screens. Follows the browser's language until
// the agent picks one in settings (the settings view calls setUiLocale).
import { create } from 'zustand';
import { LOCALE_TAG, matchUiLocale, translate, type MessageKey, type Params } from './index';
import type { UiLocale } from './define';

interface LocaleState {
  locale: UiLocale;
  setUiLocale(locale: UiLocale): void;
}

const initial = (): UiLocale =>
  typeof navigator === 'undefined'
    ? 'en'
    : matchUiLocale(navigator.languages ?? [navigator.language]);

export const useUiLocale = create<LocaleState>((set) => ({
  locale: initial(),
  setUiLocale: (locale) => {
    if (typeof document !== 'undefined') document.documentElement.lang = LOCALE_TAG[locale];
    set({ locale });
  },
}));

export type T = (key: MessageKey, params?: Params) => string;

/** `const t = useT(); t('panel.title')` */
export function useT(): T {
  const locale = useUiLocale((s) => s.locale);
  return (key, params) => translate(locale, key, params);
}
