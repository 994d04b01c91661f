import { describe, expect, it } from 'vitest';
import { CATALOGS, matchUiLocale, translate, UI_LOCALES } from '@/lib/i18n';
import '@/lib/i18n/dashboard';

describe('UI catalogs', () => {
  it('every key exists, non-empty, in every UI locale', () => {
    const keys = new Set(UI_LOCALES.flatMap((l) => Object.keys(CATALOGS[l])));
    for (const l of UI_LOCALES)
      for (const k of keys) expect(CATALOGS[l][k]?.trim(), `${l} ${k}`).toBeTruthy();
  });
  it('placeholders are the same in every locale', () => {
    const names = (s: string) =>
      [...s.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join(',');
    for (const k of Object.keys(CATALOGS.en))
      for (const l of UI_LOCALES)
        expect(names(CATALOGS[l][k]!), `${l} ${k}`).toBe(names(CATALOGS.en[k]!));
  });
  it('fills placeholders and follows the browser language', () => {
    expect(translate('zh-CN', 'common.back')).toBe('返回');
    expect(matchUiLocale(['zh-HK', 'en'])).toBe('zh-TW');
    expect(matchUiLocale(['zh'])).toBe('zh-CN');
    expect(matchUiLocale(['fr', 'en-GB'])).toBe('en');
    expect(matchUiLocale(['fr'])).toBe('en');
  });
});
