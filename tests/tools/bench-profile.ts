/**
 * Where the content scripts' extraction spends its time: a Chromium CPU profile (CDP Profiler) of
 * `adapter.extract()` repeated on a 1,000-item page of each marketplace (the pages of
 * bench-content.ts), printed as the functions with the most self time. An unminified bundle, so
 * the names are the source's. `npx tsx tests/tools/bench-profile.ts [amazon|ebay|taobao] [n]`.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium';
import { SITES } from './bench-content';

const ROOT = resolve(import.meta.dirname, '..', '..');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}

const only = process.argv[2];
const n = Number(process.argv[3] ?? 1000);
const code = (
  await build({
    stdin: {
      contents: `
        import { amazonAdapter } from './lib/sites/amazon-reader';
        import { ebayAdapter } from './lib/sites/ebay-reader';
        import { taobaoAdapter } from './lib/sites/taobao-reader';
        window.__defuse = { adapters: { amazon: amazonAdapter, ebay: ebayAdapter, taobao: taobaoAdapter } };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: false,
    keepNames: false,
    target: 'chrome120',
  })
).outputFiles[0]!.text;

const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true });
try {
  for (const site of SITES) {
    if (only && site.id !== only) continue;
    const page = await (await browser.newContext()).newPage();
    await site.load(page, n);
    await page.addScriptTag({ content: code });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    const run = `(() => { const a = window.__defuse.adapters[${JSON.stringify(site.id)}];
      const u = new URL(location.href); const t0 = performance.now(); let k = 0;
      do { a.extract(document, u); k++; } while (performance.now() - t0 < 3000); return (performance.now() - t0) / k; })()`;
    await page.evaluate(run.replace('< 3000', '< 300'));
    await cdp.send('Profiler.start');
    const ms = (await page.evaluate(run)) as number;
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((x) => [x.id, x]));
    let total = 0;
    for (const s of profile.samples) {
      const node = byId.get(s)!;
      const f = node.callFrame;
      const key = `${f.functionName || '(anon)'}${f.url ? `:${f.lineNumber + 1}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + 1);
      total++;
    }
    // total (inclusive) time per function name
    const parent = new Map<number, number>();
    for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
    const incl = new Map<string, number>();
    for (const s of profile.samples) {
      const names = new Set<string>();
      for (let id: number | undefined = s; id !== undefined; id = parent.get(id)) {
        const f = byId.get(id)!.callFrame;
        names.add(`${f.functionName || '(anon)'}${f.url ? `:${f.lineNumber + 1}` : ''}`);
      }
      for (const k of names) incl.set(k, (incl.get(k) ?? 0) + 1);
    }
    console.log(`\n${site.id}, ${n} items: extract ${ms.toFixed(2)} ms; self time (top 25)`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`  ${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
    const lines = new Map<number, number>();
    for (const x of profile.nodes)
      for (const t of x.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
    const src = code.split('\n');
    const ticks = [...lines.values()].reduce((a, b) => a + b, 0);
    if (process.env.PROFILE_LINES) {
      console.log('  hottest bundle lines');
      for (const [l, v] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 40))
        console.log(
          `  ${((v / ticks) * 100).toFixed(1).padStart(5)}%  ${l}: ${src[l - 1]!.trim().slice(0, 110)}`,
        );
    }
    console.log('  inclusive (top 30)');
    for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`  ${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
    await page.close();
  }
} finally {
  await browser.close();
}
