// @ts-check
/**
 * Keeps the reader's place across editions. Every unit has the same id in
 * every edition, so the links marked `data-passage` (the masthead's editions,
 * the parallel views) are pointed at the unit at the top of the window, and
 * the address follows it (replaceState: Back and Forward return to the place).
 * A passage arrived at by its #id (a search result) is kept while on screen.
 * Without this script the links lead to the top of the same chapter.
 */
const units = [...document.querySelectorAll('article [id]')].filter((u) => !u.closest('svg'));
/** Each link with its address as built, without a passage. */
const links = [...document.querySelectorAll('a[data-passage]')].map((a) => /** @type {const} */ ([a, (a.getAttribute('href') ?? '').split('#')[0]]));
let kept = units.find((u) => `#${u.id}` === decodeURIComponent(location.hash)) ?? null;
let shown = kept ? kept.id : '';
let timer = 0;

/** The unit read now: the one across the line where a linked passage lands (under the masthead), else the next one down. */
function place() {
  const line = units.length ? parseFloat(getComputedStyle(units[0]).scrollMarginTop) || 0 : 0;
  if (kept) {
    const r = kept.getBoundingClientRect();
    if (r.bottom > line && r.top < innerHeight) return kept;
    kept = null;
  }
  let found = null;
  for (const u of units) {
    const r = u.getBoundingClientRect();
    if (r.top > line + 2) return found ?? u;
    if (r.bottom > line + 2) found = u;
  }
  return found;
}

/** @param {Element | null} at */
function point(at) {
  const id = at && at.id !== 'title' ? at.id : '';
  for (const [a, base] of links) a.setAttribute('href', id ? `${base}#${id}` : base);
  if (id !== shown) history.replaceState(history.state, '', id ? `#${id}` : location.pathname + location.search);
  shown = id;
}

addEventListener('scroll', () => {
  clearTimeout(timer);
  timer = window.setTimeout(() => point(place()), 100);
}, { passive: true });
// A click right after scrolling must not wait for the timer.
for (const [a] of links) a.addEventListener('click', () => point(place()));
// Before the browser has scrolled to it, the passage arrived at is the place.
point(kept);
