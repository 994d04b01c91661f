import { T2S_FROM, T2S_TO } from './script-table';

const T2S = new Map<number, number>();
for (let i = 0; i < T2S_FROM.length; i++) T2S.set(T2S_FROM.charCodeAt(i), T2S_TO.charCodeAt(i));
// Common Traditional variants the generated table leaves out (說 is written 説 in its source).
const T2S_EXTRA: [string, string][] = [['說', '说']];
for (const [f, t] of T2S_EXTRA)
  if (!T2S.has(f.charCodeAt(0))) T2S.set(f.charCodeAt(0), t.charCodeAt(0));

/**
 * Length-preserving normalisation used for matching: ASCII lower case, full-width ASCII to
 * half-width, curly apostrophes to straight ones, Traditional characters to Simplified ones.
 * Index i of the result corresponds to index i of the input, so matches map back to exact
 * substrings of the original text (evidence).
 */
export function normalize(text: string): string {
  let out = '';
  let changed = false;
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    const orig = c;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019 || c === 0x2018 || c === 0xff07) c = 39;
    else if (c >= 0x3400) {
      const s = T2S.get(c);
      if (s !== undefined) c = s;
    }
    if (c !== orig) changed = true;
    codes.push(c);
  }
  if (!changed) return text;
  // Build in chunks to avoid argument-count limits on very long texts.
  for (let i = 0; i < codes.length; i += 4096) {
    out += String.fromCharCode(...codes.slice(i, i + 4096));
  }
  return out;
}
