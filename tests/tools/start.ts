// `npm start`: build the extension and open Chromium with it on the bundled
// practice copies of the seller-centre pages. `npm start -- --headless` does
// the same without a display and saves screenshots to screenshots/.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, practicePages, ROOT } from './browser';

const args = new Set(process.argv.slice(2));
let headless = args.has('--headless');
if (
  !headless &&
  process.platform === 'linux' &&
  !process.env.DISPLAY &&
  !process.env.WAYLAND_DISPLAY
) {
  console.log('No display found: running headless and saving screenshots (same as --headless).');
  headless = true;
}

if (!args.has('--no-build')) execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });

const browser = await launch({ headless });
const pages = practicePages();
console.log(`Extension loaded (id ${browser.extensionId}). Practice pages:`);
const tabs = [];
for (const p of pages) {
  const tab = await browser.context.newPage();
  await tab.goto(p.url);
  tabs.push({ tab, p });
  console.log(`  ${p.url}  — ${p.title ?? p.kind}`);
}
// The blank tab Chromium opens first is of no use.
for (const extra of browser.context.pages()) {
  if (extra.url() === 'about:blank') await extra.close();
}

if (!headless) {
  await tabs[0]?.tab.bringToFront();
  console.log(
    '\nClick the Defuse button in the toolbar (puzzle-piece menu → pin it) to open the side panel.\n' +
      `Dashboard: ${browser.extensionUrl('dashboard.html')}\nClose the browser to stop.`,
  );
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  process.exit(0);
}

const out = join(ROOT, 'screenshots');
mkdirSync(out, { recursive: true });
const panel = await browser.context.newPage();
await panel.setViewportSize({ width: 420, height: 1400 });
await panel.goto(browser.extensionUrl('sidepanel.html'));
for (const { tab, p } of tabs) {
  const name = `${p.site}-${p.file.replace(/^.*\//, '').replace(/\.html$/, '')}`;
  await tab.bringToFront();
  await tab.waitForTimeout(800);
  await tab.screenshot({ path: join(out, `${name}-page.png`) });
  // Show this tab's items in the panel, the first one selected.
  await panel.bringToFront();
  await panel.evaluate(() => window.dispatchEvent(new Event('focus')));
  const first = panel.getByTestId('detected-item').first();
  if (await first.count()) {
    await first.click();
    await panel
      .getByTestId('case-view')
      .waitFor({ timeout: 5000 })
      .catch(() => {});
  }
  await panel.screenshot({ path: join(out, `${name}-sidepanel.png`), fullPage: true });
  console.log(`  saved screenshots/${name}-page.png and ${name}-sidepanel.png`);
}
const dash = await browser.context.newPage();
await dash.goto(browser.extensionUrl('dashboard.html'));
await dash
  .getByTestId('case-row')
  .first()
  .waitFor({ timeout: 5000 })
  .catch(() => {});
await dash.screenshot({ path: join(out, 'dashboard.png'), fullPage: true });
console.log('  saved screenshots/dashboard.png');
await browser.close();
