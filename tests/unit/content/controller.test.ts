import { afterEach, describe, expect, it, vi } from 'vitest';
import { startController, type ControllerDeps } from '@/lib/content/controller';
import { PATCH_ITEMS, type ContentMessage, type SnapshotPatch } from '@/lib/messages';
import { defineAdapter, defineSite } from '@/lib/sites/define';
import type { ReaderDef } from '@/lib/sites/types';
import { applyPatch, type Assembly } from '@/lib/snapshot';

const URL_ = 'https://sellercentral.amazon.com/messaging/thread?orderId=111-2222222-3333333';

const site = defineSite({
  id: 'amazon',
  name: 'Test',
  hosts: ['sellercentral.amazon.com'],
  detect: () => 'messages',
  testUrls: { messages: [URL_], none: ['https://example.com/'] },
});

function fakeAdapter(over: Partial<ReaderDef> = {}) {
  return defineAdapter(site, {
    anchors: ['.msg'],
    roots: (ctx) => ctx.all('.msg'),
    read: (el) => ({
      externalId: el.id,
      kind: 'messages',
      body: el.textContent ?? '',
      replyable: true,
    }),
    replyBox: (doc, id) => doc.querySelector<HTMLTextAreaElement>(`textarea[data-for="${id}"]`),
    ...over,
  });
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  document.body.replaceChildren();
});

const patches = (sent: ContentMessage[]) =>
  sent.filter((m): m is SnapshotPatch => m.type === 'snapshot-patch');

/** The background's side of the protocol, applied to what was sent. */
function assembled(sent: ContentMessage[]): Assembly | undefined {
  let a: Assembly | undefined;
  for (const p of patches(sent)) {
    const r = applyPatch(a, p);
    if (r.ok) a = r.assembly;
  }
  return a;
}

function setup(adapter = fakeAdapter(), over: Partial<ControllerDeps> = {}) {
  const sent: ContentMessage[] = [];
  const c = startController({
    adapter,
    send: (m) => {
      sent.push(m);
      return { ok: true };
    },
    doc: document,
    location: () => URL_,
    delayMs: 5,
    ...over,
  });
  return { c, sent };
}

const addMsg = (id: string, text: string, into: ParentNode = document.body) => {
  const div = document.createElement('div');
  div.className = 'msg';
  div.id = id;
  div.textContent = text;
  into.append(div);
  return div;
};

