/**
 * What the A/B bench tools share: a revision's `lib/` checked out beside the working tree, and an IIFE
 * bundle of the site readers (plus whatever else a tool needs) to inject into a Chromium page, so two
 * revisions run in the same page, the same minute, under the same machine load.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** `lib/` of `rev` extracted into node_modules/`dirName` (emptied first); returns that directory. */
export function checkoutLib(rev: string, dirName: string): string {
  const dir = join(ROOT, 'node_modules', dirName);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execSync(`git archive ${rev} lib | tar -x -C ${dir}`, { cwd: ROOT });
  return dir;
}

/** The three readers' imports, for a bundle's entry. */
export const READERS = `
  import { amazonAdapter } from './lib/sites/amazon-reader';
  import { ebayAdapter } from './lib/sites/ebay-reader';
  import { taobaoAdapter } from './lib/sites/taobao-reader';
  const adapters = { amazon: amazonAdapter, ebay: ebayAdapter, taobao: taobaoAdapter };`;

/** An IIFE bundle of `contents`, resolved against `dir` (the working tree or a checkout). */
export async function bundleIife(dir: string, contents: string, minify = true): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: dir, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    minify,
    target: 'chrome120',
  });
  return out.outputFiles[0]!.text;
}
