// The content script's logic, kept out of the entrypoints so it can be tested
// with a fake DOM. No React, no Dexie: this code runs inside the seller's page.
//
// - Watches the DOM (and every open shadow root) and re-reads only the item
//   roots a mutation touched (lib/sites/scan.ts).
// - Scans at most `delayMs` after the first change of a burst: a page that
//   changes every 100 ms still gets read (no debounce that restarts forever).
// - Reads in slices of `sliceMs` and yields to the page between them.
// - Sends only what changed (`snapshot-patch`, lib/messages.ts), in chunks.
// - Stops for good when the extension is gone (updated, removed): an orphaned
//   script must not keep scanning a page it can no longer report on.
import {
  PATCH_ITEMS,
  type ContentMessage,
  type InsertResult,
  type PatchReply,
  type Snapshot,
  type SnapshotItem,
  type SnapshotPatch,
} from '../messages';
import type { Adapter } from '../sites/types';
import { createScanner } from '../sites/scan';
import { insertDraft } from '../insert';
import { parseInsertDraft } from './insert-request';

export interface ControllerDeps {
  adapter: Adapter;
  /** Sends to the background; resolves with its answer (undefined when there is none). */
  send(message: ContentMessage): Promise<unknown> | unknown;
  doc: Document;
  location: () => string;
  /** False once the extension is gone (orphaned content script). */
  alive?: () => boolean;
  /** Longest wait from a change to its scan. */
  delayMs?: number;
  /**
   * Longest stretch of work before yielding to the page: reading, the items' JSON, the diff
   * against what was sent. One clock for all of them, restarted after each turn the page gets.
   */
  sliceMs?: number;
  /**
   * "The page may have changed shape" warnings are held back this long after
   * start: an SPA shows an empty shell before it renders its rows.
   */
  settleMs?: number;
  /** A failed scan or delivery is tried again this much later, three times at most. */
  retryMs?: number;
  /**
   * A send not answered within this long counts as failed (and is tried again): a background
   * worker that restarts mid-message may never settle it, and a scan waiting on it forever
   * would hold back every later scan of the page.
   */
  sendTimeoutMs?: number;
  /** When this frame's document started (defaults to performance.timeOrigin). */
  origin?: number;
  now?: () => number;
  /** Whether this frame is the top frame: it answers for items no frame lists. */
  top?: boolean;
  /** Called each time a scan gives the page its turn between slices (tests, benchmarks). */
  onYield?: () => void;
}

export interface Controller {
  /** Re-read the page now (also called on SPA navigation). */
  scan(): void;
  handle(raw: unknown): InsertResult | undefined;
  stop(): void;
  /** Resolves when no scan is running or pending (tests, benchmarks). */
  idle(): Promise<void>;
  readonly stopped: boolean;
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 400);

