// eBay, the site part: hosts and URL rules only (cheap, pure). The page reader is
// ./ebay-reader.ts, bundled only into eBay's content script. What is known of the
// pages, and what is a guess, is in shared/sites/ebay.md.
import type { PageKind } from '../messages';
import { defineSite, NO_TEST_URLS } from './define';
import type { TestUrls } from './types';

// ---------------------------------------------------------------------------
// Hosts and URL rules (pure)

/** The country sites (www.ebay.<tld>); Belgium has two language hosts instead of www.ebay.be. */
export const EBAY_TLDS = [
  'com',
  'co.uk',
  'de',
  'com.au',
  'ca',
  'fr',
  'it',
  'es',
  'at',
  'ie',
  'nl',
  'pl',
  'ch',
  'com.hk',
  'com.sg',
  'com.my',
  'ph',
  'be',
] as const;

const SITE_HOSTS = EBAY_TLDS.flatMap((t) =>
  t === 'be' ? ['www.benl.ebay.be', 'www.befr.ebay.be'] : [`www.ebay.${t}`],
);
const MESG_HOSTS = EBAY_TLDS.map((t) => `mesg.ebay.${t}`);
const FEEDBACK_HOSTS = EBAY_TLDS.map((t) => `feedback.ebay.${t}`);

export const EBAY_HOSTS: readonly string[] = [...SITE_HOSTS, ...MESG_HOSTS, ...FEEDBACK_HOSTS];
const HOSTS = new Set(EBAY_HOSTS);

/** Feedback the seller received as a buyer, or left for others, is not the seller's to defuse. */
const NOT_AS_SELLER = /AS_BUYER|GIVEN|LEFT/i;

function legacyFeedbackKind(url: URL): PageKind {
  // eBayISAPI.dll takes its verb as a bare key: ?ViewFeedback2&userid=…&ftab=FeedbackAsSeller
  const verb = url.search.replace(/^\?/, '').split('&')[0]?.toLowerCase();
  if (verb !== 'viewfeedback2' && verb !== 'viewfeedback') return 'none';
  const tab = (url.searchParams.get('ftab') ?? '').toLowerCase();
  if (tab === 'feedbackasbuyer' || tab === 'feedbackleftforothers') return 'none';
  return 'feedback';
}

/** The page kind of an eBay URL (defineSite checks https and the host before). */
export function detectEbay(url: URL): PageKind {
  if (url.protocol !== 'https:') return 'none';
  const host = url.hostname.toLowerCase();
  if (!HOSTS.has(host)) return 'none';
  const path = url.pathname.toLowerCase().replace(/\/{2,}/g, '/');
  const under = (prefix: string) => path === prefix || path.startsWith(prefix + '/');
  if (host.startsWith('mesg.')) {
    return under('/mesgweb/viewmessages') || under('/mesgweb/viewmessagedetail')
      ? 'messages'
      : 'none';
  }
  if (path === '/ws/ebayisapi.dll') return legacyFeedbackKind(url);
  if (host.startsWith('feedback.')) return 'none';
  if (/^\/fdbk\/(?:feedback_profile\/[^/]+|mweb_profile)\/?$/.test(path)) {
    return NOT_AS_SELLER.test(url.searchParams.get('filter') ?? '') ? 'none' : 'feedback';
  }
  // Seller Hub's Performance > Feedback tab (its left-for-buyers tab is none)
  if (under('/sh/performance/feedback') || under('/sh/fdbk')) {
    return NOT_AS_SELLER.test(url.search) ? 'none' : 'feedback';
  }
  if (under('/mye/myebay/messages') || under('/sh/messages') || under('/mys/bo/messages/inbox')) {
    return 'messages';
  }
  return 'none';
}

