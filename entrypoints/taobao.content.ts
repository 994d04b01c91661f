// Taobao/Tmall's content script (千牛 评价管理, web chat, and the chat-history frame on
// market.m.taobao.com): only Taobao's reader is bundled here.
import { taobao } from '@/lib/sites/taobao';
import { taobaoAdapter } from '@/lib/sites/taobao-reader';
import { runContentScript } from '@/lib/content/run';

export default defineContentScript({
  matches: taobao.matches,
  allFrames: taobao.allFrames,
  // As soon as the DOM is parsed, not at idle: the pages render their items later
  // anyway (the observer follows), and idle can come after the first rows are drawn.
  runAt: 'document_end',
  // WXT's startup postMessage names the extension to the page: never send it.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx, taobaoAdapter),
});