const newSession = (): string =>
  `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Whether a mutation outside every item read so far can change what the page lists: elements
 * added or removed (cards, rows, boxes), any attribute the observer watches (hidden, class,
 * style: the visibility of what is below), and text changes inside a reader's anchors (an
 * open thread, a reply box). Text changing elsewhere (a ticking clock, a counter) is not.
 */
export function worthAScan(r: MutationRecord, anchors: string): boolean {
  if (r.type === 'attributes') return true;
  if (r.type === 'childList') {
    for (const n of Array.from(r.removedNodes)) if (n.nodeType === 1) return true;
    for (const n of Array.from(r.addedNodes)) if (n.nodeType === 1) return true;
  }
  const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
  if (!el) return false;
  try {
    return !!el.closest(anchors);
  } catch {
    return true; // an adapter's selector the engine refuses: scan rather than miss a change
  }
}

/**
 * A way to give the page its turn: scheduler.yield() where the browser has it (the scan
 * continues first, before other queued work), else a message-channel task (setTimeout(0) is
 * clamped to 4 ms once nested; every browser we run in, and Node, has MessageChannel).
 */
function yielder(): () => Promise<void> {
  const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof sched?.yield === 'function') return () => sched.yield!();
  const ch = new MessageChannel();
  const waiting: (() => void)[] = [];
  ch.port1.onmessage = () => waiting.shift()?.();
  (ch.port1 as { unref?: () => void }).unref?.(); // Node (tests): never keeps the process up
  return () =>
    new Promise<void>((r) => {
      waiting.push(r);
      ch.port2.postMessage(0);
    });
}

/**
 * About the length of a value's JSON, without making it (sendMessage does, and 10,000 strings of
 * it were megabytes for the GC): names, texts, quotes and commas; escapes and digits not counted.
 */
const jsonLength = (v: unknown): number => {
  if (typeof v === 'string') return v.length + 3;
  let n = 6;
  if (v && typeof v === 'object')
    for (const k in v) n += k.length + 3 + jsonLength((v as Record<string, unknown>)[k]);
  return n;
};

export function startController(deps: ControllerDeps): Controller {
  const { doc, adapter } = deps;
  const now = deps.now ?? (() => performance.now());
  const startedAt = now();
  const settleMs = deps.settleMs ?? 3000;
  const retryMs = deps.retryMs ?? 1000;
  const sendTimeoutMs = deps.sendTimeoutMs ?? 4000;
  let failures = 0;
  const origin = deps.origin ?? globalThis.performance?.timeOrigin;
  const delayMs = deps.delayMs ?? 20;
  // 8 ms, not the 50 of a long task: on a contended CPU (or when the GC steps in) a slice can
  // run several times over before its next check
  const sliceMs = deps.sliceMs ?? 8;
  const alive = deps.alive ?? (() => true);
  const scanner = createScanner(adapter.site, adapter.reader, true);

  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let scannedAt = -Infinity;
  let again = false;
  let session = newSession();
  let seq = -1;
  /**
   * What the background holds: id → the item sent, in page order. A cached root gives the very
   * object it gave before (items are never changed once made): unchanged at a glance, and only an
   * item made anew is compared by its JSON. (A JSON string kept for each of 10,000 items was
   * megabytes the GC marked and moved on every major collection, and a pass to make them.)
   */
  let sent = new Map<string, SnapshotItem>();
  let sentOrder: string[] = [];
  let sentMeta = '';
  let needReset = true;
  /** The JSON of the items compared by it (made anew with the same id): each once. */
  const jsonOf = new WeakMap<SnapshotItem, string>();
  const json = (it: SnapshotItem) => {
    let j = jsonOf.get(it);
    if (j === undefined) {
      j = JSON.stringify(it);
      jsonOf.set(it, j);
    }
    return j;
  };
  let lastItems: SnapshotItem[] = [];

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    if (settleTimer !== undefined) clearTimeout(settleTimer);
  };

  const checkAlive = (): boolean => {
    if (stopped) return false;
    let ok = false;
    try {
      ok = alive();
    } catch {
      ok = false;
    }
    if (!ok) stop();
    return ok;
  };

  const send = async (m: ContentMessage): Promise<unknown> => {
    let timeout: ReturnType<typeof setTimeout> | undefined;
    try {
      return await Promise.race([
        deps.send(m),
        new Promise<never>((_, reject) => {
          timeout = setTimeout(
            () => reject(new Error(`no answer from the background in ${sendTimeoutMs} ms`)),
            sendTimeoutMs,
          );
        }),
      ]);
    } catch (e) {
      // The background may be waking up; an extension that is gone stops us.
      checkAlive();
      throw e;
    } finally {
      clearTimeout(timeout);
    }
  };

  const report = (e: unknown) => {
    void send({
      type: 'content-error',
      url: deps.location().slice(0, 4000),
      error: describe(e),
    }).catch(() => {});
  };

  const pageTurn = yielder();
  const yieldToPage = () => {
    deps.onYield?.();
    return pageTurn();
  };
  /** When the current slice of work began (reset after every turn the page gets). */
  let sliceStart = 0;
  const pause = () => now() - sliceStart > sliceMs;
  /**
   * Runs a sliced pass (a generator that yields where it may pause) to its end, giving the page a
   * turn whenever `pause()` says so; undefined when the controller stopped meanwhile.
   */
  async function drive<T>(g: Generator<void, T, void>): Promise<{ v: T } | undefined> {
    for (;;) {
      const r = g.next();
      if (r.done) return { v: r.value };
      await yieldToPage();
      if (stopped) return undefined;
      sliceStart = now();
    }
  }

  /**
   * Patches from the last sent state to `snap`; all of it after a reset. Sliced like the scan:
   * on a 10,000-item page each pass over the items is a few ms, more on a loaded CPU.
   */
  function* patchesFor(snap: Snapshot): Generator<
    void,
    {
      patches: SnapshotPatch[];
      ids: string[];
      upsert: SnapshotItem[];
      remove: string[];
    },
    void
  > {
    const reset = needReset;
    const items = snap.items;
    const ids: string[] = [];
    const upsert: SnapshotItem[] = [];
    // The usual re-scan keeps every item sent before in its place and may add some after them:
    // then nothing was removed or reordered, known without a set of 10,000 ids per scan.
    let kept = !reset && sentOrder.length <= items.length;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      const id = it.externalId;
      ids.push(id);
      const was = sent.get(id);
      if (reset || (was !== it && (!was || json(was) !== json(it)))) upsert.push(it);
      if (kept && i < sentOrder.length) kept = id === sentOrder[i];
      if ((i & 255) === 255 && pause()) yield;
    }
    let remove: string[] = [];
    let order: string[] | undefined;
    if (!reset && !kept) {
      // (rare: an item removed or moved) a turn for the page between the passes
      if (pause()) yield;
      const current = new Set(ids);
      remove = sentOrder.filter((id) => !current.has(id));
      const stay = sentOrder.filter((id) => current.has(id));
      if (pause()) yield;
      const known = ids.filter((id) => sent.has(id));
      const appendOnly = stay.length === known.length && stay.every((id, i) => known[i] === id);
      if (pause()) yield;
      const firstNew = ids.findIndex((id) => !sent.has(id));
      const newAtEnd = firstNew === -1 || ids.slice(firstNew).every((id) => !sent.has(id));
      if (!(appendOnly && newAtEnd)) order = ids;
    }
    const meta = JSON.stringify([snap.site, snap.url, snap.pageKind, snap.warnings]);
    const none = { patches: [], ids, upsert, remove };
    if (!reset && !upsert.length && !remove.length && !order && meta === sentMeta) return none;
    // At most PATCH_ITEMS items and about 32 kB a patch: sendMessage serialises each in one task,
    // and V8's incremental marking steps in proportion to what a task allocates (with 64 kB
    // patches a step of marking the page's DOM ran in one send's task)
    const chunks: SnapshotItem[][] = [[]];
    let bytes = 0;
    for (let i = 0; i < upsert.length; i++) {
      const it = upsert[i]!;
      if ((i & 255) === 255 && pause()) yield;
      let last = chunks[chunks.length - 1]!;
      if (last.length && (last.length >= PATCH_ITEMS || bytes > 32768)) {
        chunks.push((last = []));
        bytes = 0;
      }
      last.push(it);
      bytes += jsonLength(it);
    }
    const patches = chunks.map((chunk, i) => {
      const last = i === chunks.length - 1;
      const p: SnapshotPatch = {
        type: 'snapshot-patch',
        session,
        seq: 0,
        reset: reset && i === 0,
        site: snap.site,
        url: snap.url,
        pageKind: snap.pageKind,
        upsert: chunk,
        remove: last ? remove : [],
        warnings: last ? snap.warnings : [],
        complete: last,
      };
      if (origin !== undefined) p.origin = origin;
      if (last && order) p.order = order;
      return p;
    });
    return { patches, ids, upsert, remove };
  }

  async function deliver(snap: Snapshot): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const got = await drive(patchesFor(snap));
      if (!got) return;
      const { patches, ids, remove } = got.v;
      let resync = false;
      for (const p of patches) {
        if (stopped) return;
        p.seq = ++seq;
        let reply: PatchReply | undefined;
        try {
          reply = (await send(p)) as PatchReply | undefined;
          // (the answer comes in a task of its own)
          sliceStart = now();
        } catch (e) {
          // part of the patches may have arrived: the next delivery starts over
          session = newSession();
          seq = -1;
          needReset = true;
          throw e;
        }
        if (reply && reply.ok === false && reply.resync) {
          resync = true;
          break;
        }
        // What the background holds, patch by patch: what changed, not a new map of every item
        // per delivery, and 200 items a task, not 10,000 at the end of the first. (A delivery cut
        // short starts the next one over with a reset, which reads nothing of this map.)
        if (p.reset) sent = new Map();
        for (const it of p.upsert) sent.set(it.externalId, it);
      }
      if (!resync) {
        for (const id of remove) sent.delete(id);
        sentOrder = ids;
        sentMeta = JSON.stringify([snap.site, snap.url, snap.pageKind, snap.warnings]);
        needReset = false;
        return;
      }
      // The background lost or never had the earlier patches: start over.
      session = newSession();
      seq = -1;
      needReset = true;
    }
  }

  async function runScan(): Promise<void> {
    if (!checkAlive()) return;
    const href = deps.location();
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return;
    }
    // changes not yet delivered to the observer: the scanner must know every one
    note(observer.takeRecords());
    sliceStart = now();
    const got = await drive(scanner.steps(doc, url, pause));
    if (!got) return;
    let snap = got.v;
    watchShadowRoots();
    lastItems = snap.items;
    if (snap.warnings.length > 0 && now() - startedAt < settleMs) {
      snap = { ...snap, warnings: [] };
      // Cleared when it fires: a timer may run before now() reaches its time, and the
      // scan it starts must be able to set the next one.
      settleTimer ??= setTimeout(
        () => {
          settleTimer = undefined;
          scan();
        },
        settleMs - (now() - startedAt),
      );
    }
    await deliver(snap);
  }

  function scan(): void {
    if (stopped) return;
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await runScan();
        } while (again && !stopped);
        failures = 0;
      } catch (e) {
        if (!stopped) report(e);
        // A page that does not change again (a login gate, a read page) would keep what
        // the background last heard, e.g. while its worker was restarting: try again.
        if (!stopped && ++failures <= 3) setTimeout(scan, retryMs);
      } finally {
        running = undefined;
        scannedAt = now();
      }
    })();
  }

  /**
   * The first change after a quiet spell is read at once, in the observer's microtask: before
   * the page lays out and paints the rows it rendered, which would hold a timer back for as
   * long again. Changes soon after a scan wait at most `delayMs` (later ones do not postpone it).
   */
  const schedule = () => {
    if (stopped || timer !== undefined) return;
    if (!running && now() - scannedAt >= delayMs) return scan();
    timer = setTimeout(() => {
      timer = undefined;
      scan();
    }, delayMs);
  };

  // Pages render late and re-render in place, some of them only inside open
  // shadow roots, which a document-level observer does not see into.
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['value', 'label', 'aria-label', 'class', 'data-value', 'hidden', 'style'],
  };
  const anchors = adapter.reader.anchors.join(', ');
  /** Whether the records are worth a scan; the scanner learns from each what changed. */
  const note = (records: MutationRecord[]): boolean => {
    let relevant = false;
    for (const r of records)
      if (scanner.record(r) || (!relevant && worthAScan(r, anchors))) relevant = true;
    return relevant;
  };
  const observer = new MutationObserver((records) => {
    if (stopped) return;
    if (!checkAlive()) return;
    if (note(records)) schedule();
  });
  observer.observe(doc.documentElement, options);
  const watched = new WeakSet<ShadowRoot>();
  function watchShadowRoots() {
    for (const root of scanner.shadowRoots()) {
      if (!watched.has(root)) {
        watched.add(root);
        observer.observe(root, options);
      }
    }
  }
  scan();

  return {
    scan,
    stop,
    get stopped() {
      return stopped;
    },
    async idle() {
      for (let i = 0; i < 1000 && (running || timer !== undefined); i++) {
        await (running ?? new Promise((r) => setTimeout(r, delayMs)));
      }
    },
    handle(raw) {
      if (stopped) return undefined;
      if (
        typeof raw !== 'object' ||
        raw === null ||
        (raw as { type?: unknown }).type !== 'insert-draft'
      ) {
        return undefined;
      }
      const parsed = parseInsertDraft(raw);
      if (!parsed.ok) return { ok: false, code: 'bad-request', error: parsed.error };
      const { externalId, text, mode } = parsed.value;
      // In a page with frames every frame gets the request: the frame that
      // lists the item answers, and the top frame for items nobody lists.
      const listed = lastItems.some((i) => i.externalId === externalId);
      if (!listed && deps.top === false) return undefined;
      try {
        const href = deps.location();
        const box = adapter.findReplyBox(doc, externalId, new URL(href));
        // a frame that lists the item without its box (a chat-history frame): the top frame answers
        if (!box && deps.top === false) return undefined;
        if (!box) {
          return { ok: false, code: 'no-box', error: 'No box open' };
        }
        return insertDraft(box, text, mode);
      } catch (e) {
        report(e);
        return { ok: false, code: 'failed', error: describe(e) };
      }
    },
  };
}
