// Put a draft into the page's reply box the way a typing user would, so the
// page's own framework (React, Katal) keeps it. Never submits, clicks or presses Enter.
import type { ReplyBox } from './sites/types';
import type { InsertMode, InsertResult } from './messages';
import { isEnabled, isVisible } from './sites/shared';
import { insertEditable } from './insert-editable';

export type InsertOutcome = InsertResult;

/** What we last put into each box: replacing our own draft needs no question. */
const ours = new WeakMap<Element, string>();

const currentText = (box: Element): string => {
  const tag = box.tagName.toLowerCase();
  return tag === 'textarea' || tag === 'input'
    ? (box as HTMLTextAreaElement).value
    : (box.textContent ?? '');
};

/** A single-line input drops newlines: its appended draft follows a space, not a blank line. */
const separatorOf = (box: Element) => (box.tagName.toLowerCase() === 'input' ? ' ' : '\n\n');

/** The box's own character limit (`maxlength`), when it has one. */
function limitOf(box: Element): number | undefined {
  const tag = box.tagName.toLowerCase();
  const max =
    tag === 'textarea' || tag === 'input'
      ? (box as HTMLTextAreaElement).maxLength
      : Number(box.getAttribute('maxlength') ?? -1);
  return Number.isInteger(max) && max > 0 ? max : undefined;
}

/**
 * The checks every insertion passes first: the box is visible and enabled, and
 * text the agent typed there is not overwritten without a `mode` saying how.
 */
function refuse(
  box: Element,
  text: string,
  mode: InsertMode | undefined,
): InsertOutcome | undefined {
  if (!isVisible(box)) {
    return { ok: false, code: 'hidden', error: 'Box hidden' };
  }
  if (!isEnabled(box)) {
    return { ok: false, code: 'disabled', error: 'Box read-only' };
  }
  const existing = currentText(box);
  const kept = existing.replace(/\s+$/, '');
  if (!mode && kept && existing !== ours.get(box) && existing !== text) {
    const limit = limitOf(box);
    return {
      ok: false,
      code: 'box-not-empty',
      error: 'Box has text',
      length: kept.length,
      // what an appended draft may still take: the limit less the kept text and the separator
      ...(limit && { room: Math.max(0, limit - kept.length - separatorOf(box).length) }),
    };
  }
  if (mode === 'append' && kept) {
    const limit = limitOf(box);
    const total = kept.length + separatorOf(box).length + text.length;
    if (limit && total > limit) {
      return {
        ok: false,
        code: 'too-long',
        error: `Too long (${total}/${limit})`,
        length: kept.length,
        room: Math.max(0, limit - kept.length - separatorOf(box).length),
      };
    }
  }
  return undefined;
}

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

export function insertDraft(box: ReplyBox, draft: string, mode?: InsertMode): InsertOutcome {
  if (!box || typeof (box as Element).tagName !== 'string') {
    return { ok: false, code: 'no-box', error: 'No box' };
  }
  const tag = box.tagName.toLowerCase();
  const field = box as HTMLTextAreaElement | HTMLInputElement;
  const editable =
    box.isContentEditable ||
    box.getAttribute('contenteditable') === 'true' ||
    box.getAttribute('contenteditable') === '';
  if (tag !== 'textarea' && tag !== 'input' && !editable) {
    return { ok: false, code: 'not-supported', error: 'Not a text box' };
  }
  if (tag === 'input' && !/^(?:text|search|)$/i.test(field.type ?? 'text')) {
    return { ok: false, code: 'not-supported', error: 'Not a text box' };
  }
  const refused = refuse(box, draft, mode);
  if (refused) return refused;
  const before = currentText(box).replace(/\s+$/, '');
  const appending = mode === 'append' && before !== '';
  if (tag === 'textarea' || tag === 'input') {
    let value = appending ? `${before}${separatorOf(box)}${draft}` : draft;
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
    remember(box, appending, field.value);
    return { ok: true, truncated };
  }
  // a contenteditable: typed in, so an editor with its own model (Draft.js, Slate, the 千牛 chat
  // input) takes the text into that model; setting textContent would be undone on its next render.
  // Appending types at the end only, so the agent's own formatting stays as it was.
  const r = appending
    ? insertEditable(box, `${separatorOf(box)}${draft}`, 'end')
    : insertEditable(box, draft);
  if (r.ok) remember(box, appending, box.textContent ?? '');
  return r.ok ? r : { ok: false, code: 'not-supported', error: r.error };
}

/**
 * A box that holds only our draft may take the next one without a question; after an append
 * it also holds the agent's text, so the next insertion asks again.
 */
function remember(box: Element, appended: boolean, value: string) {
  if (appended) ours.delete(box);
  else ours.set(box, value);
}