/** URLs of every page kind, for the cross-site URL table test (github-url-detection's habit). */
export const EBAY_TEST_URLS = {
  feedback: [
    'https://www.ebay.com/fdbk/feedback_profile/aurora_home_goods',
    'https://www.ebay.com/fdbk/feedback_profile/aurora_home_goods?filter=feedback_page:RECEIVED_AS_SELLER&sort=TIME',
    'https://www.ebay.co.uk/fdbk/feedback_profile/aurora_home_goods?filter=feedback_page:RECEIVED_AS_SELLER&sort=NEWEST&page_id=2',
    'https://www.ebay.de/fdbk/feedback_profile/aurora_home_goods/',
    'https://www.ebay.com.au/fdbk/mweb_profile?username=aurora_home_goods',
    'https://www.ebay.ca/fdbk/feedback_profile/aurora_home_goods?filter=feedback_page:All',
    'https://www.ebay.fr/fdbk/feedback_profile/aurora_home_goods',
    'https://www.ebay.it/fdbk/feedback_profile/aurora_home_goods',
    'https://www.ebay.es/fdbk/feedback_profile/aurora_home_goods',
    'https://www.benl.ebay.be/fdbk/feedback_profile/aurora_home_goods',
    'https://feedback.ebay.com/ws/eBayISAPI.dll?ViewFeedback2&userid=aurora_home_goods&ftab=FeedbackAsSeller',
    'https://feedback.ebay.co.uk/ws/eBayISAPI.dll?ViewFeedback2&userid=aurora_home_goods&ftab=AllFeedback',
    'https://feedback.ebay.fr/ws/eBayISAPI.dll?ViewFeedback2&userid=aurora_home_goods',
    'https://www.ebay.com/sh/performance/feedback',
    'https://www.ebay.co.uk/sh/performance/feedback?tab=received',
  ],
  messages: [
    'https://mesg.ebay.com/mesgweb/ViewMessages/0',
    'https://mesg.ebay.com/mesgweb/ViewMessages/0/m2m',
    'https://mesg.ebay.co.uk/mesgweb/ViewMessages/0?messageId=160123456789',
    'https://mesg.ebay.com/mesgweb/ViewMessageDetail/0/m2m/160123456789',
    'https://mesg.ebay.de/mesgweb/ViewMessageDetail/0/All/160123456789',
    'https://www.ebay.com/mye/myebay/messages',
    'https://www.ebay.com.au/mye/myebay/messages?conversationId=c-5001',
    'https://www.ebay.com/sh/messages',
  ],
  none: [
    'https://www.ebay.com/',
    'https://www.ebay.com/itm/266012345678',
    'https://www.ebay.de/fdbk/leave_feedback?item=266012345678',
    'https://www.ebay.com/fdbk/feedback_profile/aurora_home_goods?filter=feedback_page:RECEIVED_AS_BUYER',
    'https://www.ebay.com/fdbk/feedback_profile/aurora_home_goods?filter=feedback_page:GIVEN_AS_BUYER',
    'https://www.ebay.com/sh/ovw',
    'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS',
    'https://www.ebay.com/sh/performance/feedback?filter=feedback_page:GIVEN_AS_BUYER',
    'https://www.ebay.com/mye/myebay/summary',
    'https://mesg.ebay.com/mesgweb/SendMessage',
    'https://feedback.ebay.com/ws/eBayISAPI.dll?ViewFeedback2&userid=aurora_home_goods&ftab=FeedbackLeftForOthers',
    'https://feedback.ebay.com/ws/eBayISAPI.dll?LeaveFeedbackReply&userid=s***h',
    'https://feedback.ebay.com/',
    'https://ebay.com.evil.example/fdbk/feedback_profile/aurora_home_goods',
    'https://www.ebay.cn/fdbk/feedback_profile/aurora_home_goods',
  ],
} satisfies TestUrls;

export const ebay = defineSite({
  id: 'ebay',
  name: 'eBay',
  hosts: EBAY_HOSTS,
  detect: detectEbay,
  testUrls: typeof __DEFUSE_CONTENT__ !== 'undefined' ? NO_TEST_URLS : EBAY_TEST_URLS,
  // The legacy message body is drawn in an iframe: a frame on an eBay host gets the script too.
  allFrames: true,
});
