// Browser commands arrive in every open panel (one per window); the screen
// that can act on one registers a handler while it is shown.
import { useLayoutEffect, useRef } from 'react';
import type { PanelCommand } from './commands';

const handlers = new Map<PanelCommand, () => void>();

/** Runs the command's handler; false when no screen on show can do it. */
export function runCommand(command: PanelCommand): boolean {
  const h = handlers.get(command);
  h?.();
  return Boolean(h);
}

/** A command for this window's panel only: the browser reports the focused window's active tab. */
export const isForThisPanel = (
  tab: { id?: number } | undefined,
  panelTabId: number | undefined,
): boolean => tab?.id === undefined || panelTabId === undefined || tab.id === panelTabId;

/** Registers `fn` for `command` while the component is mounted and `enabled`. */
export function useCommand(command: PanelCommand, fn: (() => void) | undefined): void {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  const enabled = fn !== undefined;
  // Registered in the commit itself, so a command right after a render finds it.
  useLayoutEffect(() => {
    if (!enabled) return;
    const h = () => ref.current?.();
    handlers.set(command, h);
    return () => {
      if (handlers.get(command) === h) handlers.delete(command);
    };
  }, [command, enabled]);
}
