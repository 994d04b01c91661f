// The built side panel loads only what it shows: no dashboard or export code,
// and the analysis engine only on demand (a dynamic import).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tools/browser';
import { firstLoad } from '../tools/panel-load';

const OUT = join(ROOT, '.output', 'chrome-mv3');
// Strings only the export code contains (xlsx parts, the CSV MIME type, the log format's name),
// and a key of the dashboard's own strings.
const EXPORT_MARKERS = ['xl/worksheets', 'text/csv', 'defuse-cases', 'dashboard.col.case_id'];

describe('side panel bundle', () => {
  const load = firstLoad(OUT);

  it('loads no dashboard-only chunk and no export code before its first render', () => {
    const names = load.files.map((f) => f.file);
    assert.ok(names.includes('sidepanel.html'));
    assert.ok(
      names.some((n) => n.endsWith('.css')),
      'its stylesheet',
    );
    assert.ok(!names.some((n) => /dashboard/.test(n)), names.join(', '));
    for (const f of load.files.filter((x) => x.file.endsWith('.js')))
      for (const m of EXPORT_MARKERS)
        assert.ok(!load.text(f.file).includes(m), `${m} in ${f.file}`);
    // The markers are real: the dashboard and the writers it fetches have them.
    const dash = firstLoad(OUT, 'dashboard.html');
    const dashJs = dash.files.filter((f) => f.file.endsWith('.js'));
    const writers = readdirSync(join(OUT, 'chunks')).find((f) => f.startsWith('stream-'));
    assert.ok(writers, 'an export chunk exists');
    const all =
      dashJs.map((f) => dash.text(f.file)).join('') +
      readFileSync(join(OUT, 'chunks', writers), 'utf8');
    for (const m of EXPORT_MARKERS) assert.ok(all.includes(m), `dashboard has ${m}`);
  });

  it('leaves the dashboard’s writers (CSV, XLSX) and importer to their first use', () => {
    const dash = firstLoad(OUT, 'dashboard.html');
    const names = dash.files.map((f) => f.file);
    assert.ok(!names.some((n) => /\/(stream|import)-/.test(n)), names.join(', '));
    for (const f of dash.files.filter((x) => x.file.endsWith('.js')))
      for (const m of ['xl/worksheets', 'text/csv'])
        assert.ok(!dash.text(f.file).includes(m), `${m} in ${f.file}`);
    console.log(`figure dashboard_first_load_gzip_bytes: ${dash.gzip} (raw ${dash.raw})`);
  });

  it('fetches the case, settings and practice views (drafts, linter, checklist) when shown', () => {
    const views = readdirSync(join(OUT, 'chunks')).find((f) => f.startsWith('views-'));
    assert.ok(views, 'a views chunk exists');
    assert.ok(!load.files.some((f) => f.file.endsWith(views)));
    // The list's own chunk does not hold the case view's code under another name.
    const listed = load.files.filter((f) => f.file.endsWith('.js')).map((f) => load.text(f.file));
    const caseCode = readFileSync(join(OUT, 'chunks', views), 'utf8');
    assert.ok(caseCode.includes('draft-text') && caseCode.includes('checklist-step'));
    for (const text of listed)
      assert.ok(!text.includes('"draft-text"'), 'draft editor in first load');
  });

  it('fetches the analysis engine on demand, not up front', () => {
    const analysis = readdirSync(join(OUT, 'chunks')).find((f) => f.startsWith('analysis-'));
    assert.ok(analysis, 'an analysis chunk exists');
    assert.ok(!load.files.some((f) => f.file.endsWith(analysis)));
    // The list waits for the engine: loading it must not fetch and run the case views with it.
    const withEngine = firstLoad(OUT, join('chunks', analysis)).files.map((f) => f.file);
    assert.ok(withEngine.length > 1, 'the engine chunk has static imports');
    assert.ok(!withEngine.some((f) => /views-/.test(f)), withEngine.join(', '));
    console.log(`figure panel_first_load_gzip_bytes: ${load.gzip} (raw ${load.raw})`);
  });
});
