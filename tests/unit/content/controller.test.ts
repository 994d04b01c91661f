import { afterEach, describe, expect, it, vi } from 'vitest';
import { startController } from '@/lib/content/controller';
import type { ContentMessage } from '@/lib/messages';
import type { SiteAdapter } from '@/lib/sites/types';

const URL_ = 'https://sellercentral.amazon.com/messaging/thread?orderId=111-2222222-3333333';

function fakeAdapter(over: Partial<SiteAdapter> = {}): SiteAdapter {
  return {
    id: 'amazon',
    matches: [],
    anchors: ['.msg'],
    detect: () => 'messages',
    extract: (doc, url) => ({
      site: 'amazon',
      url: url.href,
      pageKind: 'messages',
      items: [...doc.querySelectorAll('.msg')].map((el) => ({
        externalId: el.id,
        kind: 'messages' as const,
        body: el.textContent ?? '',
        replyable: true,
      })),
      warnings: [],
    }),
    findReplyBox: (doc, id) => doc.querySelector<HTMLTextAreaElement>(`textarea[data-for="${id}"]`),
    ...over,
  };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  document.body.replaceChildren();
});

function setup(adapter = fakeAdapter()) {
  const sent: ContentMessage[] = [];
  const c = startController({
    adapterFor: () => adapter,
    send: (m) => sent.push(m),
    doc: document,
    location: () => URL_,
    debounceMs: 10,
  });
  return { c, sent };
}

describe('content-script controller', () => {
  it('sends a snapshot at once and again when the page renders items late', async () => {
    const { c, sent } = setup();
    expect(sent).toHaveLength(1);
    const div = document.createElement('div');
    div.className = 'msg';
    div.id = '111-2222222-3333333';
    div.textContent = 'Where is my parcel?';
    document.body.append(div);
    await wait(40);
    expect(sent).toHaveLength(2);
    const last = sent.at(-1);
    expect(last?.type === 'snapshot' && last.snapshot.items[0]?.body).toBe('Where is my parcel?');
    c.stop();
  });

  it('does not resend an unchanged snapshot on unrelated mutations', async () => {
    const { c, sent } = setup();
    document.body.append(document.createElement('span'));
    await wait(40);
    expect(sent).toHaveLength(1);
    c.stop();
  });

  it('reports an adapter that throws instead of breaking the page', () => {
    const { c, sent } = setup(
      fakeAdapter({
        extract: () => {
          throw new Error('page changed shape');
        },
      }),
    );
    expect(sent).toEqual([{ type: 'content-error', url: URL_, error: 'page changed shape' }]);
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
    expect(bad).toMatchObject({ ok: false });
    expect(bad && !bad.ok && bad.error).toMatch(/Malformed/);
    const none = c.handle({ type: 'insert-draft', externalId: 'nope', text: 'Hi' });
    expect(none && !none.ok && none.error).toMatch(/No reply box/);
    expect(c.handle({ type: 'something-else' })).toBeUndefined();
    c.stop();
  });

  it('notices items rendered inside an existing open shadow root', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const adapter = fakeAdapter({
      extract: (_doc, url) => ({
        site: 'amazon',
        url: url.href,
        pageKind: 'messages',
        items: [...root.querySelectorAll('.msg')].map((el) => ({
          externalId: el.id,
          kind: 'messages' as const,
          body: el.textContent ?? '',
          replyable: false,
        })),
        warnings: [],
      }),
    });
    const { c, sent } = setup(adapter);
    await wait(20);
    const before = sent.length;
    const div = document.createElement('div');
    div.className = 'msg';
    div.id = 'S1';
    div.textContent = 'inside the shadow';
    root.append(div);
    await wait(40);
    expect(sent.length).toBe(before + 1);
    c.stop();
  });

  it('holds "page changed shape" warnings back until the page had time to render', async () => {
    let t = 0;
    const sent: ContentMessage[] = [];
    const adapter = fakeAdapter({
      extract: (_d, url) => ({
        site: 'amazon',
        url: url.href,
        pageKind: 'reviews',
        items: [],
        warnings: ['no review cards'],
      }),
    });
    const c = startController({
      adapterFor: () => adapter,
      send: (m) => sent.push(m),
      doc: document,
      location: () => URL_,
      debounceMs: 5,
      settleMs: 30,
      now: () => t,
    });
    const first = sent[0];
    expect(first?.type === 'snapshot' && first.snapshot.warnings).toEqual([]);
    t = 100;
    await wait(60);
    const last = sent.at(-1);
    expect(last?.type === 'snapshot' && last.snapshot.warnings).toEqual(['no review cards']);
    c.stop();
  });

  it('stops watching and answering once stopped', async () => {
    const { c, sent } = setup();
    c.stop();
    const div = document.createElement('div');
    div.className = 'msg';
    div.id = 'X';
    document.body.append(div);
    await wait(40);
    expect(sent).toHaveLength(1);
    expect(c.handle({ type: 'insert-draft', externalId: 'X', text: 'Hi' })).toBeUndefined();
  });
});
