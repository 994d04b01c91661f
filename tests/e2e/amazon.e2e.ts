// The whole chain in real Chromium with the built extension: practice pages are
// served at their real Seller Central URLs, the side panel is opened as
// chrome-extension://ID/sidepanel.html in a tab (sidePanel.open needs a gesture).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, practicePage, ROOT } from '../tools/browser';

type Browser = Awaited<ReturnType<typeof launch>>;
let b: Browser;
let panel: Page;
const figures: Record<string, number> = {};

/** Reads the extension's IndexedDB from an extension page, without Dexie. */
async function readStore(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = indexedDB.open('defuse');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          // A missing store throws here, in an event handler: reject, or the test hangs.
          try {
            const tx = req.result.transaction(name, 'readonly');
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              resolve(all.result as Record<string, unknown>[]);
              req.result.close();
            };
            all.onerror = () => reject(all.error);
          } catch (e) {
            req.result.close();
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        };
      }),
    store,
  );
}

before(async () => {
  b = await launch({ headless: true });
  panel = await b.context.newPage();
  await panel.goto(b.extensionUrl('sidepanel.html'));
});

after(async () => {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results', 'e2e-figures.json'), JSON.stringify(figures, null, 2));
  for (const [k, v] of Object.entries(figures)) console.log(`figure ${k}: ${v}`);
  await b?.close();
});

