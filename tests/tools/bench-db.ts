/**
 * The case store at scale, in Chromium with the built extension and real IndexedDB
 * (run `npx wxt build` first). Seeds N cases (default 100,000) in the dashboard page
 * through raw IndexedDB, then prints: an indexed filtered page (raw index read and
 * through the dashboard), the dashboard's first render, one search keystroke, CSV /
 * XLSX / JSON exports against a raw cursor read of the same rows (with peak JS heap),
 * and merging a 10,000-case JSON log (time and the page's longest task).
 * BENCH_RUNS repeats the timed steps (medians are printed). Prints figures only.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Download, Page } from 'playwright-core';
import { launch } from './browser';

const N = Number(process.env.BENCH_CASES ?? 100_000);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (xs: number[], unit = 'ms') =>
  `${median(xs).toFixed(0)} ${unit} (median of ${xs.length}: ${xs.map((x) => x.toFixed(0)).join(', ')})`;
const tmp = mkdtempSync(join(tmpdir(), 'defuse-bench-db-'));
/** BENCH_PROFILE=1: a JS sampling profile of the exports and the merge, top functions by self time. */
const PROFILE = process.env.BENCH_PROFILE === '1';

interface ProfileNode {
  id: number;
  hitCount?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
async function profiled<T>(cdp: CDPSession, label: string, act: () => Promise<T>): Promise<T> {
  if (!PROFILE) return act();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const out = await act();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[] };
  };
  const self = new Map<string, number>();
  let all = 0;
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (n.hitCount ?? 0));
    all += n.hitCount ?? 0;
  }
  console.log(`  profile of ${label} (self time, top 12 of ${all} samples):`);
  for (const [name, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`    ${((100 * hits) / all).toFixed(1).padStart(5)}%  ${name}`);
  return out;
}

