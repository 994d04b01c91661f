// lintDraft: checks a reply draft against the rule tables in rules.ts (compliance = block, tone = warn).
// Stable interface (DESIGN.md): lintDraft(text, { platform, channel, kind }) → findings with offsets.
import type { ItemKind, SiteId } from '../messages';
import type { Bilingual } from '../playbook/types';
import { MAX_LENGTH_RULE, rulesFor, type Rule } from './rules';

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
  /** Language of messages and suggestions; both (English · 中文) by default. */
  lang?: 'en' | 'zh' | 'both';
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
  if (lang === 'en') return b.en;
  if (lang === 'zh') return b.zh;
  return `${b.en} · ${b.zh}`;
}

const SENTENCE_END = /[。！？!?\n]|\.(?=\s|$)/g;

/** The sentence around [start, end): from the previous terminator to the next one. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end - 1 && m.index >= start) {
      to = m.index + 1;
      break;
    }
  }
  return text.slice(from, Math.max(to, end));
}

function applies(rule: Rule, ctx: LintContext): boolean {
  if (!rule.platforms.includes(ctx.platform)) return false;
  if (rule.channels && !rule.channels.includes(ctx.channel)) return false;
  if (rule.kinds && !rule.kinds.includes(ctx.kind)) return false;
  return true;
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

/** Checks a draft; findings are sorted by position, blocks before warnings at the same spot. */
export function lintDraft(text: string, ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const rule of rulesFor(ctx.platform)) {
    if (!applies(rule, ctx)) continue;
    if (rule.unlessText?.some((re) => global(re).test(text))) continue;
    if (rule.maxLength !== undefined && text.length > rule.maxLength) {
      out.push(finding(rule, rule.maxLength, text.length, ctx.lang));
    }
    for (const pattern of rule.patterns) {
      const re = global(pattern);
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        if (rule.unless) {
          const sentence = sentenceAround(text, start, end);
          if (rule.unless.some((u) => global(u).test(sentence))) continue;
        }
        out.push(finding(rule, start, end, ctx.lang));
      }
    }
  }
  if (ctx.maxLength !== undefined && text.length > ctx.maxLength) {
    out.push(finding(MAX_LENGTH_RULE, ctx.maxLength, text.length, ctx.lang));
  }
  // One finding per rule and span (several patterns of a rule can match the same words).
  const seen = new Set<string>();
  const unique = out.filter((f) => {
    const key = `${f.rule}|${f.start}|${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Overlapping hits of the same rule: keep the widest.
  const merged = unique.filter(
    (f) =>
      !unique.some(
        (g) =>
          g !== f &&
          g.rule === f.rule &&
          g.start <= f.start &&
          g.end >= f.end &&
          g.end - g.start > f.end - f.start,
      ),
  );
  return merged.sort(
    (a, b) =>
      a.start - b.start ||
      (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1) ||
      a.end - b.end,
  );
}

export function hasBlocking(findings: readonly LintFinding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}
