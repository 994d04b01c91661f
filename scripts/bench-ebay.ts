/**
 * eBay's content script in real Chromium (part of `npm run bench`; runs alone too). Prints figures only:
 * - the built eBay content script's size, gzipped (budget 20 kB);
 * - detect + extract of 100 / 1,000 / 10,000 feedback cards (li.fdbk-container, as on
 *   /fdbk/feedback_profile/) against a bare TreeWalker text pass over the same DOM, and the
 *   per-card cost at 10,000 against 100 (linearity);
 * - 50 cards appended to a 5,000-card page: the incremental re-scan against extracting 50 alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { ensureChromium } from './chromium';
import { CONTENT_BUDGET_GZIP } from './size';

const ROOT = resolve(import.meta.dirname, '..');
const URL_FEEDBACK =
  'https://www.ebay.com/fdbk/feedback_profile/aurora_home_goods?filter=feedback_page:RECEIVED_AS_SELLER';

async function bundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `
        import { ebayAdapter } from './lib/sites/ebay-reader';
        import { createScanner } from './lib/sites/scan';
        window.__ebay = { ebayAdapter, createScanner };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
  });
  return out.outputFiles[0]!.text;
}

const RATINGS = ['Positive', 'Neutral', 'Negative'];

/** Feedback cards shaped like the profile page's (shared/sites/ebay.md), with its noise. */
export function feedbackCardsHtml(from: number, n: number): string {
  const out: string[] = [];
  for (let i = from; i < from + n; i++) {
    const item = 266000000000 + (i % 5000);
    out.push(`<li class="fdbk-container x-5e1c" data-feedback-id="${1480000000000 + i}">
      <div class="fdbk-container__details"><div class="fdbk-container__details__info">
      <div class="fdbk-container__details__info__icon"><svg aria-label="${RATINGS[i % 3]} feedback rating" role="img" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7"/></svg></div>
      <div class="fdbk-container__details__info__username"><span>b***${i % 10}</span> <span>(${i % 900})</span></div>
      <span class="fdbk-container__details__info__divide">&middot;</span>
      <span class="fdbk-container__details__info__divide__time"><span>Past month</span></span>
      <span class="fdbk-container__details__verified">Verified purchase</span></div>
      <div class="fdbk-container__details__comment"><span>Feedback number ${i}: the jar arrived cracked and the seller took a week to answer my messages.</span></div>
      <div class="fdbk-container__details__actions"><button type="button" class="btn fdbk-container__reply-btn">Reply</button></div></div>
      <div class="fdbk-container__item"><a class="fdbk-container__details__item-link" href="https://www.ebay.com/itm/${item}">Aurora Portable Blender 350ml (#${item})</a><div class="muted">US $39.99</div></div></li>`);
  }
  return out.join('');
}

async function pageWith(page: Page, n: number, code: string) {
  await page.setContent(
    `<!doctype html><html><body><header id="gh"><input type="text" aria-label="Search"></header><main><ul class="fdbk-detail-list__cards" id="cards">${feedbackCardsHtml(0, n)}</ul></main></body></html>`,
    { waitUntil: 'domcontentloaded', timeout: 120_000 },
  );
  await page.addScriptTag({ content: code });
}

/** Runs in the page (a string: tsx would wrap a function's helpers in a __name the page lacks). */
const EXTRACT = (url: string, runs: number) => `(() => {
  const d = window.__ebay;
  const u = new URL(${JSON.stringify(url)});
  const walk = () => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let len = 0;
    while (w.nextNode()) len += w.currentNode.nodeValue.length;
    return len;
  };
  const time = (f) => {
    const xs = [];
    for (let i = 0; i < ${runs}; i++) { const t0 = performance.now(); f(); xs.push(performance.now() - t0); }
    xs.sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)];
  };
  time(walk);
  d.ebayAdapter.extract(document, u);
  const items = d.ebayAdapter.extract(document, u).items.length;
  return { walker: time(walk), extract: time(() => d.ebayAdapter.extract(document, u)), items };
})()`;

const APPEND = (url: string, html: string) => `(() => {
  const d = window.__ebay;
  const u = new URL(${JSON.stringify(url)});
  const s = d.createScanner(d.ebayAdapter.site, d.ebayAdapter.reader);
  s.scan(document, u);
  const list = document.getElementById('cards');
  const tpl = document.createElement('template');
  tpl.innerHTML = ${JSON.stringify(html)};
  const added = Array.from(tpl.content.children);
  list.append(...added);
  for (const a of added) { s.touched(a); s.added(a); }
  const t0 = performance.now();
  const n = s.scan(document, u).items.length;
  return { ms: performance.now() - t0, n };
})()`;

export async function ebayFigures(page: Page): Promise<void> {
  const built = join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'ebay.js');
  if (existsSync(built)) {
    const gz = gzipSync(readFileSync(built), { level: 9 }).length;
    console.log(
      `\neBay content script: ${gz} B gzipped (budget ${CONTENT_BUDGET_GZIP} B${gz > CONTENT_BUDGET_GZIP ? ', OVER' : ''})`,
    );
  } else {
    console.log('\neBay content script: not built (npx wxt build) — size not measured');
  }
  const code = await bundle();
  const rows: { n: number; walker: number; extract: number }[] = [];
  for (const n of [100, 1000, 10000]) {
    await pageWith(page, n, code);
    const r = (await page.evaluate(EXTRACT(URL_FEEDBACK, n >= 10000 ? 3 : 7))) as {
      walker: number;
      extract: number;
      items: number;
    };
    if (r.items !== n) throw new Error(`extract listed ${r.items} of ${n} eBay cards`);
    rows.push({ n, walker: r.walker, extract: r.extract });
  }
  console.log('eBay feedback page (Chromium): detect + extract vs a bare TreeWalker text pass');
  for (const r of rows) {
    console.log(
      `  ${String(r.n).padStart(6)} cards: extract ${r.extract.toFixed(1)} ms, TreeWalker ${r.walker.toFixed(2)} ms, ratio ${(r.extract / r.walker).toFixed(1)}×, ${((r.extract / r.n) * 1000).toFixed(1)} µs/card`,
    );
  }
  const [a, , c] = rows;
  console.log(
    `  linearity: per-card cost at 10,000 is ${(c!.extract / c!.n / (a!.extract / a!.n)).toFixed(2)}× the cost at 100`,
  );
  await pageWith(page, 50, code);
  const alone = (await page.evaluate(EXTRACT(URL_FEEDBACK, 9))) as { extract: number };
  await pageWith(page, 5000, code);
  const inc = (await page.evaluate(APPEND(URL_FEEDBACK, feedbackCardsHtml(100000, 50)))) as {
    ms: number;
    n: number;
  };
  if (inc.n !== 5050) throw new Error(`append: ${inc.n} of 5,050 cards listed`);
  console.log(
    `  50 cards appended to 5,000: re-scan ${inc.ms.toFixed(1)} ms vs extracting 50 alone ${alone.extract.toFixed(1)} ms, ${(inc.ms / alone.extract).toFixed(1)}×`,
  );
}

/** Launches Chromium (no extension) and prints the eBay figures. */
export async function runEbayBench(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  try {
    await ebayFigures(await browser.newPage());
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runEbayBench();
