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
const links = /** @type {NodeListOf<HTMLAnchorElement>} */ (document.querySelectorAll('a[data-passage]'));
const header = document.querySelector('body > header');
let kept = document.getElementById(decodeURIComponent(location.hash.slice(1)));
if (kept && !units.includes(kept)) kept = null;
let shown = kept ? kept.id : '';
let timer = 0;

/** The unit the reader is at: the one crossing the line below the header, else the next one down. */
function place() {
  const line = Math.max(0, header ? header.getBoundingClientRect().bottom : 0) + 2;
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

function update() {
  const at = place();
  const id = at && at.id !== 'title' ? at.id : '';
  for (const a of links) a.hash = id;
  if (id !== shown) history.replaceState(history.state, '', id ? `#${id}` : location.pathname + location.search);
  shown = id;
}

addEventListener('scroll', () => {
  clearTimeout(timer);
  timer = window.setTimeout(update, 100);
}, { passive: true });
// A click right after scrolling must not wait for the timer.
for (const a of links) a.addEventListener('click', update);
update();
