import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { activeTabId } from './browser';

/** The active tab of the panel's own window, followed live. */
export function useActiveTabId(): number | undefined {
  const [id, setId] = useState<number | undefined>();
  useEffect(() => {
    let alive = true;
    const refresh = () => {
      activeTabId()
        .then((t) => alive && setId(t))
        .catch(() => alive && setId(undefined));
    };
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.windows?.onFocusChanged.addListener(refresh);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(refresh);
      browser.windows?.onFocusChanged.removeListener(refresh);
    };
  }, []);
  return id;
}
