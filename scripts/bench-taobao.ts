/**
 * Taobao reader speed in Chromium: detect + extract of the 评价管理 practice page (100 rows, and the
 * same rows repeated to 1,000) against a bare TreeWalker text pass over the same DOM, median of
 * several runs, cold (rows never seen) and re-scan (rows unchanged). Prints figures only (`npx tsx scripts/bench-taobao.ts`).
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium';
import { practicePageHtml } from '../tests/fixtures/practice';

const URL_100 =
  'https://qn.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=1&pageSize=100';

async function readerBundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents:
        "import { taobaoAdapter } from './lib/sites/taobao-reader'; export const readTaobao = (d, u) => taobaoAdapter.extract(d, u);",
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: '__tb',
    minify: true,
    write: false,
  });
  return out.outputFiles[0]!.text;
}

export async function benchTaobao(): Promise<Record<string, number>> {
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  const page = await browser.newPage();
  await page.route('**/*', (r) =>
    new URL(r.request().url()).host === 'qn.taobao.com'
      ? r.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: practicePageHtml('taobao/reviews-100.html'),
        })
      : r.fulfill({ status: 404, body: '' }),
  );
  await page.goto(URL_100);
  await page.waitForFunction(() => document.querySelectorAll('tr.next-table-row').length === 100);
  await page.addScriptTag({ content: await readerBundle() });
  const figures: Record<string, number> = {};
  for (const rows of [100, 1000]) {
    // A string, not a function: tsx would wrap inner helpers in __name(), absent in the page.
    const r = (await page.evaluate(`(() => {
      const tbody = document.querySelector('tr.next-table-row').parentElement;
      if (${rows} > 100 && !tbody.dataset.grown) {
        const orig = Array.from(tbody.children);
        for (let k = 1; k < ${rows} / 100; k++) {
          for (const tr of orig) {
            const c = tr.cloneNode(true);
            const w = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
            for (let n = w.nextNode(); n; n = w.nextNode())
              n.nodeValue = n.nodeValue.replace(/(订单号：)(\\d+)/, (m, l, d) => l + (BigInt(d) + BigInt(k * 1000)));
            tbody.appendChild(c);
          }
        }
        tbody.dataset.grown = '1';
      }
      const url = new URL(location.href);
      // each sample repeats f until 5 ms have passed: the clock is coarse (0.1 ms)
      const median = (f) => {
        const t = [];
        for (let i = 0; i < 11; i++) {
          let k = 0;
          const t0 = performance.now();
          do { f(); k++; } while (performance.now() - t0 < 5);
          t.push((performance.now() - t0) / k);
        }
        t.sort((a, b) => a - b);
        return t[5];
      };
      let n = 0;
      const walk = () => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let len = 0;
        for (let x = w.nextNode(); x; x = w.nextNode()) len += x.nodeValue.length;
        return len;
      };
      const read = () => { n = window.__tb.readTaobao(document, url).items.length; };
      read(); walk(); // warm-up
      // cold: rows the reader has never seen (a fresh copy of the table body each time)
      const cold = [];
      for (let i = 0; i < 11; i++) {
        const body = document.querySelector('tr.next-table-row').parentElement;
        body.replaceWith(body.cloneNode(true));
        const t0 = performance.now();
        read();
        cold.push(performance.now() - t0);
      }
      cold.sort((a, b) => a - b);
      return { walk: median(walk), read: cold[5], warm: median(read), items: n };
    })()`)) as { walk: number; read: number; warm: number; items: number };
    figures[`taobao_extract_${rows}_ms`] = r.read;
    figures[`taobao_treewalker_${rows}_ms`] = r.walk;
    figures[`taobao_extract_${rows}_ratio`] = r.read / r.walk;
    figures[`taobao_extract_${rows}_items`] = r.items;
    figures[`taobao_rescan_${rows}_ms`] = r.warm;
    figures[`taobao_rescan_${rows}_ratio`] = r.warm / r.walk;
  }
  await browser.close();
  return figures;
}

/** Prints the figures of `benchTaobao()`, one line per page size. */
export function printTaobao(f: Record<string, number>): void {
  for (const rows of [100, 1000]) {
    console.log(
      `taobao 评价管理 ${rows} rows: detect+extract ${f[`taobao_extract_${rows}_ms`]!.toFixed(2)} ms ` +
        `(${f[`taobao_extract_${rows}_items`]} items) vs TreeWalker ${f[`taobao_treewalker_${rows}_ms`]!.toFixed(2)} ms ` +
        `= ${f[`taobao_extract_${rows}_ratio`]!.toFixed(1)}×; re-scan of unchanged rows ` +
        `${f[`taobao_rescan_${rows}_ms`]!.toFixed(2)} ms = ${f[`taobao_rescan_${rows}_ratio`]!.toFixed(1)}×`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printTaobao(await benchTaobao());
