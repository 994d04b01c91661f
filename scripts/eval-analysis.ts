/**
 * Measures lib/analysis on the development halves of the labelled review sets (read at run time from
 * ../shared/data/reviews, or $DEFUSE_REVIEWS_DIR) and on our own written flag fixture.
 * Usage: npm run eval:analysis  (add --errors=N to print N error examples per class, for local triage;
 * --causes-sample=N prints N negative rows per dataset, evenly spread, with their top cause, for judging
 * the causes by hand against the labelling conventions of the data README).
 * Root causes are also scored against our own hand labels (tests/unit/analysis/cause-labels.dev.json:
 * dataset, id and one or two cause ids, no text), joined by id at run time; --label-errors prints the
 * misses there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { analyze } from '../lib/analysis/index';
import type { Cause } from '../lib/analysis/types';
import { FLAG_MESSAGES } from '../tests/unit/analysis/flag-messages.fixture';

type Row = Record<string, string | undefined>;

const root = resolve(import.meta.dirname, '..');
const dir = process.env.DEFUSE_REVIEWS_DIR ?? resolve(root, '../shared/data/reviews');
const errArg = process.argv.find((a) => a.startsWith('--errors='));
const SHOW_ERRORS = errArg ? Number(errArg.slice('--errors='.length)) : 0;
const sampleArg = process.argv.find((a) => a.startsWith('--causes-sample='));
const CAUSE_SAMPLE = sampleArg ? Number(sampleArg.slice('--causes-sample='.length)) : 0;
const LABEL_ERRORS = process.argv.includes('--label-errors');

interface HandLabel {
  dataset: string;
  id: string;
  causes: Cause[];
}
const HAND_LABELS: HandLabel[] = JSON.parse(
  readFileSync(resolve(root, 'tests/unit/analysis/cause-labels.dev.json'), 'utf8'),
) as HandLabel[];
const handIndex = new Map<string, HandLabel>();
for (const l of HAND_LABELS) handIndex.set(`${l.dataset}\u0000${l.id}`, l);

const DATASETS = [
  'online_shopping_10_cats',
  'waimai_10k',
  'zh_traditional_real',
  'tianchi_cosmetics',
  'amazon_alexa_dedup',
  'uci_amazon_cells',
  'semeval_laptops_support_shipping',
];

const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1) + '%' : 'n/a');
const mean = (xs: number[]): number =>
  xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;

function f1(tp: number, fp: number, fn: number): number {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function load(name: string): Row[] {
  const file = resolve(dir, `${name}.dev.csv`);
  if (!existsSync(file)) return [];
  const parsed = Papa.parse<Row>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data;
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

function goldCauses(name: string, row: Row): Cause[] | undefined {
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

interface CauseRow {
  gold: Cause[];
  pred: Cause | 'none';
  text: string;
  dataset: string;
}

/**
 * Top-1 accuracy and macro-F1 over the gold causes ("no cause" is right only for a row labelled with
 * none; it is scored as its own class when some rows have it). A miss counts against the predicted
 * class (FP) and the first gold label (FN).
 */
function reportCauses(rows: CauseRow[]): void {
  const goldOf = (r: CauseRow): string[] => (r.gold.length === 0 ? ['none'] : r.gold);
  const classes = new Set<string>();
  for (const r of rows) for (const g of goldOf(r)) classes.add(g);
  const cm = new Map<string, { tp: number; fp: number; fn: number; rows: number }>();
  const get = (c: string): { tp: number; fp: number; fn: number; rows: number } => {
    let e = cm.get(c);
    if (!e) {
      e = { tp: 0, fp: 0, fn: 0, rows: 0 };
      cm.set(c, e);
    }
    return e;
  };
  let correct = 0;
  const perSet = new Map<string, { n: number; ok: number }>();
  for (const r of rows) {
    const gold = goldOf(r);
    get(gold[0]!).rows++;
    const ps = perSet.get(r.dataset) ?? { n: 0, ok: 0 };
    ps.n++;
    if (gold.includes(r.pred)) {
      correct++;
      ps.ok++;
      get(r.pred).tp++;
    } else {
      get(r.pred).fp++;
      get(gold[0]!).fn++;
    }
    perSet.set(r.dataset, ps);
  }
  const f1s: number[] = [];
  const f1sCauses: number[] = [];
  for (const c of [...classes].sort()) {
    const e = get(c);
    const v = f1(e.tp, e.fp, e.fn);
    f1s.push(v);
    if (c !== 'none') f1sCauses.push(v);
    const p = e.tp + e.fp === 0 ? NaN : e.tp / (e.tp + e.fp);
    const rc = e.tp + e.fn === 0 ? NaN : e.tp / (e.tp + e.fn);
    console.log(
      `  ${c.padEnd(16)} rows ${String(e.rows).padStart(4)} (first label)  P ${pct(p)}  R ${pct(rc)}  F1 ${pct(v)}`,
    );
  }
  if (perSet.size > 1) {
    for (const [d, e] of perSet) {
      console.log(`    ${d.padEnd(34)} n=${String(e.n).padStart(4)}  top-1 ${pct(e.ok / e.n)}`);
    }
  }
  const none = cm.get('none');
  console.log(`  predicted no cause on ${none ? none.tp + none.fp : 0} of ${rows.length} rows`);
  console.log(
    `  HEADLINE top-1 accuracy ${pct(correct / Math.max(1, rows.length))}, macro-F1 ${f1sCauses.length ? pct(mean(f1sCauses)) : 'n/a'} over causes` +
      (classes.has('none') ? ` (${pct(mean(f1s))} with "none" as a class)` : '') +
      ` (n=${rows.length})`,
  );
}

