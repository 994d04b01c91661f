import { describe, expect, it } from 'vitest';
import {
  cap,
  deepById,
  deepQuerySelector,
  deepQuerySelectorAll,
  normText,
  parentDeep,
  parseStars,
  visibleText,
} from '../../../lib/sites/dom';

describe('deep querySelector', () => {
  it('pierces nested open shadow roots', () => {
    document.body.replaceChildren();
    const outer = document.createElement('div');
    document.body.append(outer);
    const r1 = outer.attachShadow({ mode: 'open' });
    const mid = document.createElement('section');
    r1.append(mid);
    const r2 = mid.attachShadow({ mode: 'open' });
    const ta = document.createElement('textarea');
    ta.id = 'deep';
    r2.append(ta);
    const light = document.createElement('textarea');
    document.body.append(light);
    expect(document.querySelector('#deep')).toBeNull();
    expect(deepQuerySelector(document, '#deep')).toBe(ta);
    expect(deepById(document, 'deep')).toBe(ta);
    expect(deepQuerySelectorAll(document, 'textarea')).toHaveLength(2);
    expect(parentDeep(ta)).toBe(mid);
    expect(deepQuerySelectorAll(document, '[[invalid')).toEqual([]);
  });

  it('cannot see closed shadow roots', () => {
    document.body.replaceChildren();
    const host = document.createElement('div');
    document.body.append(host);
    host.attachShadow({ mode: 'closed' }).append(document.createElement('textarea'));
    expect(deepQuerySelector(document, 'textarea')).toBeNull();
  });
});

describe('text helpers', () => {
  it('normalises whitespace', () => {
    expect(normText('  a\n\t b\u00a0\u3000c\u200b ')).toBe('a b c');
    expect(normText(null)).toBe('');
  });

  it('normalises exactly as removing zero-widths, then collapsing every run of \\s, then trimming', () => {
    // the reference: what normText did before it left single spaces alone
    const ref = (s: string) =>
      s
        .replace(/[\u200b-\u200d\ufeff]/g, '')
        .replace(/[\s\u00a0\u3000]+/g, ' ')
        .trim();
    const chars = [' ', ' ', '\n', '\t', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a']
      .concat(['\u200b', '\u200c', '\u200d', '\ufeff', '\u2028', '\u2029', '\u202f', '\u205f'])
      .concat(['\u3000', '\u0085', '\u180e', 'a', 'b', '中']);
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let j = rnd(9); j > 0; j--) s += chars[rnd(chars.length)];
      expect(normText(s), JSON.stringify(s)).toBe(ref(s));
    }
  });

  it('caps without splitting surrogate pairs', () => {
    expect(cap('abc', 5)).toBe('abc');
    expect(cap('ab😀', 3)).toBe('ab');
  });

  it('reads visible text: blocks separated, scripts and form fields skipped, kat labels read', () => {
    const div = document.createElement('div');
    const p1 = document.createElement('p');
    p1.textContent = 'one';
    const p2 = document.createElement('p');
    p2.append('t', Object.assign(document.createElement('b'), { textContent: 'wo' }));
    const script = document.createElement('script');
    script.textContent = 'evil()';
    const ta = document.createElement('textarea');
    ta.value = 'typed 111-1111111-1111111';
    const link = document.createElement('kat-link');
    link.setAttribute('label', '123-1234567-1234567');
    div.append(p1, p2, script, ta, link);
    expect(visibleText(div)).toBe('one two 123-1234567-1234567');
    expect(visibleText(div, { exclude: [p2] })).toBe('one 123-1234567-1234567');
  });

  it('parses star ratings', () => {
    expect(parseStars('4')).toBe(4);
    // whole stars only: an average (4.5) or a negative number is no review rating
    expect(parseStars('4.5')).toBeUndefined();
    expect(parseStars('-3')).toBeUndefined();
    expect(parseStars('rating: -3 stars')).toBeUndefined();
    expect(parseStars('0')).toBeUndefined();
    expect(parseStars('4.0')).toBe(4);
    expect(parseStars('1.0 out of 5 stars')).toBe(1);
    expect(parseStars('3,0 von 5 Sternen')).toBe(3);
    expect(parseStars('5 颗星，最多 5 颗星')).toBe(5);
    expect(parseStars('9')).toBeUndefined();
    expect(parseStars('')).toBeUndefined();
    expect(parseStars(null)).toBeUndefined();
  });
});
