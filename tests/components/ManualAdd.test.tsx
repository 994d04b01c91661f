import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { SidePanel } from '@/components/SidePanel';
import { PageStatus, pageStatusOf } from '@/components/PageStatus';
import { db, putPage } from '@/lib/db';
import { usePanel } from '@/lib/ui/store';
import { manualItem } from '@/lib/ui/manual';
import { freshDb, item, snapshot } from '../helpers';
import { useUiLocale } from '@/lib/i18n/react';

// The case view is a lazy chunk now: load it and the analysis once up front, as the other panel
// tests do, so their cold import on a loaded machine does not eat the 5 s the assertions wait.
beforeAll(() => Promise.all([import('@/components/CaseView'), import('@/lib/analysis')]), 30_000);

function renderPanel(activeTabId: number | undefined = 1) {
  render(
    <SidePanel
      activeTabId={activeTabId}
      insert={vi.fn(async () => ({ ok: true, message: 'ok' }))}
      copy={vi.fn(async () => {})}
      openDashboard={vi.fn()}
    />,
  );
}

beforeEach(() => {
  freshDb();
  usePanel.setState({
    selectedId: undefined,
    stage: {},
    edits: {},
    language: {},
    notice: undefined,
  });
});
afterEach(cleanup);

describe('PageStatus', () => {
  it('names what the panel sees of the page', () => {
    expect(pageStatusOf(undefined)).toBe('unsupported');
    expect(pageStatusOf(snapshot([]), 'boom')).toBe('error');
    expect(pageStatusOf(snapshot([], { pageKind: 'none' }))).toBe('not-recognised');
    expect(pageStatusOf(snapshot([item()]))).toBe('recognised');
    render(<PageStatus snapshot={snapshot([], { site: 'ebay', pageKind: 'none' })} />);
    const s = screen.getByTestId('page-status');
    expect(s.getAttribute('data-status')).toBe('not-recognised');
    expect(s.getAttribute('data-site')).toBe('ebay');
    expect(s.textContent).toMatch(/Alt\+Shift\+S/);
  });
});

describe('the manual path', () => {
  it('gives the same paste the same id, and nothing for blank text', () => {
    const a = manualItem({ site: 'ebay', kind: 'feedback', text: '  Never arrived!  ' });
    const b = manualItem({ site: 'ebay', kind: 'feedback', text: 'Never arrived!' });
    expect(a?.externalId).toBe(b?.externalId);
    expect(a).toMatchObject({ manual: true, replyable: false, body: 'Never arrived!' });
    expect(manualItem({ site: 'ebay', kind: 'feedback', text: ' \n ' })).toBeUndefined();
  });

  it('on a page Defuse cannot read: says so, and a pasted text becomes a case with drafts', async () => {
    await putPage(
      1,
      1,
      'Seller Hub',
      snapshot([], {
        site: 'amazon',
        pageKind: 'none',
        url: 'https://sellercentral.amazon.com/home',
      }),
      true,
      100,
    );
    renderPanel();
    const status = await screen.findByTestId('page-status');
    expect(status.getAttribute('data-status')).toBe('not-recognised');
    expect(status.getAttribute('data-site')).toBe('amazon');
    fireEvent.click(screen.getByTestId('manual-add'));
    expect(await screen.findByRole('alert')).toBeTruthy(); // empty text is refused, said
    fireEvent.change(screen.getByTestId('manual-text'), {
      target: { value: 'The blender arrived broken and nobody answers me. I want a refund now!' },
    });
    fireEvent.change(screen.getByTestId('manual-kind'), { target: { value: 'messages' } });
    fireEvent.click(screen.getByTestId('manual-add'));
    const view = await screen.findByTestId('case-view', {}, { timeout: 5000 });
    expect(within(view).getAllByTestId('cause').length).toBeGreaterThan(0);
    expect(
      (within(view).getByTestId('draft-text') as HTMLTextAreaElement).value.length,
    ).toBeGreaterThan(40);
    const cases = await db().cases.toArray();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ site: 'amazon', kind: 'messages', status: 'new' });
    expect(cases[0]!.item.manual).toBe(true);
    expect((await db().log.toArray()).map((e) => e.type)).toEqual(['opened']);
  });

  it('with no seller tab at all: unsupported, and the manual item is listed afterwards', async () => {
    renderPanel(undefined);
    const status = await screen.findByTestId('page-status');
    expect(status.getAttribute('data-status')).toBe('unsupported');
    expect(status.hasAttribute('data-site')).toBe(false);
    fireEvent.change(screen.getByTestId('manual-site'), { target: { value: 'ebay' } });
    fireEvent.change(screen.getByTestId('manual-kind'), { target: { value: 'feedback' } });
    fireEvent.change(screen.getByTestId('manual-text'), {
      target: { value: '质量太差了，用了两天就坏了，要求退款' },
    });
    fireEvent.click(screen.getByTestId('manual-add'));
    await screen.findByTestId('case-view', {}, { timeout: 5000 });
    const c = (await db().cases.toArray())[0]!;
    expect(c).toMatchObject({ site: 'ebay', kind: 'feedback' });
    usePanel.setState({ selectedId: undefined });
    const rows = await screen.findAllByTestId('detected-item');
    expect(rows.map((r) => r.getAttribute('data-external-id'))).toEqual([c.externalId]);
  });
});

describe('PageStatus, a virtualised list', () => {
  const virtual = snapshot([item()], {
    warnings: [
      'list shows 40 of 2000 rows: it draws only the rows in view; scroll it to read the rest',
    ],
  });
  it('says in the page status that the list has more rows than it drew', () => {
    render(<PageStatus snapshot={virtual} />);
    const more = screen.getByTestId('page-status-more');
    expect(screen.getByTestId('page-status').contains(more)).toBe(true);
    expect(more.textContent).toMatch(/2,000 rows.*40 in view: scroll it to read more/);
  });
  it('in the agent’s language', () => {
    useUiLocale.getState().setUiLocale('zh-CN');
    try {
      render(<PageStatus snapshot={virtual} />);
      expect(screen.getByTestId('page-status-more').textContent).toMatch(/共 2,000 行.*40 行/);
    } finally {
      useUiLocale.getState().setUiLocale('en');
    }
  });
  it('says nothing of other warnings, or on a page it does not read', () => {
    render(<PageStatus snapshot={snapshot([item()], { warnings: ['review R1: no body'] })} />);
    expect(screen.queryByTestId('page-status-more')).toBeNull();
    cleanup();
    render(<PageStatus snapshot={{ ...virtual, pageKind: 'none' }} />);
    expect(screen.queryByTestId('page-status-more')).toBeNull();
  });
});
