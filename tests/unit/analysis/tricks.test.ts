// Texts invented for these tests. Obfuscation must not remove a flag, and evidence offsets stay on
// the original text whatever normalisation did.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { normalizeText, rawSlice } from '../../../lib/analysis/normalize';

const INVISIBLE = ['\u200b', '\u2060', '\u00ad', '\u200e', '\u200f', '\ufe0f', '\u200d', '\ufeff'];
const spread = (s: string, sep: string): string => [...s].join(sep);

describe('obfuscated threats keep their flags', () => {
  const cases: [string, string][] = [
    ['不退款就给差评', 'extortion'],
    ['Refund me or I will leave a 1-star review.', 'extortion'],
    ['我要找律师起诉你们', 'legal_threat'],
    ['I will sue you and file a chargeback.', 'legal_threat'],
  ];
  it.each(INVISIBLE.map((c) => [c.codePointAt(0)!.toString(16)]))(
    'with U+%s between every character',
    (hex) => {
      const sep = String.fromCodePoint(parseInt(hex, 16));
      for (const [text, flag] of cases) expect(analyze(spread(text, sep)).flags).toContain(flag);
    },
  );

  it('with Cyrillic and Greek look-alike letters', () => {
    // р, е, ѕ (Cyrillic) and ο, υ (Greek) in place of the Latin letters.
    expect(analyze('Rеfund mе or I will lеave a 1-ѕtar rеview.').flags).toContain('extortion');
    expect(analyze('I will ѕuе yου.').flags).toContain('legal_threat');
    expect(analyze('Rеfund mе or I will lеave a 1-ѕtar rеview.').language).toBe('en');
  });

  it('with full-width and mathematical letters', () => {
    expect(
      analyze('Ｒｅｆｕｎｄ ｍｅ ｏｒ Ｉ ｗｉｌｌ ｌｅａｖｅ ａ １-ｓｔａｒ ｒｅｖｉｅｗ').flags,
    ).toContain('extortion');
    expect(analyze('I will 𝐬𝐮𝐞 you').flags).toContain('legal_threat');
  });

  it('with a soft hyphen and a combining mark inside a Chinese threat in Traditional script', () => {
    expect(analyze('不\u00ad退款就給\u0301差評').flags).toContain('extortion');
  });
});

describe('evidence offsets on the original text', () => {
  it('maps normalised spans back across removed and length-changing characters', () => {
    const raw = 'İİ\u200bBROKEN';
    const nm = normalizeText(raw);
    expect(nm.t).toBe('iibroken');
    expect(rawSlice(nm, 2, 8)).toBe('BROKEN');
  });

  it('keeps characters outside the basic plane whole (emoji, rare Han)', () => {
    // They were cut to 16 bits and read as a lone private-use character.
    const raw = 'bad😡𠀀x';
    const nm = normalizeText(raw);
    expect(nm.t).toBe('bad😡𠀀x');
    expect(rawSlice(nm, 3, 5)).toBe('😡');
    expect(rawSlice(nm, 5, 7)).toBe('𠀀');
  });

  it('keeps cause spans and evidence exact after "İ" (Turkish capital I with dot)', () => {
    const text = 'İSTANBUL İÇİN aldım. The screen arrived cracked and it stopped working.';
    const a = analyze(text);
    const q = a.causes.find((c) => c.cause === 'quality');
    expect(q).toBeDefined();
    for (const [s, e] of q!.spans ?? []) expect(q!.evidence).toContain(text.slice(s, e));
    expect(q!.evidence.join(' ')).toMatch(/cracked|stopped working/);
  });

  it('gives flag spans and threat evidence as exact substrings of an obfuscated text', () => {
    const text = 'İ am furious. Ref\u200bund me or I will leave a 1-star rev\u00adiew.';
    const a = analyze(text);
    expect(a.threat).toBeDefined();
    const [s, e] = a.threat!.span;
    expect(text.slice(s, e)).toBe(a.threat!.evidence);
    expect(a.threat!.evidence).toContain('rev\u00adiew');
  });
});

describe('normalize (the drafts linter builds on it)', () => {
  it('stays length-preserving: lower case, half-width, Simplified', async () => {
    const { normalize } = await import('../../../lib/analysis/normalize');
    const s = 'ＡＢ說\u200bİ‘x’';
    expect(normalize(s)).toHaveLength(s.length);
    expect(normalize('ＡＢ說')).toBe('ab说');
  });
  it("folds Taiwan's standard forms that the generated table counts as variants", async () => {
    const { normalize } = await import('../../../lib/analysis/normalize');
    expect(normalize('脫膠 帳戶 溫度 衛生 稅')).toBe('脱胶 帐户 温度 卫生 税');
  });
});
