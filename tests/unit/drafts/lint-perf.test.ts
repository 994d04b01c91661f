// The shortcuts lintperf (2026-12-03, issue 8's 5 ms budget) took: patterns opening with the English
// review act are tried only where it can begin (PREFIX) and skipped without a review word (NEEDS), and
// a phone candidate's look-back checks run on a shorter window. Each is exact only while what it rests
// on holds; these tests hold it on every labelled draft and on fresh probes, and pin the phone cases.
import { describe, expect, it } from 'vitest';
import { lintDraft, type LintContext } from '@/lib/drafts/lint';
import { isPhoneNumber, NEEDS, PREFIX, rulesFor } from '@/lib/drafts/rules';
import { LINT_SET } from './lint-set';
import { BLIND15_SET } from './lint-set-blind15';
import { BLIND16_SET } from './lint-set-blind16';
import { BLIND17_SET } from './lint-set-blind17';

const PROBES = [
  'If you could update the review to five stars, we will send the replacement today.',
  'Once that negative is gone we can refund you in full.',
  'Please rate us positive and then we will ship a new one.',
  'Would you take the neutral feedback down? After that, the refund goes out.',
  'Change the 1-star to a 5-star and you will get a full refund.',
  'We will refund you whether or not you change your review.',
];
const TEXTS = [
  ...PROBES,
  ...[...LINT_SET, ...BLIND15_SET, ...BLIND16_SET, ...BLIND17_SET].map((e) => e.text),
].map((t) => t.toLowerCase());

const patterns = [
  ...new Set(
    (['amazon', 'ebay', 'taobao'] as const).flatMap((p) =>
      (['private', 'public'] as const).flatMap((c) =>
        rulesFor(p, c).flatMap((r) => [...(r.patterns ?? [])]),
      ),
    ),
  ),
];
const allMatches = (re: RegExp, text: string) => [
  ...text.matchAll(new RegExp(re.source, `${re.flags}g`)),
];

describe('the review-act shortcuts', () => {
  const prefixed = patterns.filter((p) => PREFIX.has(p));
  it('cover the patterns built on the review act', () => {
    expect(prefixed.length).toBeGreaterThanOrEqual(8);
  });
  it('every match starts where its prefix holds', () => {
    let seen = 0;
    for (const p of prefixed) {
      const at = new RegExp(PREFIX.get(p)!.source, `${PREFIX.get(p)!.flags}y`);
      for (const text of TEXTS) {
        for (const m of allMatches(p, text)) {
          at.lastIndex = m.index;
          expect(at.test(text), `${m[0]} in ${text}`).toBe(true);
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(10);
  });
  it('no pattern matches a draft without what it needs', () => {
    for (const p of patterns) {
      const need = NEEDS.get(p);
      if (!need) continue;
      for (const text of TEXTS) {
        if (p.test(text)) expect(need.test(text), `${p.source.slice(0, 40)} in ${text}`).toBe(true);
      }
    }
  });
  it('still find the bargain and leave the independent remedy alone', () => {
    const EB: LintContext = { platform: 'ebay', channel: 'private', kind: 'messages' };
    const rules = (t: string) => lintDraft(t, EB).map((f) => f.rule);
    expect(rules(PROBES[0]!)).toContain('remedy-conditional');
    expect(rules(PROBES[2]!)).toContain('remedy-conditional');
    expect(rules(PROBES[5]!)).not.toContain('remedy-conditional');
  });
});

describe('the phone candidate look-back', () => {
  it('a cue after an earlier number still makes a grouped mobile a phone', () => {
    expect(isPhoneNumber('612 34 56 78', 'order 5 arrived. call me on ')).toBe(true);
    expect(isPhoneNumber('612 34 56 78', 'item 42, my number is ')).toBe(true);
  });
  it('a digit between the cue and the number breaks it', () => {
    expect(isPhoneNumber('612 34 56 78', 'call me about box 7: ')).toBe(false);
    expect(isPhoneNumber('612 34 56 78', '1 2 3 4 5 6 7 8 9 0 ')).toBe(false);
  });
  it('an id label or code before the run still excuses it', () => {
    expect(isPhoneNumber('0912 345 678', 'order no. ')).toBe(false);
    expect(isPhoneNumber('0912 345 678', 'sf1402 ')).toBe(false);
    expect(isPhoneNumber('0912 345 678', '订单号：')).toBe(false);
    expect(isPhoneNumber('0912 345 678', '0 1 2 3 4 ')).toBe(true);
  });
});
