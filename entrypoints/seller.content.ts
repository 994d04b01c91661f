import { CONTENT_MATCHES } from '@/lib/sites/hosts';
import { adapterFor } from '@/lib/sites';
import { startController } from '@/lib/content/controller';
import type { ContentMessage } from '@/lib/messages';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const send = (message: ContentMessage) => {
      browser.runtime.sendMessage(message).catch(() => {
        // Background asleep or extension reloaded: the next DOM change resends.
      });
    };
    const controller = startController({
      adapterFor,
      send,
      doc: document,
      location: () => location.href,
    });
    const onMessage = (raw: unknown) => {
      const result = controller.handle(raw);
      return result === undefined ? undefined : Promise.resolve(result);
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.addEventListener(window, 'wxt:locationchange', () => controller.scan());
    ctx.onInvalidated(() => {
      controller.stop();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
