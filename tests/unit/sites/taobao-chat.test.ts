import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { taobaoAdapter } from '../../../lib/sites/taobao-reader';
import { SnapshotSchema } from '../../../lib/messages';
import { mergeFrames } from '../../../lib/snapshot';
import { insertEditable } from '../../../lib/insert-editable';
import { insertDraft } from '../../../lib/insert';
import { loadFixture, pageWindow } from './fixture';

const readTaobao = (doc: Document, url: URL) => {
  const snap = taobaoAdapter.extract(doc, url);
  expect(SnapshotSchema.safeParse(snap).success).toBe(true);
  return snap;
};

const CHAT_URL = new URL('https://qn.taobao.com/home.htm/app-customer-service/toolpage/Message');
const HISTORY_URL = new URL(
  'https://market.m.taobao.com/app/qn/im-history-search/index.html?buyer=t**5&cid=c1',
);

beforeEach(() => {
  (
    window as unknown as { happyDOM: { settings: { disableIframePageLoading: boolean } } }
  ).happyDOM.settings.disableIframePageLoading = true;
  vi.useFakeTimers();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

const openChat = () => {
  const doc = loadFixture('taobao/chat.html', { runScripts: true });
  vi.advanceTimersByTime(400);
  return doc;
};
const editorOf = (doc: Document) => doc.querySelector('[contenteditable="true"]') as HTMLElement;
const state = () => pageWindow().__editorState as Record<string, string>;

describe('千牛 web chat: the open conversation', () => {
  it('reads buyer, order and the messages in order, buyer and seller told apart', () => {
    const snap = readTaobao(openChat(), CHAT_URL);
    expect(snap.pageKind).toBe('messages');
    expect(snap.warnings).toEqual([]);
    expect(snap.items).toEqual([
      {
        externalId: 'chat:t**5',
        kind: 'messages',
        author: 't**5',
        orderId: '3918273645501234567',
        body: '你好，杯子收到就有裂痕，倒水就漏\n\n照片发你了，退款两天了还没处理，再不处理我就给差评投诉！',
        messages: [
          { from: 'buyer', at: '2026-11-24T02:15:02Z', text: '你好，杯子收到就有裂痕，倒水就漏' },
          { from: 'platform', text: '系统消息：买家已申请退款，退款原因：商品破损' },
          {
            from: 'seller',
            at: '2026-11-24T02:16:40Z',
            text: '亲，非常抱歉，麻烦您拍张照片给我们看一下哦',
          },
          {
            from: 'buyer',
            at: '2026-11-24T02:20:11Z',
            text: '照片发你了，退款两天了还没处理，再不处理我就给差评投诉！',
          },
        ],
        replyable: true,
      },
    ]);
  });

  it('follows a quick switch to the conversation now open (no order card there)', () => {
    const doc = openChat();
    (doc.querySelectorAll('[role="listitem"]')[1] as HTMLElement).click();
    (doc.querySelectorAll('[role="listitem"]')[2] as HTMLElement).click();
    (doc.querySelectorAll('[role="listitem"]')[1] as HTMLElement).click();
    vi.advanceTimersByTime(100);
    const items = readTaobao(doc, CHAT_URL).items;
    expect(items.map((i) => [i.externalId, i.orderId, i.body])).toEqual([
      ['chat:小***猫', undefined, '在吗？我的快递怎么一直不动\n\n都五天了，能不能帮我催一下'],
    ]);
  });

  it('reads the history frame on its own, seller sub-accounts as seller', () => {
    const doc = loadFixture('taobao/chat-history.html', { runScripts: true });
    // the frame page reads its conversation from its own URL
    window.history.replaceState(null, '', '?buyer=t**5&cid=c1');
    vi.advanceTimersByTime(200);
    const snap = readTaobao(doc, HISTORY_URL);
    expect(snap.items.map((i) => [i.externalId, i.replyable])).toEqual([['chat:t**5', false]]);
    expect(snap.items[0]?.messages).toEqual([
      { from: 'buyer', at: '2026-11-20T12:01:33Z', text: '这款杯子能装开水吗？' },
      { from: 'seller', at: '2026-11-20T12:02:10Z', text: '可以的亲，耐热120度' },
      { from: 'buyer', at: '2026-11-20T12:03:01Z', text: '好的，那我下单了' },
    ]);
  });

  it('merges the history frame into the open conversation: one thread, in time order', () => {
    const live = readTaobao(openChat(), CHAT_URL);
    loadFixture('taobao/chat-history.html', { runScripts: true });
    window.history.replaceState(null, '', '?buyer=t**5&cid=c1');
    vi.advanceTimersByTime(200);
    const history = readTaobao(document, HISTORY_URL);
    const merged = mergeFrames(
      new Map([
        [0, live],
        [7, history],
      ]),
    )!;
    expect(SnapshotSchema.safeParse(merged).success).toBe(true);
    expect(merged.items).toHaveLength(1);
    const [thread] = merged.items;
    expect(thread).toMatchObject({
      externalId: 'chat:t**5',
      replyable: true,
      orderId: '3918273645501234567',
    });
    expect(thread!.messages!.map((m) => [m.from, m.text.slice(0, 8)])).toEqual([
      ['buyer', '这款杯子能装开水'],
      ['seller', '可以的亲，耐热1'],
      ['buyer', '好的，那我下单了'],
      ['buyer', '你好，杯子收到就'],
      ['platform', '系统消息：买家已'],
      ['seller', '亲，非常抱歉，麻'],
      ['buyer', '照片发你了，退款'],
    ]);
    expect(thread!.body.split('\n\n')).toEqual([
      '这款杯子能装开水吗？',
      '好的，那我下单了',
      '你好，杯子收到就有裂痕，倒水就漏',
      '照片发你了，退款两天了还没处理，再不处理我就给差评投诉！',
    ]);
  });

  it('a chat page that shows no conversation says so', () => {
    document.body.innerHTML = '<div>接待中心</div><div>加载失败，请刷新</div>';
    const snap = readTaobao(document, CHAT_URL);
    expect(snap.items).toEqual([]);
    expect(snap.warnings.join(' ')).toMatch(/no open conversation/);
  });
});

describe('inserting into the contenteditable chat editor', () => {
  it('the naive ways are lost on the next render', () => {
    const doc = openChat();
    const ed = editorOf(doc);
    ed.textContent = '你好';
    (ed as unknown as { value: string }).value = '你好';
    ed.dispatchEvent(new Event('input', { bubbles: true }));
    vi.advanceTimersByTime(400);
    expect(ed.textContent).toBe('');
    expect(state().c1 ?? '').toBe('');
  });

  it('typed text reaches the editor state and survives its re-render; nothing is sent', () => {
    const doc = openChat();
    const ed = editorOf(doc);
    const draft = '亲，非常抱歉给您带来不便，退款已为您加急处理。';
    // the path the content script takes: insertDraft → insertEditable for a contenteditable
    const r = insertDraft(ed, draft);
    expect(r).toEqual({ ok: true, truncated: false });
    vi.advanceTimersByTime(1000);
    expect(ed.textContent).toBe(draft);
    expect(state().c1).toBe(draft);
    expect(pageWindow().__beforeInputEvents).toBeGreaterThan(0);
    expect(pageWindow().__sent).toBe(false);
  });

  it('does not overwrite what the agent typed unless asked; appends or replaces when told', () => {
    const doc = openChat();
    const ed = editorOf(doc);
    // the agent typed something (through the editor's own path)
    ed.dispatchEvent(
      new InputEvent('beforeinput', {
        inputType: 'insertText',
        data: '我先写几句',
        cancelable: true,
      }),
    );
    vi.advanceTimersByTime(400);
    expect(state().c1).toBe('我先写几句');
    expect(insertDraft(ed, '草稿')).toMatchObject({ ok: false, code: 'box-not-empty' });
    expect(state().c1).toBe('我先写几句');
    expect(insertDraft(ed, '草稿', 'append')).toMatchObject({ ok: true });
    vi.advanceTimersByTime(400);
    expect(state().c1).toBe('我先写几句\n\n草稿');
    expect(insertDraft(ed, '第二稿', 'replace')).toEqual({ ok: true, truncated: false });
    vi.advanceTimersByTime(400);
    expect(state().c1).toBe('第二稿');
  });

  it('fills a plain contenteditable that nobody manages, with an input event', () => {
    document.body.innerHTML = '<div contenteditable="true" id="e"></div>';
    const ed = document.getElementById('e')!;
    const seen: string[] = [];
    ed.addEventListener('input', (e) => seen.push((e as InputEvent).inputType));
    expect(insertDraft(ed, 'hello <b>x</b>')).toEqual({ ok: true, truncated: false });
    expect(ed.textContent).toBe('hello <b>x</b>');
    expect(ed.querySelector('b')).toBeNull();
    expect(seen).toEqual(['insertText']);
  });

  it('refuses what is not an editor', () => {
    document.body.innerHTML = '<div id="d">x</div>';
    expect(insertEditable(document.getElementById('d')!, 'x')).toMatchObject({ ok: false });
  });
});
