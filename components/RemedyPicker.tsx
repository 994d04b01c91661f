import { create } from 'zustand';
import type { RemedyId } from '@/lib/drafts';
import { useT } from '@/lib/i18n/react';

/** The remedies the agent ticked, per case (undefined: the defaults from the causes). */
interface RemedyState {
  chosen: Record<string, readonly RemedyId[] | undefined>;
  set(caseId: string, remedies: readonly RemedyId[] | undefined): void;
}

export const useRemedies = create<RemedyState>((set) => ({
  chosen: {},
  set: (caseId, remedies) => set((s) => ({ chosen: { ...s.chosen, [caseId]: remedies } })),
}));

/**
 * The agent picks the remedies the draft offers. Defaults come from the causes and what the buyer
 * asked for; the draft presents the ticked ones as choices, none conditional on the review.
 */
export function RemedyPicker({
  options,
  value,
  onChange,
}: {
  /** What the platform allows, in display order. */
  options: readonly RemedyId[];
  value: readonly RemedyId[];
  onChange(next: RemedyId[]): void;
}) {
  const t = useT();
  const toggle = (r: RemedyId, on: boolean) =>
    onChange(
      on ? options.filter((o) => o === r || value.includes(o)) : value.filter((v) => v !== r),
    );
  return (
    <fieldset className="remedies" aria-describedby="remedies-hint">
      <legend>{t('drafts.remedies.title')}</legend>
      <p id="remedies-hint" className="muted hint">
        {t('drafts.remedies.hint')}
      </p>
      <ul className="remedy-options">
        {options.map((r) => (
          <li key={r}>
            <label>
              <input
                type="checkbox"
                data-testid="remedy-option"
                data-remedy={r}
                checked={value.includes(r)}
                onChange={(e) => toggle(r, e.target.checked)}
              />{' '}
              {t(`drafts.remedy.${r}`)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
