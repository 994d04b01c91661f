// eBay's content script: only eBay's reader is bundled here.
import { ebay } from '@/lib/sites/ebay';
import { ebayAdapter } from '@/lib/sites/ebay-reader';
import { watchSameOriginFrames } from '@/lib/sites/frames';
import { runContentScript } from '@/lib/content/run';

export default defineContentScript({
  matches: ebay.matches,
  allFrames: ebay.allFrames,
  // As soon as the DOM is parsed, not at idle: the pages render their items later
  // anyway (the observer follows), and idle can come after the first rows are drawn.
  runAt: 'document_end',
  // WXT's startup postMessage names the extension to the page (and lets it
  // stop the script with one event): never send it.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const controller = runContentScript(ctx, ebayAdapter);
    // The legacy message body is written into an iframe after load (sites/ebay.md).
    if (window !== window.top || !location.hostname.startsWith('mesg.')) return;
    const stop = watchSameOriginFrames(document, () => {
      if (controller.stopped) stop();
      else controller.scan();
    });
  },
});
