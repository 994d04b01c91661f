import type { Language } from '../analysis/types';

/** The BCP 47 tag for text in a detected language, for `lang` attributes (fonts, screen readers). */
export function langOf(language: Language): string | undefined {
  switch (language) {
    case 'zh-Hans':
      return 'zh-CN';
    case 'zh-Hant':
      return 'zh-TW';
    case 'en':
      return 'en';
    default:
      return undefined;
  }
}
