// @ts-check
// Keeps the reader's place across editions (README: Passage keeping). A unit's
// id is the same in every edition: links marked data-passage point at the unit
// read now, and the address follows it, so Back returns there.
const units = [...document.querySelectorAll('article [id]')].filter((u) => !u.closest('svg,.corrections'));
const links = [...document.querySelectorAll('a[data-passage]')].map((a) => /** @type {const} */ ([a, (a.getAttribute('href') ?? '').split('#')[0], a.closest('.masthead')]));
// A passage arrived at (a search result) stays the place while on screen.
let kept = units.find((u) => `#${u.id}` === decodeURIComponent(location.hash)) ?? null;
let shown = kept?.id ?? '';
// Last read: the page's own links keep it.
let read = '';
let timer = 0;

/** The unit across the line where linked passages land (their scroll-margin), else the next one. */
function place() {
  const line = units.length ? parseFloat(getComputedStyle(units[0]).scrollMarginTop) + 2 : 0;
  if (kept) {
    const r = kept.getBoundingClientRect();
    if (r.bottom > line && r.top < innerHeight) return kept;
    kept = null;
  }
  let found = null;
  for (const u of units) {
    const r = u.getBoundingClientRect();
    if (r.top > line) return found ?? u;
    if (r.bottom > line) found = u;
  }
  return found;
}

/** @param {Element | null} at */
function point(at) {
  const id = at && !at.closest('.chapter-head') ? at.id : '';
  if (id) read = id;
  for (const [a, base, top] of links) {
    const to = top ? id : read;
    a.setAttribute('href', to ? `${base}#${to}` : base);
  }
  if (id !== shown) history.replaceState(history.state, '', id ? `#${id}` : location.pathname + location.search);
  shown = id;
}

addEventListener('scroll', () => {
  clearTimeout(timer);
  timer = setTimeout(() => point(place()), 100);
}, { passive: true });
// A click straight after scrolling must not wait for the timer.
for (const [a] of links) a.addEventListener('click', () => point(place()));
point(kept);
