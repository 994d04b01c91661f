// The generic reading machinery's fast paths must answer exactly what the slow ones did:
// class-led selectors from the class index, first-match deep queries, ids through the id
// index, shadow roots found in tree order; and the incremental scanner must drop a card
// that becomes hidden and re-read only what changed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deepById, deepQuerySelector, deepQuerySelectorAll } from '../../../lib/sites/dom';
import { createScanner, findShadowRoots, readContext } from '../../../lib/sites/scan';
import { ebayAdapter } from '../../../lib/sites/ebay-reader';
import { feedbackCardsHtml } from '../../tools/bench-pages';
import type { SnapshotItem } from '../../../lib/messages';

const PROFILE = new URL(
  'https://www.ebay.com/fdbk/feedback_profile/aurora_home_goods?filter=feedback_page:RECEIVED_AS_SELLER',
);

afterEach(() => {
  document.body.replaceChildren();
});

function shadowPage() {
  document.body.innerHTML = `
    <div id="a" class="card x" data-id="r-1"></div>
    <section><div class="card" data-id="q-2"></div><span class="card" data-id="r-3"></span></section>
    <div id="host1"></div><div id="host3"></div>`;
  const sr1 = document.getElementById('host1')!.attachShadow({ mode: 'open' });
  sr1.innerHTML = `<div class="card" data-id="r-4"></div><div id="host2"></div><p id="dup">inner</p>`;
  const sr2 = sr1.getElementById('host2')!.attachShadow({ mode: 'open' });
  sr2.innerHTML = `<div class="card" data-id="r-5"></div><textarea id="deep"></textarea>`;
  const sr3 = document.getElementById('host3')!.attachShadow({ mode: 'open' });
  sr3.innerHTML = `<textarea id="later"></textarea>`;
  return { sr1, sr2, sr3 };
}

describe('generic DOM fast paths', () => {
  it('finds every open shadow root, nested ones right after their host, in tree order', () => {
    const { sr1, sr2, sr3 } = shadowPage();
    expect(findShadowRoots(document)).toEqual([sr1, sr2, sr3]);
    expect(findShadowRoots(document.getElementById('host1')!)).toEqual([sr1, sr2]);
  });

  it('answers class-led selectors from the class index exactly like querySelectorAll', () => {
    const { sr1, sr2, sr3 } = shadowPage();
    const ctx = readContext(document, PROFILE, 'feedback', [sr1, sr2, sr3]);
    const ids = (els: Element[]) => els.map((e) => e.getAttribute('data-id'));
    expect(ids(ctx.all('.card'))).toEqual(['r-1', 'q-2', 'r-3', 'r-4', 'r-5']);
    expect(ids(ctx.all('.card[data-id^="r-"]'))).toEqual(['r-1', 'r-3', 'r-4', 'r-5']);
    expect(ids(ctx.all('div.card'))).toEqual(['r-1', 'q-2', 'r-4', 'r-5']);
    expect(ids(ctx.all('.card.x'))).toEqual(['r-1']);
    expect(ids(ctx.all('section .card'))).toEqual(['q-2', 'r-3']);
    expect(ctx.all('.card[[bad')).toEqual([]);
  });

  it('deep queries return the first match in tree order without collecting the rest', () => {
    const { sr2, sr3 } = shadowPage();
    expect(deepQuerySelector(document, 'textarea')).toBe(sr2.getElementById('deep'));
    expect(deepQuerySelectorAll(document, 'textarea')).toEqual([
      sr2.getElementById('deep'),
      sr3.getElementById('later'),
    ]);
    expect(deepQuerySelector(document, '[[bad')).toBeNull();
  });

  it('finds an id through the id index, inside shadow roots, and never outside the root', () => {
    const { sr1, sr2 } = shadowPage();
    expect(deepById(document, 'deep')).toBe(sr2.getElementById('deep'));
    expect(deepById(document.body, 'a')).toBe(document.getElementById('a'));
    const outside = document.createElement('p');
    outside.id = 'dup';
    document.body.prepend(outside);
    const wrap = document.createElement('div');
    document.getElementById('host1')!.before(wrap);
    wrap.append(document.getElementById('host1')!);
    // the document's own #dup is outside the wrapper: the one in host1's shadow tree is found
    expect(deepById(wrap, 'dup')).toBe(sr1.getElementById('dup'));
    expect(deepById(document.querySelector('section')!, 'a')).toBeNull();
  });
});