describe('Amazon Seller Central, end to end', () => {
  let host: Page;

  it('lists the reviews of a late-rendering page in the open side panel, negative first', async () => {
    const reviews = practicePage('amazon/reviews.html');
    host = await b.context.newPage();
    const t0 = Date.now();
    await host.goto(reviews.url);
    await panel.getByTestId('detected-item').first().waitFor({ timeout: 10_000 });
    figures['navigation_to_item_ms'] = Date.now() - t0;
    const items = panel.getByTestId('detected-item');
    assert.ok((await items.count()) >= 5, 'all review cards listed');
    const ids = await items.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-external-id')),
    );
    for (const id of ids)
      assert.match(id ?? '', /^R[A-Z0-9]+$/, 'review ids are Amazon review ids');
    const sentiments = await items.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-sentiment')),
    );
    assert.equal(sentiments[0], 'negative');
    assert.equal(sentiments.at(-1), 'positive', 'the 5-star review comes last');
    assert.match(await panel.getByTestId('source-tab').innerText(), /seller-centre tab|This tab/);
    // A background tab gets no animation frames, and Playwright's clicks wait for them.
    await panel.bringToFront();
  });

  it('shows hostile page text as text and runs none of it', async () => {
    const text = await panel.locator('.items').innerText();
    assert.match(text, /Broken <b>twice<\/b>/, 'markup in a title shows as text');
    assert.equal(await panel.locator('.items b, .items i, .items img').count(), 0);
    const xssItem = panel.getByTestId('detected-item').filter({ hasText: '<b>twice</b>' }).first();
    await xssItem.click();
    await panel.getByTestId('case-view').waitFor();
    const caseText = await panel.getByTestId('case-view').innerText();
    assert.match(caseText, /<img src=x onerror=/);
    assert.match(caseText, /<script>/);
    assert.equal(
      await panel
        .locator('[data-testid="case-view"] img, [data-testid="case-view"] script')
        .count(),
      0,
    );
    assert.equal(await panel.evaluate(() => (window as { __xss?: unknown }).__xss), undefined);
    assert.equal(await host.evaluate(() => (window as { __xss?: unknown }).__xss), undefined);
  });

  it('opens a case with causes, a checklist and a first draft, stored in IndexedDB', async () => {
    // The open case replaces the list in the panel; Back returns to it.
    await panel.getByTestId('back-to-list').click();
    const first = panel.getByTestId('detected-item').first();
    const id = await first.getAttribute('data-external-id');
    await first.click();
    const view = panel.getByTestId('case-view');
    await view.waitFor({ timeout: 2000 });
    assert.ok((await panel.getByTestId('cause').count()) >= 1, 'a cause is listed');
    const steps = panel.getByTestId('checklist-step');
    assert.ok((await steps.count()) >= 9);
    // Amazon forbids asking to change a product review.
    assert.equal(
      await panel
        .locator('[data-testid="checklist-step"][data-step-id="review_update"]')
        .getAttribute('data-availability'),
      'not_allowed',
    );
    const draft = await panel.getByTestId('draft-text').inputValue();
    assert.ok(draft.length > 40, 'a first draft is there without typing');
    assert.equal(await panel.getByTestId('insert-draft').isEnabled(), true);

    await panel
      .locator('[data-testid="checklist-step"][data-step-id="analyse"] [data-testid="step-done"]')
      .click();
    await panel
      .locator('[data-testid="checklist-step"][data-step-id="analyse"][data-done="true"]')
      .waitFor();

    let cases: Record<string, unknown>[] = [];
    for (let i = 0; i < 20 && !cases.some((c) => c.externalId === id); i++) {
      cases = await readStore(panel, 'cases');
      await panel.waitForTimeout(100);
    }
    const c = cases.find((x) => x.externalId === id);
    assert.ok(c, 'case stored');
    assert.deepEqual(c.steps, { analyse: 'done' });
    const events = (await readStore(panel, 'log')).filter((e) => e.caseId === c.id);
    assert.deepEqual(
      events.map((e) => e.type),
      ['opened', 'step_done'],
    );
  });

  for (const [file, kind, buyer, script] of [
    [
      'amazon/messages-thread.html',
      'kat-textarea (open shadow root)',
      'Michael Turner',
      /^[^\u4e00-\u9fff]+$/,
    ],
    [
      'amazon/messages-contact.html',
      'plain textarea',
      'Lei Wang',
      /(?:[\u4e00-\u9fff][^\u4e00-\u9fff]*){30}/,
    ],
  ] as const) {
    it(`inserts a draft in the buyer's language into a ${kind} with an input event, and sends nothing`, async () => {
      const p = practicePage(file);
      await host.goto(p.url);
      await host.bringToFront();
      await panel.bringToFront();
      const item = panel.getByTestId('detected-item').first();
      await panel.waitForFunction(
        (url) =>
          document.querySelector('[data-testid="source-tab"]')?.getAttribute('data-url') === url,
        new URL(p.url).href,
        { timeout: 10_000 },
      );
      const id = await item.getAttribute('data-external-id');
      assert.match(id ?? '', /^\d{3}-\d{7}-\d{7}$/, 'message threads are keyed by order id');
      await item.click();
      await panel.getByTestId('case-view').waitFor();
      const draft = await panel.getByTestId('draft-text').inputValue();
      assert.ok(draft.includes(buyer), `the draft greets ${buyer}`);
      assert.match(draft, script, "the draft is in the buyer's language");
      await panel.getByTestId('insert-draft').click();
      await panel
        .getByTestId('notice')
        .filter({ hasText: /Inserted/ })
        .waitFor({ timeout: 5000 });

      // A string, not a function: tsx would wrap a function's inner helpers in
      // its own __name(), which does not exist in the page.
      const read = () =>
        host.evaluate(`(() => {
          const all = [];
          const walk = (root) => {
            root.querySelectorAll('textarea').forEach((t) => all.push(t));
            root.querySelectorAll('*').forEach((e) => e.shadowRoot && walk(e.shadowRoot));
          };
          walk(document);
          return {
            values: all.map((t) => t.value),
            inputEvents: window.__inputEvents,
            sent: window.__sent ?? false,
            submitted: window.__submitted ?? false,
            href: location.href,
          };
        })()`) as Promise<{
          values: string[];
          inputEvents: unknown;
          sent: boolean;
          submitted: boolean;
          href: string;
        }>;
      const now = await read();
      assert.ok(now.values.includes(draft), 'the reply box holds the draft');
      assert.ok(Number(now.inputEvents) > 0, 'the page saw an input event');
      // The page re-renders its reply area from its own state.
      await host.waitForTimeout(1200);
      const later = await read();
      assert.ok(later.values.includes(draft), 'the text survives the page re-render');
      assert.equal(later.sent, false);
      assert.equal(later.submitted, false);
      assert.equal(later.href, new URL(p.url).href, 'the page did not navigate');
      const events = await readStore(panel, 'log');
      assert.ok(events.some((e) => e.type === 'draft_inserted' && e.caseId === `amazon:${id}`));
    });
  }

  it('a Seller Central page without reviews or messages lists nothing', async () => {
    const p = practicePage('amazon/other.html');
    await host.goto(p.url);
    await host.bringToFront();
    await panel.bringToFront();
    await panel.waitForFunction(
      (url) =>
        document.querySelector('[data-testid="source-tab"]')?.getAttribute('data-url') === url,
      p.url,
      { timeout: 10_000 },
    );
    assert.equal(await panel.getByTestId('detected-item').count(), 0);
  });

  it('follows the active tab of its window, and says when it shows another one', async () => {
    const inbox = practicePage('amazon/messages-inbox.html');
    const second = await b.context.newPage();
    await second.goto(inbox.url);
    const source = panel.getByTestId('source-tab');
    // The seller tab is active: the panel shows it as "this tab".
    await second.bringToFront();
    await panel.waitForFunction(
      (url) => {
        const el = document.querySelector('[data-testid="source-tab"]');
        return el?.getAttribute('data-url') === url && /^This tab/.test(el.textContent ?? '');
      },
      new URL(inbox.url).href,
      { timeout: 10_000 },
    );
    // The inbox renders its threads late, inside shadow roots.
    await panel.getByTestId('detected-item').nth(2).waitFor({ state: 'attached', timeout: 10_000 });
    assert.equal(await panel.getByTestId('detected-item').count(), 3);
    // The other seller tab becomes active: the panel follows it.
    await host.bringToFront();
    await panel.waitForFunction(
      (url) =>
        document.querySelector('[data-testid="source-tab"]')?.getAttribute('data-url') === url,
      new URL(practicePage('amazon/other.html').url).href,
      { timeout: 10_000 },
    );
    // The panel's own tab is no seller page: it shows the last active seller tab and says so.
    await panel.bringToFront();
    await panel.waitForFunction(
      () =>
        /^Most recently active seller-centre tab/.test(
          document.querySelector('[data-testid="source-tab"]')?.textContent ?? '',
        ),
      undefined,
      { timeout: 10_000 },
    );
    assert.match(await source.innerText(), /Home/, 'the last active seller tab, by name');
    await second.close();
  });

  it('exports the cases as CSV from the dashboard', async () => {
    const dash = await b.context.newPage();
    await dash.goto(b.extensionUrl('dashboard.html'));
    await dash.getByTestId('case-row').first().waitFor({ timeout: 5000 });
    assert.ok((await dash.getByTestId('case-row').count()) >= 3);
    const [download] = await Promise.all([
      dash.waitForEvent('download'),
      dash.getByTestId('export-csv').click(),
    ]);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    // Headers in the agent's UI language (English here); JSON keeps the codes.
    assert.match(csv, /^\uFEFFCase,Marketplace,Site,Item id/);
    const cases = await readStore(dash, 'cases');
    for (const c of cases) assert.ok(csv.includes(String(c.id)), `CSV has ${String(c.id)}`);

    const [xlsx] = await Promise.all([
      dash.waitForEvent('download'),
      dash.getByTestId('export-xlsx').click(),
    ]);
    assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
    assert.equal(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString(),
      'PK',
      'a zip workbook',
    );
    await dash.close();
  });

  it("merges a colleague's exported log into the dashboard, and refuses a broken file", async () => {
    const dash = await b.context.newPage();
    await dash.goto(b.extensionUrl('dashboard.html'));
    await dash.getByTestId('case-row').first().waitFor({ timeout: 5000 });
    // The table is virtualised: the store, not the rendered rows, says how many cases there are.
    const before = (await readStore(dash, 'cases')).length;

    await dash.getByTestId('import-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"defuse-cases","version":1,"cases":[{"id":1}]}'),
    });
    await dash
      .getByTestId('notice')
      .filter({ hasText: /damaged/ })
      .waitFor({ timeout: 5000 });
    assert.equal((await readStore(dash, 'cases')).length, before, 'nothing lost or added');

    const colleague = {
      format: 'defuse-cases',
      version: 1,
      cases: [
        {
          id: 'amazon:RCOLLEAGUE1',
          site: 'amazon',
          externalId: 'RCOLLEAGUE1',
          kind: 'reviews',
          status: 'closed',
          outcome: 'revised',
          createdAt: Date.UTC(2026, 10, 1),
          updatedAt: Date.UTC(2026, 10, 2),
          pageUrl: 'https://sellercentral.amazon.com/brand-customer-reviews/',
          item: {
            externalId: 'RCOLLEAGUE1',
            kind: 'reviews',
            rating: 1,
            body: 'Stopped working.',
            replyable: false,
          },
          language: 'en',
          sentiment: 'negative',
          anger: 1,
          causes: ['quality'],
          flags: [],
          steps: { analyse: 'done' },
          events: [{ at: Date.UTC(2026, 10, 1), type: 'opened' }],
        },
      ],
    };
    await dash.getByTestId('import-file').setInputFiles({
      name: 'agent-li.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(colleague)),
    });
    // A preview says what will change; nothing is written before the agent applies it.
    await dash.getByTestId('import-preview').waitFor({ timeout: 5000 });
    assert.equal((await readStore(dash, 'cases')).length, before);
    await dash.getByTestId('import-apply').click();
    await dash.getByTestId('notice').filter({ hasText: /1 new/ }).waitFor({ timeout: 5000 });
    assert.equal((await readStore(dash, 'cases')).length, before + 1);
    const merged = (await readStore(dash, 'cases')).find((c) => c.id === 'amazon:RCOLLEAGUE1');
    assert.equal(merged?.owner, 'agent-li', "the colleague's file names the agent");
    await dash.close();
  });

  it('made no network request outside the practice pages', () => {
    assert.deepEqual(
      b.offline.filter((u) => !/favicon\.ico$/.test(u)),
      [],
    );
  });
});
