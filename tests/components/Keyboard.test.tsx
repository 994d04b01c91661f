import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser } from 'wxt/browser';
import { SidePanel } from '@/components/SidePanel';
import { putPage } from '@/lib/db';
import { useUiLocale } from '@/lib/i18n/react';
import { usePanel } from '@/lib/ui/store';
import { isForThisPanel, runCommand } from '@/lib/ui/commandBus';
import { commandsFor, PANEL_COMMANDS } from '@/lib/ui/commands';
import { freshDb, item, snapshot } from '../helpers';

const items = [
  item({ externalId: 'RA', rating: 1, body: 'Broken on arrival, terrible quality.' }),
  item({ externalId: 'RB', rating: 2, body: 'Arrived late and the box was damaged.' }),
  item({ externalId: 'RC', rating: 5, title: 'Great', body: 'Love it, works perfectly.' }),
];

function renderPanel() {
  const insert = vi.fn(async () => ({ ok: true, message: 'Inserted.' }));
  render(
    <SidePanel
      activeTabId={1}
      insert={insert}
      copy={vi.fn(async () => {})}
      openDashboard={vi.fn()}
    />,
  );
  return { insert };
}
const caseId = () => screen.queryByTestId('case-view')?.getAttribute('data-case-id');
const key = (code: string, mods: Partial<KeyboardEventInit> = { altKey: true, shiftKey: true }) =>
  fireEvent.keyDown(document.body, { code, ...mods });

// The panel imports the analysis engine lazily; loading it once here keeps each test's wait short.
beforeAll(() => import('@/lib/analysis'), 30_000);

beforeEach(async () => {
  freshDb();
  useUiLocale.getState().setUiLocale('en');
  usePanel.setState({
    selectedId: undefined,
    stage: {},
    edits: {},
    language: {},
    notice: undefined,
  });
  await putPage(1, 1, 'Reviews', snapshot(items), true, 1);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('browser commands', () => {
  it('next/previous item walk the list from the most urgent item, without the mouse', async () => {
    renderPanel();
    const rows = await screen.findAllByTestId('detected-item', {}, { timeout: 5000 });
    const ids = rows.map((r) => `amazon:${r.getAttribute('data-external-id')}`);
    expect(runCommand('prev-item')).toBe(false);
    expect(runCommand('next-item')).toBe(true);
    await waitFor(() => expect(caseId()).toBe(ids[0]));
    runCommand('next-item');
    await waitFor(() => expect(caseId()).toBe(ids[1]));
    runCommand('prev-item');
    await waitFor(() => expect(caseId()).toBe(ids[0]));
  });

  it('insert-draft inserts the shown draft, and does nothing while a block finding stands', async () => {
    const { insert } = renderPanel();
    fireEvent.click((await screen.findAllByTestId('detected-item', {}, { timeout: 5000 }))[0]!);
    const draft = (await screen.findByTestId('draft-text')) as HTMLTextAreaElement;
    expect(runCommand('insert-draft')).toBe(true);
    await waitFor(() => expect(insert).toHaveBeenCalledWith(1, 'RA', draft.value));
    fireEvent.change(draft, { target: { value: 'Remove your review and we refund you.' } });
    await waitFor(() =>
      expect(
        screen.getAllByTestId('lint-finding').some((f) => f.dataset.severity === 'block'),
      ).toBe(true),
    );
    expect(runCommand('insert-draft')).toBe(false);
    expect(insert).toHaveBeenCalledTimes(1);
  });

  it('acts only in the panel of the window the command came from', () => {
    expect(isForThisPanel({ id: 5 }, 5)).toBe(true);
    expect(isForThisPanel({ id: 6 }, 5)).toBe(false);
    expect(isForThisPanel(undefined, 5)).toBe(true);
  });

  it('the manifest gets at most four suggested keys, each command a label in every locale', () => {
    for (const b of ['chrome', 'firefox']) {
      const cmds = commandsFor(b);
      expect(Object.keys(cmds)).toEqual([
        b === 'firefox' ? '_execute_sidebar_action' : '_execute_action',
        ...PANEL_COMMANDS,
      ]);
      expect(Object.values(cmds).filter((c) => c.suggested_key).length).toBeLessThanOrEqual(4);
      for (const l of ['en', 'zh_CN', 'zh_TW']) {
        const messages = JSON.parse(
          readFileSync(
            join(import.meta.dirname, '../../assets/public/_locales', l, 'messages.json'),
            'utf8',
          ),
        ) as Record<string, { message: string }>;
        for (const c of Object.values(cmds)) {
          const name = /^__MSG_(\w+)__$/.exec(c.description)?.[1];
          expect(messages[name!]?.message, `${l} ${c.description}`).toBeTruthy();
        }
      }
    }
  });
});

describe('in-panel shortcuts', () => {
  it('Alt+Shift+Y marks the current step done, Alt+Shift+N skips the next, Esc goes back', async () => {
    renderPanel();
    fireEvent.click((await screen.findAllByTestId('detected-item', {}, { timeout: 5000 }))[0]!);
    const view = await screen.findByTestId('case-view');
    await waitFor(() =>
      expect((within(view).getByTestId('next-step-done') as HTMLButtonElement).disabled).toBe(
        false,
      ),
    );
    const current = () =>
      view
        .querySelector('[data-testid="checklist-step"][data-current="true"]')
        ?.getAttribute('data-step-id');
    const first = current();
    key('KeyY');
    await waitFor(() =>
      expect(view.querySelector(`[data-step-id="${first}"]`)?.getAttribute('data-done')).toBe(
        'true',
      ),
    );
    const second = current();
    expect(second).not.toBe(first);
    key('KeyN');
    await waitFor(() =>
      expect(view.querySelector(`li[data-step-id="${second}"]`)?.className).toMatch(/skipped/),
    );
    key('KeyY', {}); // a plain Y types, it is no shortcut
    expect(view.querySelector(`li[data-step-id="${current()}"]`)?.getAttribute('data-done')).toBe(
      'false',
    );
    key('Escape', {});
    await screen.findAllByTestId('detected-item');
    expect(screen.queryByTestId('case-view')).toBeNull();
  });

  it('the settings list every command with its actual binding, and the in-panel keys', async () => {
    vi.spyOn(browser.commands, 'getAll').mockResolvedValue([
      { name: '_execute_action', shortcut: 'Alt+Shift+D' },
      { name: 'next-item', shortcut: 'Ctrl+Shift+9' },
      { name: 'copy-draft', shortcut: '' },
    ] as never);
    renderPanel();
    fireEvent.click(await screen.findByTestId('toggle-settings'));
    const list = await screen.findByTestId('command-list');
    expect(
      [...list.querySelectorAll('[data-command]')].map((r) => r.getAttribute('data-command')),
    ).toEqual(['open', ...PANEL_COMMANDS]);
    const bound = (id: string) => list.querySelector(`[data-command="${id}"] dt`)?.textContent;
    await waitFor(() => expect(bound('next-item')).toBe('Ctrl+Shift+9'));
    expect(bound('open')).toBe('Alt+Shift+D');
    expect(bound('copy-draft')).toBe('not set');
    expect(screen.getByText('Mark the current step done')).toBeTruthy();
    expect(screen.getAllByText('Alt+Shift+Y').length).toBe(1);
  });
});
