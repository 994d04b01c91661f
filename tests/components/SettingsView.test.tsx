import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SidePanel } from '@/components/SidePanel';
import { db, putPage } from '@/lib/db';
import { useUiLocale } from '@/lib/i18n/react';
import { usePanel } from '@/lib/ui/store';
import { freshDb, item, snapshot } from '../helpers';

const renderPanel = () =>
  render(
    <SidePanel
      activeTabId={1}
      insert={vi.fn(async () => ({ ok: true, message: 'ok' }))}
      copy={vi.fn(async () => {})}
      openDashboard={vi.fn()}
    />,
  );

// The panel imports the analysis engine lazily; loading it once here keeps each test's wait short.
beforeAll(() => import('@/lib/analysis'), 30_000);

beforeEach(async () => {
  freshDb();
  useUiLocale.getState().setUiLocale('en');
  usePanel.setState({ selectedId: undefined, stage: {}, edits: {}, language: {} });
  await putPage(1, 1, 'Reviews', snapshot([item({ externalId: 'RNEG', author: 'Bob' })]), true, 1);
});
afterEach(cleanup);

async function openSettings() {
  renderPanel();
  fireEvent.click(await screen.findByTestId('toggle-settings'));
  return screen.findByTestId('ui-language');
}

describe('settings view', () => {
  it('switches the whole UI language and stores it; drafts stay in the buyer’s language', async () => {
    const select = await openSettings();
    fireEvent.change(select, { target: { value: 'zh-TW' } });
    await waitFor(async () => expect((await db().settings.get('agent'))?.uiLanguage).toBe('zh-TW'));
    await waitFor(() => expect(screen.getByTestId('toggle-settings').textContent).toBe('設定'));
    expect(document.documentElement.lang).toBe('zh-TW');
    fireEvent.click(screen.getByTestId('close-settings'));
    fireEvent.click(await screen.findByTestId('detected-item'));
    const view = await screen.findByTestId('case-view');
    expect(within(view).getByTestId('insert-draft').textContent).toBe('插入回覆框');
    const draft = within(view).getByTestId('draft-text') as HTMLTextAreaElement;
    expect(draft.value).toMatch(/^[^\u4e00-\u9fff]+$/);
    expect(draft.getAttribute('lang')).toBe('en');
  });

  it('follows the browser again when the stored choice is cleared', async () => {
    await db().settings.put({ key: 'agent', uiLanguage: 'zh-CN' });
    const select = await openSettings();
    await waitFor(() => expect(screen.getByTestId('toggle-settings').textContent).toBe('设置'));
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(() => expect(screen.getByTestId('toggle-settings').textContent).toBe('Settings'));
    expect((await db().settings.get('agent'))?.uiLanguage).toBeUndefined();
  });

  it('refuses an SLA that is not a whole number in range, next to the field, storing nothing', async () => {
    await openSettings();
    const sla = screen.getByTestId('sla-hours');
    fireEvent.change(sla, { target: { value: '0' } });
    fireEvent.blur(sla);
    expect(screen.getByRole('alert').textContent).toMatch(/1 to 720/);
    expect(sla.getAttribute('aria-invalid')).toBe('true');
    expect((await db().settings.get('agent'))?.slaHours).toBeUndefined();
    fireEvent.change(sla, { target: { value: '48' } });
    fireEvent.blur(sla);
    await waitFor(async () => expect((await db().settings.get('agent'))?.slaHours).toBe(48));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps every other field when one is saved', async () => {
    await db().settings.put({ key: 'agent', agentName: 'Lin', notify: true, retentionDays: 90 });
    await openSettings();
    fireEvent.click(screen.getByTestId('reminders'));
    await waitFor(async () =>
      expect(await db().settings.get('agent')).toMatchObject({
        agentName: 'Lin',
        notify: false,
        retentionDays: 90,
      }),
    );
    fireEvent.click(screen.getByTestId('mask-names'));
    await waitFor(async () =>
      expect(await db().settings.get('agent')).toMatchObject({ maskNames: true, notify: false }),
    );
  });

  it('signs with the shop name of the case’s marketplace', async () => {
    await db().settings.put({ key: 'agent', shopName: 'Generic Shop', agentName: 'Lin' });
    await openSettings();
    const amazon = screen
      .getAllByTestId('shop-name-site')
      .find((i) => i.getAttribute('data-site') === 'amazon')!;
    fireEvent.change(amazon, { target: { value: 'Aurora US' } });
    fireEvent.blur(amazon);
    await waitFor(async () =>
      expect((await db().settings.get('agent'))?.shopNames).toEqual({ amazon: 'Aurora US' }),
    );
    fireEvent.click(screen.getByTestId('close-settings'));
    fireEvent.click(await screen.findByTestId('detected-item'));
    await waitFor(() => {
      const draft = (screen.getByTestId('draft-text') as HTMLTextAreaElement).value;
      expect(draft).toContain('Aurora US');
      expect(draft).not.toContain('Generic Shop');
    });
  });
});
