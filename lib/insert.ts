// Put a draft into the page's reply box the way a typing user would, so the
// page's own framework (React, Katal) keeps it. Never submits, clicks or presses Enter.
import type { ReplyBox } from './sites/types';

export type InsertOutcome = { ok: true; truncated: boolean } | { ok: false; error: string };

/** The native `value` setter, skipping any instance-level override (React's value tracker). */
function nativeValueSetter(el: Element): ((v: string) => void) | undefined {
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto) {
    const d = Object.getOwnPropertyDescriptor(proto, 'value');
    if (d?.set) return d.set as (v: string) => void;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

function fireInput(el: Element, text: string) {
  const view = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null;
  const IE = view?.InputEvent ?? (typeof InputEvent === 'function' ? InputEvent : undefined);
  const Ev = view?.Event ?? Event;
  let ev: Event;
  try {
    ev = IE
      ? new IE('input', { bubbles: true, composed: true, inputType: 'insertText', data: text })
      : new Ev('input', { bubbles: true, composed: true });
  } catch {
    ev = new Ev('input', { bubbles: true, composed: true });
  }
  el.dispatchEvent(ev);
}

export function insertDraft(box: ReplyBox, text: string): InsertOutcome {
  if (!box || typeof (box as Element).tagName !== 'string') {
    return { ok: false, error: 'No reply box.' };
  }
  const tag = box.tagName.toLowerCase();
  const field = box as HTMLTextAreaElement | HTMLInputElement;
  if (tag === 'textarea' || tag === 'input') {
    if (field.disabled || field.readOnly || box.getAttribute('aria-disabled') === 'true') {
      return { ok: false, error: 'The reply box is disabled or read-only.' };
    }
    let value = text;
    let truncated = false;
    const max = field.maxLength;
    if (typeof max === 'number' && max > 0 && value.length > max) {
      // maxLength counts UTF-16 code units; never leave half a surrogate pair
      value = value.slice(0, max);
      const last = value.charCodeAt(value.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) value = value.slice(0, -1);
      truncated = true;
    }
    try {
      field.focus({ preventScroll: true });
    } catch {
      // focus is best effort
    }
    const set = nativeValueSetter(box);
    if (set) set.call(field, value);
    else field.value = value;
    fireInput(box, value);
    box.dispatchEvent(
      new (box.ownerDocument?.defaultView?.Event ?? Event)('change', { bubbles: true }),
    );
    return { ok: true, truncated };
  }
  if (
    box.isContentEditable ||
    box.getAttribute('contenteditable') === 'true' ||
    box.getAttribute('contenteditable') === ''
  ) {
    if (
      box.getAttribute('aria-disabled') === 'true' ||
      box.getAttribute('aria-readonly') === 'true'
    ) {
      return { ok: false, error: 'The reply box is disabled or read-only.' };
    }
    try {
      box.focus({ preventScroll: true });
    } catch {
      // best effort
    }
    box.textContent = text;
    fireInput(box, text);
    return { ok: true, truncated: false };
  }
  return { ok: false, error: 'This element is not a text box.' };
}
