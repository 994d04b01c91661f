/**
 * The case store at scale, in Chromium with the built extension and real IndexedDB
 * (run `npx wxt build` first). Seeds N cases (default 100,000) through raw IndexedDB,
 * then prints: an indexed filtered page read, the dashboard's first render, CSV export
 * vs a raw cursor read (with peak JS heap), and merging a 10,000-case JSON log.
 * Prints figures only.
 */
import { readFileSync } from 'node:fs';
import { launch } from './browser';

const N = Number(process.env.BENCH_CASES ?? 100_000);
const b = await launch({ headless: true });
const page = await b.context.newPage();
await page.goto(b.extensionUrl('dashboard.html'));
await page.getByTestId('empty-state').waitFor({ timeout: 20_000 });

// Seed through raw IndexedDB in the schema the dashboard just opened.
await page.evaluate(async (n) => {
  const db = await new Promise<IDBDatabase>((res, rej) => {
    const r = indexedDB.open('defuse');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  const sites = ['amazon', 'ebay', 'taobao'];
  const statuses = ['new', 'contacted', 'remedy_offered', 'resolved', 'review_updated', 'closed'];
  const causes = ['quality', 'logistics', 'service', 'not_as_described'];
  const t0 = Date.UTC(2026, 0, 1);
  for (let start = 0; start < n; start += 5000) {
    await new Promise<void>((res, rej) => {
      const tx = db.transaction(['cases', 'log'], 'readwrite');
      const cs = tx.objectStore('cases');
      const log = tx.objectStore('log');
      for (let i = start; i < Math.min(n, start + 5000); i++) {
        const site = sites[i % 3]!;
        const status = statuses[i % 6]!;
        const createdAt = t0 + i * 180_000;
        const id = `${site}:X${i}`;
        const body = `Case ${i}: the item broke after ${i % 9} days, 质量太差 order ${100 + (i % 900)}`;
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
          remedies: [],
          owner: `Agent ${i % 7}`,
          notes: i % 10 ? '' : 'called back',
          createdAt,
          updatedAt: createdAt + 3_600_000,
          buyerAt: createdAt - 600_000,
          firstResponseAt: status === 'new' ? undefined : createdAt + (i % 40) * 3_600_000,
          dueAt: ['review_updated', 'closed'].includes(status) ? undefined : createdAt + 86_400_000,
          dueKind: ['review_updated', 'closed'].includes(status) ? undefined : 'first_reply',
          pageUrl: 'https://sellercentral.amazon.com/brand-customer-reviews/',
          item: { externalId: `X${i}`, kind: 'reviews', body, replyable: false, rating: 1 },
          language: 'en',
          sentiment: 'negative',
          anger: 1,
          causes: [causes[i % 4]],
          flags: i % 50 ? [] : ['extortion'],
          steps: { analyse: 'done' },
          stamps: {},
          terms: ['case', String(i), 'item', 'broke', '质量', '量太', '太差'],
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
}, N);

const cdp = await b.context.newCDPSession(page);
const heap = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;

// 1. An indexed filtered page: what casePage() reads for "eBay", newest first, 100 rows.
const pageMs = await page.evaluate(async () => {
  const db = await new Promise<IDBDatabase>((res) => {
    const r = indexedDB.open('defuse');
    r.onsuccess = () => res(r.result);
  });
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    await new Promise<void>((res) => {
      const idx = db.transaction('cases').objectStore('cases').index('[site+createdAt]');
      const req = idx.getAll(IDBKeyRange.bound(['ebay', 0], ['ebay', Infinity]), 100);
      req.onsuccess = () => res();
    });
    times.push(performance.now() - t);
  }
  db.close();
  return times.sort((a, b) => a - b)[2]!;
});
console.log(`cases: ${N}`);
console.log(
  `indexed filtered page (100 rows, [site+createdAt]): ${pageMs.toFixed(1)} ms (median of 5)`,
);

// 2. The dashboard's first render: navigation to the first case row on screen.
let t = Date.now();
await page.goto(b.extensionUrl('dashboard.html'));
await page.getByTestId('case-row').first().waitFor({ timeout: 60_000 });
console.log(`dashboard first render (rows on screen): ${Date.now() - t} ms`);
t = Date.now();
await page
  .locator('[data-testid="kpi"][data-kpi="total"][data-value]:not([data-value=""])')
  .waitFor({ timeout: 120_000 });
console.log(`dashboard KPIs computed (streaming pass): ${Date.now() - t} ms`);
const rows = await page.locator('[data-testid="case-row"]').count();
console.log(`case rows in the DOM: ${rows}`);

// 3. CSV export vs a raw cursor read of the same rows.
const rawMs = await page.evaluate(async () => {
  const db = await new Promise<IDBDatabase>((res) => {
    const r = indexedDB.open('defuse');
    r.onsuccess = () => res(r.result);
  });
  const t0 = performance.now();
  await new Promise<void>((res) => {
    const req = db.transaction('cases').objectStore('cases').openCursor();
    req.onsuccess = () => {
      const c = req.result;
      if (c) c.continue();
      else res();
    };
  });
  db.close();
  return performance.now() - t0;
});
let peak = await heap();
const base = peak;
const sampler = setInterval(() => void heap().then((h) => (peak = Math.max(peak, h))), 100);
t = Date.now();
const [download] = await Promise.all([
  page.waitForEvent('download', { timeout: 600_000 }),
  page.getByTestId('export-csv').click(),
]);
const csvMs = Date.now() - t;
clearInterval(sampler);
const csvPath = await download.path();
console.log(`raw cursor read of all cases: ${rawMs.toFixed(0)} ms`);
console.log(
  `CSV export: ${csvMs} ms (${(csvMs / rawMs).toFixed(2)}× the raw read), JS heap ${base.toFixed(0)} → peak ${peak.toFixed(0)} MB, file ${(readFileSync(csvPath!).length / 1048576).toFixed(1)} MB`,
);

// 4. Merge a 10,000-case JSON log (exported from a filtered view) into a fresh browser.
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
const jsonPath = await json.path();
await b.close();

const b2 = await launch({ headless: true });
const p2 = await b2.context.newPage();
await p2.goto(b2.extensionUrl('dashboard.html'));
await p2.getByTestId('empty-state').waitFor({ timeout: 20_000 });
t = Date.now();
await p2.getByTestId('import-file').setInputFiles(jsonPath!);
await p2.getByTestId('import-preview').waitFor({ timeout: 600_000 });
const previewMs = Date.now() - t;
t = Date.now();
await p2.getByTestId('import-apply').click();
await p2.getByTestId('notice').waitFor({ timeout: 600_000 });
console.log(
  `import/merge of ${count} cases: read + validate + preview ${previewMs} ms, merge ${Date.now() - t} ms`,
);
await b2.close();
