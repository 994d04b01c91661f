// The README is a newcomer's first page: every image and file it links to is in the repository
// (its screenshots once pointed at a folder that was never committed).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const tracked = new Set(
  execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean),
);

/** Relative link and image targets, without anchors; web and in-page links are not files. */
function localTargets(md: string): string[] {
  const out: string[] = [];
  for (const m of md.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1]!.split('#')[0]!;
    if (!target || /^[a-z]+:/i.test(target) || target.startsWith('../')) continue;
    out.push(target.replace(/^\.\//, ''));
  }
  return out;
}

describe('README', () => {
  it('links only to files that are committed', () => {
    const targets = localTargets(README);
    expect(targets.some((t) => t.endsWith('.png'))).toBe(true);
    const missing = targets.filter(
      (t) => !tracked.has(t) && ![...tracked].some((f) => f.startsWith(`${t.replace(/\/$/, '')}/`)),
    );
    expect(missing).toEqual([]);
  });
});
