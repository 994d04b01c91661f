import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { isPanelCommand } from './commands';
import { isForThisPanel, runCommand } from './commandBus';

/** Feeds the browser's keyboard commands (manifest `commands`) to the panel on show. */
export function useBrowserCommands(panelTabId: number | undefined): void {
  useEffect(() => {
    const onCommand = browser.commands?.onCommand;
    if (!onCommand) return;
    const listener = (command: string, tab?: { id?: number }) => {
      if (isPanelCommand(command) && isForThisPanel(tab, panelTabId)) runCommand(command);
    };
    onCommand.addListener(listener);
    return () => onCommand.removeListener(listener);
  }, [panelTabId]);
}
