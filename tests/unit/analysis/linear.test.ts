// Long inputs stay linear. Wall time is not asserted (the machine is shared; `npm run
// eval:analysis` prints the figures); instead the patterns are checked for the structure that made
// one of them quadratic on long digit runs: an unbounded repetition of digits that a match may
// start with, so that the engine retries it at every digit of the run.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { FACT_PATTERNS } from '../../../lib/analysis/facts';
import { FLAG_PATTERNS } from '../../../lib/analysis/flags';
import { REAL_PROBLEM_PATTERNS } from '../../../lib/analysis/real-problem';
import { normalizeText } from '../../../lib/analysis/normalize';
import { scoreText } from '../../../lib/analysis/sentiment';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Unbounded repetitions of a digit-matching atom (\d, [..\d..], [0-9], [一二…十]) that are not
 * anchored: the atom must follow a lookbehind that excludes digits, a \b, or a literal character
 * that has to match first.
 */
export function unanchoredDigitRuns(re: RegExp): string[] {
  const src = re.source;
  const bad: string[] = [];
  const atom = /\\d|\[(?:\\.|[^\]\\])*\]/g;
  const isDigitAtom = (a: string): boolean =>
    a === '\\d' || (a.startsWith('[') && !a.startsWith('[^') && /\\d|0-9|一二/.test(a));
  /** Whether a match must have read something that is not a digit right before index i. */
  const anchored = (i: number, depth: number): boolean => {
    let before = src.slice(0, i);
    for (;;) {
      if (/\((?:\?:)?$/.test(before) && !/\\\($/.test(before)) {
        before = before.replace(/\((?:\?:)?$/, '');
        continue;
      }
      if (/\|$/.test(before)) {
        // Back to the start of this alternation's group.
        let d = 0;
        let k = before.length - 2;
        for (; k >= 0; k--) {
          const c = before[k];
          if (before[k - 1] === '\\') continue;
          if (c === ')') d++;
          else if (c === '(') {
            if (d === 0) break;
            d--;
          }
        }
        if (k < 0) return false;
        before = before.slice(0, k + 1);
        continue;
      }
      // An optional atom that cannot match a digit ([a-z]*) is skipped: what precedes it decides.
      const opt = /\[(?:\\.|[^\]\\])*\][*?]$/.exec(before);
      if (opt && !isDigitAtom(opt[0].slice(0, -1)) && !opt[0].startsWith('[^')) {
        before = before.slice(0, opt.index);
        continue;
      }
      break;
    }
    if (before === '') return false;
    if (/\(\?<!\[?(?:\\d|[一二两])[^)]*\)$/.test(before)) return true;
    if (/\\b$/.test(before)) return true;
    if (/(?:[A-Za-z\u3400-\u9fff'’]|\\[$.\-/:#])$/.test(before) && !/\\[dswDSW]$/.test(before))
      return true;
    const cls = /\[(?:\\.|[^\]\\])*\]$/.exec(before);
    if (cls) {
      if (!isDigitAtom(cls[0])) return !cls[0].startsWith('[^');
      return depth < 8 && anchored(cls.index, depth + 1);
    }
    return false;
  };
  for (let m = atom.exec(src); m; m = atom.exec(src)) {
    const a = m[0];
    if (!isDigitAtom(a)) continue;
    const q = src.slice(m.index + a.length);
    if (!/^(?:[+*]|\{\d+,\})/.test(q)) continue;
    if (!anchored(m.index, 0))
      bad.push(src.slice(Math.max(0, m.index - 20), m.index + a.length + 4));
  }
  return bad;
}

describe('linear patterns', () => {
  it('finds the unanchored digit run that used to make the amount pattern quadratic', () => {
    expect(unanchoredDigitRuns(/(\d+(?:\.\d+)?)\s?(元|块)/)).not.toEqual([]);
    expect(unanchoredDigitRuns(/(?<![\d.,])(\d+(?:\.\d+)?)\s?(元|块)/)).toEqual([]);
  });

  it.each([
    ['flags', FLAG_PATTERNS],
    ['facts', FACT_PATTERNS],
    ['real-problem', REAL_PROBLEM_PATTERNS],
  ])('has no unanchored digit runs in the %s patterns', (_name, patterns) => {
    const bad = patterns.flatMap((r) => unanchoredDigitRuns(r));
    expect(bad).toEqual([]);
  });

  it('reads a 20,000-digit run and a 100,000-character text to the end', () => {
    const digits = '1'.repeat(20_000) + '元，不退款就给差评';
    const a = analyze(digits);
    expect(a.flags).toContain('extortion');
    const long = '质量很好，'.repeat(20_000) + '但是用了三天就坏了，不退款就给差评';
    expect(long.length).toBeGreaterThan(100_000);
    const b = analyze(long);
    expect(b.flags).toContain('review_threat');
    expect(normalizeText(long).t.length).toBe(long.length);
  });
});

// The long-text slowdown (25k → 100k characters took ×10 instead of ×4) came from memory, not from
// a loop: `new Array(n)` above about 16,000 elements gets slow dictionary storage in V8, and one
// object per lexicon match held in a growing array is copied and re-scanned by the collector as
// it grows. These tests pin the structure that keeps a call linear.
describe('linear memory on long texts', () => {
  const LIB = resolve(import.meta.dirname, '../../../lib/analysis');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? sources(resolve(dir, e.name))
        : e.name.endsWith('.ts')
          ? [resolve(dir, e.name)]
          : [],
    );

  it('sizes no plain array by the input (new Array(n) turns into a dictionary past ~16k)', () => {
    const bad = sources(LIB).filter((f) =>
      /new Array\s*(?:<[^>]*>)?\(\s*[^)\s]/.test(readFileSync(f, 'utf8')),
    );
    expect(bad).toEqual([]);
  });

  it('keeps per-match values of a long text in typed arrays, not one object per match', () => {
    const s = scoreText('质量很好，但是用了三天就坏了。'.repeat(7000));
    expect(s.matches.length).toBeGreaterThan(20_000);
    for (const a of [s.matches.start, s.matches.end, s.matches.term])
      expect(a).toBeInstanceOf(Int32Array);
    for (const a of [s.contrib, s.weight, s.clauseScore]) expect(a).toBeInstanceOf(Float64Array);
    expect(s.clause).toBeInstanceOf(Int32Array);
    expect(s.negated).toBeInstanceOf(Uint8Array);
  });

  it('bounds the evidence of a cause, however often the text repeats it', () => {
    const short = analyze('质量很好，但是用了三天就坏了。'.repeat(10));
    const long = analyze('质量很好，但是用了三天就坏了。'.repeat(7000));
    expect(long.causes[0]?.cause).toBe(short.causes[0]?.cause);
    for (const c of long.causes) {
      expect(c.spans!.length).toBeLessThanOrEqual(32);
      expect(c.evidence.length).toBeLessThanOrEqual(32);
    }
  });
});
