// eBay end to end in real Chromium with the built extension: the practice pages
// (tests/fixtures/ebay) are served at their real eBay URLs, the side panel is
// opened as chrome-extension://ID/sidepanel.html in a tab (sidePanel.open needs
// a gesture). Detect, list, select, draft, insert into each kind of box with an
// input event, the 80-character fit, nothing sent, no network, hostile text as text.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launch, practicePage } from '../tools/browser';

type Browser = Awaited<ReturnType<typeof launch>>;
let b: Browser;
let panel: Page;
let host: Page;

/** What the page's own instrumentation saw (a string: tsx would wrap a function's helpers). */
const pageState = (page: Page) =>
  page.evaluate(`(() => ({
    sent: window.__sent ?? false,
    submitted: window.__submitted ?? false,
    inputEvents: window.__inputEvents ?? 0,
    draft: window.__draft,
    xss: window.__xss,
    href: location.href,
  }))()`) as Promise<{
    sent: boolean;
    submitted: boolean;
    inputEvents: number;
    draft?: string;
    xss?: unknown;
    href: string;
  }>;

/** Open a practice page in the host tab and wait until the panel shows it. */
async function show(file: string): Promise<string> {
  const p = practicePage(file);
  await host.goto(p.url);
  await host.bringToFront();
  await panel.bringToFront();
  await panel.waitForFunction(
    (url) => document.querySelector('[data-testid="source-tab"]')?.getAttribute('data-url') === url,
    new URL(p.url).href,
    { timeout: 10_000 },
  );
  return new URL(p.url).href;
}

const item = (id: string) =>
  panel.locator(`[data-testid="detected-item"][data-external-id$="${id}"]`);

async function select(id: string) {
  // An open case replaces the list in the panel: Back returns to it.
  const back = panel.getByTestId('back-to-list');
  if (await back.count()) await back.click();
  await item(id).waitFor({ timeout: 10_000 });
  await item(id).click();
  await panel.getByTestId('case-view').waitFor({ timeout: 5000 });
}

async function chooseStage(stage: string) {
  const select = panel.locator('[data-testid="draft-stage"], .draft-controls select').first();
  await select.selectOption(stage);
}

async function insert(): Promise<string> {
  await panel.getByTestId('insert-draft').click();
  const notice = panel.getByTestId('notice');
  await notice.waitFor({ timeout: 5000 });
  return notice.innerText();
}

before(async () => {
  b = await launch({ headless: true });
  panel = await b.context.newPage();
  await panel.goto(b.extensionUrl('sidepanel.html'));
  host = await b.context.newPage();
});

after(async () => {
  await b?.close();
});

