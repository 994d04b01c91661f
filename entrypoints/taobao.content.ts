// Taobao/Tmall's content script (千牛 评价管理, web chat, and the chat-history frame on
// market.m.taobao.com): only Taobao's reader is bundled here.
import { taobao } from '@/lib/sites/taobao';
import { taobaoAdapter } from '@/lib/sites/taobao-reader';
import { watchSameOriginFrames } from '@/lib/sites/frames';
import { runContentScript } from '@/lib/content/run';

export default defineContentScript({
  matches: taobao.matches,
  allFrames: taobao.allFrames,
  // As soon as the DOM is parsed, not at idle: the pages render their items later
  // anyway (the observer follows), and idle can come after the first rows are drawn.
  runAt: 'document_end',
  // WXT's startup postMessage names the extension to the page: never send it.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const controller = runContentScript(ctx, taobaoAdapter);
    // 评价管理 may be a micro-app drawn late into a same-origin frame of the 千牛 shell: the
    // controller's observer sees only this document, so the frames' changes ask for a scan too.
    if (window !== window.top) return;
    const stop = watchSameOriginFrames(document, () => {
      if (controller.stopped) stop();
      else controller.scan();
    });
  },
});
