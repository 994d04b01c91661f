// The measurement behind `npm run eval:analysis` and the CI guard (eval-guard.test.ts). Each
// development file is split, by a fixed FNV-1a hash of the row's text, into a tuning part (rules
// may be adjusted while looking at it) and a checking part (looked at only in aggregate): the
// checking figures are the ones that predict the held-out halves. The datasets are read at run
// time from ../shared/data/reviews (or $DEFUSE_REVIEWS_DIR) and never copied into the repository.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { analyze } from '../../../lib/analysis/index';
import type { Analysis, Cause } from '../../../lib/analysis/types';

export type Row = Record<string, string | undefined>;
export type Part = 'tuning' | 'checking';

export const ROOT = resolve(import.meta.dirname, '../../..');
// The repository sits in /work/main or in a worktree /work/wt/<name>: look one and two levels up.
export const DATA_DIR =
  process.env.DEFUSE_REVIEWS_DIR ??
  [resolve(ROOT, '../shared/data/reviews'), resolve(ROOT, '../../shared/data/reviews')].find((d) =>
    existsSync(d),
  ) ??
  resolve(ROOT, '../shared/data/reviews');

export const DATASETS = [
  'online_shopping_10_cats',
  'waimai_10k',
  'zh_traditional_real',
  'tianchi_cosmetics',
  'amazon_alexa_dedup',
  'uci_amazon_cells',
  'semeval_laptops_support_shipping',
] as const;

/** FNV-1a (32 bit) over the UTF-16 code units of the text. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The fixed 50/50 split: the same text always lands in the same part. */
export function partOf(text: string): Part {
  return (fnv1a(text) & 1) === 0 ? 'tuning' : 'checking';
}

export function loadDataset(name: string): Row[] {
  const file = resolve(DATA_DIR, `${name}.dev.csv`);
  if (!existsSync(file)) return [];
  return Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

export interface HandLabel {
  dataset: string;
  id: string;
  causes: Cause[];
}

export function loadHandLabels(file: string): HandLabel[] {
  const path = resolve(ROOT, file);
  if (!existsSync(path)) return [];
  // A set is either a bare array or { firstRun, labels } (the first-run figures kept with the set).
  const data = JSON.parse(readFileSync(path, 'utf8')) as HandLabel[] | { labels: HandLabel[] };
  return Array.isArray(data) ? data : data.labels;
}

const TIANCHI_MAP: Record<string, Cause> = {
  物流: 'logistics',
  服务: 'service',
  真伪: 'quality',
  包装: 'quality',
  新鲜度: 'quality',
  功效: 'expectation',
  使用体验: 'expectation',
};

/** Causes the dataset's own aspect labels give a negative row (tianchi, semeval only). */
export function goldCauses(name: string, row: Row): Cause[] | undefined {
  if (row.label !== '0') return undefined;
  const out = new Set<Cause>();
  if (name === 'tianchi_cosmetics') {
    for (const c of (row.negative_categories ?? '').split('|')) {
      const m = TIANCHI_MAP[c];
      if (m) out.add(m);
    }
  } else if (name === 'semeval_laptops_support_shipping') {
    for (const c of (row.categories ?? '').split('|')) {
      if (c.startsWith('SUPPORT#')) out.add('service');
      if (c.startsWith('SHIPPING#')) out.add('logistics');
    }
  }
  return out.size > 0 ? [...out] : undefined;
}

export function f1(tp: number, fp: number, fn: number): number {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export const mean = (xs: number[]): number =>
  xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;

export interface SentimentFigures {
  n: number;
  acc: number;
  macroF1: number;
  f1Neg: number;
  f1Pos: number;
  neutral: number;
}

/** Sentiment counts with negative as the class of interest; a neutral answer counts as wrong. */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  neutral: number;
}
export const newConfusion = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0, neutral: 0 });

export function countSentiment(c: Confusion, gold: 'negative' | 'positive', got: string): void {
  if (got === 'neutral') c.neutral++;
  if (gold === 'negative') {
    if (got === 'negative') c.tp++;
    else c.fn++;
  } else if (got === 'positive') c.tn++;
  else c.fp++;
}