describe('eBay, end to end', () => {
  it('lists every feedback card of the profile page by feedback id, the skeleton left out', async () => {
    await show('ebay/feedback-profile.html');
    await item('1480233176023').waitFor({ timeout: 10_000 });
    const ids = await panel
      .getByTestId('detected-item')
      .evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-external-id')?.replace(/^ebay:/, '')),
      );
    assert.deepEqual([...ids].sort(), [
      '1480233176019',
      '1480233176020',
      '1480233176021',
      '1480233176022',
      '1480233176023',
    ]);
  });

  it('shows hostile comment text as text and runs none of it', async () => {
    await select('1480233176020');
    const caseText = await panel.getByTestId('case-view').innerText();
    assert.match(caseText, /<img src=x onerror=/);
    assert.match(caseText, /<script>window.__xss=2<\/script>/);
    assert.ok(caseText.includes('\u202e'), 'the RTL override is kept as a character');
    assert.equal(
      await panel
        .locator('[data-testid="case-view"] img, [data-testid="case-view"] script')
        .count(),
      0,
    );
    assert.equal(await panel.evaluate(() => (window as { __xss?: unknown }).__xss), undefined);
    assert.equal((await pageState(host)).xss, undefined);
  });

  it('a card without an open reply box gets nothing, and says so', async () => {
    // still on 1480233176020: its reply form is pre-rendered but hidden
    await chooseStage('public_reply');
    const notice = await insert();
    assert.doesNotMatch(notice, /^Inserted/);
    const values = await host.evaluate(() =>
      Array.from(document.querySelectorAll('textarea')).map((t) => t.value),
    );
    assert.deepEqual(
      values.filter((v) => v),
      [],
      'no box on the page was filled',
    );
  });

  it('puts a public reply of at most 80 characters into the selected card’s box, with an input event, and sends nothing', async () => {
    await select('1480233176019');
    await chooseStage('public_reply');
    const draft = await panel.getByTestId('draft-text').inputValue();
    assert.ok(draft.length > 10, 'a public reply is drafted');
    assert.ok(draft.length <= 80, `the draft fits eBay's 80 characters (${draft.length})`);
    assert.match(await insert(), /Inserted/);
    const box = await host.evaluate(() => {
      const ta = document.getElementById('reply-text-1480233176019') as HTMLTextAreaElement;
      const others = Array.from(document.querySelectorAll('textarea')).filter((t) => t !== ta);
      return { value: ta.value, others: others.map((t) => t.value) };
    });
    assert.equal(box.value, draft);
    assert.deepEqual(
      box.others.filter((v) => v),
      [],
      'only the selected card’s box',
    );
    const state = await pageState(host);
    assert.ok(state.inputEvents > 0, 'the page saw an input event');
    assert.equal(state.sent, false);
    assert.equal(state.submitted, false);
    assert.equal(
      state.href,
      new URL(practicePage('ebay/feedback-profile.html').url).href,
      'no navigation',
    );
  });

  it('follows the page when paging swaps the cards in place', async () => {
    await host.click('a.pagination__next');
    await item('1480233175001').waitFor({ timeout: 5000 });
    await panel.waitForFunction(
      () => document.querySelectorAll('[data-testid="detected-item"]').length === 2,
      undefined,
      { timeout: 5000 },
    );
    assert.equal(await item('1480233176019').count(), 0, 'page 1 cards are gone');
  });

  it('puts a public reply into the open box of the selected Seller Hub test-id card only, with an input event, and sends nothing', async () => {
    const url = await show('ebay/sh-feedback-reply.html');
    await select('266100777002:h***e');
    await chooseStage('public_reply');
    const draft = await panel.getByTestId('draft-text').inputValue();
    assert.ok(draft.length > 10, 'a public reply is drafted');
    assert.ok(draft.length <= 80, `the draft fits the box's 80 characters (${draft.length})`);
    assert.match(await insert(), /Inserted/);
    const boxes = await host.evaluate(() => {
      const own = document.getElementById('sh-reply-2') as HTMLTextAreaElement;
      const others = Array.from(document.querySelectorAll('textarea, input')).filter(
        (b) => b !== own,
      ) as HTMLInputElement[];
      return { value: own.value, others: others.map((b) => b.value) };
    });
    assert.equal(boxes.value, draft);
    assert.deepEqual(
      boxes.others.filter((v) => v),
      [],
      'not the hidden template form, not the other card’s open input',
    );
    const state = await pageState(host);
    assert.ok(state.inputEvents > 0, 'the page saw an input event');
    assert.equal(state.sent, false);
    assert.equal(state.submitted, false);
    assert.equal(state.href, url, 'no navigation');
  });

  it('reads the legacy feedback table (read-only: Reply is a link elsewhere)', async () => {
    await show('ebay/feedback-legacy.html');
    await panel.getByTestId('detected-item').nth(2).waitFor({ timeout: 10_000 });
    assert.equal(await panel.getByTestId('detected-item').count(), 3);
  });

  it('reads a legacy message whose body is drawn in an iframe, and fills the plain reply textarea', async () => {
    await show('ebay/messages-legacy-detail.html');
    await select('160123456789');
    // The page writes the body into its frame late (300 ms after load, as the message
    // app does): an agent who opened the case first sees the text arrive in it.
    await panel
      .getByTestId('case-view')
      .getByText(/three days since I sent the photos/)
      .first()
      .waitFor({ timeout: 5000 });
    const caseText = await panel.getByTestId('case-view').innerText();
    assert.doesNotMatch(caseText, /could not read/);
    const draft = await panel.getByTestId('draft-text').inputValue();
    assert.ok(draft.length > 80, 'a message reply is not held to the feedback limit');
    assert.match(await insert(), /Inserted/);
    const got = await host.evaluate(() => ({
      reply: (document.getElementById('msg_cnt_cnt') as HTMLTextAreaElement).value,
      forward: (document.getElementById('fwd_cnt') as HTMLTextAreaElement).value,
    }));
    assert.equal(got.reply, draft.slice(0, 2000));
    assert.equal(got.forward, '', 'the hidden Forward box is untouched');
    const state = await pageState(host);
    assert.ok(state.inputEvents > 0);
    assert.equal(state.sent, false);
    assert.equal(state.submitted, false);
  });

  it('fills the React-controlled input of My eBay messages so the app keeps it, without Enter or Send', async () => {
    await show('ebay/messages-myebay.html');
    await select('c-5001');
    const draft = await panel.getByTestId('draft-text').inputValue();
    assert.match(await insert(), /Inserted/);
    await host.waitForTimeout(1200); // the app re-renders its input from state every 500 ms
    const state = await pageState(host);
    const value = await host.evaluate(
      () => (document.querySelector('.m-msg__compose input') as HTMLInputElement).value,
    );
    // A single-line <input> drops line breaks (the browser's value sanitising).
    const oneLine = draft.replace(/[\r\n]/g, '').slice(0, 2000);
    assert.equal(state.draft, oneLine, 'the app state has the draft');
    assert.equal(value, oneLine, 'the text survives the re-render');
    assert.equal(state.sent, false, 'no Enter, no Send');
    assert.equal(state.submitted, false);
  });

  it('a conversation with markup, script, an RTL override and 20,000 characters shows as text', async () => {
    await host.bringToFront();
    await host.click('a[href$="conversationId=c-5003"]');
    await panel.bringToFront();
    await select('c-5003');
    const view = panel.getByTestId('case-view');
    const caseText = await view.innerText();
    assert.match(caseText, /Broken <b>twice<\/b> <img src=x onerror=/);
    assert.match(caseText, /<script>window.__xss=2<\/script>/);
    assert.ok(caseText.includes('\u202e'));
    assert.ok(caseText.length >= 20_000, `the long body is shown (${caseText.length} chars)`);
    assert.equal(
      await panel
        .locator('[data-testid="case-view"] img, [data-testid="case-view"] script')
        .count(),
      0,
    );
    assert.equal((await pageState(host)).xss, undefined);
  });

  it('lists nothing on the leave-feedback page', async () => {
    await show('ebay/leave-feedback.html');
    assert.equal(await panel.getByTestId('detected-item').count(), 0);
  });

  it('made no network request outside the practice pages', () => {
    assert.deepEqual(
      b.offline.filter((u) => !/favicon\.ico$/.test(u)),
      [],
    );
  });
});
