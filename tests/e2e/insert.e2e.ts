// Insertion that respects the agent and the page, in real Chromium with the built
// extension (same harness as amazon.e2e.ts): text the agent already typed in a
// reply box is never overwritten without asking (Replace / Add after / Leave it,
// for a textarea, a React-controlled input and the 千牛 contenteditable), decoy
// boxes on a page get nothing, a buyer quoting another order neither hides nor
// re-routes a thread, and the manual path works on a page Defuse does not read.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launch, practicePage } from '../tools/browser';

type Browser = Awaited<ReturnType<typeof launch>>;
let b: Browser;
let panel: Page;
let host: Page;

/** Open a URL in the seller tab and wait until the panel shows that tab. */
async function showUrl(url: string) {
  await host.goto(url);
  await host.bringToFront();
  await panel.bringToFront();
  await panel.waitForFunction(
    (u) => document.querySelector('[data-testid="source-tab"]')?.getAttribute('data-url') === u,
    new URL(url).href,
    { timeout: 10_000 },
  );
}
const show = (file: string) => showUrl(practicePage(file).url);

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

/** The agent types into the page's box themselves (the page's own handlers see it). */
async function agentTypes(selector: string, text: string) {
  await host.bringToFront();
  const box = host.locator(selector).first();
  await box.click();
  await host.keyboard.type(text);
  await panel.bringToFront();
}

/** Insert, and wait for the question the panel asks next to Insert. */
async function insertAndAsk() {
  await panel.getByTestId('insert-draft').click();
  await panel.getByTestId('insert-append').waitFor({ timeout: 5000 });
  assert.ok(
    await panel
      .locator('.draft-actions:has([data-testid="insert-draft"]) + .insert-prompt')
      .isVisible(),
    'the question sits right after the Insert button',
  );
}

const notice = async (re: RegExp) => {
  const n = panel.getByTestId('notice').filter({ hasText: re });
  await n.waitFor({ timeout: 5000 });
  return n.innerText();
};

const instrumentation = () =>
  host.evaluate(`(() => ({
    sent: window.__sent ?? false,
    submitted: window.__submitted ?? false,
    href: location.href,
  }))()`) as Promise<{ sent: boolean; submitted: boolean; href: string }>;

before(async () => {
  b = await launch({ headless: true });
  panel = await b.context.newPage();
  await panel.goto(b.extensionUrl('sidepanel.html'));
  host = await b.context.newPage();
});

after(async () => {
  await b?.close();
});

