/**
 * A/B of the observed re-scan after 50 items are appended to a 5,000-item page: the working tree's
 * scanner against a git revision's (default HEAD), each in a page of its own, 9 rounds, the
 * fastest and the median, against extracting 50 alone in the same page.
 * `npx tsx tests/tools/bench-ab-append.ts [rev] [amazon|ebay|taobao]`.
 */
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { READERS, ROOT, bundleIife, checkoutLib } from './ab-lib';
import { ensureChromium } from './chromium';
import { SITES } from './bench-content';

const rev = process.argv[2] ?? 'HEAD';
const only = process.argv[3];
const base = checkoutLib(rev, '.ab-base');

const bundle = (dir: string) =>
  bundleIife(
    dir,
    `${READERS}\n import { createScanner } from './lib/sites/scan';\n window.__d = { adapters, createScanner };`,
  );

const codes = { old: await bundle(base), new: await bundle(ROOT) };
const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true });
try {
  for (const site of SITES) {
    if (only && site.id !== only) continue;
    const out: string[] = [];
    for (const [name, code] of Object.entries(codes)) {
      const page = await (await browser.newContext()).newPage();
      await site.load(page, 50);
      await page.addScriptTag({ content: code });
      const alone = (await page.evaluate(`(() => {
        const a = __d.adapters[${JSON.stringify(site.id)}], u = new URL(location.href);
        const xs = [];
        for (let i = 0; i < 31; i++) { const t0 = performance.now(); let k = 0; do { a.extract(document, u); k++; } while (performance.now() - t0 < 5); xs.push((performance.now() - t0) / k); }
        return Math.min(...xs);
      })()`)) as number;
      await site.load(page, 5000);
      await page.addScriptTag({ content: code });
      const rounds = Array.from({ length: 9 }, (_, i) => site.appendJs(i, 50));
      const xs = (await page.evaluate(`(async () => {
        const a = __d.adapters[${JSON.stringify(site.id)}];
        const s = __d.createScanner(a.site, a.reader, true), u = new URL(location.href);
        s.scan(document, u);
        const obs = new MutationObserver((recs) => { for (const r of recs) s.record(r); });
        obs.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
        const xs = [];
        for (const js of ${JSON.stringify(rounds)}) {
          (0, eval)(js);
          await new Promise((r) => setTimeout(r, 0));
          const t0 = performance.now();
          s.scan(document, u);
          xs.push(performance.now() - t0);
        }
        obs.disconnect();
        return xs.sort((p, q) => p - q);
      })()`)) as number[];
      out.push(
        `${name}: re-scan min ${xs[0]!.toFixed(2)} / median ${xs[4]!.toFixed(2)} ms, 50 alone ${alone.toFixed(2)} ms, ratio ${(xs[0]! / alone).toFixed(2)}× / ${(xs[4]! / alone).toFixed(2)}×`,
      );
      await page.close();
    }
    console.log(`${site.id}, 50 appended to 5,000: ${out.join('; ')}`);
  }
} finally {
  await browser.close();
  rmSync(base, { recursive: true, force: true });
}
