// Applies the agent's stored UI language (settings.uiLanguage) to every screen,
// live, or the browser's language while none is stored.
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '../db';
import { matchUiLocale } from '../i18n';
import { useUiLocale } from '../i18n/react';

export const browserUiLocale = () =>
  matchUiLocale(
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
  );

export function useStoredUiLanguage(): void {
  const stored = useLiveQuery(async () => (await getSettings()).uiLanguage ?? null, [], undefined);
  useEffect(() => {
    if (stored === undefined) return; // still loading
    useUiLocale.getState().setUiLocale(stored ?? browserUiLocale());
  }, [stored]);
}
