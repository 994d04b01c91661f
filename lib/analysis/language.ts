import { SIMP_ONLY, TRAD_ONLY } from './script-table';
import type { Language } from './types';

const TRAD = new Set<number>();
for (let i = 0; i < TRAD_ONLY.length; i++) TRAD.add(TRAD_ONLY.charCodeAt(i));
const SIMP = new Set<number>();
for (let i = 0; i < SIMP_ONLY.length; i++) SIMP.add(SIMP_ONLY.charCodeAt(i));

// Frequent function words, used to tell English from other Latin-script languages.
const EN_WORDS = new Set(
  (
    'the and is it to i a this my for of with was not you that in on have but so very works great ' +
    'love good just be are had get would will they can like one all use what when an as at or if ' +
    "does did do me we our your its it's i'm don't set up easy product well"
  ).split(' '),
);
const OTHER_WORDS = new Set(
  (
    'el la los las de del que y es muy con por para lo una un se su sus pero como más mas ' +
    'bien bueno buena excelente perfecto perfecta encanta nada todo llegó funciona producto le al mi esta este está son fue gracias ' +
    'der die das und ist nicht ein eine ich mit sehr gut le les des et est pas une avec très ' +
    'pour dans ce je il elle sono molto non della per che di il è'
  ).split(' '),
);

function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)
  );
}

/**
 * Detects the language/script of a text. Chinese wins as soon as it has a couple of Han characters
 * (English product names, pinyin and emoji inside Chinese do not change that); Traditional vs
 * Simplified is decided by counting characters that exist in one script only.
 */
export function detectLanguage(text: string): Language {
  let han = 0;
  let trad = 0;
  let simp = 0;
  let kana = 0;
  let hangul = 0;
  let latinWords = 0;
  let enHits = 0;
  let otherHits = 0;
  let accented = 0;
  let otherScript = 0;
  let word = '';
  const flush = (): void => {
    if (word.length === 0) return;
    latinWords++;
    const w = word.toLowerCase();
    if (EN_WORDS.has(w)) enHits++;
    if (OTHER_WORDS.has(w)) otherHits++;
    word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019) {
      word += c === 0x2019 ? "'" : text[i];
      continue;
    }
    if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) {
      accented++;
      word += text[i];
      continue;
    }
    flush();
    if (c < 0x2e80) {
      if (c === 0xbf || c === 0xa1)
        accented += 2; // ¿ ¡
      else if (c >= 0x0370 && c <= 0x1fff) otherScript++; // Greek, Cyrillic, Arabic, Indic, …
      continue;
    }
    if (isHan(c)) {
      han++;
      if (TRAD.has(c)) trad++;
      else if (SIMP.has(c)) simp++;
    } else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
  }
  flush();
  if (kana > 0 && kana * 3 >= han) return 'other';
  if (hangul > han) return 'other';
  if (han > 0 && (han >= 2 || latinWords < 3) && han * 2 >= Math.min(latinWords, 6)) {
    return trad > simp ? 'zh-Hant' : 'zh-Hans';
  }
  if (latinWords === 0) return otherScript > 0 ? 'other' : han > 0 ? 'zh-Hans' : 'en';
  if (otherScript > latinWords) return 'other';
  // Latin script: English unless another language's function words or accents dominate.
  const otherScore = otherHits + accented * 0.5;
  if (otherScore >= 2 && otherScore > enHits * 1.2) return 'other';
  if (otherHits >= 1 && enHits === 0 && latinWords <= 4) return 'other';
  return 'en';
}
