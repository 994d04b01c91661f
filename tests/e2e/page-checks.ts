// Checks run inside a rendered extension page (passed to page.evaluate as a
// string: tsx would wrap functions in helpers the page does not have).

/** Text below 12 px, the page scrolling sideways, anything cut off at the right edge. */
export const LAYOUT_PROBLEMS = `(() => {
  const vw = document.documentElement.clientWidth;
  const problems = [];
  if (document.documentElement.scrollWidth > vw)
    problems.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + vw);
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden') continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (ownText && parseFloat(cs.fontSize) < 12)
      problems.push('tiny text ' + cs.fontSize + ': ' + el.textContent.trim().slice(0, 40));
    if (r.right > vw + 0.5 && !el.closest('[data-allow-overflow]'))
      problems.push('cut off at the right: <' + el.tagName.toLowerCase() + ' class="' + el.className + '"> ' + Math.round(r.right) + ' > ' + vw);
  }
  return { problems: problems.slice(0, 10), body: parseFloat(getComputedStyle(document.body).fontSize) };
})()`;

/**
 * WCAG 2 contrast of every visible text (and form control) against the
 * background it is painted on, composited up the ancestor chain. AA: 4.5:1,
 * 3:1 for large text (24 px, or 18.66 px bold). Disabled controls are exempt.
 */
export const CONTRAST_PROBLEMS = `(() => {
  const parse = (c) => {
    const m = c.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, under) => {
    const a = top[3] + under[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    return [0, 1, 2].map((i) => (top[i] * top[3] + under[i] * under[3] * (1 - top[3])) / a).concat(a);
  };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let bg = parse(getComputedStyle(document.documentElement).backgroundColor);
    if (bg[3] < 1) bg = matchMedia('(prefers-color-scheme: dark)').matches ? [18, 18, 18, 1] : [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
    return bg;
  };
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const x = lum(a), y = lum(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  const problems = [];
  let checked = 0;
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || el.closest(':disabled, [aria-hidden="true"]')) continue;
    const control = el.matches('input:not([type=checkbox]):not([type=radio]), select, textarea');
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!ownText && !control) continue;
    let opacity = 1;
    for (let e = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    if (opacity < 0.01) continue; // invisible by design (a file input under its label)
    const bg = background(el);
    const fg = over([...parse(cs.color).slice(0, 3), parse(cs.color)[3] * opacity], bg);
    const size = parseFloat(cs.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
    const need = large ? 3 : 4.5;
    const got = ratio(fg, bg);
    checked++;
    if (got < need)
      problems.push(got.toFixed(2) + ':1 < ' + need + ' <' + el.tagName.toLowerCase() + ' class="' + el.className + '"> ' + (el.textContent || el.value || '').trim().slice(0, 30) + ' (' + cs.color + ' on rgb(' + bg.slice(0, 3).map(Math.round) + '))');
  }
  return { checked, problems: problems.slice(0, 12) };
})()`;
