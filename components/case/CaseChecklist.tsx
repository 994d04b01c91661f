import type { ComponentProps } from 'react';
import { progress } from '@/lib/playbook';
import { useT } from '@/lib/i18n/react';
import { Checklist } from '../Checklist';

/** Every step of the playbook, collapsed to one line each except the current one. */
export function CaseChecklist(props: ComponentProps<typeof Checklist>) {
  const t = useT();
  const prog = progress(props.steps, props.state);
  return (
    <section aria-labelledby="checklist-h" className="case-section">
      <h3 id="checklist-h">
        {t('caseview.checklist')}{' '}
        <span className="muted">
          {t('caseview.checklist.progress', { done: prog.done, total: prog.total })}
        </span>
      </h3>
      <Checklist {...props} current={props.current ?? prog.next} />
    </section>
  );
}