describe('content-script controller', () => {
  it('sends a reset at once, then only what the page added', async () => {
    addMsg('A', 'first');
    const { c, sent } = setup();
    await c.idle();
    expect(patches(sent)).toHaveLength(1);
    expect(patches(sent)[0]).toMatchObject({ reset: true, complete: true, seq: 0 });
    addMsg('B', 'Where is my parcel?');
    await wait(20);
    await c.idle();
    const last = patches(sent).at(-1)!;
    expect(last).toMatchObject({ reset: false, seq: 1, complete: true, remove: [] });
    expect(last.upsert.map((i) => i.externalId)).toEqual(['B']);
    expect(assembled(sent)?.snapshot.items.map((i) => i.body)).toEqual([
      'first',
      'Where is my parcel?',
    ]);
    c.stop();
  });

  it('tries a failed delivery again on a page that does not change, three times at most', async () => {
    addMsg('A', 'first');
    const sent: ContentMessage[] = [];
    let failing = 2;
    const c = startController({
      adapter: fakeAdapter(),
      send: (m) => {
        sent.push(m);
        if (m.type === 'snapshot-patch' && failing-- > 0) throw new Error('worker restarting');
        return { ok: true };
      },
      doc: document,
      location: () => URL_,
      delayMs: 5,
      retryMs: 10,
    });
    await wait(60);
    await c.idle();
    // Two failed sends, then one that arrived: the background holds the page.
    expect(assembled(sent.slice(-1))?.snapshot.items.map((i) => i.body)).toEqual(['first']);
    expect(patches(sent)).toHaveLength(3);
    expect(sent.filter((m) => m.type === 'content-error')).toHaveLength(2);
    c.stop();

    // A background that never answers is not asked forever.
    const tries: ContentMessage[] = [];
    const d = startController({
      adapter: fakeAdapter(),
      send: (m) => {
        tries.push(m);
        if (m.type === 'snapshot-patch') throw new Error('gone');
        return { ok: true };
      },
      doc: document,
      location: () => URL_,
      delayMs: 5,
      retryMs: 5,
    });
    await wait(120);
    expect(patches(tries)).toHaveLength(4);
    d.stop();
  });

  it('treats a send the background never settles as failed, and tries it again', async () => {
    // A login gate: nothing on the page changes after the held-back warning is sent, and the
    // worker restarting mid-message never answers that send.
    vi.useFakeTimers();
    try {
      addMsg('A', 'first');
      const sent: ContentMessage[] = [];
      let hang = 1;
      const c = startController({
        adapter: fakeAdapter({
          finish: (items, ctx) => {
            ctx.warn('login gate');
            return items;
          },
        }),
        send: (m) => {
          sent.push(m);
          if (m.type === 'snapshot-patch' && m.warnings.length && hang-- > 0)
            return new Promise(() => {});
          return { ok: true };
        },
        doc: document,
        location: () => URL_,
        now: () => Date.now(),
        delayMs: 5,
        settleMs: 3000,
        retryMs: 1000,
        sendTimeoutMs: 4000,
      });
      await vi.advanceTimersByTimeAsync(3000);
      expect(patches(sent).at(-1)?.warnings).toEqual(['login gate']);
      const before = patches(sent).length;
      await vi.advanceTimersByTimeAsync(3990);
      expect(patches(sent)).toHaveLength(before);
      // 4 s without an answer, then the retry a second later: a new session from a reset.
      await vi.advanceTimersByTimeAsync(1020);
      expect(sent.filter((m) => m.type === 'content-error').at(-1)).toMatchObject({
        error: expect.stringMatching(/no answer/),
      });
      const retry = patches(sent).slice(before);
      expect(retry).toHaveLength(1);
      expect(retry[0]).toMatchObject({ reset: true, seq: 0, complete: true });
      expect(retry[0]!.session).not.toBe(patches(sent)[before - 1]!.session);
      expect(assembled(sent)?.snapshot.warnings).toEqual(['login gate']);
      // nothing is left waiting on the lost send: the page's next change is read
      addMsg('B', 'second');
      await vi.advanceTimersByTimeAsync(50);
      expect(assembled(sent)?.snapshot.items.map((i) => i.body)).toEqual(['first', 'second']);
      c.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits for a slow answer within the timeout without starting over', async () => {
    vi.useFakeTimers();
    try {
      addMsg('A', 'first');
      const sent: ContentMessage[] = [];
      const c = startController({
        adapter: fakeAdapter(),
        send: (m) => {
          sent.push(m);
          return new Promise((r) => setTimeout(() => r({ ok: true }), 3000));
        },
        doc: document,
        location: () => URL_,
        now: () => Date.now(),
        delayMs: 5,
        sendTimeoutMs: 4000,
      });
      await vi.advanceTimersByTimeAsync(3100);
      addMsg('B', 'second');
      await vi.advanceTimersByTimeAsync(10_000);
      expect(sent.filter((m) => m.type === 'content-error')).toEqual([]);
      expect(patches(sent).map((p) => [p.seq, p.reset])).toEqual([
        [0, true],
        [1, false],
      ]);
      c.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the background in step through removals, reorders, changes and appends', async () => {
    for (const id of ['A', 'B', 'C', 'D']) addMsg(id, `text ${id}`);
    const { c, sent } = setup();
    await c.idle();
    const page = () =>
      Array.from(document.querySelectorAll('.msg')).map((e) => `${e.id}=${e.textContent}`);
    const background = () =>
      assembled(sent)?.snapshot.items.map((i) => `${i.externalId}=${i.body}`);
    const step = async (change: () => void) => {
      change();
      await wait(20);
      await c.idle();
      expect(background()).toEqual(page());
    };
    await step(() => document.getElementById('B')!.remove());
    await step(() => document.body.prepend(document.getElementById('D')!));
    await step(() => (document.getElementById('A')!.textContent = 'changed A'));
    await step(() => addMsg('E', 'text E'));
    await step(() => {
      document.getElementById('C')!.remove();
      addMsg('B', 'back again');
    });
    // the last delivery sent only what changed
    expect(patches(sent).at(-1)).toMatchObject({ reset: false, remove: ['C'] });
    expect(
      patches(sent)
        .at(-1)
        ?.upsert.map((i) => i.externalId),
    ).toEqual(['B']);
    c.stop();
  });

  it('does not resend an unchanged page on unrelated mutations', async () => {
    const { c, sent } = setup();
    await c.idle();
    document.body.append(document.createElement('span'));
    await wait(20);
    await c.idle();
    expect(patches(sent)).toHaveLength(1);
    c.stop();
  });

  it('re-reads only the roots a mutation touched', async () => {
    for (let i = 0; i < 50; i++) addMsg(`M${i}`, `text ${i}`);
    const read = vi.fn((el: Element) => ({
      externalId: el.id,
      kind: 'messages' as const,
      body: el.textContent ?? '',
      replyable: false,
    }));
    const { c, sent } = setup(fakeAdapter({ read }));
    await c.idle();
    expect(read).toHaveBeenCalledTimes(50);
    document.getElementById('M7')!.textContent = 'changed';
    await wait(20);
    await c.idle();
    expect(read).toHaveBeenCalledTimes(51);
    expect(
      patches(sent)
        .at(-1)
        ?.upsert.map((i) => i.body),
    ).toEqual(['changed']);
    document.getElementById('M8')!.remove();
    await wait(20);
    await c.idle();
    expect(patches(sent).at(-1)?.remove).toEqual(['M8']);
    expect(assembled(sent)?.snapshot.items).toHaveLength(49);
    c.stop();
  });

  it('a root read again into an item equal to the one sent sends nothing; a changed one is sent', async () => {
    for (let i = 0; i < 5; i++) addMsg(`Q${i}`, `text ${i}`);
    const read = vi.fn((el: Element) => ({
      externalId: el.id,
      kind: 'messages' as const,
      body: el.textContent ?? '',
      replyable: false,
    }));
    const { c, sent } = setup(fakeAdapter({ read }));
    await c.idle();
    const before = patches(sent).length;
    // a new text node with the same words: the root is read again, into a new but equal item
    document.getElementById('Q2')!.textContent = 'text 2';
    await wait(20);
    await c.idle();
    expect(read).toHaveBeenCalledTimes(6);
    expect(
      patches(sent)
        .slice(before)
        .flatMap((p) => p.upsert),
    ).toEqual([]);
    document.getElementById('Q3')!.textContent = 'text 3, edited';
    await wait(20);
    await c.idle();
    expect(read).toHaveBeenCalledTimes(7);
    expect(
      patches(sent)
        .slice(before)
        .flatMap((p) => p.upsert.map((i) => i.body)),
    ).toEqual(['text 3, edited']);
    c.stop();
  });

  it('a ticking clock outside every item starts no scan and re-reads nothing', async () => {
    for (let i = 0; i < 20; i++) addMsg(`C${i}`, `text ${i}`);
    const roots = vi.fn((ctx: Parameters<ReaderDef['roots']>[0]) => ctx.all('.msg'));
    const read = vi.fn((el: Element) => ({
      externalId: el.id,
      kind: 'messages' as const,
      body: el.textContent ?? '',
      replyable: false,
    }));
    const { c, sent } = setup(fakeAdapter({ roots, read }));
    await c.idle();
    const scans = roots.mock.calls.length;
    const clock = document.createElement('span');
    document.body.append(clock);
    await wait(20);
    await c.idle();
    const afterAppend = roots.mock.calls.length; // adding the clock element is worth one look
    for (let i = 0; i < 5; i++) {
      clock.textContent = `12:0${i}`; // replaces its text node: a text-only childList change
      clock.firstChild!.nodeValue = `12:0${i}:30`; // characterData
      await wait(10);
    }
    await c.idle();
    expect(afterAppend).toBeGreaterThan(scans);
    expect(roots.mock.calls.length).toBe(afterAppend);
    expect(read).toHaveBeenCalledTimes(20);
    // text changing inside an item is still seen, and only that item is read again
    document.getElementById('C3')!.firstChild!.nodeValue = 'edited';
    await wait(20);
    await c.idle();
    expect(read).toHaveBeenCalledTimes(21);
    expect(
      patches(sent)
        .at(-1)
        ?.upsert.map((i) => i.body),
    ).toEqual(['edited']);
    c.stop();
  });

  it('reads a large page in slices, yielding between them, and still sends every item', async () => {
    for (let i = 0; i < 300; i++) addMsg(`S${i}`, `t${i}`);
    // a clock that advances 1 ms per read: with 10 ms slices the scan must pause about 30 times
    let t = 0;
    let reads = 0;
    const perSlice: number[] = [0];
    const read = (el: Element) => {
      t += 1;
      reads++;
      perSlice[perSlice.length - 1]!++;
      return { externalId: el.id, kind: 'messages' as const, body: 'x', replyable: false };
    };
    const yields: number[] = [];
    const { c, sent } = setup(fakeAdapter({ read }), {
      now: () => t,
      sliceMs: 10,
      onYield: () => {
        yields.push(reads);
        perSlice.push(0);
      },
    });
    await c.idle();
    expect(reads).toBe(300);
    expect(yields.length).toBeGreaterThanOrEqual(25);
    expect(Math.max(...perSlice)).toBeLessThanOrEqual(11);
    expect(assembled(sent)?.snapshot.items).toHaveLength(300);
    c.stop();
  });

  it('gives the page turns after the reads too: the diff and the chunking are sliced', async () => {
    const n = 3000;
    for (let i = 0; i < n; i++) addMsg(`D${i}`, `t${i}`);
    // a clock that moves with every look at it: each check of a slice finds it used up
    let t = 0;
    let reads = 0;
    let after = 0;
    const read = (el: Element) => {
      reads++;
      return { externalId: el.id, kind: 'messages' as const, body: 'x', replyable: false };
    };
    const { c, sent } = setup(fakeAdapter({ read }), {
      now: () => t++,
      sliceMs: 0,
      onYield: () => {
        if (reads === n) after++;
      },
    });
    await c.idle();
    // the diff and the chunking check the clock every 256 items each
    expect(after).toBeGreaterThanOrEqual(2 * Math.floor(n / 256));
    expect(assembled(sent)?.snapshot.items).toHaveLength(n);
    c.stop();
  });

  it('sends a large page in chunks of PATCH_ITEMS, complete only on the last', async () => {
    for (let i = 0; i < PATCH_ITEMS * 2 + 50; i++) addMsg(`L${i}`, `t${i}`);
    const { c, sent } = setup();
    await c.idle();
    const ps = patches(sent);
    expect(ps.map((p) => p.upsert.length)).toEqual([PATCH_ITEMS, PATCH_ITEMS, 50]);
    expect(ps.map((p) => p.complete)).toEqual([false, false, true]);
    expect(ps.map((p) => p.reset)).toEqual([true, false, false]);
    expect(assembled(sent)?.snapshot.items).toHaveLength(PATCH_ITEMS * 2 + 50);
    c.stop();
  });

  it('starts over with a reset when the background lost the earlier patches', async () => {
    addMsg('A', 'a');
    let refuse = false;
    const sent: ContentMessage[] = [];
    const c = startController({
      adapter: fakeAdapter(),
      send: (m) => {
        sent.push(m);
        if (refuse && m.type === 'snapshot-patch' && !m.reset) {
          return { ok: false, error: 'unknown session', resync: true };
        }
        return { ok: true };
      },
      doc: document,
      location: () => URL_,
      delayMs: 5,
    });
    await c.idle();
    refuse = true;
    addMsg('B', 'b');
    await wait(20);
    await c.idle();
    const ps = patches(sent);
    const last = ps.at(-1)!;
    expect(last.reset).toBe(true);
    expect(last.session).not.toBe(ps[0]!.session);
    expect(last.upsert.map((i) => i.externalId)).toEqual(['A', 'B']);
    c.stop();
  });

  it('reads the first change after a quiet spell at once, and batches the changes right after', async () => {
    let clock = 0;
    // (a timer this long never fires within the test: whatever is sent was sent without one)
    const { c, sent } = setup(undefined, { delayMs: 60_000, now: () => clock });
    await c.idle();
    clock += 60_000;
    addMsg('NEW', 'rendered after a quiet minute');
    await wait(20);
    expect(assembled(sent)?.snapshot.items.map((i) => i.externalId)).toEqual(['NEW']);
    addMsg('SOON', 'rendered just after that scan');
    await wait(20);
    expect(assembled(sent)?.snapshot.items.map((i) => i.externalId)).toEqual(['NEW']);
    c.stop();
  });

  it('reads a page that changes every few milliseconds (no debounce starvation)', async () => {
    const { c, sent } = setup(undefined, { delayMs: 20 });
    await c.idle();
    const clock = document.createElement('span');
    document.body.append(clock);
    const tick = setInterval(() => (clock.textContent = String(Date.now())), 5);
    addMsg('NEW', 'arrived while the clock ticks');
    await wait(120);
    clearInterval(tick);
    expect(assembled(sent)?.snapshot.items.map((i) => i.externalId)).toContain('NEW');
    c.stop();
  });

  it('a reader that throws costs that item a warning, not the page', async () => {
    addMsg('OK', 'fine');
    addMsg('BAD', 'boom');
    const { c, sent } = setup(
      fakeAdapter({
        read: (el) => {
          if (el.id === 'BAD') throw new Error('page changed shape');
          return { externalId: el.id, kind: 'messages', body: 'fine', replyable: false };
        },
      }),
      { settleMs: 0 },
    );
    await c.idle();
    const snap = assembled(sent)!.snapshot;
    expect(snap.items.map((i) => i.externalId)).toEqual(['OK']);
    expect(snap.warnings.join(' ')).toMatch(/page changed shape/);
    c.stop();
  });

  it('inserts only into the reply box of the requested item', () => {
    document.body.innerHTML =
      '<textarea data-for="A"></textarea><textarea data-for="B"></textarea>';
    const { c } = setup();
    const onInput = vi.fn();
    document.addEventListener('input', onInput);
    expect(c.handle({ type: 'insert-draft', externalId: 'B', text: 'Hello Bob' })).toEqual({
      ok: true,
      truncated: false,
    });
    const [a, bb] = document.querySelectorAll('textarea');
    expect(a?.value).toBe('');
    expect(bb?.value).toBe('Hello Bob');
    expect(onInput).toHaveBeenCalledTimes(1);
    document.removeEventListener('input', onInput);
    c.stop();
  });

  it('answers malformed or unanswerable insert requests with a clear error', () => {
    const { c } = setup();
    const bad = c.handle({ type: 'insert-draft', externalId: 'A', text: 42 });
    expect(bad).toMatchObject({ ok: false, code: 'bad-request' });
    expect(bad && !bad.ok && bad.error).toMatch(/text/);
    const none = c.handle({ type: 'insert-draft', externalId: 'nope', text: 'Hi' });
    expect(none).toMatchObject({ ok: false, code: 'no-box' });
    expect(c.handle({ type: 'something-else' })).toBeUndefined();
    c.stop();
  });

  it('in a sub-frame, stays silent about items it does not list', () => {
    document.body.innerHTML = '<textarea data-for="A"></textarea>';
    const { c } = setup(undefined, { top: false });
    expect(c.handle({ type: 'insert-draft', externalId: 'A', text: 'Hi' })).toBeUndefined();
    c.stop();
  });

  it('notices items rendered inside an existing open shadow root', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const { c, sent } = setup();
    await c.idle();
    addMsg('S1', 'inside the shadow', root);
    await wait(20);
    await c.idle();
    expect(assembled(sent)?.snapshot.items.map((i) => i.externalId)).toEqual(['S1']);
    c.stop();
  });

  it('holds "page changed shape" warnings back until the page had time to render', async () => {
    let t = 0;
    const { c, sent } = setup(
      fakeAdapter({
        finish: (items, ctx) => {
          ctx.warn('no review cards');
          return items;
        },
      }),
      { settleMs: 30, now: () => t },
    );
    await c.idle();
    expect(patches(sent)[0]?.warnings).toEqual([]);
    t = 100;
    await wait(60);
    await c.idle();
    expect(patches(sent).at(-1)?.warnings).toEqual(['no review cards']);
    c.stop();
  });

  it('delivers the held-back warning even when the settle timer fires before the clock says so', async () => {
    // Chromium's timers may run a little before performance.now() reaches their time
    // (both are coarsened): the settled scan then still looked "too early", and the
    // warning was held back for good on a page that never changed again.
    let t = 0;
    const { c, sent } = setup(
      fakeAdapter({
        finish: (items, ctx) => {
          ctx.warn('no review cards');
          return items;
        },
      }),
      { settleMs: 30, now: () => t },
    );
    await c.idle();
    expect(patches(sent)[0]?.warnings).toEqual([]);
    t = 29.9;
    await wait(60);
    await c.idle();
    t = 100;
    await wait(60);
    await c.idle();
    expect(patches(sent).at(-1)?.warnings).toEqual(['no review cards']);
    c.stop();
  });

  it('stops for good once the extension is gone (orphaned script)', async () => {
    let alive = true;
    const { c, sent } = setup(undefined, { alive: () => alive });
    await c.idle();
    alive = false;
    addMsg('X', 'after the update');
    await wait(20);
    await c.idle();
    expect(c.stopped).toBe(true);
    expect(patches(sent)).toHaveLength(1);
    expect(c.handle({ type: 'insert-draft', externalId: 'X', text: 'Hi' })).toBeUndefined();
  });

  it('stops watching and answering once stopped', async () => {
    const { c, sent } = setup();
    await c.idle();
    c.stop();
    addMsg('X', 'late');
    await wait(20);
    expect(patches(sent)).toHaveLength(1);
    expect(c.handle({ type: 'insert-draft', externalId: 'X', text: 'Hi' })).toBeUndefined();
  });
});
