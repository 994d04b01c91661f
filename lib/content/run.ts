// What every marketplace's content script does, once: entrypoints/<site>.content.ts
// is one call of this with the site's adapter.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MAX_TEXT, type ContentMessage } from '../messages';
import type { Adapter } from '../sites/types';
import { startController, type Controller } from './controller';
import { isSelectionShortcut } from '../selection';

/** Whether the extension that injected us still exists (false in an orphaned script). */
export const extensionAlive = (): boolean => {
  try {
    return typeof browser.runtime?.id === 'string' && browser.runtime.id.length > 0;
  } catch {
    return false;
  }
};

/** The text the agent selected on the page (for the manual path). */
export function selectedText(doc: Document): string {
  const sel = doc.getSelection?.()?.toString() ?? '';
  const active = doc.activeElement as HTMLTextAreaElement | null;
  const inField =
    active && /^(?:textarea|input)$/i.test(active.tagName) && active.selectionStart !== null
      ? active.value.slice(active.selectionStart, active.selectionEnd ?? active.selectionStart)
      : '';
  return (sel || inField).trim().slice(0, MAX_TEXT);
}

/** Runs the site's reader on this page; the controller is returned for site-specific watchers. */
export function runContentScript(ctx: ContentScriptContext, adapter: Adapter): Controller {
  const send = (message: ContentMessage): Promise<unknown> => browser.runtime.sendMessage(message);
  const controller = startController({
    adapter,
    send,
    doc: document,
    location: () => location.href,
    alive: extensionAlive,
    top: window === window.top,
  });
  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    if (!extensionAlive()) return undefined;
    const result = controller.handle(raw);
    return result === undefined ? undefined : Promise.resolve(result);
  };
  browser.runtime.onMessage.addListener(onMessage);

  // The manual path's shortcut: the agent's own key press only (isTrusted).
  const onKey = (e: KeyboardEvent) => {
    if (!isSelectionShortcut(e)) return;
    const text = selectedText(document);
    if (!text || !extensionAlive()) return;
    e.preventDefault();
    void send({ type: 'selection', url: location.href.slice(0, 4000), text }).catch(() => {});
  };
  window.addEventListener('keydown', onKey, true);

  // SPA navigation. Not through ctx.addEventListener: WXT aborts those when
  // the page fakes its "a newer script started" event.
  let href = location.href;
  const onNav = () => {
    if (location.href === href) return;
    href = location.href;
    controller.scan();
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', onNav);
  window.addEventListener('popstate', onNav);
  window.addEventListener('hashchange', onNav);
  const poll = setInterval(() => {
    if (!extensionAlive()) return shutdown();
    onNav();
  }, 1000);

  function shutdown() {
    controller.stop();
    clearInterval(poll);
    nav?.removeEventListener('navigatesuccess', onNav);
    window.removeEventListener('popstate', onNav);
    window.removeEventListener('hashchange', onNav);
    window.removeEventListener('keydown', onKey, true);
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // the runtime is gone with the extension
    }
  }

  // WXT invalidates the context when the extension goes away, and also when
  // anything on the page dispatches its "newer script started" event. Only
  // the first is a reason to stop: while the extension lives, we keep going.
  ctx.onInvalidated(() => {
    if (!extensionAlive()) shutdown();
  });
  return controller;
}