// Long tasks and the first case row on screen, recorded by the page itself.
const PROBE = () => {
  const w = window as unknown as { __longest: number; __firstRow?: number };
  w.__longest = 0;
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long-task API */
  }
  const mo = new MutationObserver(() => {
    if (document.querySelector('[data-testid="case-row"]')) {
      w.__firstRow = performance.now();
      mo.disconnect();
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    mo.observe(document.body, { childList: true, subtree: true }),
  );
};

/** Seeds N cases in the dashboard's database (the page has it open). Returns the ms taken. */
function seed(page: Page): Promise<number> {
  // Seed through raw IndexedDB in the schema the dashboard just opened, the cases
  // generated in the page: one relaxed-durability transaction per 20,000 cases,
  // no await and no handler per row (the bulkPut pattern).
  return page.evaluate(async (n) => {
    const t0 = performance.now();
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('defuse');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const sites = ['amazon', 'ebay', 'taobao'];
    const statuses = ['new', 'contacted', 'remedy_offered', 'resolved', 'review_updated', 'closed'];
    const causes = ['quality', 'logistics', 'service', 'not_as_described'];
    const start0 = Date.UTC(2026, 0, 1);
    const BATCH = 20_000;
    for (let start = 0; start < n; start += BATCH) {
      await new Promise<void>((res, rej) => {
        const tx = db.transaction(['cases', 'log'], 'readwrite', { durability: 'relaxed' });
        const cs = tx.objectStore('cases');
        const log = tx.objectStore('log');
        for (let i = start; i < Math.min(n, start + BATCH); i++) {
          const site = sites[i % 3]!;
          const status = statuses[i % 6]!;
          const createdAt = start0 + i * 180_000;
          const id = `${site}:X${i}`;
          const body = `Case ${i}: the item broke after ${i % 9} days, 质量太差 order ${100 + (i % 900)}`;
          const done = ['review_updated', 'closed'].includes(status);
          cs.put({
            id,
            site,
            host: 'seller.example',
            pageKind: 'reviews',
            externalId: `X${i}`,
            kind: 'reviews',
            orderId: `111-${i}`,
            buyer: `Buyer ${i % 5000}`,
            product: { id: `P${i % 200}`, name: `Product ${i % 200}` },
            rating: 1 + (i % 2),
            status,
            remedies: i % 4 ? [] : ['refund'],
            owner: `Agent ${i % 7}`,
            notes: i % 10 ? '' : 'called back',
            createdAt,
            updatedAt: createdAt + 3_600_000,
            buyerAt: createdAt - 600_000,
            firstResponseAt: status === 'new' ? undefined : createdAt + (i % 40) * 3_600_000,
            dueAt: done ? undefined : createdAt + 86_400_000,
            dueKind: done ? undefined : 'first_reply',
            pageUrl: 'https://sellercentral.amazon.com/brand-customer-reviews/',
            item: { externalId: `X${i}`, kind: 'reviews', body, replyable: false, rating: 1 },
            language: 'en',
            sentiment: 'negative',
            anger: 1,
            causes: [causes[i % 4]],
            flags: i % 50 ? [] : ['extortion'],
            steps: { analyse: 'done' },
            stamps: {},
            terms: [`x${i}`, 'case', String(i), 'item', 'broke', 'buyer', '质量', '量太', '太差'],
          });
          log.put({ id: `${id}|o`, caseId: id, at: createdAt, type: 'opened' });
          log.put({
            id: `${id}|s`,
            caseId: id,
            at: createdAt + 1,
            type: 'step_done',
            detail: 'analyse',
          });
        }
        tx.oncomplete = () => res();
        tx.onerror = () => rej(tx.error);
      });
    }
    db.close();
    return performance.now() - t0;
  }, N);
}

/** Bump when the seeded cases change, so a kept profile is seeded again. */
const SEED_REV = 1;

async function benchDb(): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'defuse-bench-profile-'));
  let b = await launch({ headless: true, userDataDir: profile });
  await b.context.addInitScript(PROBE);
  let page = await b.context.newPage();
  await page.goto(b.extensionUrl('dashboard.html'));
  await page.getByTestId('empty-state').waitFor({ timeout: 20_000 });
  // The floor on this machine: an empty dashboard (the bundle loaded, one count).
  const t0 = performance.now();
  await page.reload();
  await page.getByTestId('empty-state').waitFor({ timeout: 20_000 });
  console.log(`empty dashboard ready (load floor): ${(performance.now() - t0).toFixed(0)} ms`);

  // A seeded profile is kept between runs (BENCH_SEED_CACHE=0: seed afresh), keyed
  // by the case count, the database version and the seed's own revision.
  const version = await page.evaluate(
    () =>
      new Promise<number>((res) => {
        const r = indexedDB.open('defuse');
        r.onsuccess = () => {
          res(r.result.version);
          r.result.close();
        };
      }),
  );
  const key = JSON.stringify({ n: N, version, seed: SEED_REV });
  const cache =
    process.env.BENCH_SEED_CACHE === '0' ? undefined : join(tmpdir(), `defuse-bench-seeded-${N}`);
  const marker = cache && join(cache, 'key.json');
  const cached = !!marker && existsSync(marker) && readFileSync(marker, 'utf8') === key;
  let seedMs = 0;
  const tc = performance.now();
  if (!cached) seedMs = await seed(page);
  await b.close();
  if (cache && !cached) {
    rmSync(cache, { recursive: true, force: true });
    cpSync(profile, join(cache, 'profile'), { recursive: true });
    writeFileSync(marker!, key);
  } else if (cache) {
    rmSync(profile, { recursive: true, force: true });
    cpSync(join(cache, 'profile'), profile, { recursive: true });
  }
  b = await launch({ headless: true, userDataDir: profile });
  await b.context.addInitScript(PROBE);
  page = await b.context.newPage();
  await page.goto(b.extensionUrl('dashboard.html'));
  console.log(
    cached
      ? `cases: ${N} (seeded profile from ${cache}, copied in ${((performance.now() - tc) / 1000).toFixed(1)} s, 2 events each)`
      : `cases: ${N} (seeded in ${(seedMs / 1000).toFixed(1)} s, 2 events each)`,
  );

  const cdp = await b.context.newCDPSession(page);
  const heap = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;
  /** Runs `act` while sampling the JS heap; returns [ms, base MB, peak MB]. */
  const withHeap = async (act: () => Promise<unknown>) => {
    await cdp.send('HeapProfiler.collectGarbage');
    const base = await heap();
    let peak = base;
    const sampler = setInterval(() => void heap().then((h) => (peak = Math.max(peak, h))), 50);
    const t = performance.now();
    await act();
    const ms = performance.now() - t;
    clearInterval(sampler);
    return [ms, base, Math.max(peak, await heap())] as const;
  };

  // 1. An indexed filtered page, raw: the [site+createdAt] index, newest first, 100 rows.
  const raw = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res) => {
      const r = indexedDB.open('defuse');
      r.onsuccess = () => res(r.result);
    });
    const times: number[] = [];
    // Ten reads 300 ms apart: the first ones after a launch (or a seeding) wait on the
    // store's own start-up work, the later ones are what an agent's clicks see.
    for (let k = 0; k < 10; k++) {
      if (k) await new Promise((r) => setTimeout(r, 300));
      const t = performance.now();
      await new Promise<void>((res) => {
        const idx = db.transaction('cases').objectStore('cases').index('[site+createdAt]');
        const req = idx.getAll({
          query: IDBKeyRange.bound(['ebay', 0], ['ebay', Infinity]),
          count: 100,
          direction: 'prev',
        } as unknown as IDBKeyRange);
        req.onsuccess = () => res();
      });
      times.push(performance.now() - t);
    }
    db.close();
    return times;
  });
  console.log(
    `indexed filtered page, raw index read (100 rows, [site+createdAt]): first ${raw[0]!.toFixed(0)} ms, then ${fmt(raw.slice(5))} (all: ${raw.map((x) => x.toFixed(0)).join(', ')})`,
  );

  // 2. The dashboard's first render: navigation start to the first case row on
  // screen, the page's own marks (shell mounted, first page of rows), and the full
  // KPI pass after it, with the longest task from navigation to its end.
  const first: number[] = [];
  const shell: number[] = [];
  const kpi: number[] = [];
  const loadLong: number[] = [];
  const mark = (p: Page, name: string) =>
    p.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN, name);
  for (let r = 0; r < RUNS; r++) {
    await page.goto(b.extensionUrl('dashboard.html'));
    await page.getByTestId('case-row').first().waitFor({ timeout: 60_000 });
    first.push(await page.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow));
    shell.push(await mark(page, 'defuse:shell'));
    await page.locator('[data-testid="kpis"][data-complete="true"]').waitFor({ timeout: 600_000 });
    kpi.push(await mark(page, 'defuse:kpis-full'));
    loadLong.push(
      await page.evaluate(() => (window as unknown as { __longest: number }).__longest),
    );
  }
  console.log(`dashboard first render (navigation → first case row): ${fmt(first)}`);
  console.log(`  of which the shell mounted (navigation → React's first commit): ${fmt(shell)}`);
  console.log(
    `  first case row after the shell (the data part): ${fmt(first.map((f, i) => f - shell[i]!))}`,
  );
  console.log(`dashboard full KPI pass done (navigation → charts): ${fmt(kpi)}`);
  console.log(`  longest task from navigation to the full KPIs: ${fmt(loadLong)}`);
  console.log(`case rows in the DOM: ${await page.locator('[data-testid="case-row"]').count()}`);

  /** Time from an input to the table showing its first row matching `expect`. */
  const until = async (p: Page, act: () => Promise<unknown>, prefix: string) => {
    await p.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
    const t = performance.now();
    await act();
    await p.waitForFunction(
      (pre) =>
        document
          .querySelector('[data-testid="case-row"]')
          ?.getAttribute('data-case-id')
          ?.startsWith(pre),
      prefix,
      { polling: 'raf', timeout: 120_000 },
    );
    return performance.now() - t;
  };

  // 3. The same page through the dashboard: choosing a marketplace to its rows on
  // screen, and the indexed page read itself (casePage, timed by the table).
  const uiPage: number[] = [];
  const libPage: number[] = [];
  const lastPage = () =>
    page.evaluate(() => performance.getEntriesByName('defuse:page').at(-1)?.duration ?? NaN);
  for (let r = 0; r < RUNS; r++) {
    uiPage.push(
      await until(page, () => page.getByTestId('filter-site').selectOption('ebay'), 'ebay:'),
    );
    libPage.push(await lastPage());
    await until(page, () => page.getByTestId('filter-site').selectOption('taobao'), 'taobao:');
    libPage.push(await lastPage());
  }
  console.log(
    `indexed filtered page, casePage() in the dashboard (100 rows, one marketplace): ${fmt(libPage)}`,
  );
  console.log(
    `indexed filtered page, dashboard (select eBay → its rows on screen): ${fmt(uiPage)}`,
  );
  await page.getByTestId('filter-site').selectOption('');

  // 4. One search keystroke: "x4242" typed, the last key to the matching rows.
  const keys: number[] = [];
  const search = page.getByTestId('filter-search');
  for (let r = 0; r < RUNS; r++) {
    const id = 4242 + r * 1111;
    await search.fill(`x${String(id).slice(0, -1)}`);
    await page.waitForTimeout(300);
    keys.push(
      await until(
        page,
        () => search.press(String(id).slice(-1)),
        `${['amazon', 'ebay', 'taobao'][id % 3]}:X${id}`,
      ),
    );
  }
  const keyLong = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  console.log(
    `one search keystroke (to the matching row): ${fmt(keys)}, longest task ${keyLong.toFixed(0)} ms`,
  );
  // A one-letter search: a bounded read of the terms index, said to be partial.
  const one: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    await search.fill('');
    await page
      .getByTestId('case-count')
      .and(page.locator(`[data-value="${N}"]`))
      .waitFor();
    const t = performance.now();
    await search.fill('x');
    await page.locator('[data-testid="case-count"][data-partial="true"]').waitFor({
      timeout: 120_000,
    });
    await page.getByTestId('case-row').first().waitFor();
    one.push(performance.now() - t);
  }
  console.log(
    `one-letter search "x" (to its rows, marked partial: ${await page.getByTestId('case-count').textContent()}): ${fmt(one)}`,
  );
  await search.fill('');
  await page
    .getByTestId('case-count')
    .and(page.locator(`[data-value="${N}"]`))
    .waitFor();

  // 5. Exports of all cases vs a raw cursor read of the same rows. The machine's
  // load changes by the minute, so each export is paired with a raw read just
  // before it and the ratio taken per pair.
  const rawReadOnce = () =>
    page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((res) => {
        const r = indexedDB.open('defuse');
        r.onsuccess = () => res(r.result);
      });
      const t0 = performance.now();
      let n = 0;
      await new Promise<void>((res) => {
        const req = db.transaction('cases').objectStore('cases').openCursor();
        req.onsuccess = () => {
          const c = req.result;
          if (c) {
            n += (c.value as { id: string }).id.length;
            c.continue();
          } else res();
        };
      });
      db.close();
      return performance.now() - t0 + n * 0;
    });
  const rawRead: number[] = [];
  const exportOf = async (format: 'csv' | 'xlsx' | 'json', runs: number) => {
    const ms: number[] = [];
    const peaks: number[] = [];
    let base = 0;
    let size = 0;
    let file = '';
    const ratios: number[] = [];
    for (let r = 0; r < runs; r++) {
      const raw = await rawReadOnce();
      rawRead.push(raw);
      let d: Download | undefined;
      const [t, b0, peak] = await withHeap(() =>
        profiled(cdp, `the ${format} export`, async () => {
          [d] = await Promise.all([
            page.waitForEvent('download', { timeout: 600_000 }),
            page.getByTestId(`export-${format}`).click(),
          ]);
        }),
      );
      file = join(tmp, `export-${r}.${format}`);
      await d!.saveAs(file);
      size = statSync(file).size;
      ms.push(t);
      ratios.push(t / raw);
      peaks.push(peak);
      base = b0;
      await page.getByTestId(`export-${format}`).and(page.locator(':enabled')).waitFor();
    }
    return { ms, ratios, peak: median(peaks), base, size, file };
  };
  for (const format of ['csv', 'xlsx', 'json'] as const) {
    const e = await exportOf(format, format === 'csv' ? RUNS : 1);
    console.log(
      `${format.toUpperCase()} export of ${N}: ${fmt(e.ms)} = ${median(e.ratios).toFixed(2)}× the raw read just before it (ratios ${e.ratios.map((x) => x.toFixed(2)).join(', ')}); JS heap ${e.base.toFixed(0)} → peak ${e.peak.toFixed(0)} MB; file ${(e.size / 1048576).toFixed(1)} MB`,
    );
  }
  console.log(`raw cursor reads of all cases (paired above): ${fmt(rawRead)}`);

  // 6. Merge a 10,000-case JSON log (exported from a filtered view) into a fresh browser.
  await page.getByTestId('filter-from').fill('2026-01-01');
  await page.getByTestId('filter-to').fill('2026-01-21');
  await page.waitForFunction(() => {
    const v = document.querySelector('[data-testid="case-count"]')?.getAttribute('data-value');
    return v && Number(v) > 0 && Number(v) < 20_000;
  });
  const count = await page.getByTestId('case-count').getAttribute('data-value');
  const [json] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    page.getByTestId('export-json').click(),
  ]);
  const jsonPath = join(tmp, 'log.json');
  await json.saveAs(jsonPath);
  await b.close();
  rmSync(profile, { recursive: true, force: true });

  const b2 = await launch({ headless: true });
  await b2.context.addInitScript(PROBE);
  const p2 = await b2.context.newPage();
  await p2.goto(b2.extensionUrl('dashboard.html'));
  await p2.getByTestId('empty-state').waitFor({ timeout: 20_000 });
  await p2.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
  const cdp2 = await b2.context.newCDPSession(p2);
  let t = performance.now();
  await profiled(cdp2, 'reading the log', async () => {
    await p2.getByTestId('import-file').setInputFiles(jsonPath);
    await p2.getByTestId('import-preview').waitFor({ timeout: 600_000 });
  });
  const previewMs = performance.now() - t;
  const previewLong = await p2.evaluate(
    () => (window as unknown as { __longest: number }).__longest,
  );
  t = performance.now();
  await profiled(cdp2, 'the merge', async () => {
    await p2.getByTestId('import-apply').click();
    await p2.getByTestId('notice').waitFor({ timeout: 600_000 });
  });
  const mergeMs = performance.now() - t;
  // The dashboard refreshes after the merge: its longest task counts too.
  await p2.locator('[data-testid="kpis"][data-complete="true"]').waitFor({ timeout: 600_000 });
  const longest = await p2.evaluate(() => (window as unknown as { __longest: number }).__longest);
  console.log(
    `import/merge of ${count} cases (${(statSync(jsonPath).size / 1048576).toFixed(1)} MB): read + validate + preview ${previewMs.toFixed(0)} ms, merge ${mergeMs.toFixed(0)} ms; longest task while reading ${previewLong.toFixed(0)} ms, overall (merge and refresh included) ${longest.toFixed(0)} ms`,
  );
  await b2.close();
  rmSync(tmp, { recursive: true, force: true });
}

await benchDb();
