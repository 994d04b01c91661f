/**
 * Render → item in the open side panel on the 100-row Taobao practice page, in Chromium with
 * the built extension (`npx wxt build` first), as the e2e probe measures it (tests/e2e/taobao.e2e.ts),
 * split at the moment the background's push is heard in the panel. Prints figures only.
 *
 * The machine is shared and its load swings within a minute, so a change is judged against
 * another build in the same run: `BASE=/path/to/other/.output/chrome-mv3` runs both browsers
 * side by side and alternates their rounds (ABBA), so both see the same load.
 *   RUNS=15 BASE=/tmp/base/.output/chrome-mv3 npx tsx tests/tools/bench-render-to-panel.ts
 */
import { loadavg } from 'node:os';
import { EXTENSION_DIR, launch, practicePages } from './browser';

const RUNS = Number(process.env.RUNS ?? 9);
const page = practicePages().find((x) => x.file === 'taobao/reviews-100.html');
if (!page) throw new Error('taobao/reviews-100.html is not a practice page');
const ROW = '[data-testid="detected-item"][data-external-id^="390000000000001"]';

async function open(extensionDir: string) {
  const b = await launch({ headless: true, extensionDir });
  const panel = await b.context.newPage();
  await panel.goto(b.extensionUrl('sidepanel.html'));
  await panel.locator('h1').waitFor();
  const host = await b.context.newPage();
  return { b, panel, host };
}
type Session = Awaited<ReturnType<typeof open>>;

/** One round: [render → row in the panel, render → push heard (undefined: none heard)]. */
async function round({ panel, host }: Session): Promise<[number, number | undefined]> {
  // Strings: tsx would wrap inner functions in a __name() the page does not have.
  await panel.evaluate(`(() => {
    window.__pushed = undefined;
    const ch = new BroadcastChannel('defuse-page-push');
    ch.onmessage = (e) => {
      const items = e.data && e.data.snapshot ? e.data.snapshot.items : [];
      if (items.some((it) => it.externalId.startsWith('390000000000001'))) {
        ch.close();
        window.__pushed = performance.timeOrigin + performance.now();
      }
    };
    window.__seen = new Promise((res) => {
      const mo = new MutationObserver(() => {
        if (document.querySelector('${ROW}')) { mo.disconnect(); res(performance.timeOrigin + performance.now()); }
      });
      mo.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    return 0;
  })()`);
  await host.bringToFront();
  await host.goto(page!.url);
  await host.waitForFunction(() => (window as { __renderedAt?: number }).__renderedAt);
  const rendered = (await host.evaluate('window.__renderedAt')) as number;
  const seen = (await panel.evaluate('window.__seen')) as number;
  const pushed = (await panel.evaluate('window.__pushed')) as number | undefined;
  await host.goto('about:blank');
  await panel.waitForFunction((row) => !document.querySelector(row), ROW, { timeout: 10_000 });
  return [seen - rendered, pushed === undefined ? undefined : pushed - rendered];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(0));

const builds: [string, string][] = [['this build', EXTENSION_DIR]];
if (process.env.BASE) builds.push(['base', process.env.BASE]);
const sessions = await Promise.all(builds.map(([, dir]) => open(dir)));
const results = builds.map(() => [] as [number, number | undefined][]);
const load = [loadavg()[0]!];
try {
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? sessions.map((_, k) => k) : sessions.map((_, k) => k).reverse();
    for (const k of order) results[k]!.push(await round(sessions[k]!));
    load.push(loadavg()[0]!);
  }
} finally {
  await Promise.all(sessions.map((s) => s.b.close()));
}
builds.forEach(([name], k) => {
  const r = results[k]!;
  const pushes = r.map((x) => x[1]).filter((x): x is number => x !== undefined);
  const rest = r.filter((x) => x[1] !== undefined).map((x) => x[0] - x[1]!);
  console.log(
    `${name}: render → row ${fmt(median(r.map((x) => x[0])))} ms median of ${r.length} (first ${fmt(r[0]?.[0])}); render → push heard ${fmt(median(pushes))}, push → row ${fmt(median(rest))}; rounds: ${r.map((x) => fmt(x[0])).join(', ')}`,
  );
});
console.log(`1-min load average during the run: ${load.map((x) => x.toFixed(1)).join(' → ')}`);
