// The Firefox build (npm test builds it before the e2e run; `npx wxt build -b
// firefox` by hand) as Firefox would load it: an MV2 sidebar, every file the
// manifest names present, every __MSG_…__ resolved in every locale, the open
// command bound to the sidebar, and Chrome-only keys absent. `web-ext lint`
// checks the rest in npm test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tools/browser';

const DIR = join(ROOT, '.output', 'firefox-mv2');
const LOCALES = ['en', 'zh_CN', 'zh_TW'];

describe('Firefox build', () => {
  const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  > & {
    sidebar_action: { default_panel: string };
    commands: Record<string, { description: string }>;
    background?: { scripts?: string[] };
    content_scripts?: { js: string[] }[];
    permissions: string[];
  };

  it('is an MV2 sidebar whose files all exist, without Chrome-only keys', () => {
    assert.equal(manifest.manifest_version, 2);
    assert.ok(existsSync(join(DIR, manifest.sidebar_action.default_panel)));
    const files = [
      ...(manifest.background?.scripts ?? []),
      ...(manifest.content_scripts ?? []).flatMap((c) => c.js),
    ];
    assert.ok(files.length > 1);
    for (const f of files) assert.ok(existsSync(join(DIR, f)), f);
    assert.ok(!manifest.permissions.includes('sidePanel'));
    assert.equal(manifest.side_panel, undefined);
  });

  it('opens the sidebar by command and names everything in every locale', () => {
    assert.ok(manifest.commands._execute_sidebar_action);
    assert.equal(manifest.commands._execute_action, undefined);
    const text = JSON.stringify(manifest);
    const keys = [...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    assert.ok(keys.includes('extName') && keys.includes('cmdInsertDraft'));
    for (const l of LOCALES) {
      const messages = JSON.parse(
        readFileSync(join(DIR, '_locales', l, 'messages.json'), 'utf8'),
      ) as Record<string, { message: string }>;
      for (const k of keys) assert.ok(messages[k]?.message, `${l}: ${k}`);
    }
    assert.equal(manifest.default_locale, 'en');
  });
});
