// The blind page sets' figures: facts passed per page, per half and per set, checking halves
// included. Prints counts only, never a miss, so a checking half still held out stays so (every
// half of every set now runs in the unit run too). `npm run eval:pages`
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SETS = [
  'tests/unit/sites/blind-pages.test.ts',
  'tests/unit/sites/blind2-pages.test.ts',
  'tests/unit/sites/blind3-pages.test.ts',
  'tests/unit/sites/blind4-pages.test.ts',
  'tests/unit/sites/blind5-pages.test.ts',
  'tests/unit/sites/blind6-pages.test.ts',
  'tests/unit/sites/blind7-pages.test.ts',
  'tests/unit/sites/blind8-pages.test.ts',
  'tests/unit/sites/blind9-pages.test.ts',
  'tests/unit/sites/blind10-pages.test.ts',
];
const dir = mkdtempSync(join(tmpdir(), 'defuse-eval-pages-'));
const out = join(dir, 'run.json');
spawnSync('npx', ['vitest', 'run', ...SETS, '--reporter=json', `--outputFile=${out}`], {
  stdio: 'ignore',
});
interface Run {
  testResults: {
    name: string;
    assertionResults: { ancestorTitles: string[]; status: string }[];
  }[];
}
const run = JSON.parse(readFileSync(out, 'utf8')) as Run;
rmSync(dir, { recursive: true, force: true });
for (const file of run.testResults) {
  const pages = new Map<string, [number, number]>();
  for (const t of file.assertionResults) {
    const page = t.ancestorTitles[0] ?? '?';
    const c = pages.get(page) ?? [0, 0];
    c[1]++;
    if (t.status === 'passed') c[0]++;
    pages.set(page, c);
  }
  const halves: Record<string, [number, number]> = {};
  let total: [number, number] = [0, 0];
  console.log(file.name.replace(/^.*\/tests\//, 'tests/'));
  for (const [page, [p, n]] of pages) {
    console.log(`  ${p}/${n}\t${page}`);
    const half = /^\[(\w+)\]/.exec(page)?.[1] ?? 'all';
    const h = (halves[half] ??= [0, 0]);
    h[0] += p;
    h[1] += n;
    total = [total[0] + p, total[1] + n];
  }
  const parts = Object.entries(halves).map(([h, [p, n]]) => `${h} ${p}/${n}`);
  console.log(`  total ${total[0]}/${total[1]}${parts.length > 1 ? ` (${parts.join(', ')})` : ''}`);
}
