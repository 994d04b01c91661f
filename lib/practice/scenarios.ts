// Practice scenarios (seed 001: 定期演练; 典型差评案例纳入培训教材): each names
// the bundled practice page it is played on. The list of pages is the one the
// e2e harness and `npm start` serve (tests/fixtures/practice-pages.json), so a
// marketplace's scenarios appear as soon as its practice pages land.
import pages from '../../tests/fixtures/practice-pages.json';
import type { SiteId } from '../messages';

export interface PracticePage {
  url: string;
  file: string;
  title?: string;
  site: SiteId;
  kind: string;
}

export const PRACTICE_SCENARIOS = [
  { id: 'quality', file: 'amazon/reviews.html' },
  { id: 'logistics', file: 'amazon/reviews.html' },
  { id: 'extortion', file: 'amazon/messages-thread.html' },
  { id: 'safety', file: 'amazon/messages-thread.html' },
  { id: 'contacted', file: 'amazon/reviews.html' },
  { id: 'hant', file: 'taobao/reviews-hant.html' },
  { id: 'ebay80', file: 'ebay/feedback-profile.html' },
] as const;
export type ScenarioId = (typeof PRACTICE_SCENARIOS)[number]['id'];

export function practiceScenarios(list: readonly PracticePage[] = pages as PracticePage[]) {
  const byFile = new Map(list.map((p) => [p.file, p]));
  return PRACTICE_SCENARIOS.map((s) => ({ ...s, page: byFile.get(s.file) }));
}

/** Every bundled practice page, per marketplace, for free practice. */
export function practicePagesBySite(list: readonly PracticePage[] = pages as PracticePage[]) {
  const out = new Map<SiteId, PracticePage[]>();
  for (const p of list) out.set(p.site, [...(out.get(p.site) ?? []), p]);
  return out;
}
