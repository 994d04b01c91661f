// Drafts end to end in real Chromium with the built extension: a detected Amazon message thread,
// the stage select, the remedies the agent ticks, a blocked draft that cannot be inserted, and the
// fixed draft inserted into the page's reply box (never sent).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launch, practicePage } from '../tools/browser';

type Browser = Awaited<ReturnType<typeof launch>>;
let b: Browser;
let panel: Page;
let host: Page;

/** Every textarea of the page, shadow roots included (a string: tsx would wrap a function). */
const replyBoxes = (page: Page) =>
  page.evaluate(`(() => {
    const all = [];
    const walk = (root) => {
      root.querySelectorAll('textarea').forEach((t) => all.push(t.value));
      root.querySelectorAll('*').forEach((e) => e.shadowRoot && walk(e.shadowRoot));
    };
    walk(document);
    return { values: all, sent: window.__sent ?? false, submitted: window.__submitted ?? false };
  })()`) as Promise<{ values: string[]; sent: boolean; submitted: boolean }>;

before(async () => {
  b = await launch({ headless: true });
  panel = await b.context.newPage();
  await panel.goto(b.extensionUrl('sidepanel.html'));
});

after(async () => {
  await b?.close();
});

describe('Drafts, end to end on Amazon', () => {
  it('opens the detected thread with a first draft', async () => {
    const p = practicePage('amazon/messages-thread.html');
    host = await b.context.newPage();
    await host.goto(p.url);
    await host.bringToFront();
    await panel.bringToFront();
    const item = panel.getByTestId('detected-item').first();
    await item.waitFor({ timeout: 10_000 });
    await item.click();
    await panel.getByTestId('case-view').waitFor();
    assert.ok((await panel.getByTestId('draft-text').inputValue()).length > 40);
  });

  it('the agent picks the remedies, and the draft offers exactly those as choices', async () => {
    await panel.getByTestId('draft-stage').selectOption('remedies');
    const options = panel.getByTestId('remedy-option');
    await options.first().waitFor();
    // Amazon: coupons are marketing and are never offered.
    assert.equal(
      await panel.locator('[data-testid="remedy-option"][data-remedy="coupon"]').count(),
      0,
    );
    for (const el of await options.all()) if (await el.isChecked()) await el.uncheck();
    await panel.locator('[data-testid="remedy-option"][data-remedy="extended_warranty"]').check();
    await panel.locator('[data-testid="remedy-option"][data-remedy="partial_refund"]').check();
    const draft = await panel.getByTestId('draft-text').inputValue();
    assert.match(draft, /extended warranty/i);
    assert.match(draft, /partial refund/i);
    assert.doesNotMatch(draft, /free replacement/i);
    assert.doesNotMatch(draft, /\breview\b/i, 'no remedy is tied to the review');
    assert.equal(await panel.getByTestId('insert-draft').isEnabled(), true);
  });

  it('a draft that moves the buyer off Amazon is blocked and cannot be inserted', async () => {
    const text = panel.getByTestId('draft-text');
    await text.fill('请加我微信：abc123，或者 WhatsApp 也可以');
    const finding = panel.locator(
      '[data-testid="lint-finding"][data-rule="off-platform-contact"][data-severity="block"]',
    );
    await finding.first().waitFor({ timeout: 5000 });
    assert.equal(await panel.getByTestId('insert-draft').isDisabled(), true);
    // Spelled apart and in full-width letters: still the same rule.
    await text.fill('Text me on W h a t s A p p, or add ＶＸ: kf88');
    await finding.first().waitFor({ timeout: 5000 });
    assert.equal(await panel.getByTestId('insert-draft').isDisabled(), true);
    const before = await replyBoxes(host);
    assert.ok(!before.values.some((v) => /W h a t s/.test(v)), 'nothing reached the page');
  });

  it('the fixed draft can be inserted, and nothing is sent', async () => {
    const fixed =
      'I am so sorry the lamp arrived damaged. We can offer a partial refund or an extended warranty, whichever you prefer. Would this work for you?';
    await panel.getByTestId('draft-text').fill(fixed);
    await panel
      .locator('[data-testid="lint-finding"][data-severity="block"]')
      .waitFor({ state: 'detached', timeout: 5000 });
    const insert = panel.getByTestId('insert-draft');
    assert.equal(await insert.isEnabled(), true);
    await insert.click();
    await panel
      .getByTestId('notice')
      .filter({ hasText: /Inserted/ })
      .waitFor({ timeout: 5000 });
    const now = await replyBoxes(host);
    assert.ok(now.values.includes(fixed), 'the reply box holds the fixed draft');
    assert.equal(now.sent, false);
    assert.equal(now.submitted, false);
  });
});
