// Pages that draw their items into a same-origin iframe after load (eBay's legacy message page,
// a 千牛 评价管理 micro-app): the top frame's reader reads the frames' documents, but the
// controller's observer sees only the top document. This watches the frames' documents too and
// says when one changed, so the page is read again.
const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** Calls `onChange` whenever a same-origin iframe's document changes or a frame loads; returns stop. */
export function watchSameOriginFrames(doc: Document, onChange: () => void): () => void {
  const frames = new WeakSet<Element>();
  const docs = new WeakSet<Document>();
  const observers: MutationObserver[] = [];
  const observe = (d: Document) => {
    if (docs.has(d)) return;
    docs.add(d);
    const mo = new MutationObserver(onChange);
    mo.observe(d, OPTIONS);
    observers.push(mo);
  };
  const hook = () => {
    for (const f of Array.from(doc.querySelectorAll('iframe, frame'))) {
      if (!frames.has(f)) {
        frames.add(f);
        f.addEventListener('load', () => {
          hook();
          onChange();
        });
      }
      try {
        const d = (f as HTMLIFrameElement).contentDocument;
        if (d) observe(d);
      } catch {
        // a cross-origin frame: its own content script (allFrames) reads it
      }
    }
  };
  // Frames are added late too; the top document is watched for them only.
  const top = new MutationObserver(hook);
  top.observe(doc.documentElement, { childList: true, subtree: true });
  hook();
  return () => {
    top.disconnect();
    for (const mo of observers) mo.disconnect();
  };
}
