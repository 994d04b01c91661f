// A catalog area: one object per UI locale with exactly the same keys. The type
// makes a key missing in one locale (or one extra) a compile error; the unit
// test checks the same at run time for what the types cannot see.
export const UI_LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export type Messages<K extends string> = Readonly<Record<K, string>>;

export function defineMessages<const E extends Record<string, string>>(m: {
  en: E;
  'zh-CN': Messages<Extract<keyof E, string>>;
  'zh-TW': Messages<Extract<keyof E, string>>;
}): { [L in UiLocale]: Messages<Extract<keyof E, string>> } {
  return m;
}
