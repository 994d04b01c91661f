// lintDraft: checks a reply draft against the rule tables in rules.ts (compliance = block, tone = warn).
// Stable interface (DESIGN.md): lintDraft(text, { platform, channel, kind }) → findings with offsets.
import type { ItemKind, SiteId } from '../messages';
import type { Bilingual } from '../playbook/types';
import type { UiLocale } from '../i18n/define';
import { uiText } from '../playbook';
import { isInvisible, originalSpan, viewsOf, type Views } from './normalize';
import { MAX_LENGTH_RULE, NEAR, NEEDS, PREFIX, rulesFor, type Rule } from './rules';

export interface LintFinding {
  rule: string;
  severity: 'block' | 'warn';
  /** Offsets into the text (UTF-16 code units, like String.prototype.slice). */
  start: number;
  end: number;
  message: string;
  suggestion?: string;
}

export interface LintContext {
  platform: SiteId;
  channel: 'private' | 'public';
  kind: ItemKind;
  /** The reply box's character limit, when known. */
  maxLength?: number;
  /** Language of messages and suggestions: a UI locale, 'zh' (zh-CN), or both (English · 中文) by default. */
  lang?: UiLocale | 'zh' | 'both';
}

const compiled = new WeakMap<RegExp, RegExp>();
function global(re: RegExp): RegExp {
  let g = compiled.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    compiled.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

function say(b: Bilingual, lang: LintContext['lang']): string {
  if (lang === undefined || lang === 'both') return `${b.en} · ${b.zh}`;
  return uiText(b, lang === 'zh' ? 'zh-CN' : lang);
}

const SENTENCE_END = /[。！？!?\n]|\.(?=\s|$)/g;

/** Offsets of the sentence terminators of a text, ascending (computed once per lint). */
function terminators(text: string): number[] {
  const out: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) out.push(m.index);
  return out;
}

/** The first index in the ascending list that is >= x. */
function lowerBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence around [start, end) of the original text: from the previous terminator to the next. */
function sentenceAround(
  text: string,
  ends: readonly number[],
  start: number,
  end: number,
): [number, number] {
  const before = lowerBound(ends, start) - 1;
  const from = before >= 0 ? (ends[before] ?? -1) + 1 : 0;
  const after = ends[lowerBound(ends, Math.max(start, end - 1))];
  const to = after === undefined ? text.length : after + 1;
  return [from, Math.max(to, end)];
}

function applies(rule: Rule, ctx: LintContext): boolean {
  return !rule.kinds || rule.kinds.includes(ctx.kind);
}

function finding(
  rule: Pick<Rule, 'id' | 'severity' | 'message' | 'suggestion'>,
  start: number,
  end: number,
  lang: LintContext['lang'],
): LintFinding {
  const f: LintFinding = {
    rule: rule.id,
    severity: rule.severity,
    start,
    end,
    message: say(rule.message, lang),
  };
  if (rule.suggestion) f.suggestion = say(rule.suggestion, lang);
  return f;
}

const LATIN = /[a-z0-9]/i;

/**
 * A compact-view match that starts or ends with a Latin letter must be a whole word of the
 * original (W h a t s A p p yes, "somewhat sappy" no): the visible characters just outside it
 * are not letters or digits.
 */
function wholeWords(original: string, matched: string, start: number, end: number): boolean {
  const outside = (i: number, step: -1 | 1): string => {
    for (let k = i; k >= 0 && k < original.length; k += step) {
      const cp = original.codePointAt(k) ?? 0;
      if (!isInvisible(cp) && !(cp >= 0xdc00 && cp <= 0xdfff)) return original[k] ?? '';
    }
    return '';
  };
  if (LATIN.test(matched.charAt(0)) && LATIN.test(outside(start - 1, -1))) return false;
  if (LATIN.test(matched.charAt(matched.length - 1)) && LATIN.test(outside(end, 1))) return false;
  return true;
}

/** The loose view of each sentence, computed once per lint (many findings share a sentence). */
interface SentenceCache {
  ends: number[];
  loose: Map<string, string>;
  /** Whether a rule's `unless` holds in a sentence, by rule and sentence. */
  held: Map<string, boolean>;
}

function unlessHolds(
  rule: Rule,
  original: string,
  start: number,
  end: number,
  cache: SentenceCache,
): boolean {
  if (!rule.unless) return false;
  const [from, to] = sentenceAround(original, cache.ends, start, end);
  const key = `${rule.id}|${from}|${to}`;
  const known = cache.held.get(key);
  if (known !== undefined) return known;
  let sentence = cache.loose.get(`${from}|${to}`);
  if (sentence === undefined) {
    sentence = viewsOf(original.slice(from, to)).loose.text;
    cache.loose.set(`${from}|${to}`, sentence);
  }
  const held = rule.unless.some((u) => global(u).test(sentence));
  cache.held.set(key, held);
  return held;
}

/**
 * Marks per rule: a draft that repeats one violation hundreds of times is blocked by the first, and
 * building, checking and merging every later one was most of the worst-case time (好评返现 ×500).
 */
export const MAX_FINDINGS_PER_RULE = 32;

const stickies = new WeakMap<RegExp, RegExp>();
function sticky(re: RegExp): RegExp {
  let y = stickies.get(re);
  if (!y) {
    y = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    stickies.set(re, y);
  }
  return y;
}

