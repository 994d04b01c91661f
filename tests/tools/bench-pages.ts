// Generated seller pages for the benchmarks (tests/tools/bench-content.ts) and the scanner tests:
// many items in the shape the marketplace docs describe, with some of the real pages' noise.

/** Review cards shaped like Seller Central's (shared/sites/amazon.md), with some page noise. */
export function cardsHtml(from: number, n: number): string {
  const out: string[] = [];
  for (let i = from; i < from + n; i++) {
    const id = `R${String(i).padStart(12, '0')}`;
    const stars = (i % 5) + 1;
    out.push(`<div class="reviewContainer" data-testid="review-${id}"><div>
      <div class="reviewHeader"><kat-star-rating class="reviewRating" value="${stars}"></kat-star-rating>
      <span id="${id}-title" class="reviewTitle"><b>Review title number ${i}</b></span>
      <kat-badge label="Verified Purchase"></kat-badge></div>
      <div class="reviewMeta">Review by Buyer ${i} on Nov ${(i % 28) + 1}, 2026</div>
      <p id="review-content-${id}" class="reviewContent">The item number ${i} arrived with a cracked lid and the
      motor smells of burning plastic. I contacted support twice and nobody answered. Refund please.</p>
      <div class="reviewActions"><kat-button label="Contact customer"></kat-button><kat-button label="Mark as done"></kat-button></div>
      </div><div class="asinDetail"><div class="thumb"></div>
      <a class="productTitle" href="https://www.amazon.com/dp/B0C7XYZ${String(i % 1000).padStart(3, '0')}">Aurora Portable Blender 350ml</a>
      <div>Child ASIN: B0C7XYZ${String(i % 1000).padStart(3, '0')}</div>
      <div><kat-star-rating value="3.9"></kat-star-rating> 3.9 out of 5 (1,284 ratings)</div></div></div>`);
  }
  return out.join('');
}

const RATINGS = ['Positive', 'Neutral', 'Negative'];

/** Feedback cards shaped like the profile page's (shared/sites/ebay.md), with its noise. */
export function feedbackCardsHtml(from: number, n: number): string {
  const out: string[] = [];
  for (let i = from; i < from + n; i++) {
    const item = 266000000000 + (i % 5000);
    out.push(`<li class="fdbk-container x-5e1c" data-feedback-id="${1480000000000 + i}">
      <div class="fdbk-container__details"><div class="fdbk-container__details__info">
      <div class="fdbk-container__details__info__icon"><svg aria-label="${RATINGS[i % 3]} feedback rating" role="img" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7"/></svg></div>
      <div class="fdbk-container__details__info__username"><span>b***${i % 10}</span> <span>(${i % 900})</span></div>
      <span class="fdbk-container__details__info__divide">&middot;</span>
      <span class="fdbk-container__details__info__divide__time"><span>Past month</span></span>
      <span class="fdbk-container__details__verified">Verified purchase</span></div>
      <div class="fdbk-container__details__comment"><span>Feedback number ${i}: the jar arrived cracked and the seller took a week to answer my messages.</span></div>
      <div class="fdbk-container__details__actions"><button type="button" class="btn fdbk-container__reply-btn">Reply</button></div></div>
      <div class="fdbk-container__item"><a class="fdbk-container__details__item-link" href="https://www.ebay.com/itm/${item}">Aurora Portable Blender 350ml (#${item})</a><div class="muted">US $39.99</div></div></li>`);
  }
  return out.join('');
}