describe('Insertion asks before touching the agent’s text', () => {
  const AMAZON_ORDER = '205-1234567-7654321';
  const typed = 'Dear Lei, I checked with the warehouse today.';
  const amazonBox = () =>
    host.evaluate(() => ({
      value: (document.getElementById('message-body') as HTMLTextAreaElement).value,
      state: (window as { __draft?: string }).__draft,
    }));

  it('a textarea holding the agent’s text: Insert asks, and Leave it changes nothing', async () => {
    await show('amazon/messages-contact.html');
    await host.locator('#message-body').waitFor({ timeout: 5000 });
    await agentTypes('#message-body', typed);
    await select(AMAZON_ORDER);
    await insertAndAsk();
    assert.match(
      await panel.locator('.insert-prompt').innerText(),
      new RegExp(`already has text in it \\(${typed.length} characters\\)`),
    );
    assert.deepEqual(await amazonBox(), { value: typed, state: typed }, 'asking changed nothing');
    await panel.getByTestId('insert-cancel').click();
    assert.match(await notice(/left as it was/), /left as it was/);
    assert.equal(await panel.getByTestId('insert-append').count(), 0, 'the question is gone');
    await host.waitForTimeout(600); // the page re-renders its box from its state every 500 ms
    assert.deepEqual(await amazonBox(), { value: typed, state: typed });
  });

  it('Add after keeps the agent’s text and puts the draft after a blank line; the page keeps both', async () => {
    const draft = await panel.getByTestId('draft-text').inputValue();
    await insertAndAsk();
    await panel.getByTestId('insert-append').click();
    await notice(/Inserted/);
    const want = `${typed}\n\n${draft}`.slice(0, 2000);
    assert.deepEqual(await amazonBox(), { value: want, state: want });
    await host.waitForTimeout(1200);
    assert.deepEqual(await amazonBox(), { value: want, state: want }, 'survives the re-render');
    // An inserted draft moves the case on: the panel may now suggest the next stage's draft.
    await panel.waitForTimeout(1000);
    const next = await panel.getByTestId('draft-text').inputValue();
    // the box now holds the agent's text too: the next Insert asks again
    await panel.getByTestId('insert-draft').click();
    await panel.getByTestId('insert-replace').waitFor({ timeout: 5000 });
    await panel.getByTestId('insert-replace').click();
    await notice(/Inserted/);
    assert.equal(await panel.getByTestId('draft-text').inputValue(), next);
    assert.deepEqual(await amazonBox(), { value: next, state: next }, 'Replace replaces');
    const s = await instrumentation();
    assert.equal(s.sent, false);
    assert.equal(s.submitted, false);
  });

  it('an 80-character eBay feedback reply: Add after says the draft does not fit; Replace fits it', async () => {
    await show('ebay/feedback-profile.html');
    const agentText = 'Thanks Sam, the postage is refunded and we are sorry it was late.';
    await agentTypes('#reply-text-1480233176019', agentText);
    await select('1480233176019');
    await panel.locator('[data-testid="draft-stage"]').selectOption('public_reply');
    const draft = await panel.getByTestId('draft-text').inputValue();
    assert.ok(draft.length <= 80 && draft.length > 80 - agentText.length - 2);
    await insertAndAsk();
    const append = panel.getByTestId('insert-append');
    assert.equal(await append.isDisabled(), true, 'Add after is off');
    assert.match(
      await panel.locator('.insert-prompt').innerText(),
      new RegExp(
        `draft \\(${draft.length} characters\\) does not fit.*room for ${80 - agentText.length - 2} more`,
      ),
    );
    const box = () =>
      host.evaluate(
        () => (document.getElementById('reply-text-1480233176019') as HTMLTextAreaElement).value,
      );
    assert.equal(await box(), agentText);
    await panel.getByTestId('insert-replace').click();
    await notice(/Inserted/);
    assert.equal(await box(), draft);
    assert.equal((await instrumentation()).sent, false);
  });

  it('a React-controlled input: Add after follows a space (one line), and the app keeps it', async () => {
    await show('ebay/messages-myebay.html');
    await agentTypes('.m-msg__compose input', 'Hi Sam,');
    await select('c-5001');
    const draft = await panel.getByTestId('draft-text').inputValue();
    await insertAndAsk();
    await panel.getByTestId('insert-append').click();
    await notice(/Inserted/);
    await host.waitForTimeout(1200); // the app re-renders its input from state every 500 ms
    const got = (await host.evaluate(`(() => ({
      value: document.querySelector('.m-msg__compose input').value,
      state: window.__draft,
      sent: window.__sent,
    }))()`)) as { value: string; state: string; sent: boolean };
    const want = `Hi Sam, ${draft}`.replace(/[\r\n]/g, '').slice(0, 2000);
    assert.equal(got.state, want, "the app's state has both");
    assert.equal(got.value, want);
    assert.equal(got.sent, false, 'no Enter, no Send');
  });

  it('the 千牛 contenteditable: Add after types the draft after the agent’s text, in the editor’s own state', async () => {
    await show('taobao/chat.html');
    await host.locator('[contenteditable="true"]').waitFor({ timeout: 5000 });
    await agentTypes('[contenteditable="true"]', 'ok one moment');
    await host.waitForTimeout(400);
    await select('chat:t**5');
    const draft = await panel.getByTestId('draft-text').inputValue();
    await panel.getByTestId('insert-draft').click();
    await panel.getByTestId('insert-append').waitFor({ timeout: 5000 });
    await panel.getByTestId('insert-append').click();
    await notice(/Inserted|已插入/);
    await host.waitForTimeout(700); // the editor re-renders from its state every 300 ms
    const r = (await host.evaluate(`(() => ({
      state: window.__editorState.c1,
      sent: window.__sent,
    }))()`)) as { state: string; sent: boolean };
    // the editor keeps line breaks its own way (blocks, not \n)
    const bare = (v: string) => v.replace(/\s+/g, '');
    assert.equal(bare(r.state), bare(`ok one moment${draft}`));
    assert.ok(r.state.startsWith('ok one moment'), "the agent's text comes first");
    assert.equal(r.sent, false, 'nothing sent, no Enter');
  });
});

