/**
 * The scan's longest steps: each stretch between two places where the scan may pause (pause()
 * always says yes), timed as the least over 5 scans of the same page, so the machine's load and
 * the GC touch it least. What no deadline can cut: a step longer than the slice is a long task
 * on a slow CPU. First scan and an observed re-scan after 50 appended, 10,000 items by default;
 * with a rev, that revision's readers first (A) and the working tree's (B), each in its own page.
 * `npx tsx tests/tools/bench-steps.ts [rev|-] [amazon|ebay|taobao] [n]`. Labels: the scan.ts
 * line of the pause that ended the step (`end`: the last step, up to the snapshot).
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { READERS, ROOT, bundleIife } from './ab-lib';
import { ensureChromium } from './chromium';
import { SITES } from './bench-content';

const rev = process.argv[2] && process.argv[2] !== '-' ? process.argv[2] : undefined;
const only = process.argv[3];
const n = Number(process.argv[4] ?? 10000);

/** A bundle of `lib` (copied from `from`), each pause of scan.ts labelled with its line. */
async function bundle(from: string, name: string): Promise<string> {
  const dir = join(ROOT, 'node_modules', `.steps-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (from === ROOT) cpSync(join(ROOT, 'lib'), join(dir, 'lib'), { recursive: true });
  else execSync(`git archive ${from} lib | tar -x -C ${dir}`, { cwd: ROOT });
  const scan = join(dir, 'lib', 'sites', 'scan.ts');
  const src = readFileSync(scan, 'utf8')
    .split('\n')
    .map((l, i) =>
      l.replace(/pause\(\)\) yield;/, `pause()) { globalThis.__at = 'L${i + 1}'; yield; }`),
    );
  writeFileSync(scan, `declare global { var __at: string | undefined; }\n${src.join('\n')}`);
  try {
    return await bundleIife(
      dir,
      `${READERS}\n import { createScanner } from './lib/sites/scan';\n window.__steps = { adapters, createScanner };`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const versions: [string, string][] = [];
if (rev) versions.push([`A ${rev}`, await bundle(rev, 'a')]);
versions.push([rev ? 'B tree' : 'tree', await bundle(ROOT, 'b')]);

const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true });
try {
  for (const site of SITES) {
    if (only && site.id !== only) continue;
    const adds = [0, 1, 2, 3, 4].map((i) => site.appendJs(i, 50));
    for (const [label, code] of versions) {
      const page = await (await browser.newContext()).newPage();
      await site.load(page, n);
      await page.addScriptTag({ content: code });
      const r = (await page.evaluate(`(async () => {
        const d = window.__steps, a = d.adapters[${JSON.stringify(site.id)}], u = new URL(location.href);
        const steps = (s) => {
          const g = s.steps(document, u, () => true);
          const out = [];
          for (let t = performance.now(); ; t = performance.now()) {
            const r = g.next();
            out.push([performance.now() - t, r.done ? 'end' : globalThis.__at]);
            if (r.done) return out;
          }
        };
        // each step's least time over the runs, the five longest
        const top = (runs) =>
          runs[0].map((x, i) => [Math.min(...runs.map((r) => r[i]?.[0] ?? Infinity)), x[1]])
            .sort((p, q) => q[0] - p[0]).slice(0, 5)
            .map(([ms, at]) => ms.toFixed(1) + ' ms @' + at).join(', ');
        const first = [];
        for (let k = 0; k < 5; k++) first.push(steps(d.createScanner(a.site, a.reader, false)));
        const s = d.createScanner(a.site, a.reader, true);
        s.scan(document, u);
        const obs = new MutationObserver((recs) => { for (const r of recs) s.record(r); });
        obs.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
        const again = [];
        for (const js of ${JSON.stringify(adds)}) {
          (0, eval)(js);
          await new Promise((r) => setTimeout(r, 0));
          again.push(steps(s));
        }
        obs.disconnect();
        return { count: first[0].length, first: top(first), again: top(again) };
      })()`)) as { count: number; first: string; again: string };
      console.log(`${site.id} ${n} (${label}), ${r.count} steps`);
      console.log(`  first scan, longest steps: ${r.first}`);
      console.log(`  re-scan after 50 appended: ${r.again}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
