/**
 * A/B of the running controller's longest main-thread task on a 10,000-item page (the run of
 * bench-content.ts): a git revision's lib (A, default HEAD) and the working tree's (B), alternated
 * in one browser, `runs` times each, so the machine's load hits both alike. Each run prints its
 * longest task and what ran in the three longest (GC, function calls), from a Chromium trace.
 * `npx tsx tests/tools/bench-longtask.ts [rev] [amazon|ebay|taobao] [runs] [n]`.
 */
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { READERS, ROOT, bundleIife, checkoutLib } from './ab-lib';
import { ensureChromium } from './chromium';
import { SITES } from './bench-content';

const rev = process.argv[2] ?? 'HEAD';
const only = process.argv[3];
const runs = Number(process.argv[4] ?? 2);
const n = Number(process.argv[5] ?? 10000);
const base = checkoutLib(rev, '.lt-base');

const bundle = (dir: string) =>
  bundleIife(
    dir,
    `${READERS}\n import { startController } from './lib/content/controller';\n window.__lt = { adapters, startController };`,
    !process.env.PROFILE,
  );

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** thread (CPU) time: wall time less what the OS gave other processes */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { functionName?: string } };
}

interface Profile {
  nodes: {
    id: number;
    callFrame: { functionName: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** The functions with the most samples (self, and inclusive) between two trace times. */
function profileOf(p: Profile, from: number, to: number): string {
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const parent = new Map<number, number>();
  for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let t = p.startTime;
  let k = 0;
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anon)'}:${f.lineNumber + 1}`;
  };
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    if (t < from || t > to) continue;
    k++;
    const s = p.samples[i]!;
    self.set(name(s), (self.get(name(s)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let id: number | undefined = s; id !== undefined; id = parent.get(id)) seen.add(name(id));
    for (const x of seen) incl.set(x, (incl.get(x) ?? 0) + 1);
  }
  const top = (m: Map<string, number>, c: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, c)
      .map(([x, v]) => `${x} ${((v / Math.max(1, k)) * 100).toFixed(0)}%`)
      .join(', ');
  return `    ${k} samples; self: ${top(self, 8)}\n    incl: ${top(incl, 14)}`;
}

const codes: [string, string][] = [
  ['A', await bundle(base)],
  ['B', await bundle(ROOT)],
];
rmSync(base, { recursive: true, force: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true });
try {
  for (const site of SITES) {
    if (only && site.id !== only) continue;
    const longest: Record<string, number[]> = { A: [], B: [] };
    const cpuLongest: Record<string, number[]> = { A: [], B: [] };
    const heaps: Record<string, number[]> = { A: [], B: [] };
    for (let run = 0; run < runs; run++) {
      for (const [label, code] of run % 2 ? [...codes].reverse() : codes) {
        const page = await (await browser.newContext()).newPage();
        await site.load(page, n);
        await page.addScriptTag({ content: code });
        const adds = Array.from({ length: 11 }, (_, i) => site.appendJs(100 + i, 1));
        await page.evaluate(
          'document.body.getBoundingClientRect(), new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))',
        );
        const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : undefined;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp.send('Profiler.start');
        }
        await browser.startTracing(page, {
          categories: ['toplevel', 'devtools.timeline', 'v8', 'disabled-by-default-v8.gc'],
        });
        await page.evaluate(`(async () => {
          const d = window.__lt;
          let done = 0;
          const t0 = performance.now();
          const c = d.startController({
            adapter: d.adapters[${JSON.stringify(site.id)}],
            doc: document,
            location: () => location.href,
            send: (m) => {
              JSON.stringify(m);
              if (m.type === 'snapshot-patch' && m.complete && !done) done = performance.now();
              return new Promise((r) => setTimeout(() => r({ ok: true }), 0));
            },
            settleMs: 0,
          });
          await new Promise((r) => setTimeout(r, 50));
          await c.idle();
          window.__c = c;
          window.__done = done - t0;
        })()`);
        // what the page's JS heap holds after the first delivery, garbage collected
        const heapCdp = await page.context().newCDPSession(page);
        await heapCdp.send('HeapProfiler.collectGarbage');
        const heap = ((await heapCdp.send('Runtime.getHeapUsage')) as { usedSize: number })
          .usedSize;
        await heapCdp.detach();
        heaps[label]!.push(heap / 1e6);
        await page.evaluate(`(async () => {
          const c = window.__c;
          for (const js of ${JSON.stringify(adds)}) {
            await new Promise((r) => setTimeout(r, 150));
            (0, eval)(js);
            await new Promise((r) => setTimeout(r, 30));
            await c.idle();
          }
          c.stop();
        })()`);
        const first = (await page.evaluate('window.__done')) as number;
        const raw = await browser.stopTracing();
        const prof = cdp
          ? ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile
          : undefined;
        await page.close();
        const trace = JSON.parse(raw.toString('utf8')) as { traceEvents: Ev[] };
        const main = new Set(
          trace.traceEvents
            .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
            .map((e) => `${e.pid}:${e.tid}`),
        );
        const ev = trace.traceEvents
          .filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`))
          .sort((a, b) => a.ts - b.ts);
        const JS =
          /^(?:FunctionCall|TimerFire|RunMicrotasks|FireAnimationFrame|EventDispatch|v8\.callFunction)$/;
        const tasks: { ms: number; cpu: number; what: string; ts: number; end: number }[] = [];
        for (let i = 0; i < ev.length; i++) {
          const t = ev[i]!;
          if (!/(?:^|::)RunTask$/.test(t.name)) continue;
          const end = t.ts + (t.dur ?? 0);
          let js = false;
          const inner = new Map<string, number>();
          for (let j = i + 1; j < ev.length && ev[j]!.ts <= end; j++) {
            const e = ev[j]!;
            if (JS.test(e.name)) js = true;
            if (/GC|Scavenge|Mark|Sweep/i.test(e.name) || JS.test(e.name))
              inner.set(e.name, (inner.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
          }
          if (!js) {
            if (process.env.NOJS && (t.dur ?? 0) > 5000) {
              const names = new Set<string>();
              for (let j = i + 1; j < ev.length && ev[j]!.ts <= end; j++) names.add(ev[j]!.name);
              console.log(
                `    no-JS task ${((t.dur ?? 0) / 1000).toFixed(1)} ms (cpu ${((t.tdur ?? 0) / 1000).toFixed(1)}): ${[...names].slice(0, 12).join(', ')}`,
              );
            }
            continue;
          }
          const what = [...inner]
            .sort((p, q) => q[1] - p[1])
            .slice(0, 4)
            .map(([k, v]) => `${k} ${v.toFixed(1)}`)
            .join(', ');
          tasks.push({ ms: (t.dur ?? 0) / 1000, cpu: (t.tdur ?? 0) / 1000, what, ts: t.ts, end });
        }
        tasks.sort((p, q) => q.ms - p.ms);
        // the GC's own events on the main thread (top-level ones: nested phases not counted twice)
        const gc = new Map<string, { n: number; ms: number; cpu: number }>();
        for (const e of ev) {
          if (
            !/^(?:MinorGC|MajorGC|V8\.GCScavenger|V8\.GCIncrementalMarking|V8\.GCFinalizeMC|V8\.GCIncrementalMarkingStart|V8\.GCIncrementalMarkingFinalize|V8\.GCCompactor)$/.test(
              e.name,
            )
          )
            continue;
          const g = gc.get(e.name) ?? { n: 0, ms: 0, cpu: 0 };
          g.n++;
          g.ms += (e.dur ?? 0) / 1000;
          g.cpu += (e.tdur ?? 0) / 1000;
          gc.set(e.name, g);
        }
        const cpuAll = tasks.reduce((a, t) => a + t.cpu, 0);
        console.log(
          `  ${site.id} ${label}: JS tasks ${tasks.length}, CPU ${cpuAll.toFixed(0)} ms; GC ${[
            ...gc,
          ]
            .map(([k, g]) => `${k} ×${g.n} ${g.ms.toFixed(0)} ms (cpu ${g.cpu.toFixed(0)})`)
            .join(', ')}`,
        );
        longest[label]!.push(tasks[0]?.ms ?? 0);
        const byCpu = [...tasks].sort((p, q) => q.cpu - p.cpu);
        cpuLongest[label]!.push(byCpu[0]?.cpu ?? 0);
        console.log(
          `${site.id} ${label} run ${run + 1}: first delivery ${first.toFixed(0)} ms, ${tasks.filter((t) => t.ms > 50).length} over 50 ms; longest ${tasks
            .slice(0, 3)
            .map((t) => `${t.ms.toFixed(0)} ms (cpu ${t.cpu.toFixed(0)}) [${t.what}]`)
            .join('; ')}`,
        );
        if (prof) for (const t of tasks.slice(0, 3)) console.log(profileOf(prof, t.ts, t.end));
      }
    }
    const f = (xs: number[]) => xs.map((x) => x.toFixed(0)).join('/');
    console.log(
      `${site.id}: longest task A ${f(longest.A!)} ms, B ${f(longest.B!)} ms; longest in CPU time A ${f(cpuLongest.A!)} ms, B ${f(cpuLongest.B!)} ms; JS heap after the first delivery A ${f(heaps.A!)} MB, B ${f(heaps.B!)} MB`,
    );
  }
} finally {
  await browser.close();
}