/** The stretches of text around the need's occurrences, merged where they overlap. */
function windows(text: string, need: RegExp, reach: number, tail: number): [number, number][] {
  const out: [number, number][] = [];
  const g = global(need);
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    const from = Math.max(0, m.index - reach);
    const to = Math.min(text.length, m.index + m[0].length + tail);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Where each PREFIX holds, by view text: found once per lint and shared by its patterns. */
const prefixStarts = new Map<string, Map<RegExp, number[]>>();
function startsOf(prefix: RegExp, text: string): number[] {
  let byPrefix = prefixStarts.get(text);
  if (!byPrefix) prefixStarts.set(text, (byPrefix = new Map()));
  let starts = byPrefix.get(prefix);
  if (!starts) {
    starts = [];
    const g = global(prefix);
    for (let m = g.exec(text); m; m = g.exec(text)) {
      starts.push(m.index);
      g.lastIndex = m.index + 1;
    }
    byPrefix.set(prefix, starts);
  }
  return starts;
}

/**
 * The matches of a pattern, as a global scan of the whole text finds them. With a NEAR landmark, only
 * the windows around it are scanned, and each candidate is confirmed on the whole text at its own
 * index (a window's edge must not change what a lookbehind or an anchor sees).
 */
function* scan(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const near = NEAR.get(pattern);
  const need = NEEDS.get(pattern);
  const prefix = PREFIX.get(pattern);
  if (prefix && !near) {
    // The leftmost match from any point starts at a place the prefix holds: trying those in order
    // gives what the global scan gives.
    const y = sticky(pattern);
    let done = 0;
    for (const at of startsOf(prefix, text)) {
      if (at < done) continue;
      y.lastIndex = at;
      const m = y.exec(text);
      if (!m || m[0].length === 0) continue;
      done = at + m[0].length;
      yield m;
    }
    return;
  }
  if (!near || !need) {
    const re = global(pattern);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else yield m;
    }
    return;
  }
  const y = sticky(pattern);
  let done = 0; // matches do not overlap: the next starts at or after the last one's end
  for (const [from, to] of windows(text, need, near.reach, near.tail)) {
    const part = text.slice(from, to);
    const re = global(pattern);
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const at = from + m.index;
      if (m[0].length === 0 || at < done) {
        re.lastIndex = m.index + 1;
        continue;
      }
      y.lastIndex = at;
      const full = y.exec(text);
      if (!full || full[0].length === 0) {
        re.lastIndex = m.index + 1;
        continue;
      }
      done = at + full[0].length;
      yield full;
      re.lastIndex = Math.max(m.index + 1, done - from);
    }
  }
}

/**
 * Runs a rule's patterns over their views and hands each candidate's original span to `take`,
 * which says whether it became a finding; stops once MAX_FINDINGS_PER_RULE did.
 */
function matches(rule: Rule, views: Views, take: (start: number, end: number) => boolean): void {
  let taken = 0;
  const lists = [rule.patterns, rule.exact, rule.compact];
  const inView = [views.loose, views.exact, views.compact];
  for (let v = 0; v < 3; v++) {
    const view = inView[v]!;
    const compact = v === 2;
    for (const pattern of lists[v] ?? []) {
      const need = NEEDS.get(pattern);
      if (need && !NEAR.has(pattern) && !need.test(view.text)) continue;
      for (const m of scan(pattern, view.text)) {
        const matched = m[0];
        if (
          rule.accept &&
          !rule.accept(matched, view.text.slice(Math.max(0, m.index - 64), m.index))
        )
          continue;
        if (rule.allow?.some((a) => global(a).test(matched))) continue;
        const [start, end] = originalSpan(view, m.index, m.index + matched.length);
        if (compact && !wholeWords(views.original, matched, start, end)) continue;
        if (take(start, end) && ++taken >= MAX_FINDINGS_PER_RULE) return;
      }
    }
  }
}

/** Checks a draft; findings are sorted by position, blocks before warnings at the same spot. */
export function lintDraft(text: string, ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  const views = viewsOf(text);
  prefixStarts.clear();
  const sentences: SentenceCache = { ends: terminators(text), loose: new Map(), held: new Map() };
  for (const rule of rulesFor(ctx.platform, ctx.channel)) {
    if (!applies(rule, ctx)) continue;
    if (rule.unlessText?.some((re) => global(re).test(views.loose.text))) continue;
    if (rule.maxLength !== undefined && text.length > rule.maxLength) {
      out.push(finding(rule, rule.maxLength, text.length, ctx.lang));
    }
    matches(rule, views, (start, end) => {
      if (unlessHolds(rule, text, start, end, sentences)) return false;
      out.push(finding(rule, start, end, ctx.lang));
      return true;
    });
  }
  prefixStarts.clear();
  if (ctx.maxLength !== undefined && text.length > ctx.maxLength) {
    out.push(finding(MAX_LENGTH_RULE, ctx.maxLength, text.length, ctx.lang));
  }
  return merge(out).sort(
    (a, b) =>
      a.start - b.start ||
      (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1) ||
      a.end - b.end,
  );
}

/** One finding per rule and stretch of text: overlapping hits of a rule (several patterns or views) merge. */
function merge(findings: LintFinding[]): LintFinding[] {
  const byRule = new Map<string, LintFinding[]>();
  for (const f of findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const out: LintFinding[] = [];
  for (const list of byRule.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let cur: LintFinding | undefined;
    for (const f of list) {
      if (cur && f.start < cur.end) cur.end = Math.max(cur.end, f.end);
      else {
        cur = { ...f };
        out.push(cur);
      }
    }
  }
  return out;
}

export function hasBlocking(findings: readonly LintFinding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}
