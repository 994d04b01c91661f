// The built extension against the site parts: the manifest's host permissions
// and each content script's matches are the adapters' own lists, and no
// bundle but a site's own content script carries its page reader.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../tools/browser';
import { HOST_MATCHES, SITES } from '../../lib/sites/index';
import { CONTENT_BUDGET_GZIP } from '../tools/size';

interface Manifest {
  host_permissions: string[];
  content_scripts: { matches: string[]; js: string[]; all_frames?: boolean }[];
  background: { service_worker: string };
  minimum_chrome_version?: string;
}
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
const read = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');
const sorted = (xs: readonly string[]) => [...xs].sort();

/** Strings only a site's reader holds (its anchors), as the minifier keeps them. */
const readerMarks = (id: string): string[] =>
  ({
    amazon: ['reviewContainer', 'feedback-details', 'contact-buyer-text-area'],
    ebay: ['fdbk-container__details__', 'UserInputtedText', 'previous-message__text'],
    taobao: ['chatWrap', 'results-list', '初次评价'],
  })[id] ?? [];

describe('the built manifest and bundles', () => {
  it('asks for exactly the sites’ hosts', () => {
    assert.deepEqual(sorted(manifest.host_permissions), sorted(HOST_MATCHES));
  });

  it('has one content script per site, matching that site’s hosts only', () => {
    assert.equal(manifest.content_scripts.length, SITES.length);
    for (const site of SITES) {
      const cs = manifest.content_scripts.filter((c) =>
        c.js.some((f) => f === `content-scripts/${site.id}.js`),
      );
      assert.equal(cs.length, 1, `${site.id} has its own content script`);
      assert.deepEqual(sorted(cs[0]!.matches), sorted(site.matches));
      assert.equal(cs[0]!.all_frames ?? false, site.allFrames);
    }
  });

  it('keeps every page reader out of the background and the extension pages', () => {
    const files = [manifest.background.service_worker];
    for (const dir of ['chunks']) {
      for (const f of readdirSync(join(EXTENSION_DIR, dir))) files.push(`${dir}/${f}`);
    }
    for (const site of SITES) {
      const marks = readerMarks(site.id);
      assert.ok(marks.length, `reader marks known for ${site.id}`);
      const own = read(`content-scripts/${site.id}.js`);
      for (const m of marks) assert.ok(own.includes(m), `${site.id}.js holds its reader (${m})`);
      for (const f of files) {
        const code = read(f);
        for (const m of marks)
          assert.ok(!code.includes(m), `${f} must not bundle ${site.id}'s reader (${m})`);
      }
      for (const other of SITES.filter((s) => s !== site)) {
        const code = read(`content-scripts/${other.id}.js`);
        for (const m of marks)
          assert.ok(!code.includes(m), `${other.id}.js must not bundle ${site.id}'s reader`);
      }
    }
  });

  it('keeps each content script within its size budget', () => {
    for (const site of SITES) {
      const gz = gzipSync(readFileSync(join(EXTENSION_DIR, `content-scripts/${site.id}.js`)), {
        level: 9,
      }).length;
      assert.ok(gz <= CONTENT_BUDGET_GZIP, `${site.id}.js is ${gz} B gzipped`);
    }
  });

  it('leaves the sites’ test URL tables out of the content scripts, not out of the background', () => {
    const background = read('background.js');
    for (const site of SITES) {
      const sample = site.testUrls.none.at(-1)!;
      assert.ok(background.includes(sample), `the background checks ${site.id}'s URL table`);
      assert.ok(!read(`content-scripts/${site.id}.js`).includes(sample), `${site.id}.js`);
    }
  });
});
