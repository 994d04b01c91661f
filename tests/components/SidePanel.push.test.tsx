// The background pushes each page it reads to an open panel before writing it:
// the panel lists it at once, and the store stays the source of truth.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanel } from '@/components/SidePanel';
import { putPage } from '@/lib/db';
import { usePanel } from '@/lib/ui/store';
import { pagePushChannel } from '@/lib/background/page-push';
import { freshDb, item, snapshot } from '../helpers';

// The background's side of the channel (entrypoints/background.ts posts on one of its own).
let background: BroadcastChannel;
/** Posts as the background does and waits until the panel has had it. */
const push = (msg: unknown) =>
  act(async () => {
    const heard = new Promise<void>((resolve) => {
      const probe = pagePushChannel()!;
      probe.onmessage = () => {
        probe.close();
        resolve();
      };
    });
    background.postMessage(msg);
    await heard;
    await new Promise((r) => setTimeout(r, 0));
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
  background = pagePushChannel()!;
  freshDb();
  usePanel.setState({ selectedId: undefined, notice: undefined });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  background.close();
});

describe('SidePanel with pages pushed by the background', () => {
  it('lists a pushed page that is not stored yet, and drops it when its page is gone', async () => {
    render(<SidePanel activeTabId={1} insert={vi.fn()} copy={vi.fn()} openDashboard={vi.fn()} />);
    await push(seen(['RPUSHED'], 100));
    await waitFor(() => expect(listed()).toEqual(['RPUSHED']));
    await push({ type: 'page-gone', tabId: 1 });
    await waitFor(() => expect(listed()).toEqual([]));
  });

  it('ignores a malformed push, with a warning, and a content script’s message', async () => {
    await putPage(1, 1, 'Customer Reviews', snapshot([item({ externalId: 'RSTORED' })]), true, 50);
    render(<SidePanel activeTabId={1} insert={vi.fn()} copy={vi.fn()} openDashboard={vi.fn()} />);
    await waitFor(() => expect(listed()).toEqual(['RSTORED']));
    // a content script's runtime message reaches extension pages: it is not a push
    await act(async () => {
      await fakeBrowser.runtime.onMessage.trigger(
        seen(['RFROMTAB'], 100),
        { id: fakeBrowser.runtime.id, tab: { id: 1 } } as never,
        () => {},
      );
    });
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
