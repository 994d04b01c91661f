import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useT } from '@/lib/i18n/react';
import { OPEN_COMMAND, PANEL_COMMANDS, type PanelCommand } from '@/lib/ui/commands';
import { PANEL_SHORTCUTS, type PanelShortcut } from '@/lib/ui/shortcuts';

type Shortcuts = Partial<Record<PanelCommand | 'open', string>>;

/** The browser's actual bindings (the agent may have changed them), read from commands.getAll(). */
function useBoundShortcuts(): Shortcuts {
  const [bound, setBound] = useState<Shortcuts>({});
  useEffect(() => {
    let alive = true;
    // Not every browser (nor the test double) implements getAll: then nothing is shown as bound.
    void Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((all) => {
        const out: Shortcuts = {};
        for (const c of all) {
          const id =
            c.name === OPEN_COMMAND.chrome || c.name === OPEN_COMMAND.firefox ? 'open' : c.name;
          if (id && c.shortcut) out[id as PanelCommand | 'open'] = c.shortcut;
        }
        if (alive) setBound(out);
      })
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  return bound;
}

export function KeyboardHelp() {
  const t = useT();
  const bound = useBoundShortcuts();
  const rows: (PanelCommand | 'open')[] = ['open', ...PANEL_COMMANDS];
  return (
    <div className="settings keys" role="group" aria-labelledby="settings-keys-h">
      <h3 id="settings-keys-h">{t('settings.keys')}</h3>
      <h4>{t('settings.keys.browser')}</h4>
      <dl data-testid="command-list">
        {rows.map((id) => (
          <div key={id} className="key-row" data-command={id}>
            <dt>
              {bound[id] ? (
                <kbd>{bound[id]}</kbd>
              ) : (
                <span className="muted">{t('settings.keys.notSet')}</span>
              )}
            </dt>
            <dd>{t(`settings.cmd.${id}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted hint">{t('settings.keys.change')}</p>
      {!import.meta.env.FIREFOX && (
        <button
          type="button"
          className="secondary"
          data-testid="open-shortcuts"
          onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
        >
          {t('settings.keys.openPage')}
        </button>
      )}
      <h4>{t('settings.keys.panel')}</h4>
      <dl>
        {(Object.keys(PANEL_SHORTCUTS) as PanelShortcut[]).map((k) => (
          <div key={k} className="key-row">
            <dt>
              <kbd>{PANEL_SHORTCUTS[k].label}</kbd>
            </dt>
            <dd>{t(`settings.key.${k}`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
