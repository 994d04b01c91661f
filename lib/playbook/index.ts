// The guided checklist: stage data (stages.ts) + platform policy (platforms.ts), evaluated purely.
import { CAUSE_CHECKS, STAGES } from './stages';
import { policyFor } from './platforms';
import type { Bilingual, ChecklistContext, ChecklistStep, StageId } from './types';
import type { UiLocale } from '../i18n/define';
import { ZH_TW } from './zh-tw';
import { parseItemDate } from './dates';

export { STAGE_IDS, STAGES, CAUSE_CHECKS, stageDef } from './stages';
export { PLATFORM_POLICY, policyFor } from './platforms';
export { parseItemDate } from './dates';
export type {
  Availability,
  Bilingual,
  ChecklistContext,
  ChecklistStep,
  StageChannel,
  StageDef,
  StageId,
} from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Flags (from analyze()) and causes that make an appeal the recommended step. */
const APPEAL_FLAGS = ['extortion', 'abusive'];

function withCauseChecks(id: StageId, checks: Bilingual[], ctx: ChecklistContext): Bilingual[] {
  const out = [...checks];
  for (const cause of new Set(ctx.causes)) {
    for (const c of CAUSE_CHECKS[cause]?.[id] ?? []) {
      if (!out.some((o) => o.en === c.en)) out.push(c);
    }
  }
  return out;
}

function join(a: Bilingual | undefined, b: Bilingual | undefined): Bilingual | undefined {
  if (!a) return b;
  if (!b) return a;
  return {
    en: `${a.en} ${b.en}`,
    zh: `${a.zh}${b.zh}`,
    tw: `${uiText(a, 'zh-TW')}${uiText(b, 'zh-TW')}`,
  };
}

/** The text in the agent's UI language (never the buyer's). */
export function uiText(b: Bilingual, locale: UiLocale): string {
  if (locale === 'en') return b.en;
  if (locale === 'zh-CN') return b.zh;
  return b.tw ?? ZH_TW[b.zh] ?? b.zh;
}

/** The checklist for one case, in playbook order; pure. */
export function checklistFor(ctx: ChecklistContext): ChecklistStep[] {
  const policy = policyFor(ctx.platform, ctx.kind);
  const posted = parseItemDate(ctx.itemDate);
  const now = ctx.now ?? Date.now();
  const appealNeeded =
    ctx.causes.includes('extortion') || ctx.flags.some((f) => APPEAL_FLAGS.includes(f));

  const safety = ctx.flags.includes('safety');
  const NO_SAFETY_ASK: Bilingual = {
    en: 'Safety case: no review-update request and no appeal.',
    zh: '安全问题：不请求修改评价，也不申诉。',
  };

  const polarity = ctx.polarity ?? 'negative';
  // The safety step exists only on a safety case; it is first in STAGES, so it is shown first. A
  // positive item gets only the thank-you (no de-escalation case unless the agent opens one); a
  // neutral one is offered both.
  const defs = STAGES.filter((d) => {
    if (d.id === 'safety') return safety;
    if (d.id === 'thank') return polarity !== 'negative';
    return polarity !== 'positive' || safety;
  });
  return defs.map((def): ChecklistStep => {
    const step: ChecklistStep = {
      id: def.id,
      title: def.title,
      goal: def.goal,
      checks: withCauseChecks(def.id, def.checks, ctx),
      availability: 'required',
    };
    if (def.draftStage) step.draftStage = def.draftStage;

    switch (def.id) {
      case 'first_contact': {
        if (policy.firstContact) step.reason = policy.firstContact;
        if (posted !== undefined) {
          const due = posted + DAY;
          step.deadline = new Date(due).toISOString();
          if (now > due) {
            step.reason = join(step.reason, {
              en: 'The 24-hour window has passed: contact the buyer now anyway.',
              zh: '黄金24小时已过：仍请尽快联系买家。',
            });
          }
        }
        break;
      }
      case 'thank': {
        const publicOk = ['required', 'optional'].includes(policy.publicReply.availability);
        if (publicOk) step.draftStage = 'public_thanks';
        else if (ctx.platform !== 'amazon' || ctx.kind === 'messages')
          step.draftStage = 'thank_you';
        else {
          step.availability = 'not_applicable';
          step.reason = {
            en: 'Amazon has no public reply on product reviews and allows no message only to thank.',
            zh: '亚马逊商品评论没有公开回复，也不允许仅为致谢发送消息。',
          };
        }
        break;
      }
      case 'remedies':
        if (policy.remedies) step.reason = policy.remedies;
        break;
      case 'review_update': {
        step.availability = policy.reviewUpdate.availability;
        if (policy.reviewUpdate.reason) step.reason = policy.reviewUpdate.reason;
        const days = policy.reviewUpdate.windowDays;
        if (days !== undefined && posted !== undefined && step.availability === 'optional') {
          const due = posted + days * DAY;
          step.deadline = new Date(due).toISOString();
          if (now > due) {
            step.availability = 'not_applicable';
            step.reason = join(step.reason, {
              en: `The ${days}-day window to modify the review has closed.`,
              zh: `${days}天的评价修改期限已过。`,
              tw: `${days}天的評價修改期限已過。`,
            });
          }
        }
        break;
      }
      case 'final_outreach':
        step.availability = 'optional';
        step.reason = {
          en: 'Only when repeated contact has failed.',
          zh: '仅在多次沟通无果时使用。',
        };
        break;
      case 'public_reply':
        step.availability = policy.publicReply.availability;
        if (policy.publicReply.reason) step.reason = policy.publicReply.reason;
        break;
      case 'appeal':
        if (appealNeeded) {
          step.availability = 'required';
          step.reason = join(
            {
              en: 'Extortion or abuse: fix any real problem, keep the evidence, never pay for a review, and appeal/report it.',
              zh: '敲诈或辱骂：如有真实问题仍需解决，保留证据，绝不为评价付钱，并申诉/举报。',
            },
            policy.appeal,
          );
        } else {
          step.availability = 'optional';
          step.reason = join(
            {
              en: 'Only for abusive, false, off-topic, extortion or competitor reviews, never for a merely negative one.',
              zh: '仅适用于辱骂、虚假、与商品无关、敲诈或同行恶意的评价，绝不用于单纯的差评。',
            },
            policy.appeal,
          );
        }
        break;
      default:
        break;
    }
    if (safety && (def.id === 'review_update' || def.id === 'appeal')) {
      step.availability = 'not_allowed';
      step.reason = NO_SAFETY_ASK;
    }
    if (step.availability === 'not_allowed' || step.availability === 'not_applicable') {
      delete step.draftStage;
    }
    return step;
  });
}

export interface Progress {
  done: number;
  skipped: number;
  /** Steps that can be worked on (required or optional). */
  total: number;
  /** The first applicable step neither done nor skipped. */
  next: StageId | undefined;
}

export function isApplicable(step: Pick<ChecklistStep, 'availability'>): boolean {
  return step.availability === 'required' || step.availability === 'optional';
}

/** Progress over the applicable steps; states of not-allowed / not-applicable steps are ignored. */
export function progress(
  steps: ChecklistStep[],
  state: Record<string, 'done' | 'skipped'>,
): Progress {
  let done = 0;
  let skipped = 0;
  let total = 0;
  let next: StageId | undefined;
  for (const s of steps) {
    if (!isApplicable(s)) continue;
    total++;
    const st = state[s.id];
    if (st === 'done') done++;
    else if (st === 'skipped') skipped++;
    else if (next === undefined) next = s.id;
  }
  return { done, skipped, total, next };
}
