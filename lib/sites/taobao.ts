// Taobao/Tmall (千牛工作台), the site part: hosts and URL rules only (cheap, pure).
// The page reader is ./taobao-reader.ts, bundled only into entrypoints/taobao.content.ts.
// What is known of the pages is in shared/sites/taobao.md (little: no class name is verified).
import type { PageKind } from '../messages';
import { defineSite, NO_TEST_URLS } from './define';

/** The seller-centre app hosts: the same /home.htm/<app>/… routes on each. */
const SELLER_APP_HOSTS = new Set([
  'myseller.taobao.com',
  'qn.taobao.com',
  'work.taobao.com',
  'myseller.tmall.com',
  'seller.tmall.com',
]);

/** Where the chat-history frame of 千牛 web chat lives (cross-origin: it needs its own script). */
export const TAOBAO_HISTORY_HOST = 'market.m.taobao.com';

function detect(url: URL): PageKind {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase().replace(/\/{2,}/g, '/');
  if (host === TAOBAO_HISTORY_HOST) {
    return path.startsWith('/app/qn/im-history-search') ? 'messages' : 'none';
  }
  if (host === 'rate.taobao.com') {
    return path === '/myrate.htm' || path.startsWith('/user-rate-') ? 'feedback' : 'none';
  }
  if (!SELLER_APP_HOSTS.has(host)) return 'none'; // trade./seller.taobao.com: nothing to answer there
  // SPA routes are /home.htm/<app>/…; 问大家 (/comment-manage/ask-all) is Q&A, not reviews.
  if (/\/comment-manage\/list(?:\/|$)/.test(path)) return 'reviews';
  if (/\/app-customer-service\/(?:.*\/)?message(?:\/|$)/.test(path)) return 'messages';
  return 'none';
}

export const taobao = defineSite({
  id: 'taobao',
  name: '淘宝/天猫 千牛',
  // never the login hosts (loginmyseller.taobao.com, havanalogin.taobao.com); rate.tmall.com is a
  // buyer-facing JSONP feed, not a page
  hosts: [
    ...SELLER_APP_HOSTS,
    'rate.taobao.com',
    'trade.taobao.com',
    'seller.taobao.com',
    TAOBAO_HISTORY_HOST,
  ],
  detect,
  // the chat history is drawn in a cross-origin iframe
  allFrames: true,
  testUrls:
    typeof __DEFUSE_CONTENT__ !== 'undefined'
      ? NO_TEST_URLS
      : {
          reviews: [
            'https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC?current=1&pageSize=20',
            'https://qn.taobao.com/home.htm/comment-manage/list/rateWait4PC?content=hasAppend',
            'https://work.taobao.com/home.htm/comment-manage/list/rateWait4PC',
            'https://myseller.tmall.com/home.htm/comment-manage/list/rateWait4PC?explain=notExplain',
            'https://seller.tmall.com/home.htm/comment-manage/list/rateAll',
          ],
          feedback: ['https://rate.taobao.com/myRate.htm?mytmenu=pj'],
          messages: [
            'https://qn.taobao.com/home.htm/app-customer-service/toolpage/Message',
            'https://myseller.taobao.com/home.htm/app-customer-service/toolpage/Message?from=menu',
            'https://market.m.taobao.com/app/qn/im-history-search/index.html?buyer=t**5',
          ],
          none: [
            'https://myseller.taobao.com/home.htm/comment-manage/ask-all',
            'https://myseller.taobao.com/home.htm',
            'https://qn.taobao.com/home.htm/trade-platform/tp/sold',
            'https://rate.taobao.com/remarkBuyer.jhtml?trade_id=1',
            'https://trade.taobao.com/trade/itemlist/list_sold_items.htm?tabCode=waitRate',
            'https://seller.taobao.com/',
            'https://market.m.taobao.com/app/other/page.html',
            'https://loginmyseller.taobao.com/home.htm/comment-manage/list/rateWait4PC',
            'https://havanalogin.taobao.com/mini_login.htm',
            'https://rate.tmall.com/list_detail_rate.htm?itemId=1',
            'https://myseller.taobao.com.evil.example/home.htm/comment-manage/list/rateWait4PC',
          ],
        },
});
