/**
 * A/B timing of extract() in one page: the working tree's readers against a git revision's
 * (default HEAD), alternated in the same page so the machine's load hits both alike.
 * `npx tsx tests/tools/bench-ab.ts [rev] [amazon|ebay|taobao] [n]`. Prints B/A (new ÷ old).
 */
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { READERS, ROOT, bundleIife, checkoutLib } from './ab-lib';
import { ensureChromium } from './chromium';
import { SITES } from './bench-content';

const rev = process.argv[2] ?? 'HEAD';
const only = process.argv[3];
const n = Number(process.argv[4] ?? 1000);
const base = checkoutLib(rev, '.ab-base');

const bundle = (dir: string, name: string) =>
  bundleIife(dir, `${READERS}\n window.${name} = adapters;`);

const [a, b] = [await bundle(base, '__A'), await bundle(ROOT, '__B')];
const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true });
try {
  for (const site of SITES) {
    if (only && site.id !== only) continue;
    const page = await (await browser.newContext()).newPage();
    await site.load(page, n);
    await page.addScriptTag({ content: a });
    await page.addScriptTag({ content: b });
    const r = (await page.evaluate(`(() => {
      const id = ${JSON.stringify(site.id)}, u = new URL(location.href);
      const A = () => __A[id].extract(document, u), B = () => __B[id].extract(document, u);
      const walk = () => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let l = 0; while (w.nextNode()) l += w.currentNode.nodeValue.length; return l; };
      const same = JSON.stringify(A()) === JSON.stringify(B());
      const t = (f) => { const t0 = performance.now(); let k = 0; do { f(); k++; } while (performance.now() - t0 < 10); return (performance.now() - t0) / k; };
      const xa = [], xb = [], xw = [];
      for (let i = 0; i < 31; i++) { xa.push(t(A)); xb.push(t(B)); xw.push(t(walk)); }
      // the fastest sample: the one the machine's load touched least
      const med = (x) => Math.min(...x);
      return { a: med(xa), b: med(xb), w: med(xw), same };
    })()`)) as { a: number; b: number; w: number; same: boolean };
    console.log(
      `${site.id} ${n}: old ${r.a.toFixed(2)} ms (${(r.a / r.w).toFixed(1)}× walk), new ${r.b.toFixed(2)} ms (${(r.b / r.w).toFixed(1)}× walk), new/old ${(r.b / r.a).toFixed(2)}; same snapshot: ${r.same}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(base, { recursive: true, force: true });
}
