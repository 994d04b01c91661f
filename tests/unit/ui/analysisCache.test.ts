import { describe, expect, it, vi } from 'vitest';
import { analyseInBatches, createAnalysisCache, provisionalAnalysis } from '@/lib/ui/analysisCache';
import { analysis, item } from '../../helpers';

const page = (n: number) =>
  Array.from({ length: n }, (_, i) => item({ externalId: `R${i}`, body: `text ${i}` }));

describe('analysis cache', () => {
  it('analyses only new or changed items when the page record is read again', () => {
    const analyze = vi.fn(() => analysis());
    const cache = createAnalysisCache(analyze);
    const first = page(500);
    first.forEach((it) => cache.analysisOf('amazon', it));
    expect(analyze).toHaveBeenCalledTimes(500);

    // The same page again, as fresh objects (Dexie returns new ones), one item edited, one added.
    const again = first.map((it) => ({ ...it }));
    again[7] = { ...again[7]!, body: 'text 7, and a follow-up: still broken' };
    again.push(item({ externalId: 'RNEW', body: 'new' }));
    cache.retain('amazon', again);
    again.forEach((it) => cache.analysisOf('amazon', it));
    expect(analyze).toHaveBeenCalledTimes(502);
    expect(analyze).toHaveBeenLastCalledWith('Broke after two days\nnew', {
      platform: 'amazon',
      rating: 1,
    });

    // A changed rating is a change too; the same id on another site is another item.
    expect(cache.peek('amazon', { ...again[0]!, rating: 3 })).toBeUndefined();
    cache.analysisOf('ebay', again[1]!);
    expect(analyze).toHaveBeenCalledTimes(503);
  });

  it('keeps the items of pages left recently, forgetting the longest unseen beyond its bound', () => {
    const analyze = vi.fn(() => analysis());
    const cache = createAnalysisCache(analyze, 3);
    const [a, b, c, d] = page(4);
    for (const i of [a!, b!, c!]) cache.analysisOf('amazon', i);
    // a and b left the page: with the page's own item they fit the bound of three
    cache.retain('amazon', [c!]);
    expect(cache.peek('amazon', a!)).toBeDefined();
    // a seen again is the most recent: b, unseen longest, goes once d comes
    cache.retain('amazon', [a!]);
    cache.analysisOf('amazon', d!);
    cache.retain('amazon', [d!]);
    expect(cache.peek('amazon', b!)).toBeUndefined();
    expect(cache.peek('amazon', a!)).toBeDefined();
    expect(cache.peek('amazon', d!)).toBeDefined();
    // a page longer than the bound keeps all its own items (b, forgotten, is analysed again)
    const long = page(5);
    long.forEach((i) => cache.analysisOf('amazon', i));
    cache.retain('amazon', long);
    expect(long.every((i) => cache.peek('amazon', i))).toBe(true);
    expect(analyze).toHaveBeenCalledTimes(4 + 2);
  });

  it('analyses a big page in batches, yielding before each, and stops when cancelled', () => {
    const analyze = vi.fn(() => analysis());
    const cache = createAnalysisCache(analyze);
    const queue: (() => void)[] = [];
    const onBatch = vi.fn();
    const cancel = analyseInBatches(cache, 'amazon', page(100), onBatch, {
      batch: 40,
      yieldTo: (f) => void queue.push(f),
    });
    // nothing in the caller's task (a render's commit): the rows drawn so far show first
    expect(analyze).toHaveBeenCalledTimes(0);
    queue.shift()!();
    expect(analyze).toHaveBeenCalledTimes(40);
    queue.shift()!();
    expect(analyze).toHaveBeenCalledTimes(80);
    cancel();
    queue.shift()!();
    expect(analyze).toHaveBeenCalledTimes(80);
    expect(onBatch).toHaveBeenCalledTimes(2);
  });

  it('ranks unanalysed items by their stars, claiming no cause', () => {
    expect(provisionalAnalysis(item({ rating: 1 })).sentiment).toBe('negative');
    expect(provisionalAnalysis(item({ rating: 3 })).sentiment).toBe('neutral');
    expect(provisionalAnalysis(item({ rating: 5 })).sentiment).toBe('positive');
    expect(provisionalAnalysis(item({ rating: undefined })).causes).toEqual([]);
  });
});