export function sentimentFigures(c: Confusion): SentimentFigures {
  const n = c.tp + c.fp + c.fn + c.tn;
  const f1Neg = f1(c.tp, c.fp, c.fn);
  const f1Pos = f1(c.tn, c.fn, c.fp);
  return {
    n,
    acc: n ? (c.tp + c.tn) / n : NaN,
    macroF1: (f1Neg + f1Pos) / 2,
    f1Neg,
    f1Pos,
    neutral: c.neutral,
  };
}

export interface CauseClass {
  rows: number;
  p: number;
  r: number;
  f1: number;
}

export interface CauseFigures {
  n: number;
  top1: number;
  macroF1: number;
  perClass: Record<string, CauseClass>;
  none: number;
}

export interface CauseRow {
  id?: string;
  gold: Cause[];
  pred: Cause | 'none';
  text: string;
  dataset: string;
}

/** Top-1 accuracy and macro-F1 over the gold causes (a miss counts against the predicted class and the first gold label). */
export function scoreCauses(rows: CauseRow[]): CauseFigures {
  const goldOf = (r: CauseRow): string[] => (r.gold.length === 0 ? ['none'] : r.gold);
  const classes = new Set<string>();
  for (const r of rows) for (const g of goldOf(r)) classes.add(g);
  const cm = new Map<string, { tp: number; fp: number; fn: number; rows: number }>();
  const get = (c: string) => {
    let e = cm.get(c);
    if (!e) cm.set(c, (e = { tp: 0, fp: 0, fn: 0, rows: 0 }));
    return e;
  };
  let correct = 0;
  let none = 0;
  for (const r of rows) {
    const gold = goldOf(r);
    get(gold[0]!).rows++;
    if (r.pred === 'none') none++;
    if (gold.includes(r.pred)) {
      correct++;
      get(r.pred).tp++;
    } else {
      get(r.pred).fp++;
      get(gold[0]!).fn++;
    }
  }
  const perClass: Record<string, CauseClass> = {};
  const f1s: number[] = [];
  for (const c of [...classes].sort()) {
    const e = get(c);
    const v = f1(e.tp, e.fp, e.fn);
    if (c !== 'none') f1s.push(v);
    perClass[c] = {
      rows: e.rows,
      p: e.tp + e.fp === 0 ? NaN : e.tp / (e.tp + e.fp),
      r: e.tp + e.fn === 0 ? NaN : e.tp / (e.tp + e.fn),
      f1: v,
    };
  }
  return {
    n: rows.length,
    top1: correct / Math.max(1, rows.length),
    macroF1: mean(f1s),
    perClass,
    none,
  };
}

export interface PartFigures {
  sentiment: Record<string, SentimentFigures>;
  /** Mean accuracy and mean macro-F1 over the datasets present. */
  sentimentAcc: number;
  sentimentMacroF1: number;
  language: Record<string, { n: number; acc: number }>;
  languageHeadline: number;
  datasetCauses: CauseFigures;
  handCauses: CauseFigures;
  causeRows: CauseRow[];
  handRows: CauseRow[];
  errors: Map<string, string[]>;
}

export interface EvalOptions {
  handLabels: HandLabel[];
  /** Collect up to this many error texts per class (tuning part only, for triage). */
  errorsPerClass?: number;
  times?: number[];
  onRow?: (name: string, part: Part, row: Row, a: Analysis) => void;
}

