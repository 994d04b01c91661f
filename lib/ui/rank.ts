import type { SnapshotItem } from '../messages';
import type { Analysis } from '../analysis/types';

const SENTIMENT_ORDER = { negative: 0, neutral: 1, positive: 2 } as const;

/** Negative first, then angrier, then lower stars; page order breaks ties. */
export function rankItems<T extends { item: SnapshotItem; analysis: Analysis; index: number }>(
  rows: T[],
): T[] {
  return [...rows].sort(
    (a, b) =>
      SENTIMENT_ORDER[a.analysis.sentiment] - SENTIMENT_ORDER[b.analysis.sentiment] ||
      b.analysis.anger - a.analysis.anger ||
      (a.item.rating ?? 3) - (b.item.rating ?? 3) ||
      a.index - b.index,
  );
}

/** Text the analysis reads: the title carries as much complaint as the body. */
export const itemText = (item: SnapshotItem): string =>
  item.title ? `${item.title}\n${item.body}` : item.body;
