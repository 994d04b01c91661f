/**
 * Speed of analyze(): µs per call (median, p95, max) over the development review sets
 * (../shared/data/reviews or $DEFUSE_REVIEWS_DIR), after a warm-up pass. Prints figures only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { analyze } from '../../lib/analysis/index';
import { LEXICON_SIZE } from '../../lib/analysis/lexicon/index';
import { SIMP_ONLY, TRAD_ONLY, T2S_FROM } from '../../lib/analysis/script-table';

const dir =
  process.env.DEFUSE_REVIEWS_DIR ?? resolve(import.meta.dirname, '../../../shared/data/reviews');
const texts: string[] = [];
if (existsSync(dir)) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.dev.csv'))) {
    const rows = Papa.parse<Record<string, string>>(readFileSync(resolve(dir, f), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    for (const r of rows) if (r.text) texts.push(r.text);
  }
} else {
  console.log(`Review datasets not found at ${dir}; benchmarking on built-in sentences.`);
  texts.push(
    '质量还行但是物流太慢，等了一个星期才到',
    '東西收到就是壞的，客服也不回覆',
    'Refund me or I will leave a 1 star review.',
    'Great product, fast shipping, works perfectly!',
  );
}

for (const t of texts) analyze(t); // warm-up (JIT, lazy tables)
const times: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const t of texts) {
    const t0 = performance.now();
    analyze(t);
    times.push((performance.now() - t0) * 1000);
  }
}
times.sort((a, b) => a - b);
const q = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
const chars = texts.reduce((a, t) => a + t.length, 0) / Math.max(1, texts.length);
console.log(`analyze(): ${texts.length} texts × 3 rounds, mean length ${chars.toFixed(0)} chars`);
console.log(
  `  median ${q(0.5).toFixed(1)} µs, p95 ${q(0.95).toFixed(1)} µs, p99 ${q(0.99).toFixed(1)} µs, max ${q(1).toFixed(1)} µs`,
);
console.log(
  `  lexicon terms ${LEXICON_SIZE}; script table ${TRAD_ONLY.length} Traditional-only + ${SIMP_ONLY.length} Simplified-only chars, ${T2S_FROM.length} T→S pairs`,
);

// The content scripts' figures in Chromium, Amazon, eBay and Taobao in one run: extraction
// against a TreeWalker pass, incremental re-scan, longest task, mutation → patch, panel latency.
const { benchContent } = await import('./bench-content');
await benchContent();