function main(): void {
  if (!existsSync(dir)) {
    console.log(
      `Review datasets not found at ${dir} (set DEFUSE_REVIEWS_DIR). Nothing to evaluate.`,
    );
  }
  const langTotals = new Map<string, { n: number; ok: number }>();
  const sentHeadline: number[] = [];
  const causeRows: CauseRow[] = [];
  const handRows: CauseRow[] = [];
  const times: number[] = [];
  const errors = new Map<string, string[]>();
  const samples = new Map<string, { text: string; top: string }[]>();
  const note = (key: string, s: string): void => {
    if (SHOW_ERRORS <= 0) return;
    const xs = errors.get(key) ?? [];
    if (xs.length < SHOW_ERRORS) xs.push(s.replace(/\s+/g, ' ').slice(0, 160));
    errors.set(key, xs);
  };
  console.log('== sentiment (label 0/1; neutral counts as wrong)');
  for (const name of existsSync(dir) ? DATASETS : []) {
    const rows = load(name);
    if (rows.length === 0) {
      console.log(`  ${name}: missing`);
      continue;
    }
    const seen = new Set<string>();
    const negRows: { text: string; top: string }[] = [];
    const conf = { tp: 0, fp: 0, fn: 0, tn: 0, neutral: 0 };
    for (const row of rows) {
      const text = row.text ?? '';
      if (seen.has(text)) continue;
      seen.add(text);
      const t0 = performance.now();
      const a = analyze(text);
      times.push((performance.now() - t0) * 1000);
      const lang = row.language ?? '';
      if (lang) {
        const e = langTotals.get(lang) ?? { n: 0, ok: 0 };
        e.n++;
        if (a.language === lang) e.ok++;
        else note(`lang ${lang}->${a.language}`, text);
        langTotals.set(lang, e);
      }
      if (row.label === '0' || row.label === '1') {
        const gold = row.label === '0' ? 'negative' : 'positive';
        if (a.sentiment === 'neutral') conf.neutral++;
        // Negative is the "positive class" for the confusion counts.
        if (gold === 'negative') {
          if (a.sentiment === 'negative') conf.tp++;
          else conf.fn++;
        } else if (a.sentiment === 'positive') conf.tn++;
        else conf.fp++;
        if (a.sentiment !== gold) note(`sent ${name} ${gold}->${a.sentiment}`, text);
      }
      if (CAUSE_SAMPLE > 0 && row.label === '0') {
        const c = a.causes[0];
        const top = c ? `${c.cause} [${c.evidence.slice(0, 3).join(', ')}]` : 'none';
        negRows.push({ text, top });
      }
      const hand = handIndex.get(`${name}\u0000${row.id ?? ''}`);
      if (hand)
        handRows.push({
          gold: hand.causes,
          pred: a.causes[0]?.cause ?? 'none',
          text,
          dataset: name,
        });
      const gc = goldCauses(name, row);
      if (gc) {
        const pred = a.causes[0]?.cause ?? 'none';
        causeRows.push({ gold: gc, pred, text, dataset: name });
        if (!gc.includes(pred as Cause)) note(`cause ${gc.join('+')}->${pred}`, text);
      }
    }
    const n = conf.tp + conf.fp + conf.fn + conf.tn;
    const acc = (conf.tp + conf.tn) / Math.max(1, n);
    const f1neg = f1(conf.tp, conf.fp, conf.fn);
    const f1pos = f1(conf.tn, conf.fn, conf.fp);
    sentHeadline.push(acc);
    if (CAUSE_SAMPLE > 0 && negRows.length > 0) samples.set(name, negRows);
    console.log(
      `  ${name.padEnd(34)} n=${String(n).padStart(5)}  acc ${pct(acc)}  macro-F1 ${pct((f1neg + f1pos) / 2)}  (F1 neg ${pct(f1neg)}, pos ${pct(f1pos)}; neutral ${conf.neutral})`,
    );
  }
  console.log(
    `  HEADLINE sentiment accuracy (mean of ${sentHeadline.length}): ${pct(mean(sentHeadline))}`,
  );

  console.log('== language (gold column)');
  const langHead: number[] = [];
  for (const [lang, e] of [...langTotals].sort()) {
    console.log(`  ${lang.padEnd(8)} n=${String(e.n).padStart(5)}  acc ${pct(e.ok / e.n)}`);
    if (lang === 'zh-Hans' || lang === 'zh-Hant' || lang === 'en') langHead.push(e.ok / e.n);
  }
  console.log(`  HEADLINE language accuracy (mean zh-Hans, zh-Hant, en): ${pct(mean(langHead))}`);

  console.log(
    '== root cause top-1 (tianchi negative_categories, semeval SUPPORT/SHIPPING, negative rows)',
  );
  reportCauses(causeRows);

  console.log(
    `== root cause top-1 on our hand labels (tests/unit/analysis/cause-labels.dev.json, ${handRows.length} of ${HAND_LABELS.length} found)`,
  );
  reportCauses(handRows);
  if (LABEL_ERRORS) {
    for (const r of handRows) {
      const gold = r.gold.length === 0 ? ['none'] : r.gold;
      if (gold.includes(r.pred)) continue;
      console.log(
        `   ${r.dataset.slice(0, 8)} ${gold.join('+').padEnd(28)} -> ${r.pred.padEnd(16)} | ${r.text.replace(/\s+/g, ' ').slice(0, 130)}`,
      );
    }
  }

  console.log('== flags on the written fixture (tests/unit/analysis/flag-messages.fixture.ts)');
  const flagNames = [
    'extortion',
    'legal_threat',
    'platform_complaint',
    'abusive',
    'threat',
  ] as const;
  const fc = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const f of flagNames) fc.set(f, { tp: 0, fp: 0, fn: 0 });
  for (const m of FLAG_MESSAGES) {
    const got = new Set(analyze(m.text).flags);
    const want = new Set<string>(m.flags);
    const threatGot = got.has('extortion') || got.has('legal_threat');
    const threatWant = want.has('extortion') || want.has('legal_threat');
    if (threatGot) got.add('threat');
    if (threatWant) want.add('threat');
    for (const f of flagNames) {
      const e = fc.get(f)!;
      if (got.has(f) && want.has(f)) e.tp++;
      else if (got.has(f)) {
        e.fp++;
        note(`flag FP ${f}`, m.text);
      } else if (want.has(f)) {
        e.fn++;
        note(`flag FN ${f}`, m.text);
      }
    }
  }
  for (const f of flagNames) {
    const e = fc.get(f)!;
    const p = e.tp + e.fp === 0 ? 1 : e.tp / (e.tp + e.fp);
    const r = e.tp + e.fn === 0 ? 1 : e.tp / (e.tp + e.fn);
    console.log(`  ${f.padEnd(20)} P ${pct(p)}  R ${pct(r)}  (tp ${e.tp}, fp ${e.fp}, fn ${e.fn})`);
  }
  console.log(`  (n=${FLAG_MESSAGES.length} messages; "threat" = extortion or legal_threat)`);

  if (times.length > 0) {
    const s = [...times].sort((a, b) => a - b);
    const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
    console.log(
      `== speed: ${s.length} calls, median ${q(0.5).toFixed(1)} µs, p95 ${q(0.95).toFixed(1)} µs`,
    );
  }
  for (const [name, rows] of samples) {
    // Evenly spread over the file (deterministic), not the first rows.
    const step = Math.max(1, Math.floor(rows.length / CAUSE_SAMPLE));
    console.log(
      `-- causes sample ${name} (${Math.min(CAUSE_SAMPLE, rows.length)} of ${rows.length} negatives)`,
    );
    for (let i = 0, k = 0; i < rows.length && k < CAUSE_SAMPLE; i += step, k++) {
      const r = rows[i]!;
      console.log(
        `   ${String(k + 1).padStart(3)}. ${r.top.padEnd(40)} | ${r.text.replace(/\s+/g, ' ').slice(0, 110)}`,
      );
    }
  }
  for (const [k, xs] of [...errors].sort()) {
    console.log(`-- ${k}`);
    for (const x of xs) console.log(`   ${x}`);
  }
}

main();
