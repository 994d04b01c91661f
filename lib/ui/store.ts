import { create } from 'zustand';
import type { Language } from '../analysis/types';

export type NoticePlace = 'draft' | 'case' | 'list';

/** UI state of the side panel only; everything durable lives in Dexie. */
export interface PanelState {
  selectedId?: string;
  /** Draft stage per case. */
  stage: Record<string, string>;
  /** Agent's edits, keyed by `${caseId}|${stage}|${language}`. */
  edits: Record<string, string>;
  language: Record<string, Language>;
  /** A result or error, shown next to the control that caused it (`at`). */
  notice?: { kind: 'ok' | 'error'; text: string; at?: NoticePlace };
  select(id: string | undefined): void;
  setStage(caseId: string, stage: string): void;
  setLanguage(caseId: string, language: Language): void;
  setEdit(key: string, text: string | undefined): void;
  setNotice(notice: PanelState['notice']): void;
}

export const usePanel = create<PanelState>((set) => ({
  stage: {},
  edits: {},
  language: {},
  select: (selectedId) => set({ selectedId, notice: undefined }),
  setStage: (caseId, stage) => set((s) => ({ stage: { ...s.stage, [caseId]: stage } })),
  setLanguage: (caseId, language) =>
    set((s) => ({ language: { ...s.language, [caseId]: language } })),
  setEdit: (key, text) =>
    set((s) => {
      const edits = { ...s.edits };
      if (text === undefined) delete edits[key];
      else edits[key] = text;
      return { edits };
    }),
  setNotice: (notice) => set({ notice }),
}));
