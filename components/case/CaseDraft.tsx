import type { ComponentProps } from 'react';
import { useT } from '@/lib/i18n/react';
import { DraftEditor } from '../DraftEditor';
import { Notice } from '../Notice';

/** The reply: stage, language, text, findings, Insert and its result in one place. */
export function CaseDraft(props: Omit<ComponentProps<typeof DraftEditor>, 'result'>) {
  const t = useT();
  return (
    <section aria-labelledby="draft-h" className="case-section" id="case-draft">
      <h3 id="draft-h">{t('caseview.draft')}</h3>
      {/* slot: RemedyPicker (drafts) — the remedies offered in this draft */}
      <DraftEditor {...props} result={<Notice at="draft" />} />
    </section>
  );
}
