// Put a draft into a rich-text (contenteditable) editor the way typing does, replacing what it
// holds or typed after it (lib/insert.ts asks the agent first when that is their own text), so an editor that keeps
// its own model (Draft.js, Slate, Lexical, the 千牛 chat input) takes it into that model and keeps
// it through its next render. Setting textContent is undone by such editors.
//
// Order of attempts (see the editors' issue trackers):
// 1. execCommand('insertText'): a trusted native edit (Chromium fires `input`, no `beforeinput`);
//    Draft reads it back on `input`, Lexical and ProseMirror through their DOM observers. Lexical
//    commits it after the current turn, so never retry after it reported success (that doubles it).
// 2. Otherwise a cancelable `beforeinput` insertText (Slate and the chat editor take it and cancel);
// 3. if nobody took it, a plain DOM edit at the selection followed by `input` insertText.
// Never presses Enter, never clicks a send button.

export type EditableOutcome = { ok: true; truncated: false } | { ok: false; error: string };

function fire(el: Element, type: 'beforeinput' | 'input', data: string): boolean {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const IE = view?.InputEvent ?? InputEvent;
  return el.dispatchEvent(
    new IE(type, {
      bubbles: true,
      cancelable: type === 'beforeinput',
      composed: true,
      inputType: 'insertText',
      data,
    }),
  );
}

/** `all` replaces what the editor holds; `end` types after it (an append). */
export function insertEditable(
  el: Element,
  text: string,
  at: 'all' | 'end' = 'all',
): EditableOutcome {
  const ce = el.getAttribute('contenteditable');
  if (
    !(el as HTMLElement).isContentEditable &&
    ce !== '' &&
    ce !== 'true' &&
    ce !== 'plaintext-only'
  )
    return { ok: false, error: 'Not a text editor' };
  const doc = el.ownerDocument;
  const place = () => {
    const sel = doc.getSelection();
    const range = doc.createRange();
    range.selectNodeContents(el);
    if (at === 'end') range.collapse(false);
    sel?.removeAllRanges();
    sel?.addRange(range);
    return range;
  };
  try {
    (el as HTMLElement).focus({ preventScroll: true });
  } catch {
    // focus is best effort: execCommand needs the selection inside the editor, set below
  }
  place();
  let done = false;
  try {
    done = doc.execCommand('insertText', false, text);
  } catch {
    // not supported here (a test DOM): the events below
  }
  if (done) return { ok: true, truncated: false };
  const range = place();
  if (fire(el, 'beforeinput', text)) {
    // nobody took it: the edit a browser would make, then its input event
    range.deleteContents();
    range.insertNode(doc.createTextNode(text));
    range.collapse(false);
    fire(el, 'input', text);
  }
  return { ok: true, truncated: false };
}
