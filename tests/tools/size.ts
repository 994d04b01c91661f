// Bundle sizes of a build: what the content script costs every seller page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_BUDGET_GZIP = 20 * 1024;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function bundleSizes(outDir: string) {
  const all = walk(outDir)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((f) => {
      const buf = readFileSync(f);
      return {
        file: relative(outDir, f),
        raw: buf.length,
        gzip: gzipSync(buf, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.raw - a.raw);
  const content = all.filter((f) => f.file.startsWith('content-scripts/'));
  const sum = (xs: typeof all, k: 'raw' | 'gzip') => xs.reduce((n, x) => n + x[k], 0);
  return { all, contentRaw: sum(content, 'raw'), contentGzip: sum(content, 'gzip') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
  const s = bundleSizes(dir);
  for (const f of s.all)
    console.log(
      `${f.file.padEnd(48)} ${String(f.raw).padStart(8)} B ${String(f.gzip).padStart(7)} B gzip`,
    );
  console.log(`content scripts: ${s.contentRaw} B raw, ${s.contentGzip} B gzip`);
}
