// What the side panel loads before its first render: sidepanel.html, its
// scripts and stylesheets, and every chunk they import statically (dynamic
// imports such as the analysis engine load later, on demand).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface LoadFile {
  file: string;
  raw: number;
  gzip: number;
}

export function firstLoad(outDir: string, page = 'sidepanel.html') {
  const files = new Map<string, LoadFile>();
  const add = (rel: string) => {
    const file = rel.replace(/^\//, '');
    if (files.has(file) || !existsSync(join(outDir, file))) return;
    const buf = readFileSync(join(outDir, file));
    files.set(file, { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
    if (!file.endsWith('.js')) return;
    const text = buf.toString('utf8');
    // Static imports only: `import … from"./x.js"` and `import"./x.js"`, not `import("./x.js")`.
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+)["'`]/g))
      add(join(file, '..', m[1]!));
  };
  add(page);
  const html = readFileSync(join(outDir, page), 'utf8');
  for (const m of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) add(m[1]!);
  const list = [...files.values()];
  return {
    files: list,
    gzip: list.reduce((n, f) => n + f.gzip, 0),
    raw: list.reduce((n, f) => n + f.raw, 0),
    text: (file: string) => readFileSync(join(outDir, file), 'utf8'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
  const l = firstLoad(dir);
  for (const f of l.files)
    console.log(
      `${f.file.padEnd(44)} ${String(f.raw).padStart(8)} B ${String(f.gzip).padStart(7)} B gzip`,
    );
  console.log(`side panel first load: ${l.raw} B raw, ${l.gzip} B gzip`);
}
