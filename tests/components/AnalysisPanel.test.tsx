// Texts invented for these tests.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { AnalysisPanel } from '@/components/AnalysisPanel';
import { analyze } from '@/lib/analysis';
import { useUiLocale } from '@/lib/i18n/react';

afterEach(() => {
  cleanup();
  act(() => useUiLocale.getState().setUiLocale('en'));
});

const flagsShown = (): string[] =>
  screen.getAllByTestId('flag').map((e) => e.getAttribute('data-flag') ?? '');

describe('AnalysisPanel', () => {
  it('shows safety first, with the playbook advice, before a threat', () => {
    act(() => useUiLocale.getState().setUiLocale('en'));
    const { container } = render(
      <AnalysisPanel analysis={analyze('电池鼓包冒烟了，不解决我就去法院起诉你们')} />,
    );
    const alerts = container.querySelectorAll('[data-testid$="-alert"]');
    expect(alerts[0]?.getAttribute('data-testid')).toBe('safety-alert');
    expect(screen.getByTestId('safety-alert').textContent).toMatch(/never ask for a photo/i);
    expect(flagsShown()[0]).toBe('safety');
    expect(flagsShown()).toContain('legal_threat');
  });

  it('advises fixing the real problem when a buyer with one threatens a review', () => {
    act(() => useUiLocale.getState().setUiLocale('en'));
    render(<AnalysisPanel analysis={analyze('东西坏了，不退款就给差评')} />);
    expect(screen.queryByTestId('extortion-alert')).toBeNull();
    const alert = screen.getByTestId('threat-alert');
    expect(alert.textContent).toMatch(/bad review/);
    expect(alert.textContent).toMatch(/Quality/);
    expect(alert.textContent).not.toMatch(/extortion/i);
    expect(flagsShown()).toEqual(['review_threat']);
  });

  it('keeps "possible extortion" for a demand without a real problem, in the agent’s language', () => {
    act(() => useUiLocale.getState().setUiLocale('zh-CN'));
    render(<AnalysisPanel analysis={analyze('给我转200块，差评马上删')} />);
    const alert = screen.getByTestId('extortion-alert');
    expect(alert.textContent).toContain('疑似以差评敲诈');
    expect(alert.textContent).toContain('未描述真实问题');
    expect(within(alert).getAllByRole('listitem').length).toBe(4);
    expect(screen.queryByTestId('threat-alert')).toBeNull();
  });

  it('labels causes, anger and language in Traditional Chinese', () => {
    act(() => useUiLocale.getState().setUiLocale('zh-TW'));
    render(<AnalysisPanel analysis={analyze('質量太差了，用了兩天就壞了！！！')} />);
    expect(screen.getAllByTestId('cause')[0]?.textContent).toContain('品質問題');
    expect(screen.getByText('繁體中文')).toBeTruthy();
  });

  it('shows what the thread already says', () => {
    act(() => useUiLocale.getState().setUiLocale('en'));
    const a = analyze('', {
      messages: [
        {
          from: 'buyer',
          at: '2026-12-01T09:00:00Z',
          text: 'It broke on day one, photos attached. I need a replacement by Friday.',
        },
      ],
    });
    render(<AnalysisPanel analysis={a} />);
    const facts = screen.getByTestId('case-facts');
    expect(facts.querySelector('[data-fact="evidence"]')).not.toBeNull();
    expect(facts.querySelector('[data-fact="deadline"]')?.getAttribute('data-date')).toBe(
      '2026-12-04',
    );
  });
});
