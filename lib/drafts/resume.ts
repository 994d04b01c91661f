// Which draft the panel opens on: after a reload the in-memory choice of stage and language is
// gone, and without this the stored draft of a stage the agent picked would never be shown again.
import type { Language } from '../analysis/types';
import { DRAFT_STAGES, type DraftStage } from './stages';

export interface StoredDraft {
  stage: string;
  language: string;
  text: string;
  at: number;
  previous?: string;
}

const LANGUAGES: readonly string[] = ['zh-Hans', 'zh-Hant', 'en'];

/**
 * The stage and language of the stored draft, when the panel should reopen on it: it holds the
 * agent's text (or a reset that can still be undone), its stage is still offered for the item, and
 * no draft reached the buyer since it was written (then the case has moved on to the next stage).
 */
export function resumedDraft(
  saved: StoredDraft | undefined,
  offered: readonly DraftStage[],
  lastSentAt: number | undefined,
): { stage: DraftStage; language: Exclude<Language, 'other'> } | undefined {
  if (!saved || !(saved.text || saved.previous)) return undefined;
  if (lastSentAt !== undefined && lastSentAt >= saved.at) return undefined;
  const stage = DRAFT_STAGES.find((s) => s === saved.stage);
  if (!stage || !offered.includes(stage)) return undefined;
  if (!LANGUAGES.includes(saved.language)) return undefined;
  return { stage, language: saved.language as Exclude<Language, 'other'> };
}
