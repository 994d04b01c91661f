// The background pushes each page it reads to an open panel before writing it:
// the panel lists it at once, and the store stays the source of truth.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanel } from '@/components/SidePanel';
import { putPage } from '@/lib/db';
import { usePanel } from '@/lib/ui/store';
import { freshDb, item, snapshot } from '../helpers';

const fromBackground = { id: fakeBrowser.runtime.id };
const push = (msg: unknown, sender: object = fromBackground) =>
  act(async () => {
    await fakeBrowser.runtime.onMessage.trigger(msg, sender, () => {});
  });
const seen = (ids: string[], at: number) => ({
  type: 'page-seen',
  tabId: 1,
  windowId: 1,
  title: 'Customer Reviews',
  snapshot: snapshot(ids.map((externalId) => item({ externalId }))),
  active: true,
  at,
});
const listed = () =>
  screen.queryAllByTestId('detected-item').map((r) => r.getAttribute('data-external-id'));

beforeAll(() => import('@/lib/analysis'), 30_000);
beforeEach(() => {
  fakeBrowser.reset();
  freshDb();
  usePanel.setState({ selectedId: undefined, notice: undefined });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(cleanup);

describe('SidePanel with pages pushed by the background', () => {
  it('lists a pushed page that is not stored yet, and drops it when its page is gone', async () => {
    render(<SidePanel activeTabId={1} insert={vi.fn()} copy={vi.fn()} openDashboard={vi.fn()} />);
    await push(seen(['RPUSHED'], 100));
    await waitFor(() => expect(listed()).toEqual(['RPUSHED']));
    await push({ type: 'page-gone', tabId: 1 });
    await waitFor(() => expect(listed()).toEqual([]));
  });

  it('ignores a push from a tab and a malformed one, with a warning for the malformed', async () => {
    await putPage(1, 1, 'Customer Reviews', snapshot([item({ externalId: 'RSTORED' })]), true, 50);
    render(<SidePanel activeTabId={1} insert={vi.fn()} copy={vi.fn()} openDashboard={vi.fn()} />);
    await waitFor(() => expect(listed()).toEqual(['RSTORED']));
    // a content script's message reaches extension pages too: it cannot speak for the store
    await push(seen(['RFROMTAB'], 100), { ...fromBackground, tab: { id: 1 } });
    await push({ ...seen(['RBAD'], 100), snapshot: { site: 'amazon' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(listed()).toEqual(['RSTORED']);
    expect(console.warn).toHaveBeenCalledWith(
      '[defuse] dropped a malformed page push:',
      expect.any(String),
    );
  });

  it('follows the store when it holds a newer record than the last push', async () => {
    render(<SidePanel activeTabId={1} insert={vi.fn()} copy={vi.fn()} openDashboard={vi.fn()} />);
    await push(seen(['RPUSHED'], 100));
    await waitFor(() => expect(listed()).toEqual(['RPUSHED']));
    await act(() =>
      putPage(1, 1, 'Customer Reviews', snapshot([item({ externalId: 'RLATER' })]), true, 200),
    );
    await waitFor(() => expect(listed()).toEqual(['RLATER']));
  });
});
