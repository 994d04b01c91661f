// Text the agent already typed in a reply box: never overwritten without a mode,
// then replaced or appended (within the box's limit), for each kind of box.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { insertDraft } from '../../lib/insert';

beforeEach(() => {
  document.body.replaceChildren();
});

type Kind = 'textarea' | 'react input' | 'contenteditable';

/** A box of each kind, with a way to read it and to type into it as the agent. */
function box(kind: Kind, max?: number) {
  if (kind === 'contenteditable') {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    if (max) el.setAttribute('maxlength', String(max));
    document.body.append(el);
    return {
      el,
      read: () => el.textContent ?? '',
      type: (v: string) => {
        el.textContent = v;
      },
    };
  }
  const el = document.createElement(kind === 'textarea' ? 'textarea' : 'input');
  if (max) el.maxLength = max;
  document.body.append(el);
  if (kind === 'react input') {
    // React's value tracker: an instance-level `value` property that swallows an input event
    // whose value equals the last one set through it
    const proto = Object.getPrototypeOf(el) as object;
    let owner: object | null = proto;
    let desc: PropertyDescriptor | undefined;
    while (owner && !(desc = Object.getOwnPropertyDescriptor(owner, 'value'))) {
      owner = Object.getPrototypeOf(owner);
    }
    let tracked = '';
    Object.defineProperty(el, 'value', {
      configurable: true,
      get() {
        return desc!.get!.call(this) as string;
      },
      set(v: string) {
        tracked = v;
        desc!.set!.call(this, v);
      },
    });
    const state = { value: '' };
    el.addEventListener('input', () => {
      if (el.value !== tracked) state.value = el.value;
    });
    return {
      el,
      read: () => state.value,
      type: (v: string) => {
        // what a keystroke does: the native value changes, React reads it on input
        desc!.set!.call(el, v);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
    };
  }
  return {
    el,
    read: () => el.value,
    type: (v: string) => {
      el.value = v;
    },
  };
}

const sep = (kind: Kind) => (kind === 'react input' ? ' ' : '\n\n');

describe.each<Kind>(['textarea', 'react input', 'contenteditable'])('a %s', (kind) => {
  it('empty: takes the draft without a question', () => {
    const b = box(kind);
    expect(insertDraft(b.el, 'Sorry for the wait.')).toEqual({ ok: true, truncated: false });
    expect(b.read()).toBe('Sorry for the wait.');
  });

  it('holding only blanks counts as empty', () => {
    const b = box(kind);
    b.type('  \n ');
    expect(insertDraft(b.el, 'Sorry for the wait.')).toEqual({ ok: true, truncated: false });
    expect(b.read()).toBe('Sorry for the wait.');
  });

  it('already holding the same text: no question', () => {
    const b = box(kind);
    b.type('Sorry for the wait.');
    expect(insertDraft(b.el, 'Sorry for the wait.')).toEqual({ ok: true, truncated: false });
    expect(b.read()).toBe('Sorry for the wait.');
  });

  it('holding the agent’s text: refused with the text’s length, nothing changed, no event', () => {
    const b = box(kind);
    b.type('I checked the warehouse  \n');
    const before = b.read();
    const onInput = vi.fn();
    b.el.addEventListener('input', onInput);
    const r = insertDraft(b.el, 'Sorry for the wait.');
    expect(r).toEqual({
      ok: false,
      code: 'box-not-empty',
      error: expect.any(String) as string,
      length: 'I checked the warehouse'.length,
    });
    expect(onInput).not.toHaveBeenCalled();
    expect(b.read()).toBe(before);
  });

  it('replace: the draft takes the agent’s text’s place', () => {
    const b = box(kind);
    b.type('I checked the warehouse');
    expect(insertDraft(b.el, 'Sorry for the wait.', 'replace')).toEqual({
      ok: true,
      truncated: false,
    });
    expect(b.read()).toBe('Sorry for the wait.');
  });

  it('append: the draft follows the agent’s text after a separator, and the next insert asks again', () => {
    const b = box(kind);
    b.type('I checked the warehouse. ');
    expect(insertDraft(b.el, 'Sorry for the wait.', 'append')).toEqual({
      ok: true,
      truncated: false,
    });
    const joined = `I checked the warehouse.${sep(kind)}Sorry for the wait.`;
    if (kind === 'contenteditable') {
      // typed at the end: the agent's text (and its trailing blank) stays as it was
      expect(b.read()).toBe(`I checked the warehouse. ${sep(kind)}Sorry for the wait.`);
    } else {
      expect(b.read()).toBe(joined);
    }
    // the box now holds the agent's text too: a new draft must not replace it silently
    expect(insertDraft(b.el, 'Another draft')).toMatchObject({ ok: false, code: 'box-not-empty' });
  });

  it('after our own replace, the next draft replaces it without a question', () => {
    const b = box(kind);
    expect(insertDraft(b.el, 'First draft')).toMatchObject({ ok: true });
    expect(insertDraft(b.el, 'Second draft')).toMatchObject({ ok: true });
    expect(b.read()).toBe('Second draft');
  });

  it('append that fits the limit exactly goes in', () => {
    const draft = 'Thanks!';
    const typed = 'Hello';
    const b = box(kind, typed.length + sep(kind).length + draft.length);
    b.type(typed);
    const ask = insertDraft(b.el, draft);
    expect(ask).toMatchObject({ ok: false, code: 'box-not-empty', room: draft.length });
    expect(insertDraft(b.el, draft, 'append')).toEqual({ ok: true, truncated: false });
    expect(b.read()).toBe(`${typed}${sep(kind)}${draft}`);
  });

  it('append that does not fit is refused whole: nothing changed, nothing cut', () => {
    const b = box(kind, 80);
    const typed = 'Thank you for the feedback, we checked with the courier';
    b.type(typed);
    const draft = 'Sorry the parcel came late, thanks for your patience.';
    const ask = insertDraft(b.el, draft);
    expect(ask).toMatchObject({
      code: 'box-not-empty',
      room: 80 - typed.length - sep(kind).length,
    });
    const onInput = vi.fn();
    b.el.addEventListener('input', onInput);
    expect(insertDraft(b.el, draft, 'append')).toMatchObject({
      ok: false,
      code: 'too-long',
      length: typed.length,
      room: 80 - typed.length - sep(kind).length,
    });
    expect(onInput).not.toHaveBeenCalled();
    expect(b.read()).toBe(typed);
  });
});

describe('a hidden or disabled box is refused before any question', () => {
  it('hidden: refused as hidden even with a mode', () => {
    const ta = document.createElement('textarea');
    ta.style.display = 'none';
    document.body.append(ta);
    expect(insertDraft(ta, 'x', 'replace')).toMatchObject({ ok: false, code: 'hidden' });
    expect(ta.value).toBe('');
  });

  it('disabled, holding text: disabled, not box-not-empty', () => {
    const ta = document.createElement('textarea');
    ta.value = 'typed';
    ta.disabled = true;
    document.body.append(ta);
    expect(insertDraft(ta, 'x')).toMatchObject({ ok: false, code: 'disabled' });
    expect(ta.value).toBe('typed');
  });
});
