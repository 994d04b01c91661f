import { describe, expect, it } from 'vitest';
import { resumedDraft } from '@/lib/drafts/resume';

const saved = { stage: 'remedies', language: 'zh-Hant', text: '您好', at: 100 };

describe('resumedDraft: which stored draft the panel reopens on', () => {
  it('the agent’s stage and language, while the stage is offered and nothing was sent since', () => {
    expect(resumedDraft(saved, ['first_contact', 'remedies'], undefined)).toEqual({
      stage: 'remedies',
      language: 'zh-Hant',
    });
    expect(resumedDraft(saved, ['first_contact', 'remedies'], 99)).toBeDefined();
  });
  it('a reset draft still reopens, so the reset can be undone', () => {
    expect(resumedDraft({ ...saved, text: '', previous: '您好' }, ['remedies'], undefined)).toEqual(
      { stage: 'remedies', language: 'zh-Hant' },
    );
  });
  it('not once a draft reached the buyer, nor for a stage no longer offered or an empty draft', () => {
    expect(resumedDraft(saved, ['first_contact', 'remedies'], 100)).toBeUndefined();
    expect(resumedDraft(saved, ['first_contact'], undefined)).toBeUndefined();
    expect(resumedDraft({ ...saved, text: '' }, ['remedies'], undefined)).toBeUndefined();
    expect(resumedDraft({ ...saved, stage: 'bogus' }, ['remedies'], undefined)).toBeUndefined();
    expect(resumedDraft({ ...saved, language: 'fr' }, ['remedies'], undefined)).toBeUndefined();
    expect(resumedDraft(undefined, ['remedies'], undefined)).toBeUndefined();
  });
});
