import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SidePanel } from '@/components/SidePanel';
import { db, putPage } from '@/lib/db';
import { useUiLocale } from '@/lib/i18n/react';
import { usePanel } from '@/lib/ui/store';
import type { UserTemplate } from '@/lib/templates';
import { freshDb, item, snapshot } from '../helpers';

const tpl = (over: Partial<UserTemplate>): UserTemplate => ({
  id: 'mine',
  name: 'My first contact',
  stage: 'first_contact',
  language: 'en',
  text: 'Dear {buyer}, I am sorry the pump stopped working. Could you tell me more?',
  updatedAt: 1,
  ...over,
});

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
  await db().templates.bulkPut([
    tpl({}),
    tpl({ id: 'ebay-only', name: 'eBay only', platform: 'ebay' }),
    tpl({ id: 'zh', name: '中文', language: 'zh-Hans', text: '{buyer}您好' }),
    tpl({ id: 'later', name: 'Later', stage: 'follow_up' }),
  ]);
});
afterEach(cleanup);

describe('the agent’s templates among the draft choices', () => {
  it('offers those of the stage, platform and language, filled for the case', async () => {
    render(
      <SidePanel
        activeTabId={1}
        insert={vi.fn(async () => ({ ok: true, message: 'ok' }))}
        copy={vi.fn(async () => {})}
        openDashboard={vi.fn()}
      />,
    );
    fireEvent.click((await screen.findAllByTestId('detected-item'))[0]!);
    const view = await screen.findByTestId('case-view');
    const select = (await within(view).findByTestId('draft-template')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['', 'mine']);
    fireEvent.change(select, { target: { value: 'mine' } });
    await waitFor(() =>
      expect((within(view).getByTestId('draft-text') as HTMLTextAreaElement).value).toBe(
        'Dear Bob Miller, I am sorry the pump stopped working. Could you tell me more?',
      ),
    );
  });
});