describe('incremental scanner', () => {
  const page = (n: number) => {
    document.body.innerHTML = `<main><ul id="cards">${feedbackCardsHtml(0, n)}</ul></main>`;
  };

  it('re-reads only the cards that changed, and drops a card once it is hidden', () => {
    page(30);
    const read = vi.spyOn(ebayAdapter.reader, 'read');
    try {
      const s = createScanner(ebayAdapter.site, ebayAdapter.reader);
      expect(s.scan(document, PROFILE).items).toHaveLength(30);
      expect(read).toHaveBeenCalledTimes(30);
      expect(s.scan(document, PROFILE).items).toHaveLength(30);
      expect(read).toHaveBeenCalledTimes(30); // nothing changed: nothing read
      const cards = document.querySelectorAll('li.fdbk-container');
      const comment = cards[4]!.querySelector('.fdbk-container__details__comment span')!;
      comment.textContent = 'edited comment';
      expect(s.touched(comment.firstChild!)).toBe(true);
      const items = s.scan(document, PROFILE).items;
      expect(read).toHaveBeenCalledTimes(31);
      expect(items[4]!.body).toBe('edited comment');
      // a card hidden by the page (a filter that keeps it in the DOM) is no longer listed
      const hiddenId = cards[7]!.getAttribute('data-feedback-id');
      cards[7]!.setAttribute('hidden', '');
      s.touched(cards[7]!);
      const after = s.scan(document, PROFILE).items.map((i) => i.externalId);
      expect(after).toHaveLength(29);
      expect(after).not.toContain(hiddenId);
      // so is one whose wrapper is hidden
      const wrap = document.createElement('div');
      wrap.setAttribute('aria-hidden', 'true');
      cards[9]!.before(wrap);
      wrap.append(cards[9]!);
      expect(s.scan(document, PROFILE).items).toHaveLength(28);
    } finally {
      read.mockRestore();
    }
  });
});

