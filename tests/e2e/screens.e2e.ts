// Every panel screen at the side panel's narrowest and widest common widths,
// in both colour schemes and the three UI languages: saved as artefacts
// (test-results/screenshots/) for a person to look at, and checked for what a
// person notices first: text below 13 px body / 12 px anywhere, anything
// scrolling sideways or cut off, and text below WCAG AA contrast.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, practicePages, ROOT } from '../tools/browser';
import { CONTRAST_PROBLEMS, LAYOUT_PROBLEMS } from './page-checks';

type Browser = Awaited<ReturnType<typeof launch>>;
let b: Browser;
let panel: Page;
const SHOTS = join(ROOT, 'test-results', 'screenshots');
const WIDTHS = [320, 480] as const;
const SCHEMES = ['light', 'dark'] as const;
const LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
const figures = { screens: 0, textsChecked: 0 };

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  b = await launch({ headless: true });
  const host = await b.context.newPage();
  await host.goto(practicePages().find((p) => p.file === 'amazon/reviews.html')!.url);
  panel = await b.context.newPage();
  await panel.setViewportSize({ width: 320, height: 720 });
  await panel.goto(b.extensionUrl('sidepanel.html'));
  await panel.getByTestId('detected-item').first().waitFor({ timeout: 10_000 });
});

after(async () => {
  console.log(
    `figure screenshots: ${figures.screens}, text elements contrast-checked: ${figures.textsChecked}`,
  );
  await b?.close();
});

async function check(page: Page, label: string, layout: boolean) {
  if (layout) {
    const { problems, body } = (await page.evaluate(LAYOUT_PROBLEMS)) as {
      problems: string[];
      body: number;
    };
    assert.ok(body >= 13, `${label}: body text ${body}px`);
    assert.deepEqual(problems, [], label);
  }
  const contrast = (await page.evaluate(CONTRAST_PROBLEMS)) as {
    checked: number;
    problems: string[];
  };
  assert.ok(contrast.checked > 5, `${label}: texts found`);
  assert.deepEqual(contrast.problems, [], `${label}: contrast`);
  figures.textsChecked += contrast.checked;
}

async function shoot(
  page: Page,
  name: string,
  locale: string,
  widths: readonly number[] = WIDTHS,
  layout = widths === WIDTHS,
) {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of widths) {
      await page.setViewportSize({ width, height: 720 });
      const label = `${name} ${width}px ${scheme} ${locale}`;
      await check(page, label, layout);
      // What the agent sees without scrolling, and the whole screen.
      const file = `${name}-${width}-${scheme}-${locale}`;
      await page.screenshot({ path: join(SHOTS, `${file}.png`) });
      await page.screenshot({ path: join(SHOTS, `${file}-full.png`), fullPage: true });
      figures.screens++;
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 320, height: 720 });
}

async function setLocale(locale: string) {
  await panel.getByTestId('toggle-settings').click();
  await panel.getByTestId('ui-language').selectOption(locale);
  await panel.waitForFunction((l) => document.documentElement.lang === l, locale);
  await panel.getByTestId('close-settings').click();
}

describe('panel screens', () => {
  for (const locale of LOCALES) {
    it(`in ${locale}: the list, a case, the settings, practice`, async () => {
      await setLocale(locale);
      await panel.getByTestId('detected-item').first().waitFor();
      await shoot(panel, 'list', locale);

      await panel.getByTestId('detected-item').first().click();
      await panel.getByTestId('case-view').waitFor();
      const top = async (id: string) =>
        (await panel.getByTestId(id).first().boundingBox())?.y ?? Infinity;
      assert.ok(
        (await top('insert-draft')) < (await top('checklist-step')),
        'Insert above the checklist',
      );
      await shoot(panel, 'case', locale);
      await panel.getByTestId('back-to-list').click();

      await panel.getByTestId('toggle-settings').click();
      await panel.getByTestId('agent-name').waitFor();
      await shoot(panel, 'settings', locale);
      await panel.getByTestId('close-settings').click();

      await panel.getByTestId('open-practice').click();
      await panel.getByTestId('practice-scenario').first().waitFor();
      await shoot(panel, 'practice', locale);
      await panel.getByTestId('close-practice').click();
    });
  }

  it('the dashboard', async () => {
    const dash = await b.context.newPage();
    await dash.goto(b.extensionUrl('dashboard.html'));
    await dash.getByTestId('case-row').first().waitFor();
    await dash.locator('[data-testid="kpis"][data-complete="true"]').waitFor();
    // Filters, numbers and the table fit a laptop's width; the table's columns line up.
    await shoot(dash, 'dashboard', 'en', [1024, 1366], true);
    const lefts = await dash.evaluate(() =>
      ['.case-table-head', '.case-row'].map((sel) =>
        [...document.querySelector(sel)!.children].map((c) => c.getBoundingClientRect().left),
      ),
    );
    assert.deepEqual(lefts[1], lefts[0], 'row cells under their headers');
    await dash.getByTestId('case-row').first().click();
    await dash.getByTestId('case-detail').waitFor();
    await shoot(dash, 'dashboard-case', 'en', [1024], true);
    await dash.close();
  });
});
