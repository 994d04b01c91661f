/**
 * A/B timing of extract() in one page: the working tree's readers against a git revision's
 * (default HEAD), alternated in the same page so the machine's load hits both alike.
 * `npx tsx tests/tools/bench-ab.ts [rev] [amazon|ebay|taobao] [n]`. Prints B/A (new ÷ old).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium';
import { SITES } from './bench-content';

const ROOT = resolve(import.meta.dirname, '..', '..');
const rev = process.argv[2] ?? 'HEAD';
const only = process.argv[3];
const n = Number(process.argv[4] ?? 1000);
const base = join(ROOT, 'node_modules', '.ab-base');
rmSync(base, { recursive: true, force: true });
mkdirSync(base, { recursive: true });
execSync(`git archive ${rev} lib | tar -x -C ${base}`, { cwd: ROOT });

const bundle = async (dir: string, name: string) =>
  (
    await build({
      stdin: {
        contents: `
        import { amazonAdapter } from './lib/sites/amazon-reader';
        import { ebayAdapter } from './lib/sites/ebay-reader';
        import { taobaoAdapter } from './lib/sites/taobao-reader';
        window.${name} = { amazon: amazonAdapter, ebay: ebayAdapter, taobao: taobaoAdapter };`,
        resolveDir: dir,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      write: false,
      minify: true,
      target: 'chrome120',
    })
  ).outputFiles[0]!.text;

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
