// `npm test`: typecheck, lint, unit and component tests, Chrome + Firefox
// builds and zips, the content-script size budget, and the end-to-end tests
// in real Chromium. Every step runs; the run fails if any step failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium';
import { bundleSizes, CONTENT_BUDGET_GZIP } from './size';

const ROOT = join(import.meta.dirname, '..', '..');
const started = Date.now();
const results: { step: string; ok: boolean; seconds: number }[] = [];
let passed = 0;
let failed = 0;

function run(step: string, cmd: string, args: string[]): { ok: boolean; out: string } {
  const t = Date.now();
  console.log(`\n▶ ${step}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  process.stdout.write(out);
  const ok = r.status === 0;
  results.push({ step, ok, seconds: (Date.now() - t) / 1000 });
  if (!ok) console.log(`✖ ${step} failed (exit ${r.status})`);
  return { ok, out };
}

mkdirSync(join(ROOT, 'test-results'), { recursive: true });
run('typecheck', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.']);

const vitestJson = join(ROOT, 'test-results', 'vitest.json');
run('unit + component', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestJson}`,
]);
try {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
  };
  passed += v.numPassedTests;
  failed += v.numFailedTests;
} catch {
  failed++;
}

const chromeBuild = run('build + zip (chrome mv3)', 'npx', ['wxt', 'zip']);
run('build + zip (firefox)', 'npx', ['wxt', 'zip', '-b', 'firefox']);
// Mozilla's own checks of the Firefox build (what addons.mozilla.org runs); fails on errors.
run('web-ext lint (firefox)', 'npx', [
  'web-ext',
  'lint',
  '--source-dir',
  '.output/firefox-mv2',
  '--no-config-discovery',
]);
// Each browser builds into its own folder, so the e2e tests load the Chrome build just made.
if (chromeBuild.ok) {
  const sizes = bundleSizes(join(ROOT, '.output', 'chrome-mv3'));
  console.log('\nBundle sizes (raw / gzip):');
  for (const s of sizes.all)
    console.log(
      `  ${s.file.padEnd(48)} ${String(s.raw).padStart(8)} B  ${String(s.gzip).padStart(7)} B`,
    );
  // The budget is per content script: one per marketplace, and a page loads only its own.
  const scripts = sizes.all.filter((f) => f.file.startsWith('content-scripts/'));
  const ok = scripts.every((f) => f.gzip <= CONTENT_BUDGET_GZIP);
  for (const f of scripts)
    console.log(
      `${f.file}: ${f.raw} B raw, ${f.gzip} B gzip (budget ${CONTENT_BUDGET_GZIP} B each) ${f.gzip <= CONTENT_BUDGET_GZIP ? 'ok' : 'OVER BUDGET'}`,
    );
  results.push({ step: 'content-script size budget', ok, seconds: 0 });
  if (ok) passed++;
  else failed++;
}

try {
  ensureChromium();
  const e2e = run('end-to-end (real Chromium)', 'node', [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    ...listE2e(),
  ]);
  const p = /ℹ pass (\d+)/.exec(e2e.out);
  const f = /ℹ fail (\d+)/.exec(e2e.out);
  passed += Number(p?.[1] ?? 0);
  failed += Number(f?.[1] ?? (e2e.ok ? 0 : 1));
} catch (e) {
  console.error((e as Error).message);
  results.push({ step: 'end-to-end (real Chromium)', ok: false, seconds: 0 });
  failed++;
}

function listE2e(): string[] {
  const r = spawnSync('bash', ['-c', 'ls tests/e2e/*.e2e.ts'], { cwd: ROOT, encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean);
}

console.log('\nSummary:');
for (const r of results) console.log(`  ${r.ok ? '✔' : '✖'} ${r.step} (${r.seconds.toFixed(1)} s)`);
console.log(`npm test wall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
const stepFailures = results.filter((r) => !r.ok).length;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(stepFailures > 0 || failed > 0 ? 1 : 0);
