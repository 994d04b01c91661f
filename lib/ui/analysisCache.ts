// The panel re-reads every page record whenever any tab's record changes;
// analysing only items whose text or rating changed keeps that cheap, and
// analysing in small batches between frames lets a 500-item page list at once.
// Analysing is most of the panel's work between a page arriving and its rows
// showing, so items of pages left recently are kept too (the agent pages back,
// switches between two tabs, a filter re-renders the same rows).
import type { Analysis, AnalyzeContext } from '../analysis/types';
import type { SiteId, SnapshotItem } from '../messages';
import { itemText } from './rank';

type Analyze = (text: string, ctx?: AnalyzeContext) => Analysis;
interface Entry {
  text: string;
  rating?: number;
  analysis: Analysis;
}

export interface AnalysisCache {
  /** The stored analysis if the item is unchanged since it was analysed. */
  peek(site: SiteId, item: SnapshotItem): Analysis | undefined;
  /** The analysis, computed now if the item is new or changed. */
  analysisOf(site: SiteId, item: SnapshotItem): Analysis;
  /** These are the page's items now: kept, with the most recently seen others up to the bound. */
  retain(site: SiteId, items: readonly SnapshotItem[]): void;
}

const keyOf = (site: SiteId, item: SnapshotItem) => `${site}:${item.externalId}`;

/** Items kept beyond the current page's (a few pages' worth). */
export const CACHE_KEEP = 2000;

export function createAnalysisCache(analyze: Analyze, keep = CACHE_KEEP): AnalysisCache {
  // in the order last seen (a Map keeps insertion order): the oldest go first
  const entries = new Map<string, Entry>();
  const peek = (site: SiteId, item: SnapshotItem) => {
    const hit = entries.get(keyOf(site, item));
    return hit && hit.rating === item.rating && hit.text === itemText(item)
      ? hit.analysis
      : undefined;
  };
  return {
    peek,
    analysisOf(site, item) {
      const hit = peek(site, item);
      if (hit) return hit;
      const text = itemText(item);
      // The thread's messages let the analysis read the case facts (who said what).
      const analysis = analyze(text, {
        platform: site,
        rating: item.rating,
        messages: item.messages,
      });
      entries.set(keyOf(site, item), { text, rating: item.rating, analysis });
      return analysis;
    },
    retain(site, items) {
      for (const i of items) {
        const k = keyOf(site, i);
        const hit = entries.get(k);
        if (hit) {
          entries.delete(k);
          entries.set(k, hit);
        }
      }
      const bound = Math.max(keep, items.length);
      for (const k of entries.keys()) {
        if (entries.size <= bound) break;
        entries.delete(k);
      }
    },
  };
}

/**
 * Until an item is analysed, its stars stand in for the sentiment so the list
 * can show and rank it; nothing else is claimed (no causes, no flags).
 */
export function provisionalAnalysis(item: SnapshotItem): Analysis {
  const r = item.rating;
  return {
    language: 'other',
    sentiment: r === undefined || r === 3 ? 'neutral' : r <= 2 ? 'negative' : 'positive',
    anger: 0,
    causes: [],
    flags: [],
    facts: { orderIds: [], amounts: [], dates: [], products: [] },
  };
}

/**
 * Analyses `items` in batches, yielding before each, so the rows already
 * rendered are on screen before the rest is analysed; returns a cancel function.
 */
export function analyseInBatches(
  cache: AnalysisCache,
  site: SiteId,
  items: readonly SnapshotItem[],
  onBatch: () => void,
  {
    batch = 40,
    yieldTo = (f: () => void): void => void setTimeout(f, 0),
  }: { batch?: number; yieldTo?: (f: () => void) => void } = {},
): () => void {
  const todo = items.filter((i) => !cache.peek(site, i));
  let cancelled = false;
  let at = 0;
  const step = () => {
    if (cancelled) return;
    const end = Math.min(todo.length, at + batch);
    for (; at < end; at++) cache.analysisOf(site, todo[at]!);
    onBatch();
    if (at < todo.length) yieldTo(step);
  };
  if (todo.length > 0) yieldTo(step);
  return () => {
    cancelled = true;
  };
}
