/**
 * A/B of extract() in CPU time, for a machine too loaded for wall-clock figures (other processes
 * take the CPU from the page's thread mid-task, which bench-ab.ts's timings then include). A git
 * revision's readers (A, default HEAD) and the working tree's (B) in one page, alternated with a
 * bare TreeWalker pass; each call's main-thread CPU time (the trace's thread duration of its
 * task), the least over `rounds`. `npx tsx tests/tools/bench-ab-cpu.ts [rev] [site] [n] [rounds]`.
 */
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { READERS, ROOT, bundleIife, checkoutLib } from './ab-lib';
import { ensureChromium } from './chromium';
import { SITES } from './bench-content';

const rev = process.argv[2] || 'HEAD';
const only = process.argv[3];
const n = Number(process.argv[4] ?? 1000);
const rounds = Number(process.argv[5] ?? 15);
const base = checkoutLib(rev, '.abc-base');

const bundle = (dir: string, name: string) =>
  bundleIife(dir, `${READERS}\n window.${name} = adapters;`);

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { message?: string } };
}

const [a, b] = [await bundle(base, '__A'), await bundle(ROOT, '__B')];
rmSync(base, { recursive: true, force: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true });
try {
  for (const site of SITES) {
    if (only && site.id !== only) continue;
    const page = await (await browser.newContext()).newPage();
    await site.load(page, n);
    await page.addScriptTag({ content: a });
    await page.addScriptTag({ content: b });
    await page.evaluate(`(() => {
      const id = ${JSON.stringify(site.id)}, u = new URL(location.href);
      window.__run = {
        A: () => __A[id].extract(document, u),
        B: () => __B[id].extract(document, u),
        W: () => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let l = 0; while (w.nextNode()) l += w.currentNode.nodeValue.length; return l; },
      };
      window.__same = JSON.stringify(__run.A()) === JSON.stringify(__run.B());
      for (let i = 0; i < 3; i++) { __run.A(); __run.B(); __run.W(); }
    })()`);
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
    for (let r = 0; r < rounds; r++) {
      // (void: a snapshot handed back to Node would be serialised in the task too)
      for (const k of r % 2 ? ['B', 'A', 'W'] : ['A', 'B', 'W']) {
        await page.evaluate(`console.timeStamp('ab:${k}'), void __run.${k}()`);
      }
    }
    const raw = await browser.stopTracing();
    const same = (await page.evaluate('window.__same')) as boolean;
    await page.close();
    const ev = (JSON.parse(raw.toString('utf8')) as { traceEvents: Ev[] }).traceEvents
      .filter((e) => e.ph === 'X' || e.ph === 'I' || e.ph === 'R')
      .sort((p, q) => p.ts - q.ts);
    const cpu: Record<string, number[]> = { A: [], B: [], W: [] };
    for (let i = 0; i < ev.length; i++) {
      const e = ev[i]!;
      const m = e.name === 'TimeStamp' ? /^ab:(\w)$/.exec(e.args?.data?.message ?? '') : null;
      if (!m) continue;
      // the task around the stamp, on the same thread
      let task: Ev | undefined;
      for (let j = i - 1; j >= 0; j--) {
        const t = ev[j]!;
        if (
          t.tid === e.tid &&
          t.pid === e.pid &&
          /(?:^|::)RunTask$/.test(t.name) &&
          t.ts + (t.dur ?? 0) >= e.ts
        ) {
          task = t;
          break;
        }
      }
      if (task?.tdur !== undefined) cpu[m[1]!]!.push(task.tdur / 1000);
    }
    const min = (xs: number[]) => Math.min(...xs);
    const [ca, cb, cw] = [min(cpu.A!), min(cpu.B!), min(cpu.W!)];
    console.log(
      `${site.id} ${n} (CPU, least of ${cpu.A!.length}): old ${ca.toFixed(2)} ms (${(ca / cw).toFixed(1)}× walk), new ${cb.toFixed(2)} ms (${(cb / cw).toFixed(1)}× walk), walk ${cw.toFixed(2)} ms, new/old ${(cb / ca).toFixed(2)}; same snapshot: ${same}`,
    );
  }
} finally {
  await browser.close();
}
