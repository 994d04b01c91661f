import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { RemedyPicker } from '@/components/RemedyPicker';
import { Checklist } from '@/components/Checklist';
import { defaultRemedies, remedyOptions, renderDraft, type RemedyId } from '@/lib/drafts';
import { checklistFor } from '@/lib/playbook';

afterEach(cleanup);

function Harness({ onDraft }: { onDraft(text: string): void }) {
  const [value, setValue] = useState<RemedyId[]>(
    defaultRemedies({ platform: 'amazon', causes: ['quality'] }),
  );
  onDraft(
    renderDraft({
      platform: 'amazon',
      kind: 'messages',
      stage: 'remedies',
      language: 'en',
      causes: ['quality'],
      remedies: value,
    }),
  );
  return <RemedyPicker options={remedyOptions('amazon')} value={value} onChange={setValue} />;
}

describe('RemedyPicker', () => {
  it('ticks the defaults from the causes, offers no coupon on Amazon, and the draft follows the ticks', () => {
    let draft = '';
    render(<Harness onDraft={(t) => (draft = t)} />);
    const boxes = screen.getAllByTestId('remedy-option') as HTMLInputElement[];
    const checked = boxes.filter((b) => b.checked).map((b) => b.getAttribute('data-remedy'));
    expect(checked).toEqual(['replacement', 'full_refund', 'reship_part', 'extended_warranty']);
    expect(boxes.some((b) => b.getAttribute('data-remedy') === 'coupon')).toBe(false);
    expect(draft).toMatch(/extended warranty/);
    fireEvent.click(boxes.find((b) => b.getAttribute('data-remedy') === 'extended_warranty')!);
    expect(draft).not.toMatch(/extended warranty/);
    fireEvent.click(boxes.find((b) => b.getAttribute('data-remedy') === 'carrier_claim')!);
    expect(draft).toMatch(/carrier/);
  });
});

describe('Checklist in the agent’s UI language', () => {
  it('shows the safety step first, in zh-TW when the UI is zh-TW', () => {
    const steps = checklistFor({
      platform: 'taobao',
      kind: 'reviews',
      causes: ['quality'],
      flags: ['safety'],
    });
    render(
      <Checklist steps={steps} state={{}} lang="zh-TW" ready onSet={vi.fn()} onDraft={vi.fn()} />,
    );
    const rows = screen.getAllByTestId('checklist-step');
    expect(rows[0]!.getAttribute('data-step-id')).toBe('safety');
    expect(rows[0]!.textContent).toContain('安全優先：立即上報店長');
    expect(rows[0]!.textContent).not.toContain('安全优先');
  });
});
