// In-panel shortcuts. Alt+Shift+letter (matched on the physical key, so
// macOS's Option characters do not matter) never types into a field, and
// leaves single keys to screen readers (WCAG 2.1.4).
import { useEffect, useLayoutEffect, useRef } from 'react';

export const PANEL_SHORTCUTS = {
  stepDone: { code: 'KeyY', label: 'Alt+Shift+Y' },
  stepSkip: { code: 'KeyN', label: 'Alt+Shift+N' },
  back: { code: 'Escape', label: 'Esc' },
} as const;
export type PanelShortcut = keyof typeof PANEL_SHORTCUTS;

export function shortcutOf(
  e: Pick<KeyboardEvent, 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>,
): PanelShortcut | undefined {
  if (e.code === 'Escape' && !e.altKey && !e.shiftKey && !e.ctrlKey && !e.metaKey) return 'back';
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return undefined;
  if (e.code === PANEL_SHORTCUTS.stepDone.code) return 'stepDone';
  if (e.code === PANEL_SHORTCUTS.stepSkip.code) return 'stepSkip';
  return undefined;
}

/** Calls `on[shortcut]` for the panel's shortcuts while mounted. */
export function useShortcuts(on: Partial<Record<PanelShortcut, () => void>>): void {
  const ref = useRef(on);
  // Updated as the DOM is, not after paint: a key pressed in between acts on what is shown.
  useLayoutEffect(() => {
    ref.current = on;
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      const s = shortcutOf(e);
      const fn = s && ref.current[s];
      if (!fn) return;
      // Esc in an open select or a field closes or leaves that first.
      if (s === 'back' && e.target instanceof HTMLSelectElement) return;
      e.preventDefault();
      fn();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
