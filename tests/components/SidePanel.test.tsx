import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SidePanel } from '@/components/SidePanel';
import { db, openCase, putPage, setStep } from '@/lib/db';
import { usePanel } from '@/lib/ui/store';
import { analysis, freshDb, item, snapshot } from '../helpers';

const items = [
  item({
    externalId: 'RPOS',
    rating: 5,
    title: 'Love it',
    body: 'Works perfectly, great quality, very happy.',
    author: 'Ann',
  }),
  item({
    externalId: 'RNEG',
    rating: 1,
    title: 'Broken on arrival',
    body: 'The lid was cracked and the pump stopped working after one day. Terrible.',
    author: 'Bob Miller',
  }),
  item({
    externalId: 'RXSS',
    rating: 2,
    title: 'Weird',
    body: 'Bad <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> product',
    author: 'Eve',
  }),
];

function renderPanel(activeTabId: number | undefined = 1) {
  const insert = vi.fn(async () => ({ ok: true, message: 'Inserted into the reply box.' }));
  const copy = vi.fn(async () => {});
  render(
    <SidePanel activeTabId={activeTabId} insert={insert} copy={copy} openDashboard={vi.fn()} />,
  );
  return { insert, copy };
}

// The panel imports the analysis engine lazily; loading it once here keeps each test's wait short.
beforeAll(() => import('@/lib/analysis'), 30_000);

beforeEach(async () => {
  freshDb();
  usePanel.setState({
    selectedId: undefined,
    stage: {},
    edits: {},
    language: {},
    notice: undefined,
  });
  await putPage(1, 1, 'Customer Reviews', snapshot(items), true, 100);
});
afterEach(cleanup);

