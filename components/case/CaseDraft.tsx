import type { ComponentProps, ReactNode } from 'react';
import { useT } from '@/lib/i18n/react';
import { DraftEditor } from '../DraftEditor';
import { Notice } from '../Notice';

/** The reply: stage, language, text, findings, Insert and its result in one place. */
export function CaseDraft({
  remedies,
  ...props
}: Omit<ComponentProps<typeof DraftEditor>, 'result'> & { remedies?: ReactNode }) {
  const t = useT();
  return (
    <section aria-labelledby="draft-h" className="case-section" id="case-draft">
      <h3 id="draft-h">{t('caseview.draft')}</h3>
      {remedies}
      <DraftEditor {...props} result={<Notice at="draft" />} />
    </section>
  );
}
