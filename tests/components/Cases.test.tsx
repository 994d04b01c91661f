import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CaseQueue } from '@/components/CaseQueue';
import { CaseNotes } from '@/components/CaseNotes';
import { Dashboard } from '@/components/Dashboard';
import {
  db,
  mergeCases,
  openCase,
  recordDraft,
  setNotes,
  saveSettings,
  setOwner,
  setRemedy,
} from '@/lib/db';
import { useUiLocale } from '@/lib/i18n/react';
import { SEARCH_BOUNDS } from '@/lib/db/query';
import { analysis, caseRecord, freshDb, item } from '../helpers';

const H = 3_600_000;
const now = Date.UTC(2026, 10, 24, 8);

async function seed() {
  // Written 21 h ago: its first reply is due in 3 h (red). Another written 2 h ago.
  await openCase({
    site: 'amazon',
    item: item({
      externalId: 'OLD',
      kind: 'messages',
      body: 'Where is my parcel?',
      date: new Date(now - 21 * H).toISOString() as never,
    }),
    pageUrl: 'https://sellercentral.amazon.com/messaging/inbox',
    analysis: analysis({ causes: [{ cause: 'logistics', score: 1, evidence: [] }] }),
    now: now - 20 * H,
  });
  await openCase({
    site: 'ebay',
    item: item({
      externalId: 'NEW',
      kind: 'messages',
      body: 'Broken handle',
      date: new Date(now - 2 * H).toISOString() as never,
    }),
    pageUrl: 'https://www.ebay.com/mesg',
    analysis: analysis({ flags: ['legal_threat'] }),
    now: now - H,
  });
  const answered = await openCase({
    site: 'amazon',
    item: item({
      externalId: 'DONE',
      body: 'ok',
      date: new Date(now - 30 * H).toISOString() as never,
    }),
    pageUrl: 'https://sellercentral.amazon.com/x',
    analysis: analysis(),
    now: now - 30 * H,
  });
  await recordDraft(answered.id, 'draft_inserted', 'first_contact', now - 29 * H);
}

beforeEach(() => {
  freshDb();
  useUiLocale.setState({ locale: 'en' });
});
afterEach(cleanup);

describe('CaseQueue', () => {
  it('lists open cases across marketplaces by nearest deadline; only near ones are red', async () => {
    await seed();
    const onOpen = vi.fn();
    render(<CaseQueue now={now} onOpen={onOpen} onOpenPage={vi.fn()} />);
    const items = await screen.findAllByTestId('queue-item');
    expect(items.map((i) => i.getAttribute('data-case-id'))).toEqual([
      'amazon:OLD',
      'ebay:NEW',
      'amazon:DONE',
    ]);
    expect(items[0]?.getAttribute('data-due-at')).toBe(new Date(now + 3 * H).toISOString());
    expect(items.map((i) => i.getAttribute('data-urgency'))).toEqual(['near', 'ok', 'ok']);
    fireEvent.click(within(items[1]!).getAllByRole('button')[0]!);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'ebay:NEW' }));
  });

  it('filters by marketplace, flag and owner', async () => {
    await seed();
    await setOwner('amazon:DONE', 'Someone else');
    await saveSettings({ agentName: 'Me' });
    render(<CaseQueue now={now} agentName="Me" onOpen={vi.fn()} onOpenPage={vi.fn()} />);
    await waitFor(() => expect(screen.getAllByTestId('queue-item')).toHaveLength(2));
    fireEvent.change(screen.getByTestId('queue-owner'), { target: { value: 'all' } });
    await waitFor(() => expect(screen.getAllByTestId('queue-item')).toHaveLength(3));
    fireEvent.change(screen.getByTestId('queue-site'), { target: { value: 'ebay' } });
    await waitFor(() => expect(screen.getAllByTestId('queue-item')).toHaveLength(1));
    fireEvent.change(screen.getByTestId('queue-flag'), { target: { value: 'extortion' } });
    await waitFor(() => expect(screen.queryAllByTestId('queue-item')).toHaveLength(0));
    expect(screen.getByText(/No open case matches/)).toBeTruthy();
  });
});

