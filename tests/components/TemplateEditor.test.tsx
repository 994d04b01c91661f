import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TemplateEditor } from '@/components/settings/TemplateEditor';
import type { DefuseDB } from '@/lib/db';
import { useUiLocale } from '@/lib/i18n/react';
import type { UserTemplate } from '@/lib/templates';
import { caseRecord, freshDb, item } from '../helpers';

let d: DefuseDB;
beforeEach(() => {
  d = freshDb();
  useUiLocale.getState().setUiLocale('en');
});
afterEach(cleanup);

const kept: UserTemplate = {
  id: 'tpl-kept',
  name: 'Kept',
  stage: 'follow_up',
  language: 'en',
  text: 'Hello {buyer}',
  updatedAt: 1,
};

async function openNew() {
  fireEvent.click(await screen.findByTestId('template-new'));
  return screen.findByTestId('template-text');
}

describe('template editor', () => {
  it('checks compliance as the agent types: a WeChat contact blocks, and saving is refused', async () => {
    render(<TemplateEditor />);
    const text = await openNew();
    fireEvent.change(screen.getByTestId('template-name'), { target: { value: 'Contact' } });
    fireEvent.change(text, { target: { value: '请加我微信 abc123' } });
    const findings = screen.getByTestId('template-findings');
    const blocks = within(findings)
      .getAllByTestId('template-finding')
      .filter((f) => f.dataset.severity === 'block');
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks[0]!.textContent).toContain('微信');
    fireEvent.click(screen.getByTestId('template-save'));
    expect((await screen.findByTestId('template-message')).textContent).toMatch(/must-fix/);
    expect(await d.templates.count()).toBe(0);
    fireEvent.change(text, { target: { value: 'Thank you for your patience.' } });
    expect(within(findings).queryAllByTestId('template-finding')).toHaveLength(0);
  });

  it('previews the text filled with the open case’s data, else sample data', async () => {
    const c = caseRecord({
      item: item({ externalId: 'R1', author: 'Jane Doe', orderId: '111-2223334-4445556' }),
    });
    render(<TemplateEditor caseRecord={c} settings={{ key: 'agent', agentName: 'Sam' }} />);
    const text = await openNew();
    fireEvent.change(text, {
      target: { value: 'Hi {buyer}, about order {order}. {agent} {colour}' },
    });
    expect(screen.getByTestId('template-preview').textContent).toBe(
      'Hi Jane Doe, about order 111-2223334-4445556. Sam {colour}',
    );
    expect(screen.getByTestId('template-unknown').textContent).toContain('{colour}');
    cleanup();
    render(<TemplateEditor />);
    fireEvent.change(await openNew(), { target: { value: 'Hi {buyer}' } });
    expect(screen.getByTestId('template-preview').textContent).toBe('Hi Alex');
  });

  it('inserts a placeholder from the menu', async () => {
    render(<TemplateEditor />);
    const text = (await openNew()) as HTMLTextAreaElement;
    fireEvent.change(text, { target: { value: 'Dear ' } });
    text.setSelectionRange(5, 5);
    fireEvent.change(screen.getByTestId('template-placeholder'), { target: { value: 'buyer' } });
    expect(text.value).toBe('Dear {buyer}');
  });

  it('saves a template, lists it, and edits it', async () => {
    render(<TemplateEditor />);
    const text = await openNew();
    fireEvent.change(screen.getByTestId('template-name'), { target: { value: 'Late parcel' } });
    fireEvent.change(screen.getByTestId('template-stage'), { target: { value: 'follow_up' } });
    fireEvent.change(screen.getByTestId('template-platform'), { target: { value: 'ebay' } });
    fireEvent.change(text, { target: { value: 'Hi {buyer}, your parcel is on its way.' } });
    fireEvent.click(screen.getByTestId('template-save'));
    const row = await screen.findByTestId('template-row');
    expect(row.textContent).toContain('Late parcel');
    const stored = await d.templates.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      name: 'Late parcel',
      stage: 'follow_up',
      platform: 'ebay',
      language: 'en',
      text: 'Hi {buyer}, your parcel is on its way.',
    });
    fireEvent.click(within(row).getByText('Edit'));
    fireEvent.change(screen.getByTestId('template-name'), { target: { value: 'Late parcel 2' } });
    fireEvent.click(screen.getByTestId('template-save'));
    await waitFor(async () => expect((await d.templates.toArray())[0]?.name).toBe('Late parcel 2'));
    expect(await d.templates.count()).toBe(1);
  });

  it('deletes at once and offers an Undo that brings the template back as it was', async () => {
    await d.templates.put(kept);
    render(<TemplateEditor />);
    fireEvent.click(await screen.findByTestId('template-delete'));
    await waitFor(async () => expect(await d.templates.count()).toBe(0));
    expect(screen.queryByTestId('template-delete')).toBeNull();
    fireEvent.click(await screen.findByTestId('template-undo-delete'));
    await screen.findByTestId('template-delete');
    const back = await d.templates.get('tpl-kept');
    expect(back).toMatchObject({ name: 'Kept', stage: 'follow_up', text: 'Hello {buyer}' });
    expect(screen.getByTestId('template-message').textContent).toMatch(/restored/);
    expect(screen.queryByTestId('template-undo-delete')).toBeNull();
  });

  it('a broken pack file shows an error and changes nothing', async () => {
    await d.templates.put(kept);
    render(<TemplateEditor />);
    await screen.findByTestId('template-row');
    const input = screen.getByTestId('template-import');
    const broken = new File(
      ['{"format":"defuse-templates","version":1,"templates":[{"id":"x"}]}'],
      'p.json',
      {
        type: 'application/json',
      },
    );
    fireEvent.change(input, { target: { files: [broken] } });
    const msg = await screen.findByRole('alert');
    expect(msg.textContent).toMatch(/Template 1 is invalid .*Nothing was imported/);
    expect(await d.templates.toArray()).toEqual([kept]);
    fireEvent.change(input, { target: { files: [new File(['not json'], 'p.json')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not valid JSON/));
    expect(await d.templates.toArray()).toEqual([kept]);
  });

  it('imports a good pack and exports one', async () => {
    render(<TemplateEditor />);
    const good = new File(
      [JSON.stringify({ format: 'defuse-templates', version: 1, templates: [kept] })],
      'p.json',
    );
    fireEvent.change(screen.getByTestId('template-import'), { target: { files: [good] } });
    expect((await screen.findByRole('status')).textContent).toMatch(/1 new/);
    expect(await screen.findByTestId('template-row')).toBeTruthy();
    expect(screen.getByTestId('template-export')).toBeTruthy();
  });
});
