// Load a practice page (tests/fixtures/amazon/*.html) into the test document and,
// optionally, run the page's own inline scripts (its kat-* components, late
// rendering and re-render loop), the way the browser would. Page scripts run
// via `new Function`, in the global (happy-dom) window; call with fake timers on
// to step through the page's setTimeout/setInterval.
import { practicePageHtml } from '../../fixtures/practice';

export { FIXTURES } from '../../fixtures/practice';

export function fixtureHtml(file: string): string {
  return practicePageHtml(file);
}

export function loadFixture(file: string, opts: { runScripts?: boolean } = {}): Document {
  const parsed = new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
  const scripts = Array.from(parsed.querySelectorAll('script')).map((s) => s.textContent ?? '');
  for (const s of Array.from(parsed.querySelectorAll('script'))) s.remove();
  // (happy-dom cannot replace documentElement itself: swap head and body instead)
  document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? '');
  document.head.replaceWith(document.importNode(parsed.head, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
  if (opts.runScripts) {
    for (const code of scripts) new Function(code)();
  }
  return document;
}

/** Clone a fixture `<template>` into place (what the page script does late). */
export function cloneTemplate(doc: Document, templateId: string, into: Element): void {
  const tpl = doc.getElementById(templateId) as HTMLTemplateElement | null;
  if (!tpl) throw new Error(`no template #${templateId}`);
  into.replaceChildren(doc.importNode(tpl.content, true));
}

export const pageWindow = (): Record<string, unknown> =>
  window as unknown as Record<string, unknown>;
