// Amazon Seller Central's content script: only Amazon's reader is bundled here.
import { amazon } from '@/lib/sites/amazon';
import { amazonAdapter } from '@/lib/sites/amazon-reader';
import { runContentScript } from '@/lib/content/run';

export default defineContentScript({
  matches: amazon.matches,
  allFrames: amazon.allFrames,
  // As soon as the DOM is parsed, not at idle: the pages render their items later
  // anyway (the observer follows), and idle can come after the first rows are drawn.
  runAt: 'document_end',
  // WXT's startup postMessage names the extension to the page (and lets it
  // stop the script with one event): never send it.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx, amazonAdapter),
});
