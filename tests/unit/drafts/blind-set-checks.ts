// The two checks every blind lint set gets in its own test file: its shape (size, every script and
// label, nothing copied from an earlier set) and its tuning half, the only part the rules were changed
// for, holding issue 8's targets. The checking half is only measured, by eval:lint.
import { describe, expect, it } from 'vitest';
import { score } from '@/lib/drafts/eval';
import { LINT_SET, splitOf, type Labelled } from './lint-set';
import { BLIND_SET } from './lint-set-blind';
import { BLIND3_SET } from './lint-set-blind3';
import { BLIND4_SET } from './lint-set-blind4';
import { BLIND5_SET } from './lint-set-blind5';
import { BLIND6_SET } from './lint-set-blind6';
import { BLIND7_SET } from './lint-set-blind7';
import { BLIND8_SET } from './lint-set-blind8';
import { BLIND9_SET } from './lint-set-blind9';
import { BLIND10_SET } from './lint-set-blind10';
import { BLIND11_SET } from './lint-set-blind11';
import { BLIND12_SET } from './lint-set-blind12';
import { BLIND13_SET } from './lint-set-blind13';
import { BLIND14_SET } from './lint-set-blind14';
import { BLIND15_SET } from './lint-set-blind15';
import { BLIND16_SET } from './lint-set-blind16';
import { BLIND17_SET } from './lint-set-blind17';

/** Every set in the order it was written: a set must share no text with those before it. */
const IN_ORDER: readonly (readonly Labelled[])[] = [
  LINT_SET,
  BLIND_SET,
  BLIND3_SET,
  BLIND4_SET,
  BLIND5_SET,
  BLIND6_SET,
  BLIND7_SET,
  BLIND8_SET,
  BLIND9_SET,
  BLIND10_SET,
  BLIND11_SET,
  BLIND12_SET,
  BLIND13_SET,
  BLIND14_SET,
  BLIND15_SET,
  BLIND16_SET,
  BLIND17_SET,
];

export function describeBlindSet(
  name: string,
  set: readonly Labelled[],
  { min, perLabel }: { min: number; perLabel: number },
): void {
  describe(`the ${name} set`, () => {
    it(`has at least ${min} drafts, a quarter or more per script, every label in each, none from another set`, () => {
      expect(set.length).toBeGreaterThanOrEqual(min);
      for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
        expect(set.filter((e) => e.lang === lang).length * 4).toBeGreaterThanOrEqual(set.length);
        for (const label of ['block', 'warn', 'clean'])
          expect(
            set.filter((e) => e.lang === lang && e.label === label).length,
          ).toBeGreaterThanOrEqual(perLabel);
      }
      expect(new Set(set.map((e) => e.text)).size).toBe(set.length);
      const at = IN_ORDER.indexOf(set);
      expect(at, `${name} is listed in IN_ORDER`).toBeGreaterThan(0);
      const old = new Set(IN_ORDER.slice(0, at).flatMap((s) => s.map((e) => e.text)));
      expect(set.filter((e) => old.has(e.text))).toEqual([]);
    });
    it('tuning half holds issue 8’s targets', () => {
      const s = score(set.filter((e) => splitOf(e) === 'tune'));
      expect(s.blockRecall, JSON.stringify(s.misses)).toBe(1);
      expect(s.warnRecall).toBeGreaterThanOrEqual(0.85);
      expect(s.blocksOnCorrect).toBeLessThanOrEqual(0.02);
      expect(s.falseAlarmsOnClean).toBeLessThanOrEqual(0.05);
    });
  });
}
