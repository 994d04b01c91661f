// The import graph of every entrypoint: page readers (files that call
// defineAdapter) are reached only from their own site's content script, and a
// content script reaches no other site's reader, React or Dexie.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else
    return `node_modules/${spec.split('/')[0]!.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]}`;
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    if (existsSync(base + ext) && !base.endsWith('/') && (ext || /\.tsx?$/.test(base)))
      return base + ext;
  }
  return undefined;
}

function graph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (file.startsWith('node_modules/')) return;
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (!spec || /^import\s+type\b/.test(m[0].trim())) continue;
      const target = resolveImport(file, spec);
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

const rel = (f: string) => (f.startsWith('node_modules/') ? f : relative(ROOT, f));
const isReader = (f: string) =>
  !f.startsWith('node_modules/') &&
  /\bdefineAdapter\(/.test(readFileSync(f, 'utf8')) &&
  !f.endsWith('define.ts');

const entrypoints = readdirSync(join(ROOT, 'entrypoints'), { withFileTypes: true }).flatMap((d) =>
  d.isDirectory()
    ? readdirSync(join(ROOT, 'entrypoints', d.name))
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => join(ROOT, 'entrypoints', d.name, f))
    : /\.tsx?$/.test(d.name)
      ? [join(ROOT, 'entrypoints', d.name)]
      : [],
);

describe('bundles by import graph', () => {
  it('finds the entrypoints', () => {
    expect(entrypoints.some((e) => e.endsWith('background.ts'))).toBe(true);
    expect(entrypoints.some((e) => e.endsWith('amazon.content.ts'))).toBe(true);
  });

  it.each(entrypoints.filter((e) => !e.endsWith('.content.ts')).map(rel))(
    '%s bundles no page reader',
    (entry) => {
      const readers = [...graph(join(ROOT, entry))].filter(isReader).map(rel);
      expect(readers).toEqual([]);
    },
  );

  it.each(entrypoints.filter((e) => e.endsWith('.content.ts')).map(rel))(
    '%s bundles one reader, and no React or Dexie',
    (entry) => {
      const files = [...graph(join(ROOT, entry))];
      const readers = files.filter(isReader).map(rel);
      expect(readers).toHaveLength(1);
      const site = /entrypoints\/(\w+)\.content\.ts$/.exec(entry)![1]!;
      expect(readers[0]).toMatch(new RegExp(`lib/sites/${site}[-.]`));
      const deps = files.filter((f) => f.startsWith('node_modules/'));
      expect(deps.filter((d) => /react|dexie/.test(d))).toEqual([]);
    },
  );
});
