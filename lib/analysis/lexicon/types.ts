import type { Cause } from '../types';

/** One language's lexicon, written by hand (see PLAYBOOK.md); terms are in normalised form. */
export interface LexiconSpec {
  /** Sentiment terms grouped by weight (negative weights for negative terms). */
  sentiment: [number, string[]][];
  /** Words that flip the polarity of the next sentiment term close after them. */
  negators: string[];
  /**
   * Comparative negators (不如, 比不上, "not as … as"): like negators, but their scope reaches to the
   * end of the clause (不如上次的好吃).
   */
  comparative?: string[];
  /**
   * Words that carry an open negation further (没有传说中那么好吃): a negator followed by one of them
   * flips the next sentiment term of the clause, however far.
   */
  scopeExtenders?: string[];
  /** "but" words: what follows weighs more, what precedes weighs less. */
  contrast: string[];
  /**
   * Mild "but" words that introduce a minor complaint in an otherwise positive review (就是…有点,
   * "only thing"): what follows weighs a little less than after a real "but", what precedes keeps weight.
   */
  softContrast: string[];
  /** Downtoners (×0.6) placed right before a sentiment term: 有点, 稍微, "a bit". */
  downtoners: string[];
  /** "although" words: the clause they open weighs less. */
  concessive: string[];
  /** Intensifiers (×1.4) placed right before a sentiment term. */
  intensifiers: string[];
  /**
   * Root-cause terms. `strong` terms are complaints by themselves (negative unless negated);
   * `aspect` terms only name the topic and count when their clause is negative.
   */
  causes: Partial<Record<Cause, { strong: string[]; aspect: string[] }>>;
  /** Anger markers (besides punctuation and capitals): swearing, 气死, 垃圾. */
  anger: string[];
  /**
   * Boundary rules for Han terms, which have no word boundary of their own: a term does not match
   * right after one of the characters in `notAfter[term]` or right before one in `notBefore[term]`
   * (妈的 after 我/爸/老 is "mother's", not the swear).
   */
  notAfter?: Record<string, string>;
  notBefore?: Record<string, string>;
}

/** Splits a whitespace-separated list (Chinese lists: no term contains a space). */
export function zh(s: string): string[] {
  return s.split(/\s+/).filter((t) => t.length > 0);
}

/** Splits a '|'-separated list (English lists: terms may contain spaces). */
export function en(s: string): string[] {
  return s
    .split('|')
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .filter((t) => t.length > 0);
}
