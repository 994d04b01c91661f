import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SidePanel } from '@/components/SidePanel';
import { db, putPage } from '@/lib/db';
import { useUiLocale } from '@/lib/i18n/react';
import { usePanel } from '@/lib/ui/store';
import { freshDb, item, snapshot } from '../helpers';

// Issue 8: the agent's edits to a draft are kept with the case and survive a panel reload, and a
// reset can be undone. A reload loses everything in memory (the zustand panel state); only Dexie stays.

beforeAll(() => import('@/lib/analysis'), 30_000);
beforeEach(async () => {
  freshDb();
  useUiLocale.getState().setUiLocale('en');
  usePanel.setState({ selectedId: undefined, stage: {}, edits: {}, language: {} });
  await putPage(
    1,
    1,
    'Customer Reviews',
    snapshot([
      item({
        externalId: 'RNEG',
        rating: 1,
        body: 'The pump stopped working after one day. Terrible.',
        author: 'Bob Miller',
      }),
    ]),
    true,
    100,
  );
});
afterEach(cleanup);

function panel() {
  return render(
    <SidePanel
      activeTabId={1}
      insert={vi.fn(async () => ({ ok: true, message: 'ok' }))}
      copy={vi.fn(async () => {})}
      openDashboard={vi.fn()}
    />,
  );
}

async function openCase() {
  fireEvent.click((await screen.findAllByTestId('detected-item'))[0]!);
  return screen.findByTestId('case-view');
}

/** What a reload of the side panel does: the page goes, and with it all in-memory state. */
function reload(unmount: () => void) {
  unmount();
  usePanel.setState({ selectedId: undefined, stage: {}, edits: {}, language: {} });
}

const draftText = (view: HTMLElement) =>
  (within(view).getByTestId('draft-text') as HTMLTextAreaElement).value;

describe('the agent’s draft edits', () => {
  it('survive a panel reload, also on a stage and language the agent picked', async () => {
    const first = panel();
    let view = await openCase();
    const stageSelect = within(view).getByTestId('draft-stage') as HTMLSelectElement;
    const suggested = stageSelect.value;
    const other = [...stageSelect.options].map((o) => o.value).find((v) => v !== suggested);
    expect(other, 'the case offers more than one stage').toBeDefined();
    fireEvent.change(stageSelect, { target: { value: other } });
    const language = within(view).getByDisplayValue('English') as HTMLSelectElement;
    fireEvent.change(language, { target: { value: 'zh-Hans' } });
    const edit = '您好，非常抱歉水泵只用了一天就坏了。我们今天给您补发新的。';
    fireEvent.change(within(view).getByTestId('draft-text'), { target: { value: edit } });
    await waitFor(async () =>
      expect((await db().cases.toArray())[0]?.draft).toMatchObject({
        text: edit,
        stage: other,
        language: 'zh-Hans',
      }),
    );

    reload(first.unmount);
    panel();
    view = await openCase();
    await waitFor(() => expect(draftText(view)).toBe(edit));
    expect((within(view).getByTestId('draft-stage') as HTMLSelectElement).value).toBe(other);
  });

  it('come back after a reset is undone, also across a reload', async () => {
    const first = panel();
    let view = await openCase();
    const generated = draftText(view);
    const edit = `${generated}\nI have already sent a replacement.`;
    fireEvent.change(within(view).getByTestId('draft-text'), { target: { value: edit } });
    await waitFor(async () => expect((await db().cases.toArray())[0]?.draft?.text).toBe(edit));

    fireEvent.click(within(view).getByRole('button', { name: 'Reset draft' }));
    await waitFor(() => expect(draftText(view)).toBe(generated));
    await waitFor(async () =>
      expect((await db().cases.toArray())[0]?.draft).toMatchObject({ text: '', previous: edit }),
    );

    // The reset is kept over a reload, and so is the way back.
    reload(first.unmount);
    panel();
    view = await openCase();
    await waitFor(() => expect(draftText(view)).toBe(generated));
    fireEvent.click(await within(view).findByTestId('undo-reset'));
    await waitFor(() => expect(draftText(view)).toBe(edit));
    expect(within(view).queryByTestId('undo-reset')).toBeNull();
  });

  it('a reset right after typing (before the edit is stored) is kept, and can be undone', async () => {
    const first = panel();
    let view = await openCase();
    const generated = draftText(view);
    const edit = 'Dear Bob, a new pump is on its way.';
    fireEvent.change(within(view).getByTestId('draft-text'), { target: { value: edit } });
    fireEvent.click(within(view).getByRole('button', { name: 'Reset draft' }));
    await waitFor(async () =>
      expect((await db().cases.toArray())[0]?.draft).toMatchObject({ text: '', previous: edit }),
    );
    // A second reset has nothing to replace: the way back stays.
    fireEvent.click(within(view).getByRole('button', { name: 'Reset draft' }));
    reload(first.unmount);
    panel();
    view = await openCase();
    await waitFor(() => expect(draftText(view)).toBe(generated));
    fireEvent.click(await within(view).findByTestId('undo-reset'));
    await waitFor(() => expect(draftText(view)).toBe(edit));
  });
});
