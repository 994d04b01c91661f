// Scoring lintDraft() on a labelled set of drafts: the figures issue 8 sets targets for. Pure, so
// tests/tools/eval-lint.ts prints them and a unit test can hold the checking half to the targets.
import type { ItemKind, SiteId } from '../messages';
import { lintDraft, type LintContext, type LintFinding } from './lint';

export type EvalLabel = 'block' | 'warn' | 'clean';

export interface EvalEntry {
  label: EvalLabel;
  /** platform-kind[-public]: A amazon, E ebay, T taobao; m messages, r reviews, f feedback. */
  ctx: string;
  text: string;
}

const PLATFORM: Record<string, SiteId> = { A: 'amazon', E: 'ebay', T: 'taobao' };
const KIND: Record<string, ItemKind> = { m: 'messages', r: 'reviews', f: 'feedback' };

export function contextOf(code: string): LintContext {
  const [p = '', rest = ''] = code.split('-');
  const platform = PLATFORM[p];
  const kind = KIND[rest.charAt(0)];
  if (!platform || !kind || rest.length > 2) throw new Error(`bad context code ${code}`);
  return { platform, kind, channel: rest.charAt(1) === 'p' ? 'public' : 'private' };
}

export interface Scores {
  n: { block: number; warn: number; clean: number };
  /** Block items with at least one block finding. */
  blockRecall: number;
  /** Warn items with at least one warn (or block) finding. */
  warnRecall: number;
  /** Warn and clean items (compliant drafts) with a block finding. */
  blocksOnCorrect: number;
  /** Clean items with any finding. */
  falseAlarmsOnClean: number;
  misses: { label: EvalLabel; text: string; findings: LintFinding[] }[];
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);

export function score(entries: readonly EvalEntry[]): Scores {
  const n = { block: 0, warn: 0, clean: 0 };
  let blockHit = 0;
  let warnHit = 0;
  let blockOnCorrect = 0;
  let cleanAlarm = 0;
  const misses: Scores['misses'] = [];
  for (const e of entries) {
    n[e.label]++;
    const findings = lintDraft(e.text, contextOf(e.ctx));
    const blocks = findings.some((f) => f.severity === 'block');
    const any = findings.length > 0;
    let ok = true;
    if (e.label === 'block') {
      if (blocks) blockHit++;
      else ok = false;
    } else {
      if (blocks) {
        blockOnCorrect++;
        ok = false;
      }
      if (e.label === 'warn') {
        if (any) warnHit++;
        else ok = false;
      } else if (any) {
        cleanAlarm++;
        ok = false;
      }
    }
    if (!ok) misses.push({ label: e.label, text: e.text, findings });
  }
  return {
    n,
    blockRecall: ratio(blockHit, n.block),
    warnRecall: ratio(warnHit, n.warn),
    blocksOnCorrect: ratio(blockOnCorrect, n.warn + n.clean),
    falseAlarmsOnClean: ratio(cleanAlarm, n.clean),
    misses,
  };
}
