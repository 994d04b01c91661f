// eBay feedback drawn as a data table (a Seller Hub-style grid, the Traditional Chinese site's
// table of 評價 / 意見 / 買家 / 日期 / 物品), with none of the fdbk card classes: the columns are
// known only by their header labels, in the hosts' languages, so each row's fields are read from
// the cells under those labels. Part of eBay's reader (bundled only into eBay's content script).
import { normText, visibleText } from './dom';

export type Column = 'rating' | 'comment' | 'buyer' | 'date' | 'item';

/** Header labels of each column (whole label, case-insensitive), in the eBay hosts' languages. */
const COLUMN_LABELS: [Column, RegExp][] = [
  [
    'rating',
    /^(?:rating|feedback rating|type|評價|评价|評分|评分|bewertung|évaluation|valutazione|valoración|beoordeling|ocena|typ)$/i,
  ],
  [
    'comment',
    /^(?:comments?|feedback|feedback comment|意見|意见|評語|评语|評論|评论|kommentar|commentaire|commento|comentario|opmerking|reactie|komentarz)$/i,
  ],
  [
    'buyer',
    /^(?:buyer|from|member|left by|買家|买家|會員|会员|käufer|von|acheteur|de|acquirente|comprador|koper|kupujący|od)$/i,
  ],
  ['date', /^(?:date|when|time|日期|時間|时间|datum|data|fecha|wann|quand|quando|cuándo|kiedy)$/i],
  [
    'item',
    /^(?:item|listing|物品|商品|刊登物品|artikel|objet|oggetto|artículo|przedmiot|voorwerp)$/i,
  ],
];

const cellsOf = (row: Element): Element[] =>
  Array.from(row.children).filter(
    (c) =>
      c.localName === 'td' ||
      c.localName === 'th' ||
      /^(?:cell|gridcell|columnheader|rowheader)$/.test(c.getAttribute('role') ?? ''),
  );

/** The table (or ARIA grid) a row is in. */
const tableOf = (row: Element): Element | null =>
  row.closest('table, [role="table"], [role="grid"], [role="treegrid"]');

const HEAD_CELL = (c: Element) => c.localName === 'th' || c.getAttribute('role') === 'columnheader';

/** Each table's columns, read once per table and scan (tables keep their header). */
const columnsSeen = new WeakMap<Element, Map<Column, number> | null>();

/**
 * The columns of a feedback table by its header row: null for a table whose header names no rating
 * and comment columns (the ratings summary above, a layout table).
 */
export function feedbackColumns(table: Element): Map<Column, number> | null {
  if (columnsSeen.has(table)) return columnsSeen.get(table)!;
  let cols: Map<Column, number> | null = null;
  const head = Array.from(table.querySelectorAll('tr, [role="row"]')).find((r) =>
    cellsOf(r).some(HEAD_CELL),
  );
  if (head && tableOf(head) === table) {
    const m = new Map<Column, number>();
    cellsOf(head).forEach((c, i) => {
      const t = normText(c.textContent);
      const col = COLUMN_LABELS.find(([, re]) => re.test(t))?.[0];
      if (col && !m.has(col)) m.set(col, i);
    });
    if (m.has('rating') && m.has('comment')) cols = m;
  }
  columnsSeen.set(table, cols);
  return cols;
}

/** The row's cell under each column of its table, or null for a row of no feedback table. */
export function tableCells(row: Element): Map<Column, Element> | null {
  const table = tableOf(row);
  const cols = table && feedbackColumns(table);
  if (!cols) return null;
  const cells = cellsOf(row);
  if (cells.some(HEAD_CELL) && !cells.some((c) => !HEAD_CELL(c))) return null; // the header
  const out = new Map<Column, Element>();
  for (const [col, i] of cols) {
    const c = cells[i];
    if (c) out.set(col, c);
  }
  return out;
}

/** The rating words of a cell: its icon's label (aria-label, alt, title), else its text. */
export function ratingLabel(cell: Element | undefined): string {
  if (!cell) return '';
  const icon = cell.querySelector('[aria-label], img[alt], [title]');
  return (
    normText(
      icon?.getAttribute('aria-label') ?? icon?.getAttribute('alt') ?? icon?.getAttribute('title'),
    ) || visibleText(cell)
  );
}

/** A buyer as shown, without the feedback score after it: "a***8 (152)" is a***8. */
export const buyerOf = (cell: Element | undefined): string =>
  normText(visibleText(cell).replace(/\s*[(（]\s*[\d,.]+\s*[)）]\s*.*$/, ''));
