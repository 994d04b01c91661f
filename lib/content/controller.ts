// The content script's logic, kept out of the entrypoint so it can be tested
// with a fake DOM. No React, no Dexie, no zod schemas beyond the one message
// it receives: this code runs inside the seller's page.
import {
  InsertDraftMessageSchema,
  parseMessage,
  type ContentMessage,
  type InsertResult,
  type Snapshot,
} from '../messages';
import type { SiteAdapter } from '../sites/types';
import { insertDraft } from '../insert';
import { allElementsDeep } from '../sites/dom';

export interface ControllerDeps {
  adapterFor(url: string): SiteAdapter | undefined;
  send(message: ContentMessage): void;
  doc: Document;
  location: () => string;
  /** Debounce for DOM bursts (SPAs render in many small mutations). */
  debounceMs?: number;
  /**
   * "The page may have changed shape" warnings are held back this long after
   * start: an SPA shows an empty shell before it renders its rows.
   */
  settleMs?: number;
  now?: () => number;
}

export interface Controller {
  /** Re-read the page now (also called on SPA navigation). */
  scan(): void;
  handle(raw: unknown): InsertResult | undefined;
  stop(): void;
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 400);

export function startController(deps: ControllerDeps): Controller {
  const { doc, send } = deps;
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const now = deps.now ?? Date.now;
  const startedAt = now();
  const settleMs = deps.settleMs ?? 3000;

  const report = (e: unknown) => {
    try {
      send({ type: 'content-error', url: deps.location().slice(0, 4000), error: describe(e) });
    } catch {
      // The extension was reloaded or removed: nothing left to tell.
    }
  };

  const scan = () => {
    if (stopped) return;
    try {
      const href = deps.location();
      const adapter = deps.adapterFor(href);
      if (!adapter) return;
      const url = new URL(href);
      let snapshot: Snapshot = adapter.extract(doc, url);
      watchShadowRoots();
      if (snapshot.warnings.length > 0 && now() - startedAt < settleMs) {
        snapshot = { ...snapshot, warnings: [] };
        settleTimer ??= setTimeout(scan, settleMs - (now() - startedAt));
      }
      const key = JSON.stringify(snapshot);
      if (key === last) return;
      last = key;
      send({ type: 'snapshot', snapshot });
    } catch (e) {
      report(e);
    }
  };

  const schedule = () => {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(scan, deps.debounceMs ?? 120);
  };

  // Pages render late and re-render in place, some of them only inside open
  // shadow roots, which a document-level observer does not see into.
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, options);
  const watched = new WeakSet<ShadowRoot>();
  function watchShadowRoots() {
    for (const el of allElementsDeep(doc)) {
      const root = el.shadowRoot;
      if (root && !watched.has(root)) {
        watched.add(root);
        observer.observe(root, options);
      }
    }
  }
  scan();

  return {
    scan,
    handle(raw) {
      if (stopped) return undefined;
      if (
        typeof raw !== 'object' ||
        raw === null ||
        (raw as { type?: unknown }).type !== 'insert-draft'
      ) {
        return undefined;
      }
      const parsed = parseMessage(InsertDraftMessageSchema, raw);
      if (!parsed.ok) return { ok: false, error: `Malformed insert request (${parsed.error})` };
      try {
        const href = deps.location();
        const adapter = deps.adapterFor(href);
        if (!adapter)
          return { ok: false, error: 'This page is not a supported seller-centre page.' };
        const box = adapter.findReplyBox(doc, parsed.value.externalId, new URL(href));
        if (!box) {
          return {
            ok: false,
            error:
              'No reply box for this item is open on the page. Open its reply form, or copy the draft.',
          };
        }
        return insertDraft(box, parsed.value.text);
      } catch (e) {
        report(e);
        return { ok: false, error: `Could not insert: ${describe(e)}` };
      }
    },
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      if (settleTimer !== undefined) clearTimeout(settleTimer);
    },
  };
}