export function evaluate(opts: EvalOptions): Record<Part, PartFigures> {
  const hand = new Map<string, HandLabel>();
  for (const l of opts.handLabels) hand.set(`${l.dataset}\u0000${l.id}`, l);
  const fresh = (): PartFigures => ({
    sentiment: {},
    sentimentAcc: NaN,
    sentimentMacroF1: NaN,
    language: {},
    languageHeadline: NaN,
    datasetCauses: scoreCauses([]),
    handCauses: scoreCauses([]),
    causeRows: [],
    handRows: [],
    errors: new Map(),
  });
  const out: Record<Part, PartFigures> = { tuning: fresh(), checking: fresh() };
  const lang: Record<Part, Map<string, { n: number; ok: number }>> = {
    tuning: new Map(),
    checking: new Map(),
  };
  const maxErr = opts.errorsPerClass ?? 0;
  for (const name of DATASETS) {
    const rows = loadDataset(name);
    if (rows.length === 0) continue;
    const conf = {
      tuning: newConfusion(),
      checking: newConfusion(),
    };
    const seen = new Set<string>();
    for (const row of rows) {
      const text = row.text ?? '';
      if (seen.has(text)) continue;
      seen.add(text);
      const part = partOf(text);
      const P = out[part];
      const note = (key: string): void => {
        if (part !== 'tuning' || maxErr <= 0) return;
        const xs = P.errors.get(key) ?? [];
        if (xs.length < maxErr) xs.push(text.replace(/\s+/g, ' ').slice(0, 180));
        P.errors.set(key, xs);
      };
      const t0 = opts.times ? performance.now() : 0;
      const a = analyze(text);
      if (opts.times) opts.times.push((performance.now() - t0) * 1000);
      opts.onRow?.(name, part, row, a);
      const gl = row.language ?? '';
      if (gl) {
        const e = lang[part].get(gl) ?? { n: 0, ok: 0 };
        e.n++;
        if (a.language === gl) e.ok++;
        else note(`lang ${gl}->${a.language}`);
        lang[part].set(gl, e);
      }
      if (row.label === '0' || row.label === '1') {
        const gold = row.label === '0' ? 'negative' : 'positive';
        countSentiment(conf[part], gold, a.sentiment);
        if (a.sentiment !== gold) note(`sent ${name} ${gold}->${a.sentiment}`);
      }
      const pred = a.causes[0]?.cause ?? 'none';
      const h = hand.get(`${name}\u0000${row.id ?? ''}`);
      if (h) P.handRows.push({ id: row.id, gold: h.causes, pred, text, dataset: name });
      const gc = goldCauses(name, row);
      if (gc) {
        P.causeRows.push({ gold: gc, pred, text, dataset: name });
        if (!gc.includes(pred as Cause)) note(`cause ${gc.join('+')}->${pred}`);
      }
    }
    for (const part of ['tuning', 'checking'] as const) {
      const c = conf[part];
      if (c.tp + c.fp + c.fn + c.tn > 0) out[part].sentiment[name] = sentimentFigures(c);
    }
  }
  for (const part of ['tuning', 'checking'] as const) {
    const P = out[part];
    const s = Object.values(P.sentiment);
    P.sentimentAcc = mean(s.map((x) => x.acc));
    P.sentimentMacroF1 = mean(s.map((x) => x.macroF1));
    const head: number[] = [];
    for (const [l, e] of [...lang[part]].sort()) {
      P.language[l] = { n: e.n, acc: e.ok / e.n };
      if (l === 'zh-Hans' || l === 'zh-Hant' || l === 'en') head.push(e.ok / e.n);
    }
    P.languageHeadline = mean(head);
    P.datasetCauses = scoreCauses(P.causeRows);
    P.handCauses = scoreCauses(P.handRows);
  }
  return out;
}

/** A cause row written for the project (no dataset behind it): the text is in the file. */
export interface WrittenCause {
  id: string;
  lang: string;
  kind: string;
  causes: Cause[];
  text: string;
}

export function loadWrittenCauses(file: string): WrittenCause[] {
  const path = resolve(ROOT, file);
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, 'utf8')) as { labels: WrittenCause[] }).labels;
}

/** Rows of a written cause set scored by analyze(), split by partOf(text) like the datasets. */
export function writtenCauseRows(set: WrittenCause[]): Record<Part, CauseRow[]> {
  const out: Record<Part, CauseRow[]> = { tuning: [], checking: [] };
  for (const w of set) {
    const pred = analyze(w.text).causes[0]?.cause ?? 'none';
    out[partOf(w.text)].push({ id: w.id, gold: w.causes, pred, text: w.text, dataset: w.lang });
  }
  return out;
}
