// Cases that last, reminders, exports and imports, in real Chromium with the
// built extension and its real IndexedDB.

/** The few extension APIs the checks read from an extension page. */
declare const chrome: {
  action: { getBadgeText(d: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { launch, practicePages } from '../tools/browser';

type Browser = Awaited<ReturnType<typeof launch>>;
let b: Browser;
let panel: Page;

const reviews = () => {
  const p = practicePages().find((x) => x.file === 'amazon/reviews.html');
  assert.ok(p);
  return p;
};

/** Reads the cases from an extension page, without Dexie (extension pages forbid eval). */
const allCases = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ id: string; notes: string }[]>((resolve, reject) => {
        const req = indexedDB.open('defuse');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const r = req.result.transaction('cases').objectStore('cases').getAll();
          r.onsuccess = () => {
            resolve(r.result as { id: string; notes: string }[]);
            req.result.close();
          };
          r.onerror = () => reject(r.error);
        };
      }),
  );

/** Makes a stored case one whose buyer wrote 21 hours ago and got no reply yet. */
const age = (page: Page, id: string, now: number) =>
  page.evaluate(
    ([caseId, t]) =>
      new Promise<boolean>((resolve, reject) => {
        const req = indexedDB.open('defuse');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('cases', 'readwrite');
          const store = tx.objectStore('cases');
          const g = store.get(caseId);
          g.onsuccess = () => {
            const c = g.result as Record<string, unknown>;
            c.buyerAt = t - 21 * 3600e3;
            c.createdAt = t - 21 * 3600e3;
            delete c.firstResponseAt;
            delete c.remindedAt;
            c.status = 'new';
            c.dueAt = t + 3 * 3600e3;
            c.dueKind = 'first_reply';
            store.put(c);
          };
          tx.oncomplete = () => {
            req.result.close();
            resolve(true);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [id, now] as const,
  );

before(async () => {
  b = await launch({ headless: true });
  panel = await b.context.newPage();
  await panel.goto(b.extensionUrl('sidepanel.html'));
});

after(async () => {
  await b?.close();
});

describe('cases, end to end', () => {
  let caseId = '';

  it('opens cases for the negative reviews, and a case survives its tab closing and a panel reload', async () => {
    const host = await b.context.newPage();
    await host.goto(reviews().url);
    await panel.bringToFront();
    await panel.getByTestId('queue-item').first().waitFor({ timeout: 15_000 });
    const items = panel.getByTestId('queue-item');
    caseId = (await items.first().getAttribute('data-case-id')) ?? '';
    assert.match(caseId, /^amazon:R/);
    const due = await items.first().getAttribute('data-due-at');
    assert.ok(due && !Number.isNaN(Date.parse(due)), 'a real ISO deadline');
    const stored = await allCases(panel);
    assert.ok(stored.length >= 1 && stored.length < 6, 'the positive reviews got no case');

    await host.close();
    await panel.reload();
    await panel.getByTestId('case-queue').waitFor({ timeout: 10_000 });
    await panel.locator(`[data-testid="queue-item"][data-case-id="${caseId}"]`).waitFor();
    // It opens from the store, with no tab showing it.
    await panel
      .locator(`[data-testid="queue-item"][data-case-id="${caseId}"] button`)
      .first()
      .click();
    await panel.getByTestId('case-view').waitFor();
    assert.equal(await panel.getByTestId('case-view').getAttribute('data-case-id'), caseId);
  });

  it('raises a reminder for a case past 20 h without a reply: badge, red queue item, notification', async () => {
    const now = Date.now();
    await age(panel, caseId, now);
    await panel.getByTestId('case-view').waitFor();
    await panel.reload();
    // The box shows the stored setting: checked once the write is back through the live query.
    await panel.getByTestId('queue-notify').click();
    await panel.waitForSelector('[data-testid="queue-notify"]:checked');
    const item = panel.locator(`[data-testid="queue-item"][data-case-id="${caseId}"]`);
    await item.waitFor();
    assert.equal(await item.getAttribute('data-urgency'), 'near');
    // A page seen makes the background look at the deadlines at once (else its alarm, each minute).
    const host = await b.context.newPage();
    await host.goto(reviews().url);
    const deadline = Date.now() + 75_000;
    let badge = '';
    let notes: string[] = [];
    while (Date.now() < deadline) {
      badge = await panel.evaluate(() => chrome.action.getBadgeText({}));
      notes = await panel.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
      if (badge && notes.includes(`defuse-case:${caseId}`)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    assert.ok(Number(badge) >= 1, `badge counts the case (got "${badge}")`);
    assert.ok(
      notes.includes(`defuse-case:${caseId}`),
      `notification for the case (${notes.join()})`,
    );
    await host.close();
  });

  it('exports the cases with their notes, in a CSV Excel opens', async () => {
    const dash = await b.context.newPage();
    await dash.goto(b.extensionUrl(`dashboard.html#case=${encodeURIComponent(caseId)}`));
    const detail = dash.getByTestId('case-detail');
    await detail.waitFor({ timeout: 10_000 });
    await detail
      .getByTestId('case-notes')
      .fill('=HYPERLINK("http://evil")\nRefund sent, buyer happy');
    await detail.getByTestId('case-notes').blur();
    await dash.waitForFunction(async (id) => {
      const c = await new Promise<{ notes?: string } | undefined>((res) => {
        const r = indexedDB.open('defuse');
        r.onsuccess = () => {
          const g = r.result.transaction('cases').objectStore('cases').get(id);
          g.onsuccess = () => {
            res(g.result);
            r.result.close();
          };
        };
      });
      return c?.notes?.includes('Refund sent');
    }, caseId);
    const [download] = await Promise.all([
      dash.waitForEvent('download'),
      dash.getByTestId('export-csv').click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    assert.equal(text.charCodeAt(0), 0xfeff, 'UTF-8 BOM for Excel');
    const header = text.slice(1, text.indexOf('\r\n'));
    assert.match(header, /Notes/);
    assert.match(text, /Refund sent, buyer happy/);
    assert.match(
      text,
      /"'=HYPERLINK\(""http:\/\/evil""\)\nRefund sent/,
      'the formula is neutralised',
    );
    // The streamed XLSX holds the same notes, neutralised, as text.
    const [xlsx] = await Promise.all([
      dash.waitForEvent('download'),
      dash.getByTestId('export-xlsx').click(),
    ]);
    const files = unzipSync(new Uint8Array(readFileSync((await xlsx.path())!)));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    assert.match(strFromU8(files['xl/workbook.xml']!), /name="Cases".*name="Timeline"/s);
    assert.match(sheet, />Notes</);
    assert.match(sheet, /'=HYPERLINK\(&quot;http:\/\/evil&quot;\)\nRefund sent, buyer happy/);
    assert.doesNotMatch(sheet, /<f>/);
    await dash.close();
  });

  it('a broken import says what is wrong and writes nothing', async () => {
    const dash = await b.context.newPage();
    await dash.goto(b.extensionUrl('dashboard.html'));
    await dash.getByTestId('case-row').first().waitFor({ timeout: 10_000 });
    const before = await allCases(dash);
    const broken = JSON.stringify({
      format: 'defuse-cases',
      version: 2,
      cases: [
        { ...before[0], id: 'amazon:NEW1', externalId: 'NEW1' },
        { ...before[0], externalId: 'NEW2', createdAt: 1e20 },
      ],
    });
    await dash.getByTestId('import-file').setInputFiles({
      name: 'colleague.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    const notice = dash.getByTestId('notice');
    await notice.waitFor();
    assert.match(
      await notice.innerText(),
      /colleague\.json.*damaged at case 2 \(createdAt\).*Nothing was imported/s,
    );
    const after = await allCases(dash);
    assert.equal(after.length, before.length);
    assert.ok(
      !after.some((c) => c.id === 'amazon:NEW1'),
      'the good first case was not written either',
    );
    await dash.close();
  });
});
