import { describe, expect, it } from 'vitest';
import { detectEbay, EBAY_HOSTS, EBAY_TEST_URLS, EBAY_TLDS } from '../../../lib/sites/ebay';
import { PAGE_KINDS } from '../../../lib/messages';
import { practicePages } from '../../fixtures/practice';

describe('eBay URL rules', () => {
  for (const kind of PAGE_KINDS) {
    it(`every ${kind} test URL is ${kind}`, () => {
      for (const url of (EBAY_TEST_URLS as Partial<Record<string, string[]>>)[kind] ?? []) {
        expect([url, detectEbay(new URL(url))]).toEqual([url, kind]);
      }
    });
  }

  it('lists a test URL for every page kind eBay has', () => {
    expect(EBAY_TEST_URLS.feedback.length).toBeGreaterThan(5);
    expect(EBAY_TEST_URLS.messages.length).toBeGreaterThan(5);
    expect(EBAY_TEST_URLS.none.length).toBeGreaterThan(5);
    expect('reviews' in EBAY_TEST_URLS).toBe(false); // eBay has no product reviews to answer
  });

  it('covers the country sites named in sites/ebay.md, on the site, message and legacy feedback hosts', () => {
    for (const tld of ['com', 'co.uk', 'de', 'com.au', 'ca', 'fr', 'it', 'es', 'at', 'ie', 'nl']) {
      expect(EBAY_TLDS).toContain(tld);
    }
    for (const host of [
      'www.benl.ebay.be',
      'www.befr.ebay.be',
      'mesg.ebay.com.sg',
      'feedback.ebay.ch',
    ]) {
      expect(EBAY_HOSTS).toContain(host);
    }
    for (const host of EBAY_HOSTS) {
      const url = host.startsWith('mesg.')
        ? `https://${host}/mesgweb/ViewMessages/0`
        : host.startsWith('feedback.')
          ? `https://${host}/ws/eBayISAPI.dll?ViewFeedback2&userid=u&ftab=FeedbackAsSeller`
          : `https://${host}/fdbk/feedback_profile/u`;
      expect([host, detectEbay(new URL(url))]).toEqual([
        host,
        host.startsWith('mesg.') ? 'messages' : 'feedback',
      ]);
    }
    expect(new Set(EBAY_HOSTS).size).toBe(EBAY_HOSTS.length);
  });

  it('tells the profile tabs apart: feedback received as seller, not as buyer or left for others', () => {
    const u = (q: string) =>
      new URL(`https://www.ebay.com/fdbk/feedback_profile/x?filter=feedback_page:${q}`);
    expect(detectEbay(u('RECEIVED_AS_SELLER'))).toBe('feedback');
    expect(detectEbay(u('All'))).toBe('feedback');
    expect(detectEbay(u('RECEIVED_AS_BUYER'))).toBe('none');
    expect(detectEbay(u('GIVEN_AS_SELLER'))).toBe('none');
    const legacy = (tab: string) =>
      new URL(`https://feedback.ebay.com/ws/eBayISAPI.dll?ViewFeedback2&userid=x&ftab=${tab}`);
    expect(detectEbay(legacy('FeedbackAsSeller'))).toBe('feedback');
    expect(detectEbay(legacy('AllFeedback'))).toBe('feedback');
    expect(detectEbay(legacy('FeedbackAsBuyer'))).toBe('none');
    expect(detectEbay(legacy('FeedbackLeftForOthers'))).toBe('none');
  });

  it('claims no host outside eBay, and no plain-http page', () => {
    for (const url of [
      'https://ebay.com.evil.example/fdbk/feedback_profile/x',
      'https://www.ebay.com.evil.example/fdbk/feedback_profile/x',
      'https://evil.example/www.ebay.com/fdbk/feedback_profile/x',
      'http://mesg.ebay.com/mesgweb/ViewMessages/0',
      'http://www.ebay.com/fdbk/feedback_profile/aurora_home_goods',
      'https://sellercentral.amazon.com/feedback-manager/index.html',
      'https://myseller.taobao.com/home.htm',
    ]) {
      expect([url, detectEbay(new URL(url))]).toEqual([url, 'none']);
    }
  });

  it('agrees with the practice pages, and says none for every other site’s practice page', () => {
    const pages = practicePages();
    expect(pages.filter((p) => p.site === 'ebay').length).toBeGreaterThanOrEqual(6);
    for (const p of pages) {
      expect([p.url, detectEbay(new URL(p.url))]).toEqual([
        p.url,
        p.site === 'ebay' ? p.kind : 'none',
      ]);
    }
  });
});
