// The browser keyboard commands (manifest `commands`), one list for the
// manifest, the panel's handler and the settings' explanation. Chrome allows
// four suggested shortcuts; copy has none by default and the agent sets one
// at chrome://extensions/shortcuts (Firefox: about:addons → Manage shortcuts).
export const PANEL_COMMANDS = ['next-item', 'prev-item', 'insert-draft', 'copy-draft'] as const;
export type PanelCommand = (typeof PANEL_COMMANDS)[number];

export const OPEN_COMMAND = {
  chrome: '_execute_action',
  firefox: '_execute_sidebar_action',
} as const;

const SUGGESTED: Record<string, string | undefined> = {
  open: 'Alt+Shift+D',
  'next-item': 'Alt+Shift+J',
  'prev-item': 'Alt+Shift+K',
  'insert-draft': 'Alt+Shift+I',
};

const DESCRIPTION: Record<PanelCommand | 'open', string> = {
  open: '__MSG_cmdOpenPanel__',
  'next-item': '__MSG_cmdNextItem__',
  'prev-item': '__MSG_cmdPrevItem__',
  'insert-draft': '__MSG_cmdInsertDraft__',
  'copy-draft': '__MSG_cmdCopyDraft__',
};

type Command = { description: string; suggested_key?: { default: string } };

export function commandsFor(browser: string): Record<string, Command> {
  const entry = (id: PanelCommand | 'open'): Command => {
    const key = SUGGESTED[id];
    return { description: DESCRIPTION[id], ...(key ? { suggested_key: { default: key } } : {}) };
  };
  const open = browser === 'firefox' ? OPEN_COMMAND.firefox : OPEN_COMMAND.chrome;
  return {
    [open]: entry('open'),
    ...Object.fromEntries(PANEL_COMMANDS.map((c) => [c, entry(c)])),
  };
}

export const isPanelCommand = (c: string): c is PanelCommand =>
  (PANEL_COMMANDS as readonly string[]).includes(c);
