// The question by the Insert button when the page's reply box already holds the
// agent's text: Replace, Add after (only when it fits), or Leave it.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DraftEditor } from '@/components/DraftEditor';
import { SidePanel } from '@/components/SidePanel';
import { db, putPage } from '@/lib/db';
import { useUiLocale } from '@/lib/i18n/react';
import type { InsertReply } from '@/lib/insert-reply';
import { usePanel } from '@/lib/ui/store';
import { freshDb, item, snapshot } from '../helpers';

afterEach(cleanup);

function editor(props: Partial<Parameters<typeof DraftEditor>[0]> = {}) {
  const onAnswer = vi.fn();
  const onInsert = vi.fn();
  render(
    <DraftEditor
      text="Sorry the parcel came late."
      findings={[]}
      stage="public_reply"
      stages={[{ id: 'public_reply', label: 'Public reply' }]}
      language="en"
      replyable
      busy={false}
      onText={vi.fn()}
      onReset={vi.fn()}
      onStage={vi.fn()}
      onLanguage={vi.fn()}
      onInsert={onInsert}
      onCopy={vi.fn()}
      onAnswer={onAnswer}
      {...props}
    />,
  );
  return { onAnswer, onInsert };
}

describe('DraftEditor’s insert question', () => {
  beforeEach(() => act(() => useUiLocale.getState().setUiLocale('en')));

  it('is not there until the box is known to hold text', () => {
    editor();
    expect(screen.queryByTestId('insert-replace')).toBeNull();
    expect(screen.queryByTestId('insert-append')).toBeNull();
    expect(screen.queryByTestId('insert-cancel')).toBeNull();
  });

  it('asks next to Insert, naming the length, and answers with the button chosen', () => {
    const { onAnswer, onInsert } = editor({ ask: { length: 42 } });
    const actions = screen.getByTestId('insert-draft').closest('.draft')!;
    const group = within(actions as HTMLElement).getByRole('group');
    expect(group.textContent).toMatch(/already has text in it \(42 characters\)/);
    fireEvent.click(within(group).getByTestId('insert-append'));
    fireEvent.click(within(group).getByTestId('insert-replace'));
    fireEvent.click(within(group).getByTestId('insert-cancel'));
    expect(onAnswer.mock.calls).toEqual([['append'], ['replace'], ['cancel']]);
    expect(onInsert).not.toHaveBeenCalled();
  });

  it('an 80-character eBay reply: Add after is off and says the draft does not fit', () => {
    const text = 'Sorry the parcel came late, thanks for your patience!'; // 53
    const { onAnswer } = editor({ text, maxLength: 80, ask: { length: 40, room: 38 } });
    const append = screen.getByTestId('insert-append') as HTMLButtonElement;
    expect(append.disabled).toBe(true);
    const why = document.getElementById(append.getAttribute('aria-describedby')!);
    // 80 − 40 − a blank line leaves 38
    expect(why?.textContent).toBe(
      'The draft (53 characters) does not fit after that text: the box has room for 38 more.',
    );
    fireEvent.click(append);
    expect(onAnswer).not.toHaveBeenCalled();
    expect((screen.getByTestId('insert-replace') as HTMLButtonElement).disabled).toBe(false);
  });

  it('the item’s stated limit counts even when the box reports none', () => {
    const text = 'x'.repeat(30);
    editor({ text, maxLength: 80, ask: { length: 50 } });
    // 80 − 50 − 2 = 28 < 30
    expect((screen.getByTestId('insert-append') as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    editor({ text: 'x'.repeat(28), maxLength: 80, ask: { length: 50 } });
    expect((screen.getByTestId('insert-append') as HTMLButtonElement).disabled).toBe(false);
  });

  it('follows the draft as the agent shortens it', () => {
    editor({ text: 'y'.repeat(20), ask: { length: 10, room: 15 } });
    expect((screen.getByTestId('insert-append') as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    editor({ text: 'y'.repeat(15), ask: { length: 10, room: 15 } });
    expect((screen.getByTestId('insert-append') as HTMLButtonElement).disabled).toBe(false);
  });

  it('speaks the agent’s language', () => {
    act(() => useUiLocale.getState().setUiLocale('zh-CN'));
    editor({ ask: { length: 7 } });
    expect(screen.getByRole('group').textContent).toMatch(/回复框里已有文字（7 个字符）/);
    expect(screen.getByTestId('insert-append').textContent).toBe('加在后面');
    expect(screen.getByTestId('insert-replace').textContent).toBe('替换');
    expect(screen.getByTestId('insert-cancel').textContent).toBe('保持不变');
  });
});

describe('the side panel asks, then inserts with the chosen mode', () => {
  beforeAll(() => import('@/lib/analysis'), 30_000);
  beforeEach(async () => {
    act(() => useUiLocale.getState().setUiLocale('en'));
    freshDb();
    usePanel.setState({
      selectedId: undefined,
      stage: {},
      edits: {},
      language: {},
      notice: undefined,
    });
    await putPage(
      1,
      1,
      'Contact buyer',
      snapshot([
        item({
          externalId: 'RNEG',
          rating: 1,
          title: 'Broken on arrival',
          body: 'The lid was cracked and the pump stopped working after one day.',
          author: 'Bob Miller',
          replyable: true,
        }),
      ]),
      true,
      100,
    );
  });

  async function openCase(insert: (...a: unknown[]) => Promise<InsertReply>) {
    render(<SidePanel activeTabId={1} insert={insert} copy={vi.fn()} openDashboard={vi.fn()} />);
    fireEvent.click((await screen.findAllByTestId('detected-item'))[0]!);
    const view = await screen.findByTestId('case-view');
    const draft = (within(view).getByTestId('draft-text') as HTMLTextAreaElement).value;
    fireEvent.click(within(view).getByTestId('insert-draft'));
    await within(view).findByTestId('insert-append');
    return { view, draft };
  }

  const asking = (): InsertReply => ({
    ok: false,
    message: 'The reply box already has text in it (12 characters).',
    ask: { length: 12 },
  });
  const events = async () =>
    (await db().log.where('caseId').equals('amazon:RNEG').toArray()).map((e) => e.type);

  it('Add after: sent with mode append; the question goes, the result shows, the insert is logged', async () => {
    const insert = vi
      .fn<(...a: unknown[]) => Promise<InsertReply>>()
      .mockResolvedValueOnce(asking())
      .mockResolvedValueOnce({ ok: true, message: 'Inserted into the reply box.' });
    const { view, draft } = await openCase(insert);
    expect(within(view).queryByTestId('notice')).toBeNull();
    expect(await events()).not.toContain('draft_inserted');
    fireEvent.click(within(view).getByTestId('insert-append'));
    await waitFor(() => expect(insert).toHaveBeenCalledTimes(2));
    expect(insert.mock.calls[0]).toEqual([1, 'RNEG', draft]);
    expect(insert.mock.calls[1]).toEqual([1, 'RNEG', draft, 'append']);
    expect((await within(view).findByTestId('notice')).textContent).toBe(
      'Inserted into the reply box.',
    );
    expect(within(view).queryByTestId('insert-append')).toBeNull();
    await waitFor(async () => expect(await events()).toContain('draft_inserted'));
  });

  it('Replace: sent with mode replace', async () => {
    const insert = vi
      .fn<(...a: unknown[]) => Promise<InsertReply>>()
      .mockResolvedValueOnce(asking())
      .mockResolvedValueOnce({ ok: true, message: 'Inserted into the reply box.' });
    const { view, draft } = await openCase(insert);
    fireEvent.click(within(view).getByTestId('insert-replace'));
    await waitFor(() => expect(insert).toHaveBeenCalledTimes(2));
    expect(insert.mock.calls[1]).toEqual([1, 'RNEG', draft, 'replace']);
    await within(view).findByTestId('notice');
    expect(within(view).queryByTestId('insert-replace')).toBeNull();
  });

  it('Leave it: nothing more is sent, nothing logged, and the panel says the box was left alone', async () => {
    const insert = vi.fn<(...a: unknown[]) => Promise<InsertReply>>().mockResolvedValue(asking());
    const { view } = await openCase(insert);
    fireEvent.click(within(view).getByTestId('insert-cancel'));
    expect((await within(view).findByTestId('notice')).textContent).toBe(
      'The reply box was left as it was.',
    );
    expect(within(view).queryByTestId('insert-cancel')).toBeNull();
    expect(insert).toHaveBeenCalledTimes(1);
    expect(await events()).not.toContain('draft_inserted');
  });
});
