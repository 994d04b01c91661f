import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { mergeCases } from '@/lib/db';
import * as query from '@/lib/db/query';
import { PASS_DELAY_MS } from '@/components/dashboard/KpiSection';
import { caseRecord, freshDb, item } from '../helpers';

// The count is held back, to see what the dashboard shows before it arrives.
let releaseCount: () => void = () => undefined;
let holdCount = true;
vi.mock('@/lib/db/query', async (original) => {
  const real = await original<typeof import('@/lib/db/query')>();
  return {
    ...real,
    countShown: vi.fn((f: import('@/lib/db/query').CaseFilter) =>
      !holdCount
        ? real.countShown(f)
        : new Promise((resolve) => {
            releaseCount = () => void real.countShown(f).then(resolve);
          }),
    ),
    indexedCounts: vi.fn(real.indexedCounts),
    casePage: vi.fn(real.casePage),
    forEachShown: vi.fn(real.forEachShown),
  };
});

const seed = (n: number) =>
  mergeCases(
    Array.from({ length: n }, (_, i) =>
      caseRecord({
        id: `amazon:R${i}`,
        externalId: `R${i}`,
        createdAt: 1_700_000_000_000 + i,
        updatedAt: 1_700_000_000_000 + i,
        item: item({ externalId: `R${i}` }),
      }),
    ),
    [],
    { now: 1_700_000_000_000 },
  );

/** The dashboard on 150 cases with its first full pass started, the mocks' records cleared. */
async function settledDashboard() {
  await seed(150);
  const { Dashboard } = await import('@/components/Dashboard');
  render(<Dashboard />);
  releaseCount();
  await waitFor(() => expect(vi.mocked(query.forEachShown)).toHaveBeenCalled());
  vi.clearAllMocks();
}

beforeEach(() => {
  holdCount = true;
  freshDb();
  vi.clearAllMocks();
  vi.resetModules();
});
afterEach(cleanup);

describe('the dashboard’s first page', () => {
  it('shows the newest rows before the count, and reads the index counts only after them', async () => {
    await seed(150);
    const { prefetchFirstPage } = await import('@/components/dashboard/firstPage');
    const { Dashboard } = await import('@/components/Dashboard');
    prefetchFirstPage();
    render(<Dashboard />);
    await waitFor(() => expect(screen.getAllByTestId('case-row').length).toBeGreaterThan(5));
    expect(screen.getAllByTestId('case-row')[0]?.dataset.caseId).toBe('amazon:R149');
    expect(screen.getByTestId('case-count').dataset.value).toBe('');
    // One read for the first page: the prefetched one is taken, not read again.
    expect(vi.mocked(query.casePage)).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(vi.mocked(query.indexedCounts)).toHaveBeenCalled());
    const firstRowsAt = vi.mocked(query.casePage).mock.invocationCallOrder[0]!;
    expect(vi.mocked(query.indexedCounts).mock.invocationCallOrder[0]).toBeGreaterThan(firstRowsAt);
    releaseCount();
    await waitFor(() => expect(screen.getByTestId('case-count').dataset.value).toBe('150'));
  });

  it('shows a short store whole before its count, and the empty state when there is nothing', async () => {
    await seed(3);
    const { Dashboard } = await import('@/components/Dashboard');
    render(<Dashboard />);
    await waitFor(() => expect(screen.getAllByTestId('case-row')).toHaveLength(3));
    // Without a prefetch too, the page is asked for before the index counts.
    await waitFor(() => expect(vi.mocked(query.indexedCounts)).toHaveBeenCalled());
    expect(vi.mocked(query.indexedCounts).mock.invocationCallOrder[0]).toBeGreaterThan(
      vi.mocked(query.casePage).mock.invocationCallOrder[0]!,
    );
    // The count too: it walks the whole range.
    expect(vi.mocked(query.countShown).mock.invocationCallOrder[0]).toBeGreaterThan(
      vi.mocked(query.casePage).mock.invocationCallOrder[0]!,
    );
    releaseCount();
    await waitFor(() => expect(screen.getByTestId('case-count').dataset.value).toBe('3'));
    cleanup();
    freshDb();
    render(<Dashboard />);
    await waitFor(() => expect(screen.queryAllByTestId('case-row')).toHaveLength(0));
    // The count is asked for once the (empty) first page is in.
    await waitFor(() => {
      releaseCount();
      expect(screen.getByTestId('empty-state').textContent).toMatch(/No cases yet/);
    });
  });

  it('after a filter change, reads the new first page before its full pass and counts', async () => {
    await settledDashboard();
    fireEvent.change(screen.getByTestId('filter-site'), { target: { value: 'ebay' } });
    releaseCount();
    await waitFor(() => expect(vi.mocked(query.forEachShown)).toHaveBeenCalled());
    const order = (fn: (...a: never[]) => unknown) => vi.mocked(fn).mock.invocationCallOrder[0]!;
    expect(vi.mocked(query.casePage).mock.calls[0]?.[0]).toEqual({ site: 'ebay' });
    expect(order(query.forEachShown)).toBeGreaterThan(order(query.casePage));
    expect(order(query.indexedCounts)).toBeGreaterThan(order(query.casePage));
  });

  it('starts no full pass for a filter left within moments (a lead flipping through them)', async () => {
    holdCount = false;
    await settledDashboard();
    fireEvent.change(screen.getByTestId('filter-site'), { target: { value: 'ebay' } });
    releaseCount();
    // Every seeded case is Amazon's: eBay shows its empty state, then the lead moves on.
    await screen.findByTestId('empty-state');
    // A lead glancing at the empty state and moving on, well within the pass's delay.
    expect(PASS_DELAY_MS).toBeGreaterThan(150);
    await new Promise((r) => setTimeout(r, 40));
    fireEvent.change(screen.getByTestId('filter-site'), { target: { value: 'amazon' } });
    await waitFor(() => expect(vi.mocked(query.forEachShown)).toHaveBeenCalled());
    expect(vi.mocked(query.forEachShown).mock.calls.map((c) => c[0])).toEqual([{ site: 'amazon' }]);
  });
});
