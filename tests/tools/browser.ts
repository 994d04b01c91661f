// Launches Chromium with the built extension and serves the practice pages at
// their real seller-centre URLs (Playwright routing), so the manifest's match
// patterns are exercised exactly as in production. Used by `npm start` and the
// end-to-end tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium';
import { practicePage, practicePageHtml, practicePages } from '../fixtures/practice';

export { practicePage, practicePages };

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

const keyOf = (u: string): string => {
  const url = new URL(u);
  return url.host + url.pathname.replace(/\/+$/, '');
};

/** `userDataDir`: a profile the caller keeps (e.g. a seeded bench profile); otherwise a fresh one, removed on close. */
export async function launch({
  headless = true,
  extensionDir = EXTENSION_DIR,
  userDataDir: kept = undefined as string | undefined,
} = {}) {
  const executablePath = ensureChromium();
  const userDataDir = kept ?? mkdtempSync(join(tmpdir(), 'defuse-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    viewport: { width: 1280, height: 860 },
    locale: 'en-US',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-gpu',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    ignoreDefaultArgs: [
      '--disable-extensions',
      '--disable-component-extensions-with-background-pages',
    ],
  });

  const pages = new Map(practicePages().map((p) => [keyOf(p.url), p]));
  /** Requests that would have left the machine: the extension must make none. */
  const offline: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (
      url.startsWith('chrome-extension://') ||
      url.startsWith('data:') ||
      url.startsWith('blob:')
    ) {
      return route.continue();
    }
    const hit = pages.get(keyOf(url));
    if (hit && route.request().resourceType() === 'document') {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: practicePageHtml(hit.file),
      });
    }
    offline.push(url);
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'offline practice copy' });
  });

  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    offline,
    extensionUrl: (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      if (!kept) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
