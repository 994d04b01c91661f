import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useUiLocale } from '@/lib/i18n/react';
import { ItemList, VIRTUAL_FROM, type ListRow } from '@/components/ItemList';
import { analysis, item } from '../helpers';

const rows = (n: number): ListRow[] =>
  Array.from({ length: n }, (_, i) => ({
    key: `amazon:R${i}`,
    item: item({ externalId: `R${i}`, title: `Review number ${i}`, rating: 1 }),
    analysis: analysis({ sentiment: 'negative' }),
  }));

// happy-dom lays nothing out: every row measures 0 px high. Give rows a height,
// as a browser would, so the virtualiser has something to count with.
function withRowHeight<T>(px: number, run: () => T): T {
  const spy = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const h = this.tagName === 'LI' ? px : 0;
    return {
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      bottom: h,
      right: 320,
      width: 320,
      height: h,
      toJSON() {},
    } as DOMRect;
  });
  try {
    return run();
  } finally {
    spy.mockRestore();
  }
}

afterEach(cleanup);

describe('ItemList', () => {
  it('names the cause in the UI language, Traditional in a zh-TW panel', () => {
    const one = rows(1);
    render(<ItemList rows={one} onSelect={() => {}} />);
    const chip = () => document.querySelector('.badge.cause')?.textContent;
    act(() => useUiLocale.getState().setUiLocale('zh-TW'));
    expect(chip()).toBe('品質問題');
    act(() => useUiLocale.getState().setUiLocale('zh-CN'));
    expect(chip()).toBe('质量问题');
    act(() => useUiLocale.getState().setUiLocale('en'));
    expect(chip()).toBe('Quality');
  });

  it('renders every row of a usual page', () => {
    render(<ItemList rows={rows(VIRTUAL_FROM)} onSelect={() => {}} />);
    expect(screen.getAllByTestId('detected-item')).toHaveLength(VIRTUAL_FROM);
  });

  it('renders only the rows on screen of a 10,000-item page, and says how many there are', () => {
    withRowHeight(78, () => render(<ItemList rows={rows(10_000)} onSelect={() => {}} />));
    const shown = screen.getAllByTestId('detected-item');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(200); // of 10,000: the screen's worth and some overscan
    expect(shown[0]!.getAttribute('data-external-id')).toBe('R0');
    const li = shown[0]!.closest('li')!;
    expect(li.getAttribute('aria-setsize')).toBe('10000');
    expect(li.getAttribute('aria-posinset')).toBe('1');
    // the list is as tall as all its rows, so the scrollbar tells the truth
    expect(parseInt(screen.getByRole('list').style.height, 10)).toBeGreaterThan(10_000 * 70);
  });

  it('a click on a virtualised row selects that row', () => {
    const onSelect = vi.fn();
    withRowHeight(78, () => render(<ItemList rows={rows(500)} onSelect={onSelect} />));
    fireEvent.click(screen.getAllByTestId('detected-item')[2]!);
    expect(onSelect).toHaveBeenCalledWith('amazon:R2');
  });
});