describe('CaseNotes', () => {
  it('saves what the agent types and shows it again after a reload', async () => {
    await seed();
    const { unmount } = render(<CaseNotes caseId="amazon:OLD" record={{ notes: '' }} />);
    fireEvent.change(screen.getByTestId('case-notes'), { target: { value: 'Promised a refund' } });
    fireEvent.blur(screen.getByTestId('case-notes'));
    await waitFor(async () =>
      expect((await db().cases.get('amazon:OLD'))?.notes).toBe('Promised a refund'),
    );
    unmount();
    const stored = await db().cases.get('amazon:OLD');
    render(<CaseNotes caseId="amazon:OLD" record={stored} />);
    expect((screen.getByTestId('case-notes') as HTMLTextAreaElement).value).toBe(
      'Promised a refund',
    );
  });
});

describe('Dashboard', () => {
  it('says what is empty when there are no cases', async () => {
    render(<Dashboard />);
    expect((await screen.findByTestId('empty-state')).textContent).toMatch(/No cases yet/);
  });

  it('filters, shows the numbers, and opens a case with its notes and timeline', async () => {
    await seed();
    await setNotes('amazon:OLD', 'Carrier lost it', now);
    render(<Dashboard />);
    await waitFor(() => expect(screen.getAllByTestId('case-row')).toHaveLength(3));
    await waitFor(() =>
      expect(
        screen.getAllByTestId('kpi').find((k) => k.dataset.kpi === 'total')?.dataset.value,
      ).toBe('3'),
    );
    const kpi = (id: string) =>
      screen.getAllByTestId('kpi').find((k) => k.dataset.kpi === id)?.dataset.value;
    // The full pass fills in what index counts cannot give, after the first page.
    await waitFor(() => expect(kpi('within_24h_pct')).toBe('100'));
    expect(screen.getByTestId('kpis').dataset.complete).toBe('true');
    fireEvent.change(screen.getByTestId('filter-site'), { target: { value: 'ebay' } });
    await waitFor(() =>
      expect(screen.getAllByTestId('case-row').map((r) => r.dataset.caseId)).toEqual(['ebay:NEW']),
    );
    fireEvent.change(screen.getByTestId('filter-site'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-search'), { target: { value: 'parcel' } });
    await waitFor(() =>
      expect(screen.getAllByTestId('case-row').map((r) => r.dataset.caseId)).toEqual([
        'amazon:OLD',
      ]),
    );
    fireEvent.click(screen.getAllByTestId('case-row')[0]!);
    const detail = await screen.findByTestId('case-detail');
    await waitFor(() =>
      expect((within(detail).getByTestId('case-notes') as HTMLTextAreaElement).value).toBe(
        'Carrier lost it',
      ),
    );
    await waitFor(() =>
      expect(
        within(detail)
          .getAllByTestId('timeline-event')
          .map((e) => e.textContent),
      ).toEqual([expect.stringMatching(/Case opened/), expect.stringMatching(/Note saved/)]),
    );
    fireEvent.change(screen.getByTestId('filter-search'), {
      target: { value: 'nothing-like-this' },
    });
    expect((await screen.findByTestId('empty-state')).textContent).toMatch(/No case matches/);
  });

  it('the case detail shows the remedies offered and lets a lead correct the owner', async () => {
    await seed();
    await setOwner('amazon:OLD', 'Lin', now);
    await setRemedy('amazon:OLD', 'full_refund', true, now);
    await setRemedy('amazon:OLD', 'coupon', true, now + 1);
    location.hash = '#case=amazon%3AOLD';
    render(<Dashboard />);
    const detail = await screen.findByTestId('case-detail');
    await waitFor(() =>
      expect(
        within(detail)
          .getAllByTestId('detail-remedy')
          .map((r) => r.textContent),
      ).toEqual(['Full refund', 'Store coupon']),
    );
    const owner = within(detail).getByTestId('detail-owner') as HTMLInputElement;
    expect(owner.value).toBe('Lin');
    fireEvent.change(owner, { target: { value: '  Mei ' } });
    fireEvent.blur(owner);
    await waitFor(async () => expect((await db().cases.get('amazon:OLD'))?.owner).toBe('Mei'));
    const events = await db().log.where('caseId').equals('amazon:OLD').toArray();
    expect(events.some((e) => e.type === 'owner' && e.detail === 'Mei')).toBe(true);
    // The timeline says so in words.
    await waitFor(() =>
      expect(within(detail).getAllByTestId('timeline-event').at(-1)?.textContent).toMatch(/Mei/),
    );
    location.hash = '';
  });

  it('a case without remedies says so', async () => {
    await seed();
    location.hash = '#case=ebay%3ANEW';
    render(<Dashboard />);
    const detail = await screen.findByTestId('case-detail');
    expect(within(detail).getByTestId('detail-remedies').textContent).toMatch(
      /No remedy offered yet/,
    );
    location.hash = '';
  });

  it('says when a very short search shows only part of the matches', async () => {
    await mergeCases(
      Array.from({ length: 12 }, (_, i) =>
        caseRecord({
          id: `amazon:Q${i}`,
          externalId: `Q${i}`,
          createdAt: now + i,
          updatedAt: now + i,
          item: item({ externalId: `Q${i}`, body: 'quality issue' }),
        }),
      ),
      [],
    );
    const saved = { ...SEARCH_BOUNDS };
    Object.assign(SEARCH_BOUNDS, { narrow: 5, scan: 4 });
    try {
      render(<Dashboard />);
      await waitFor(() => expect(screen.getAllByTestId('case-row')).toHaveLength(12));
      fireEvent.change(screen.getByTestId('filter-search'), { target: { value: 'q' } });
      await waitFor(() => expect(screen.getByTestId('case-count').dataset.partial).toBe('true'));
      expect(screen.getByTestId('case-count').textContent).toMatch(/first 4 matches/);
      await waitFor(() => expect(screen.getAllByTestId('case-row')).toHaveLength(4));
      // A longer term is read whole: the full result, not marked partial.
      fireEvent.change(screen.getByTestId('filter-search'), { target: { value: 'q11' } });
      await waitFor(() =>
        expect(screen.getAllByTestId('case-row').map((r) => r.dataset.caseId)).toEqual([
          'amazon:Q11',
        ]),
      );
      // The count follows the first page: wait for it, then it is whole.
      await waitFor(() => expect(screen.getByTestId('case-count').dataset.value).toBe('1'));
      expect(screen.getByTestId('case-count').dataset.partial).toBeUndefined();
    } finally {
      Object.assign(SEARCH_BOUNDS, saved);
    }
  });

  it('filters by an agent whose cases came from a merged import', async () => {
    await seed();
    await mergeCases(
      [
        caseRecord({
          id: 'taobao:T9',
          site: 'taobao',
          externalId: 'T9',
          owner: '王芳',
          createdAt: now,
          updatedAt: now,
          item: item({ externalId: 'T9', body: '物流太慢' }),
        }),
      ],
      [],
    );
    render(<Dashboard />);
    await waitFor(() => expect(screen.getAllByTestId('case-row')).toHaveLength(4));
    const select = screen.getByTestId('filter-owner') as HTMLSelectElement;
    await waitFor(() => expect([...select.options].map((o) => o.value)).toContain('王芳'));
    fireEvent.change(select, { target: { value: '王芳' } });
    await waitFor(() =>
      expect(screen.getAllByTestId('case-row').map((r) => r.dataset.caseId)).toEqual(['taobao:T9']),
    );
  });
});
