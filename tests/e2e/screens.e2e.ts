// Every panel screen at the side panel's narrowest and widest common widths, in
// both colour schemes: saved as artefacts (test-results/screenshots/) for a
// person to look at, and checked for what a person would notice first: text
// below 13 px, anything scrolling sideways or cut off at the right edge.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, practicePages, ROOT } from '../../scripts/browser';

type Browser = Awaited<ReturnType<typeof launch>>;
let b: Browser;
let panel: Page;
let host: Page;
const SHOTS = join(ROOT, 'test-results', 'screenshots');
const WIDTHS = [320, 480] as const;
const SCHEMES = ['light', 'dark'] as const;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  b = await launch({ headless: true });
  host = await b.context.newPage();
  await host.goto(practicePages().find((p) => p.file === 'amazon/messages-thread.html')!.url);
  panel = await b.context.newPage();
  await panel.setViewportSize({ width: 320, height: 720 });
  await panel.goto(b.extensionUrl('sidepanel.html'));
  await panel.getByTestId('detected-item').first().waitFor({ timeout: 10_000 });
});

after(async () => {
  await b?.close();
});

/** Text nodes' computed sizes and anything wider than the viewport, as the browser lays it out. */
function layoutProblems(page: Page) {
  return page.evaluate(`(() => {
    const vw = document.documentElement.clientWidth;
    const problems = [];
    if (document.documentElement.scrollWidth > vw) problems.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + vw);
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden') continue;
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (ownText && parseFloat(cs.fontSize) < 12) problems.push('tiny text ' + cs.fontSize + ': ' + el.textContent.trim().slice(0, 40));
      if (r.right > vw + 0.5 && !el.closest('[data-allow-overflow]')) problems.push('cut off at the right: <' + el.tagName.toLowerCase() + ' class=' + el.className + '> ' + Math.round(r.right) + ' > ' + vw);
    }
    return { problems: problems.slice(0, 10), body: parseFloat(getComputedStyle(document.body).fontSize) };
  })()`) as Promise<{ problems: string[]; body: number }>;
}

async function shoot(name: string) {
  for (const scheme of SCHEMES) {
    await panel.emulateMedia({ colorScheme: scheme });
    for (const width of WIDTHS) {
      await panel.setViewportSize({ width, height: 720 });
      const { problems, body } = await layoutProblems(panel);
      assert.ok(body >= 13, `${name} ${width}px: body text ${body}px`);
      assert.deepEqual(problems, [], `${name} at ${width}px ${scheme}`);
      // What the agent sees without scrolling, and the whole screen.
      await panel.screenshot({ path: join(SHOTS, `${name}-${width}-${scheme}-en.png`) });
      await panel.screenshot({
        path: join(SHOTS, `${name}-${width}-${scheme}-en-full.png`),
        fullPage: true,
      });
    }
  }
  await panel.setViewportSize({ width: 320, height: 720 });
}

describe('panel screens', () => {
  it('the list', async () => {
    await shoot('list');
  });

  it('a case, whose draft and Insert sit above the checklist', async () => {
    await panel.getByTestId('detected-item').first().click();
    await panel.getByTestId('case-view').waitFor();
    const top = async (id: string) =>
      (await panel.getByTestId(id).first().boundingBox())?.y ?? Infinity;
    assert.ok((await top('insert-draft')) < (await top('checklist-step')));
    await shoot('case');
  });

  it('the settings', async () => {
    await panel.getByTestId('toggle-settings').click();
    await panel.getByTestId('agent-name').waitFor();
    await shoot('settings');
    await panel.getByTestId('close-settings').click();
  });
});
