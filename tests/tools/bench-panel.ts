/**
 * The side panel with 500 items, in Chromium with the built extension
 * (`npx wxt build` first): what it loads before the first render (gzip), and
 * the time from navigation to the first item and to the whole first screen of
 * the list, median of several cold loads. Prints figures only.
 */
import type { Page } from 'playwright-core';
import { launch } from './browser';
import { firstLoad } from './panel-load';
import { EXTENSION_DIR } from './browser';

const N = Number(process.env.ITEMS ?? 500);
const RUNS = Number(process.env.RUNS ?? 5);

const BODIES = [
  'The lid cracked the first time I used it and the motor smells like burning plastic.',
  '质量太差，用了三天就坏了，客服也不回复。',
  '物流太慢了，等了一个多星期才到，包装还破了。',
  'Arrived late and the box was crushed. Not happy.',
  'Great blender, works perfectly, fast shipping!',
];

/** Writes one seller tab's page record with N items straight into the extension's IndexedDB. */
function seed(page: Page, n: number) {
  return page.evaluate(
    ({ n, bodies }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('defuse');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('pages', 'readwrite');
          const items = Array.from({ length: n }, (_, i) => ({
            externalId: `R${String(i).padStart(6, '0')}BENCH`,
            kind: 'reviews',
            rating: (i % 5) + 1,
            title: `Review ${i}`,
            body: `${bodies[i % bodies.length]} (#${i})`,
            author: `Buyer ${i}`,
            replyable: false,
          }));
          tx.objectStore('pages').put({
            tabId: 4242,
            windowId: 1,
            title: 'Bench reviews',
            snapshot: {
              site: 'amazon',
              url: 'https://sellercentral.amazon.com/brand-customer-reviews/',
              pageKind: 'reviews',
              items,
              warnings: [],
            },
            updatedAt: Date.now(),
            lastActiveAt: Date.now(),
          });
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { n, bodies: BODIES },
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const b = await launch({ headless: true });
try {
  const panel = await b.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(b.extensionUrl('sidepanel.html'));
  await panel.locator('h1').waitFor();
  await seed(panel, N);
  const first: number[] = [];
  const screen: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await panel.reload();
    await panel.getByTestId('detected-item').first().waitFor({ timeout: 30_000 });
    // The first screen is complete when the item at the bottom of the viewport is there.
    // A string: tsx would wrap inner functions in a __name() the page does not have.
    const t = (await panel.evaluate(`new Promise((resolve) => {
      const firstAt = performance.now();
      const done = () => {
        const items = document.querySelectorAll('[data-testid="detected-item"]');
        const last = items[items.length - 1];
        return !last || last.getBoundingClientRect().bottom >= innerHeight || items.length >= ${N};
      };
      const tick = () => (done() ? resolve({ first: firstAt, screen: performance.now() }) : requestAnimationFrame(tick));
      tick();
    })`)) as { first: number; screen: number };
    const nav = (await panel.evaluate(
      () => performance.getEntriesByType('navigation')[0]?.startTime ?? 0,
    )) as number;
    first.push(t.first - nav);
    screen.push(t.screen - nav);
  }
  const load = firstLoad(EXTENSION_DIR);
  console.log(
    `side panel first load: ${(load.gzip / 1024).toFixed(1)} kB gzip (${(load.raw / 1024).toFixed(1)} kB raw) in ${load.files.length} files; analysis engine loads after, on demand`,
  );
  console.log(
    `first render with ${N} items: first item ${median(first).toFixed(0)} ms, first screen ${median(screen).toFixed(0)} ms after navigation (median of ${RUNS} reloads; runs: ${first.map((x) => x.toFixed(0)).join(', ')})`,
  );
} finally {
  await b.close();
}
