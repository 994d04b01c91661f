// A virtualised list (an inbox of 2,000 conversations, a 评价管理 table of 57 rows) keeps only the
// rows in view in the DOM and says how many it has through ARIA: aria-setsize on its items,
// aria-rowcount on its grid or table. The extension reads what is drawn; without a word the agent
// would take those rows for the whole list. This says how many more there are, so the panel can.
// Pure and small (it runs in every content script's scan, and the panel parses its warning).
import { parentDeep } from './dom';
import { HIDING_STYLE } from './shared';
import type { VirtualRows } from './virtual-note';

export { virtualRowsWarning, parseVirtualRows, type VirtualRows } from './virtual-note';

/** How far above an item root the list holding it may be (a row, its cell wrapper, the grid). */
const MAX_UP = 8;

const count = (v: string | null): number | undefined => {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n > 0 ? n : undefined;
};

/** Hidden by markup (a pre-drawn skeleton row): attributes only, no layout. */
const hiddenRow = (el: Element): boolean =>
  el.hasAttribute('hidden') || HIDING_STYLE.test(el.getAttribute('style') ?? '');

const headerRow = (row: Element): boolean =>
  !!row.querySelector('[role="columnheader"], th') && !row.querySelector('[role="gridcell"], td');

/**
 * The list around the page's item roots, when it says it has more rows than it draws: found from
 * the first root up (a handful of ancestors: no query over the page on every scan). A list whose
 * drawn rows are all of it, or that names no size (aria-setsize/rowcount -1: unknown), says nothing.
 */
export function virtualRows(roots: readonly Element[]): VirtualRows | undefined {
  const first = roots[0];
  let cur: Element | null | undefined = first;
  for (let up = 0; cur && up < MAX_UP; up++, cur = parentDeep(cur)) {
    const size = count(cur.getAttribute('aria-setsize'));
    if (size) {
      // an item of a list: its siblings in the set are the rows drawn
      let shown = 0;
      const parent = cur.parentElement;
      for (let s = parent?.firstElementChild; s; s = s.nextElementSibling) {
        if (s.hasAttribute('aria-setsize') && !hiddenRow(s)) shown++;
      }
      return size > shown ? { shown, total: size } : undefined;
    }
    const rowCount = count(cur.getAttribute('aria-rowcount'));
    if (rowCount) {
      // every root drawn is a row at least: a list of as many roots as it has rows is whole
      // (no count of a 10,000-row table's rows on each scan)
      if (roots.length >= rowCount) return undefined;
      let headers = 0;
      let shown = 0;
      for (const row of Array.from(cur.querySelectorAll('[role="row"], tr'))) {
        if (headerRow(row)) headers++;
        else if (!hiddenRow(row)) shown++;
      }
      const total = rowCount - headers;
      return total > shown ? { shown, total } : undefined;
    }
  }
  return undefined;
}
