import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Checklist } from '@/components/Checklist';
import { checklistFor } from '@/lib/playbook';

afterEach(cleanup);

const now = Date.UTC(2026, 10, 23, 12);
const steps = checklistFor({
  platform: 'amazon',
  kind: 'reviews',
  causes: ['quality'],
  flags: [],
  itemDate: '2026-11-20',
  now,
});

describe('Checklist', () => {
  it('shows every stage, marks the forbidden one and an overdue first contact', () => {
    render(
      <Checklist
        steps={steps}
        state={{}}
        lang="en"
        ready
        now={now}
        onSet={vi.fn()}
        onDraft={vi.fn()}
      />,
    );
    const rows = screen.getAllByTestId('checklist-step');
    expect(rows).toHaveLength(9);
    const reviewUpdate = rows.find((r) => r.getAttribute('data-step-id') === 'review_update')!;
    expect(reviewUpdate.getAttribute('data-availability')).toBe('not_allowed');
    expect((within(reviewUpdate).getByTestId('step-done') as HTMLButtonElement).disabled).toBe(
      true,
    );
    const first = rows.find((r) => r.getAttribute('data-step-id') === 'first_contact')!;
    expect(within(first).getByTestId('deadline').textContent).toMatch(/overdue since/);
  });

  it('records done and undo through the callback, and shows done state', () => {
    const onSet = vi.fn();
    const { rerender } = render(
      <Checklist
        steps={steps}
        state={{}}
        lang="zh"
        ready
        now={now}
        onSet={onSet}
        onDraft={vi.fn()}
      />,
    );
    const analyse = screen.getAllByTestId('checklist-step')[0]!;
    fireEvent.click(within(analyse).getByTestId('step-done'));
    expect(onSet).toHaveBeenCalledWith('analyse', 'done');
    rerender(
      <Checklist
        steps={steps}
        state={{ analyse: 'done' }}
        lang="zh"
        ready
        now={now}
        onSet={onSet}
        onDraft={vi.fn()}
      />,
    );
    const done = screen.getAllByTestId('checklist-step')[0]!;
    expect(done.getAttribute('data-done')).toBe('true');
    expect(done.textContent).toContain('冷静分析');
    fireEvent.click(within(done).getByText(/Undo/));
    expect(onSet).toHaveBeenLastCalledWith('analyse', 'todo');
  });

  it('keeps the buttons disabled until the case is stored', () => {
    render(
      <Checklist
        steps={steps}
        state={{}}
        lang="en"
        ready={false}
        now={now}
        onSet={vi.fn()}
        onDraft={vi.fn()}
      />,
    );
    for (const b of screen.getAllByTestId('step-done'))
      expect((b as HTMLButtonElement).disabled).toBe(true);
  });
});