describe('Hostile pages', () => {
  it('a contact page with an earlier and a hidden textarea: only the visible box of the item gets the draft', async () => {
    await show('amazon/messages-contact.html');
    await host.locator('#message-body').waitFor({ timeout: 5000 });
    await host.evaluate(() => {
      const earlier = document.createElement('textarea');
      earlier.id = 'decoy-earlier';
      document.querySelector('main')!.prepend(earlier);
      const hidden = document.createElement('textarea');
      hidden.id = 'decoy-hidden';
      hidden.style.display = 'none';
      document.querySelector('.contact-buyer-page')!.prepend(hidden);
      const editable = document.createElement('div');
      editable.id = 'decoy-editable';
      editable.setAttribute('contenteditable', 'true');
      editable.hidden = true;
      document.body.prepend(editable);
    });
    await select('205-1234567-7654321');
    const draft = await panel.getByTestId('draft-text').inputValue();
    await panel.getByTestId('insert-draft').click();
    await notice(/Inserted/);
    const got = await host.evaluate(() => ({
      box: (document.getElementById('message-body') as HTMLTextAreaElement).value,
      earlier: (document.getElementById('decoy-earlier') as HTMLTextAreaElement).value,
      hidden: (document.getElementById('decoy-hidden') as HTMLTextAreaElement).value,
      editable: document.getElementById('decoy-editable')!.textContent,
    }));
    assert.deepEqual(got, { box: draft.slice(0, 2000), earlier: '', hidden: '', editable: '' });
  });

  it('a buyer quoting another order number neither hides nor re-routes the thread', async () => {
    await show('amazon/messages-inbox.html');
    await panel.getByTestId('detected-item').nth(2).waitFor({ state: 'attached', timeout: 10_000 });
    const ids = () =>
      panel
        .getByTestId('detected-item')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-external-id')));
    const before = await ids();
    assert.equal(before.length, 3);
    await host.evaluate(() => {
      const rows = document
        .querySelector('.ayb-messaging-app')!
        .shadowRoot!.querySelector('.ayb-thread-list')!.shadowRoot!;
      rows.querySelectorAll('.message-preview')[1]!.textContent =
        '你好，我另一个订单 111-2222222-3333333 也有问题，请一起处理。';
    });
    await panel
      .getByTestId('detected-item')
      .filter({ hasText: '111-2222222-3333333' })
      .waitFor({ timeout: 10_000 });
    assert.deepEqual(await ids(), before, 'the same three threads, under their own orders');
    assert.equal(
      await panel
        .getByTestId('detected-item')
        .filter({ hasText: '111-2222222-3333333' })
        .getAttribute('data-external-id'),
      before[1],
    );
  });

  it('a thread whose URL names no order is still listed', async () => {
    await showUrl('https://sellercentral.amazon.com/messaging/thread?threadId=A1US4T9W2K7MXQ');
    await panel.getByTestId('detected-item').first().waitFor({ timeout: 10_000 });
    assert.equal(await panel.getByTestId('detected-item').count(), 1);
    assert.match(
      (await panel.getByTestId('detected-item').getAttribute('data-external-id')) ?? '',
      /(?:\d{3}-\d{7}-\d{7}|thread:A1US4T9W2K7MXQ)$/,
    );
  });
});

describe('Any page the extension cannot read', () => {
  it('says what it sees, and a pasted buyer text gets the analysis, a checklist and a draft', async () => {
    await show('ebay/leave-feedback.html');
    const status = panel.getByTestId('page-status');
    await status.waitFor({ timeout: 5000 });
    assert.equal(await status.getAttribute('data-site'), 'ebay');
    assert.equal(await panel.getByTestId('detected-item').count(), 0);
    // the manual form is folded while the panel still shows an earlier page's list
    if (!(await panel.getByTestId('manual-text').isVisible())) {
      await panel.locator('.manual-add > summary').click();
    }
    await panel
      .getByTestId('manual-text')
      .fill(
        'The mug arrived broken, the handle snapped off in the box. I want a refund or I will leave negative feedback.',
      );
    await panel.getByTestId('manual-kind').selectOption('messages');
    await panel.getByTestId('manual-add').click();
    const view = panel.getByTestId('case-view');
    await view.waitFor({ timeout: 5000 });
    assert.ok((await panel.getByTestId('cause').count()) >= 1, 'a cause is found');
    assert.ok((await panel.getByTestId('checklist-step').count()) >= 5, 'a checklist');
    const draft = await panel.getByTestId('draft-text').inputValue();
    assert.ok(draft.length > 40, 'a first draft without typing');
    assert.match(await view.innerText(), /The mug arrived broken/);
  });

  it('made no network request outside the practice pages', () => {
    assert.deepEqual(
      b.offline.filter((u) => !/favicon\.ico$/.test(u)),
      [],
    );
  });
});
