// Put a draft into a rich-text (contenteditable) editor the way typing does (what it holds is
// replaced: lib/insert.ts asks the agent first when that is their own text), so an editor that
// keeps its own model (Draft.js, Slate, Lexical, the 千牛 chat input) takes it into that model and
// keeps it through its next render. Setting textContent is reverted by such editors.
//
// Order of attempts (see the editors' issue trackers):
// 1. execCommand('insertText'): a trusted native edit; Draft reads it back on `input`, Lexical and
//    ProseMirror through their DOM observers. Lexical commits it after the current turn, so the
//    text may not be visible synchronously: never retry after it reported success (that doubles it).
// 2. Otherwise a cancelable `beforeinput` insertText (Slate and our chat editor take it and cancel);
// 3. if nobody took it, a plain DOM edit at the selection followed by `input` insertText.
// Never presses Enter, never clicks a send button.

export type EditableOutcome = { ok: true; truncated: boolean } | { ok: false; error: string };

export interface EditableOptions {
  /** Cut the text to this many characters (never splitting a surrogate pair). */
  maxLength?: number;
}

const isEditable = (el: Element): boolean => {
  const ce = el.getAttribute('contenteditable');
  return (
    (el as HTMLElement).isContentEditable === true ||
    ce === '' ||
    ce === 'true' ||
    ce === 'plaintext-only'
  );
};

function cut(text: string, max: number | undefined): { value: string; truncated: boolean } {
  if (!max || max <= 0 || text.length <= max) return { value: text, truncated: false };
  let v = text.slice(0, max);
  const last = v.charCodeAt(v.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) v = v.slice(0, -1);
  return { value: v, truncated: true };
}

function selectAllIn(el: Element): boolean {
  const doc = el.ownerDocument;
  const sel = doc.defaultView?.getSelection?.() ?? doc.getSelection?.();
  if (!sel) return false;
  const range = doc.createRange();
  range.selectNodeContents(el);
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}

function fire(el: Element, type: 'beforeinput' | 'input', data: string): boolean {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const IE = view?.InputEvent ?? (typeof InputEvent === 'function' ? InputEvent : undefined);
  const init = {
    bubbles: true,
    cancelable: type === 'beforeinput',
    composed: true,
    inputType: 'insertText',
    data,
  };
  const ev = IE ? new IE(type, init) : new (view?.Event ?? Event)(type, init);
  return el.dispatchEvent(ev);
}

/** The DOM edit a browser would make for insertText at the selection (replacing it). */
function domInsert(el: Element, text: string) {
  const doc = el.ownerDocument;
  const sel = doc.defaultView?.getSelection?.() ?? doc.getSelection?.();
  const range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
  const node = doc.createTextNode(text);
  if (range && el.contains(range.commonAncestorContainer)) {
    range.deleteContents();
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
  } else {
    el.textContent = '';
    el.appendChild(node);
  }
}

export function insertEditable(
  el: Element,
  text: string,
  opts: EditableOptions = {},
): EditableOutcome {
  if (!el || !isEditable(el)) return { ok: false, error: 'This element is not a text editor.' };
  if (el.getAttribute('aria-disabled') === 'true' || el.getAttribute('aria-readonly') === 'true')
    return { ok: false, error: 'The reply box is disabled or read-only.' };
  const { value, truncated } = cut(text, opts.maxLength);
  try {
    (el as HTMLElement).focus({ preventScroll: true });
  } catch {
    // focus is best effort: execCommand needs the selection inside the editor, set below
  }
  selectAllIn(el);
  const doc = el.ownerDocument;
  let done = false;
  try {
    done = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, value);
  } catch {
    done = false;
  }
  if (done) return { ok: true, truncated };
  selectAllIn(el);
  const notTaken = fire(el, 'beforeinput', value);
  if (notTaken) {
    domInsert(el, value);
    fire(el, 'input', value);
  }
  return { ok: true, truncated };
}
