import { findCauses } from './causes';
import { extractFacts } from './facts';
import { detectFlags } from './flags';
import { detectLanguage } from './language';
import { normalize } from './normalize';
import { decideSentiment, scoreText } from './sentiment';
import type { Analysis, AnalyzeContext, CauseHit, Flag } from './types';

export type {
  Analysis,
  AnalyzeContext,
  Cause,
  CauseHit,
  Facts,
  Flag,
  Language,
  Sentiment,
} from './types';
export { CAUSES, FLAGS } from './types';
export { detectLanguage } from './language';

export { extractFacts } from './facts';
export { detectFlags } from './flags';

const CAPS_WORD = /\b[A-Z]{3,}\b/g;
const ACRONYMS = new Set([
  'USB',
  'USA',
  'LED',
  'LCD',
  'UPS',
  'USPS',
  'DHL',
  'TV',
  'DVD',
  'CD',
  'AAA',
  'MP3',
  'WIFI',
  'APP',
  'iOS',
  'FAQ',
  'RMA',
  'SIM',
  'GPS',
  'HDMI',
  'BBB',
  'FTC',
  'IMO',
  'OMG',
  'LOL',
  'FYI',
  'ASAP',
  'HD',
  'PC',
  'AC',
  'DC',
  'EU',
  'UK',
  'US',
  'RMB',
  'USD',
  'EUR',
  'GBP',
  'CNY',
  'BT',
]);

function capsShouting(raw: string): boolean {
  let n = 0;
  let letters = 0;
  for (const m of raw.matchAll(CAPS_WORD)) {
    if (ACRONYMS.has(m[0])) continue;
    n++;
    letters += m[0].length;
  }
  return n >= 2 || letters >= 6;
}

/**
 * On-device analysis of a review or buyer message: language, sentiment, anger, root causes with
 * evidence (exact substrings of `text`), risk flags and facts. Pure and synchronous.
 */
export function analyze(text: string, ctx?: AnalyzeContext): Analysis {
  const raw = typeof text === 'string' ? text : '';
  const t = normalize(raw);
  const language = detectLanguage(raw);
  const scored = scoreText(t, raw);
  const spans = new Map<Flag, [number, number]>();
  const flags = detectFlags(t, spans);
  // A text without any sentiment signal is read as a complaint (see decideSentiment).
  const textNegative = scored.total < 0 || scored.hits === 0;
  let causes: CauseHit[] = findCauses(scored, raw, textNegative);
  let sentiment = decideSentiment(scored, raw, ctx?.rating, causes.length > 0);
  // A threat, a complaint to the platform or an insult is never a positive message.
  if (flags.length > 0) sentiment = 'negative';
  if (sentiment === 'positive') {
    // Only complaints count as causes: drop weak hints left in a positive text.
    causes = causes.filter((c) => c.score >= 1);
  }
  if (flags.includes('extortion')) {
    const top = causes[0]?.score ?? 0;
    const span = spans.get('extortion');
    const evidence = span ? [raw.slice(span[0], span[1])] : [];
    causes.push({ cause: 'extortion', score: Math.max(0.5, top * 0.5), evidence });
  }
  // Anger: 0 calm … 3 furious.
  let markers = 0;
  if (/[!！]{3,}|[!！?？]{4,}/.test(raw)) markers++;
  if (capsShouting(raw)) markers++;
  if (scored.angerHits > 0) markers++;
  if (scored.angerHits > 1) markers++;
  if (flags.includes('abusive')) markers += 2;
  const threat = flags.includes('extortion') || flags.includes('legal_threat');
  if (threat) markers++;
  let anger: 0 | 1 | 2 | 3 = 0;
  if (sentiment === 'negative') anger = markers >= 2 ? 3 : markers === 1 ? 2 : 1;
  return { language, sentiment, anger, causes, flags, facts: extractFacts(raw) };
}
