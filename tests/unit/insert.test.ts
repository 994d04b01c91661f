import { beforeEach, describe, expect, it, vi } from 'vitest';
import { insertDraft } from '../../lib/insert';

beforeEach(() => {
  document.body.replaceChildren();
});

function shadowTextarea(): { host: HTMLElement; ta: HTMLTextAreaElement } {
  const host = document.createElement('div');
  document.body.append(host);
  const ta = document.createElement('textarea');
  host.attachShadow({ mode: 'open' }).append(ta);
  return { host, ta };
}

describe('insertDraft', () => {
  it('sets a textarea value and fires a bubbling input event, then change', () => {
    const ta = document.createElement('textarea');
    document.body.append(ta);
    const seen: string[] = [];
    document.addEventListener('input', (e) => {
      seen.push(`input:${(e as InputEvent).inputType}:${(e as InputEvent).data}`);
    });
    document.addEventListener('change', () => seen.push('change'));
    expect(insertDraft(ta, 'Hello there')).toEqual({ ok: true, truncated: false });
    expect(ta.value).toBe('Hello there');
    expect(seen).toEqual(['input:insertText:Hello there', 'change']);
    expect(document.activeElement).toBe(ta);
  });

  it('input events are composed: listeners outside the shadow root see them', () => {
    const { host, ta } = shadowTextarea();
    const onDoc = vi.fn();
    const onHost = vi.fn();
    document.addEventListener('input', onDoc);
    host.addEventListener('input', onHost);
    expect(insertDraft(ta, 'x')).toEqual({ ok: true, truncated: false });
    expect(onHost).toHaveBeenCalledTimes(1);
    expect(onDoc).toHaveBeenCalledTimes(1);
    const ev = onDoc.mock.calls[0]![0] as Event;
    expect(ev.bubbles).toBe(true);
    expect(ev.composed).toBe(true);
  });

  it('respects maxLength and reports truncation', () => {
    const ta = document.createElement('textarea');
    ta.maxLength = 80;
    document.body.append(ta);
    expect(insertDraft(ta, 'a'.repeat(200))).toEqual({ ok: true, truncated: true });
    expect(ta.value).toHaveLength(80);
    expect(insertDraft(ta, 'short')).toEqual({ ok: true, truncated: false });
    expect(ta.value).toBe('short');
  });

  it('does not cut a surrogate pair in half when truncating', () => {
    const ta = document.createElement('textarea');
    ta.maxLength = 5;
    document.body.append(ta);
    expect(insertDraft(ta, 'ab😀😀😀')).toEqual({ ok: true, truncated: true });
    expect(ta.value).toBe('ab😀');
  });

  it('uses the native setter, so a React-style value tracker sees a change', () => {
    // React tracks the last value it set through an instance-level `value` property and
    // ignores input events when node.value equals it. Setting through that property
    // would be swallowed; the native setter bypasses it.
    const input = document.createElement('input');
    document.body.append(input);
    const proto = Object.getPrototypeOf(input) as object;
    let owner: object | null = proto;
    let desc: PropertyDescriptor | undefined;
    while (owner && !(desc = Object.getOwnPropertyDescriptor(owner, 'value'))) {
      owner = Object.getPrototypeOf(owner);
    }
    let tracked = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return desc!.get!.call(this);
      },
      set(v: string) {
        tracked = v;
        desc!.set!.call(this, v);
      },
    });
    const onChange = vi.fn();
    input.addEventListener('input', () => {
      if (input.value !== tracked) onChange(input.value);
    });
    expect(insertDraft(input, 'Thanks for your patience')).toEqual({ ok: true, truncated: false });
    expect(onChange).toHaveBeenCalledWith('Thanks for your patience');
  });

  it('refuses disabled and read-only boxes without touching them', () => {
    const a = document.createElement('textarea');
    a.disabled = true;
    const b = document.createElement('textarea');
    b.readOnly = true;
    document.body.append(a, b);
    const onInput = vi.fn();
    document.addEventListener('input', onInput);
    expect(insertDraft(a, 'x')).toMatchObject({ ok: false });
    expect(insertDraft(b, 'x')).toMatchObject({ ok: false });
    expect(a.value).toBe('');
    expect(b.value).toBe('');
    expect(onInput).not.toHaveBeenCalled();
  });

  it('fills a contenteditable as text, never as HTML', () => {
    const div = document.createElement('div');
    div.setAttribute('contenteditable', 'true');
    document.body.append(div);
    const onInput = vi.fn();
    div.addEventListener('input', onInput);
    expect(insertDraft(div, '<img src=x onerror=alert(1)> hi')).toEqual({
      ok: true,
      truncated: false,
    });
    expect(div.textContent).toBe('<img src=x onerror=alert(1)> hi');
    expect(div.querySelector('img')).toBeNull();
    expect(onInput).toHaveBeenCalledTimes(1);
  });

  it('rejects elements that are not text boxes', () => {
    const b = document.createElement('button');
    document.body.append(b);
    expect(insertDraft(b, 'x')).toMatchObject({ ok: false });
  });

  it('never submits the form, clicks or presses Enter', () => {
    const form = document.createElement('form');
    const ta = document.createElement('textarea');
    const send = document.createElement('button');
    form.append(ta, send);
    document.body.append(form);
    const submit = vi.fn((e: Event) => e.preventDefault());
    const click = vi.fn();
    const key = vi.fn();
    form.addEventListener('submit', submit);
    send.addEventListener('click', click);
    document.addEventListener('keydown', key);
    expect(insertDraft(ta, 'Line one\nLine two')).toEqual({ ok: true, truncated: false });
    expect(ta.value).toBe('Line one\nLine two');
    expect(submit).not.toHaveBeenCalled();
    expect(click).not.toHaveBeenCalled();
    expect(key).not.toHaveBeenCalled();
  });
});