describe('SidePanel', () => {
  it('lists the detected items of the tab, negative first', async () => {
    renderPanel();
    // The first render of the run loads the analysis engine (a lazy chunk) cold.
    const rows = await screen.findAllByTestId('detected-item', {}, { timeout: 5000 });
    expect(rows.map((r) => r.getAttribute('data-external-id'))).toHaveLength(3);
    expect(rows[0]?.getAttribute('data-sentiment')).toBe('negative');
    expect(rows.at(-1)?.getAttribute('data-external-id')).toBe('RPOS');
    expect(screen.getByTestId('source-tab').textContent).toMatch(/This tab/);
  });

  it('falls back to the most recently active seller tab and says so', async () => {
    renderPanel(999);
    await screen.findAllByTestId('detected-item');
    expect(screen.getByTestId('source-tab').textContent).toMatch(
      /Most recently active seller-centre tab/,
    );
  });

  it('updates live when the page renders more items', async () => {
    renderPanel();
    await screen.findAllByTestId('detected-item');
    await putPage(
      1,
      1,
      'Customer Reviews',
      snapshot([...items, item({ externalId: 'RNEW', body: 'Arrived late and damaged.' })]),
      true,
      200,
    );
    await waitFor(() => expect(screen.getAllByTestId('detected-item')).toHaveLength(4));
  });

  it('opens a case on click: causes, checklist, a personal draft, and inserts it', async () => {
    const { insert } = renderPanel();
    const rows = await screen.findAllByTestId('detected-item');
    fireEvent.click(rows[0]!);
    const view = await screen.findByTestId('case-view');
    expect(within(view).getAllByTestId('cause')[0]?.getAttribute('data-cause')).toBe('quality');
    const steps = within(view).getAllByTestId('checklist-step');
    expect(steps.map((s) => s.getAttribute('data-step-id'))).toContain('first_contact');
    const draft = within(view).getByTestId('draft-text') as HTMLTextAreaElement;
    expect(draft.value).toContain('Bob Miller');
    await waitFor(async () => expect(await db().cases.get('amazon:RNEG')).toBeDefined());

    fireEvent.click(within(view).getByTestId('insert-draft'));
    await waitFor(() => expect(insert).toHaveBeenCalledWith(1, 'RNEG', draft.value));
    await waitFor(async () => {
      const types = (await db().log.where('caseId').equals('amazon:RNEG').toArray()).map(
        (e) => e.type,
      );
      expect(types).toContain('draft_inserted');
    });
  });

  it("previews a template in settings with the open case's buyer", async () => {
    renderPanel();
    fireEvent.click((await screen.findAllByTestId('detected-item'))[0]!);
    await screen.findByTestId('case-view');
    await waitFor(async () => expect(await db().cases.get('amazon:RNEG')).toBeDefined());
    fireEvent.click(screen.getByTestId('toggle-settings'));
    fireEvent.click(await screen.findByTestId('template-new'));
    fireEvent.change(await screen.findByTestId('template-text'), {
      target: { value: 'Hello {buyer},' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('template-preview').textContent).toBe('Hello Bob Miller,'),
    );
  });

  it('blocks insertion while a compliance finding stands', async () => {
    renderPanel();
    fireEvent.click((await screen.findAllByTestId('detected-item'))[0]!);
    const view = await screen.findByTestId('case-view');
    const draft = within(view).getByTestId('draft-text');
    fireEvent.change(draft, {
      target: { value: 'We will refund you in full if you remove your review.' },
    });
    await waitFor(() =>
      expect(
        within(view)
          .getAllByTestId('lint-finding')
          .some((f) => f.getAttribute('data-severity') === 'block'),
      ).toBe(true),
    );
    expect((within(view).getByTestId('insert-draft') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows a stored case with its steps done', async () => {
    const c = await openCase({
      site: 'amazon',
      item: items[1]!,
      pageUrl: 'u',
      analysis: analysis(),
    });
    await setStep(c.id, 'analyse', 'done');
    usePanel.setState({ selectedId: c.id });
    renderPanel();
    const view = await screen.findByTestId('case-view');
    await waitFor(() =>
      expect(view.querySelector('[data-step-id="analyse"]')?.getAttribute('data-done')).toBe(
        'true',
      ),
    );
    // The timeline is its own live query: it may arrive a render after the steps.
    await waitFor(() =>
      expect(
        within(view)
          .getAllByTestId('timeline-event')
          .map((e) => e.getAttribute('data-type')),
      ).toEqual(['opened', 'step_done']),
    );
  });

  it('renders hostile page text as text', async () => {
    renderPanel();
    const rows = await screen.findAllByTestId('detected-item');
    const xss = rows.find((r) => r.getAttribute('data-external-id') === 'RXSS')!;
    fireEvent.click(xss);
    const view = await screen.findByTestId('case-view');
    expect(view.textContent).toContain('<img src=x onerror="window.__xss=1">');
    expect(document.querySelectorAll('img, script').length).toBe(0);
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });
});

describe('signature', () => {
  it('signs drafts with the agent name and shop saved in the settings', async () => {
    renderPanel();
    fireEvent.click(await screen.findByTestId('toggle-settings'));
    const name = screen.getByTestId('agent-name');
    fireEvent.change(name, { target: { value: '  Lin Wei  ' } });
    fireEvent.blur(name);
    const shop = screen.getByTestId('shop-name');
    fireEvent.change(shop, { target: { value: 'Aurora Home' } });
    fireEvent.blur(shop);
    await waitFor(async () =>
      expect(await db().settings.get('agent')).toMatchObject({
        agentName: 'Lin Wei',
        shopName: 'Aurora Home',
      }),
    );
    // Settings replace the list at panel widths; Back returns to it.
    expect(screen.queryByTestId('detected-item')).toBeNull();
    fireEvent.click(screen.getByTestId('close-settings'));
    fireEvent.click((await screen.findAllByTestId('detected-item'))[0]!);
    const view = await screen.findByTestId('case-view');
    await waitFor(() => {
      const draft = (within(view).getByTestId('draft-text') as HTMLTextAreaElement).value;
      expect(draft).toContain('Lin Wei');
      expect(draft).toContain('Aurora Home');
    });
  });
});

describe('layout at panel widths', () => {
  it('the case replaces the list; Back returns to it with the visited item focused', async () => {
    renderPanel();
    const rows = await screen.findAllByTestId('detected-item');
    fireEvent.click(rows[1]!);
    await screen.findByTestId('case-view');
    expect(screen.queryByTestId('detected-item')).toBeNull();
    expect(screen.getByTestId('case-position').textContent).toBe('2 of 3');
    fireEvent.click(screen.getByTestId('back-to-list'));
    const again = await screen.findAllByTestId('detected-item');
    expect(screen.queryByTestId('case-view')).toBeNull();
    expect(again[1]?.getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(again[1]);
  });

  it('leaves a picked case when the page shows other items at the same URL, not on an empty re-read', async () => {
    renderPanel();
    const rows = await screen.findAllByTestId('detected-item');
    fireEvent.click(rows[0]!);
    await screen.findByTestId('case-view');
    // the page re-renders and is read empty for a moment: the agent keeps the case
    await putPage(1, 1, 'Customer Reviews', snapshot([]), true, 200);
    await new Promise((r) => setTimeout(r, 100));
    expect(await screen.findByTestId('case-view')).toBeTruthy();
    // another conversation opens in place (千牛 keeps its URL): the panel follows it
    const other = item({ externalId: 'ROTHER', rating: 1, body: 'Still waiting, no reply.' });
    await putPage(1, 1, 'Customer Reviews', snapshot([other]), true, 300);
    const now = await screen.findAllByTestId('detected-item');
    expect(now.map((r) => r.getAttribute('data-external-id'))).toEqual(['ROTHER']);
    expect(screen.queryByTestId('case-view')).toBeNull();
  });

  it('steps to the next and previous item without going back to the list', async () => {
    renderPanel();
    const rows = await screen.findAllByTestId('detected-item');
    const ids = rows.map((r) => r.getAttribute('data-external-id'));
    fireEvent.click(rows[0]!);
    expect((screen.getByTestId('prev-item') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('next-item'));
    await waitFor(() =>
      expect(screen.getByTestId('case-view').getAttribute('data-case-id')).toBe(`amazon:${ids[1]}`),
    );
    fireEvent.click(screen.getByTestId('prev-item'));
    await waitFor(() =>
      expect(screen.getByTestId('case-view').getAttribute('data-case-id')).toBe(`amazon:${ids[0]}`),
    );
  });

  it('puts the next step and the draft before the checklist, the current step open', async () => {
    renderPanel();
    fireEvent.click((await screen.findAllByTestId('detected-item'))[0]!);
    const view = await screen.findByTestId('case-view');
    const next = within(view).getByTestId('next-step');
    const draft = within(view).getByTestId('draft-text');
    const firstStep = within(view).getAllByTestId('checklist-step')[0]!;
    const follows = (a: Element, b: Element) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(next, draft)).toBe(true);
    expect(follows(draft, firstStep)).toBe(true);
    const open = view.querySelectorAll('[data-testid="checklist-step"] details[open]');
    expect(open).toHaveLength(1);
    expect(open[0]?.closest('li')?.getAttribute('data-step-id')).toBe('analyse');
  });

  it('names each step button after its step, and marks the current one done from the top', async () => {
    renderPanel();
    fireEvent.click((await screen.findAllByTestId('detected-item'))[0]!);
    const view = await screen.findByTestId('case-view');
    const names = within(view)
      .getAllByTestId('step-done')
      .map((b) => b.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(names.length);
    await waitFor(() =>
      expect((within(view).getByTestId('next-step-done') as HTMLButtonElement).disabled).toBe(
        false,
      ),
    );
    fireEvent.click(within(view).getByTestId('next-step-done'));
    await waitFor(() =>
      expect(view.querySelector('[data-step-id="analyse"]')?.getAttribute('data-done')).toBe(
        'true',
      ),
    );
    expect(
      view.querySelector('[data-testid="checklist-step"] details[open]')?.closest('li')?.dataset
        .stepId,
    ).not.toBe('analyse');
  });

  it('shows the insert result right under the Insert button', async () => {
    renderPanel();
    fireEvent.click((await screen.findAllByTestId('detected-item'))[0]!);
    const view = await screen.findByTestId('case-view');
    const button = within(view).getByTestId('insert-draft');
    fireEvent.click(button);
    const notice = await within(view).findByTestId('notice');
    expect(notice.textContent).toBe('Inserted into the reply box.');
    expect(button.closest('.draft')?.contains(notice)).toBe(true);
  });
});