describe('observed scanner (the controller passes it every mutation record)', () => {
  const page = (n: number) => {
    document.body.innerHTML = `<main><ul id="cards">${feedbackCardsHtml(0, n)}</ul></main>`;
  };
  /** Every record since the last call, passed to the scanner as the controller does. */
  const watch = (s: ReturnType<typeof createScanner>) => {
    const obs = new MutationObserver(() => {});
    obs.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    return () => {
      for (const r of obs.takeRecords()) s.record(r);
    };
  };
  const ids = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => String(1480000000000 + from + i));

  it('after an append, a prepend or a removal, looks for new cards only in what changed', () => {
    page(20);
    const roots = vi.spyOn(ebayAdapter.reader, 'roots');
    const read = vi.spyOn(ebayAdapter.reader, 'read');
    try {
      const s = createScanner(ebayAdapter.site, ebayAdapter.reader, true);
      const flush = watch(s);
      expect(s.scan(document, PROFILE).items.map((i) => i.externalId)).toEqual(ids(0, 20));
      expect(roots).toHaveBeenCalledTimes(1);
      const list = document.getElementById('cards')!;
      list.insertAdjacentHTML('beforeend', feedbackCardsHtml(20, 3));
      flush();
      read.mockClear();
      expect(s.scan(document, PROFILE).items.map((i) => i.externalId)).toEqual(ids(0, 23));
      // the 3 new cards only
      expect(read).toHaveBeenCalledTimes(3);
      list.insertAdjacentHTML('afterbegin', feedbackCardsHtml(100, 2));
      list.children[10]!.remove();
      flush();
      const got = s.scan(document, PROFILE).items.map((i) => i.externalId);
      // in page order, exactly what reading the whole page again lists
      expect(got).toEqual(ebayAdapter.extract(document, PROFILE).items.map((i) => i.externalId));
      expect(got).toHaveLength(24);
      expect(got.slice(0, 2).sort()).toEqual(ids(100, 2));
      expect(got).not.toContain(ids(8, 1)[0]);
      roots.mockClear(); // (the whole-page read above)
      // an edit inside a card re-reads that card only
      read.mockClear();
      list.children[3]!.querySelector('.fdbk-container__details__comment span')!.textContent =
        'edited';
      flush();
      expect(s.scan(document, PROFILE).items[3]!.body).toBe('edited');
      expect(read).toHaveBeenCalledTimes(1);
      expect(roots).not.toHaveBeenCalled();
      // hiding a card (an attribute on it) needs the whole page again
      list.children[0]!.setAttribute('hidden', '');
      flush();
      expect(s.scan(document, PROFILE).items).toHaveLength(23);
      expect(roots).toHaveBeenCalledTimes(1);
    } finally {
      roots.mockRestore();
      read.mockRestore();
    }
  });

  it('a re-scan that keeps the unchanged leading cards lists exactly what a whole-page read does', () => {
    page(30);
    const s = createScanner(ebayAdapter.site, ebayAdapter.reader, true);
    const flush = watch(s);
    const list = document.getElementById('cards')!;
    const same = () => {
      flush();
      const got = s.scan(document, PROFILE);
      const fresh = ebayAdapter.extract(document, PROFILE);
      expect(got.items.map((i) => [i.externalId, i.body])).toEqual(
        fresh.items.map((i) => [i.externalId, i.body]),
      );
      expect(got.warnings).toEqual(fresh.warnings);
      return got.items.map((i) => i.externalId);
    };
    expect(same()).toEqual(ids(0, 30));
    // nothing changed; then an append (the leading 30 are taken as they were added up)
    expect(same()).toEqual(ids(0, 30));
    list.insertAdjacentHTML('beforeend', feedbackCardsHtml(30, 4));
    expect(same()).toEqual(ids(0, 34));
    // a card in the middle edited, then given the id of a later card: that later one is now
    // a duplicate, listed once, in the earlier place
    list.children[12]!.querySelector('.fdbk-container__details__comment span')!.textContent = 'x';
    same();
    list.children[5]!.setAttribute('data-feedback-id', ids(20, 1)[0]!);
    const dup = same();
    expect(dup).toHaveLength(33);
    expect(dup[5]).toBe(ids(20, 1)[0]);
    // and back: the later card is listed again
    list.children[5]!.setAttribute('data-feedback-id', ids(5, 1)[0]!);
    expect(same()).toEqual(ids(0, 34));
    // removals, a prepend and an append together
    list.children[33]!.remove();
    list.children[2]!.remove();
    list.insertAdjacentHTML('afterbegin', feedbackCardsHtml(200, 1));
    list.insertAdjacentHTML('beforeend', feedbackCardsHtml(300, 2));
    expect(same()).toHaveLength(35);
    // a card that cannot be read any more leaves the list
    list.children[20]!.innerHTML = '';
    expect(same()).toHaveLength(34);
  });

  it('places appended cards without asking the page order the costly way round', () => {
    page(20);
    const s = createScanner(ebayAdapter.site, ebayAdapter.reader, true);
    const flush = watch(s);
    s.scan(document, PROFILE);
    document.getElementById('cards')!.insertAdjacentHTML('beforeend', feedbackCardsHtml(20, 5));
    flush();
    // Chromium walks back from the argument: asking whether a later card follows an earlier
    // one walks to the list's start (what a sort of the found cards does)
    const cmp = vi.spyOn(Node.prototype, 'compareDocumentPosition');
    let got: string[];
    let asked: [Node, Node][];
    try {
      got = s.scan(document, PROFILE).items.map((i) => i.externalId);
      asked = cmp.mock.calls.map((c, i) => [cmp.mock.contexts[i] as Node, c[0]]);
    } finally {
      cmp.mockRestore();
    }
    expect(got).toEqual(ids(0, 25));
    expect(asked.length).toBeGreaterThan(0);
    for (const [self, other] of asked) expect(self.compareDocumentPosition(other) & 4).toBe(4);
  });

  it('gives the page a turn between the last read and finish()', () => {
    page(3);
    const read = vi.spyOn(ebayAdapter.reader, 'read');
    const finish = vi.spyOn(ebayAdapter.reader, 'finish');
    try {
      const g = createScanner(ebayAdapter.site, ebayAdapter.reader, true).steps(
        document,
        PROFILE,
        () => true,
      );
      const atYield: [number, number][] = [];
      let r = g.next();
      for (; !r.done; r = g.next())
        atYield.push([read.mock.calls.length, finish.mock.calls.length]);
      expect(r.value.items).toHaveLength(3);
      // one turn after the last read (as after every read), one more just before finish()
      expect(atYield.filter(([rd, fin]) => rd === 3 && fin === 0)).toHaveLength(2);
    } finally {
      read.mockRestore();
      finish.mockRestore();
    }
  });

  it('pauses where a roots walk yields null and where a generator finish() yields, nowhere else', () => {
    document.body.innerHTML = '<ul><li id="a"></li><li id="b"></li><li id="c"></li></ul>';
    const li = (id: string) => document.getElementById(id)!;
    const steps: string[] = [];
    const reader = {
      anchors: ['li'],
      *roots() {
        yield li('a');
        steps.push('query 1');
        yield null; // a long query of the page next
        steps.push('query 2');
        yield li('b');
        yield li('c');
      },
      read: (root: Element) => ({
        externalId: root.id,
        kind: 'feedback' as const,
        body: `body ${root.id}`,
        replyable: false,
      }),
      *finish(items: SnapshotItem[]) {
        steps.push('finish 1');
        yield;
        steps.push('finish 2');
        return items.filter((i) => i.externalId !== 'b');
      },
      replyBox: () => null,
    };
    const g = createScanner(ebayAdapter.site, reader).steps(document, PROFILE, () => true);
    const at: string[] = [];
    let r = g.next();
    for (; !r.done; r = g.next()) at.push(steps.join(','));
    expect(r.value.items.map((i) => i.externalId)).toEqual(['a', 'c']);
    // the null is no root: a pause between the two queries only
    expect(at).toContain('query 1');
    expect(at).toContain('query 1,query 2,finish 1');
    // the same answer in one go
    const once = createScanner(ebayAdapter.site, reader).scan(document, PROFILE);
    expect(once.items.map((i) => i.externalId)).toEqual(['a', 'c']);
  });

  it('pauses in its first look for shadow roots, and still finds each one after a removal meanwhile', () => {
    document.body.innerHTML = `<main><ul id="cards">${feedbackCardsHtml(0, 200)}</ul></main>`;
    const hosts = [0, 199].map((i) => document.getElementById('cards')!.children[i]!);
    const roots = hosts.map((h) =>
      h.appendChild(document.createElement('b')).attachShadow({ mode: 'open' }),
    );
    const s = createScanner(ebayAdapter.site, ebayAdapter.reader, true);
    const flush = watch(s);
    const g = s.steps(document, PROFILE, () => true);
    // thousands of elements: the look pauses before any card is read
    expect(g.next().done).toBe(false);
    expect(s.shadowRoots()).toEqual([roots[0]]);
    document.getElementById('cards')!.children[5]!.remove();
    flush();
    let r = g.next();
    while (!r.done) r = g.next();
    expect(s.shadowRoots()).toEqual(roots);
    expect(r.value.items).toHaveLength(199);
  });

  it('without the records (not observed) it reads the whole page each time, as before', () => {
    page(5);
    const roots = vi.spyOn(ebayAdapter.reader, 'roots');
    try {
      const s = createScanner(ebayAdapter.site, ebayAdapter.reader);
      s.scan(document, PROFILE);
      document.getElementById('cards')!.insertAdjacentHTML('beforeend', feedbackCardsHtml(5, 1));
      expect(s.scan(document, PROFILE).items).toHaveLength(6);
      expect(roots).toHaveBeenCalledTimes(2);
    } finally {
      roots.mockRestore();
    }
  });
});
