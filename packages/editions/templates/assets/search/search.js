// @ts-check
/**
 * The search page's script, the only script of an edition. It loads Pagefind
 * on this page only; Pagefind picks the index of the page's <html lang>, so
 * results come from the reader's edition alone. Strings come from the page
 * (data-messages, from locales/<lng>/ui.json); results are built as DOM
 * nodes, never as HTML strings.
 */
import { normalizeQuery, relaxQuery } from './query.js';
import { clean, resultView } from './results.js';

/** How many results to show: a story has a handful of chapters. */
const LIMIT = 10;

const form = /** @type {HTMLFormElement} */ (document.querySelector('form[data-search]'));
const field = /** @type {HTMLInputElement} */ (form.elements.namedItem('q'));
const chapter = /** @type {HTMLSelectElement} */ (form.elements.namedItem('chapter'));
const speaker = /** @type {HTMLSelectElement} */ (form.elements.namedItem('speaker'));
const status = /** @type {HTMLElement} */ (document.getElementById('search-status'));
const list = /** @type {HTMLOListElement} */ (document.getElementById('search-results'));
/** @type {{ searching: string, results: Record<string, string>, found: Record<string, string>, none: string, failed: string }} */
const messages = JSON.parse(form.dataset.messages ?? '{}');
const lang = document.documentElement.lang;
const plural = new Intl.PluralRules(lang);

/** @type {Promise<typeof import('/pagefind/pagefind.js')> | null} */
let pagefind = null;
let latest = 0;

/** Pagefind, imported on first use. */
function engine() {
  pagefind ??= import('/pagefind/pagefind.js');
  return pagefind;
}

async function run() {
  const ticket = ++latest;
  const typed = field.value.trim();
  const query = normalizeQuery(typed);
  /** @type {Record<string, string>} */
  const filters = {};
  if (chapter.value) filters.chapter = chapter.value;
  if (speaker.value) filters.speaker = speaker.value;
  if (!query && !Object.keys(filters).length) {
    show(ticket, '', [], typed);
    return;
  }
  form.setAttribute('aria-busy', 'true');
  list.dataset.state = 'searching';
  status.textContent = messages.searching;
  try {
    const pf = await engine();
    let search = await pf.search(query || null, { filters });
    const relaxed = query && search.results.length === 0 ? relaxQuery(query) : null;
    if (relaxed) search = await pf.search(relaxed, { filters });
    const data = await Promise.all(search.results.slice(0, LIMIT).map((r) => r.data()));
    const count = search.results.length;
    const template = count === 0 && typed ? messages.none : (typed ? messages.results : messages.found)[plural.select(count)] ?? '';
    show(ticket, fill(template, { count: String(count), query: typed }), data.map((/** @type {import('./results.js').ResultData} */ d) => resultView(d)), typed);
  } catch (error) {
    console.error(error);
    show(ticket, messages.failed, [], typed);
  }
}

/**
 * @param {number} ticket
 * @param {string} message
 * @param {import('./results.js').ResultView[]} views
 * @param {string} typed the query as typed, on the list for tests and styles
 */
function show(ticket, message, views, typed) {
  if (ticket !== latest) return; // a newer search is under way
  form.removeAttribute('aria-busy');
  status.textContent = message;
  list.replaceChildren(...views.map(item));
  list.dataset.state = 'done';
  list.dataset.query = typed;
}

/** @param {import('./results.js').ResultView} view */
function item(view) {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = view.url;
  link.className = 'result-title';
  link.textContent = view.title;
  li.append(link);
  if (view.section && view.section !== view.title) {
    const section = document.createElement('p');
    section.className = 'result-section';
    section.textContent = view.section;
    li.append(section);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  if (view.cutBefore) excerpt.append('… ');
  for (const part of view.excerpt) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  if (view.cutAfter) excerpt.append(' …');
  li.append(excerpt);
  return li;
}

/**
 * `fill("{{count}} for “{{query}}”", { count: "2", query: "drone" })`: plain
 * text, so what the reader typed is never read as HTML.
 * @param {string} template
 * @param {Record<string, string>} values
 */
function fill(template, values) {
  return clean(template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name) => values[name] ?? m));
}

/** Keeps the address in step with the form, so a search can be shared or reloaded. */
function remember() {
  const params = new URLSearchParams();
  if (field.value.trim()) params.set('q', field.value.trim());
  if (chapter.value) params.set('chapter', chapter.value);
  if (speaker.value) params.set('speaker', speaker.value);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

let timer = 0;
field.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(() => { remember(); void run(); }, 250);
});
field.addEventListener('focus', () => { void engine(); }, { once: true });
for (const select of [chapter, speaker]) select.addEventListener('change', () => { remember(); void run(); });
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  remember();
  void run();
});

// Arriving from the header form (or a shared link): ?q=…&chapter=…&speaker=…
const params = new URLSearchParams(location.search);
field.value = params.get('q') ?? '';
chapter.value = params.get('chapter') ?? '';
speaker.value = params.get('speaker') ?? '';
const arrived = [...params.values()].some((v) => v !== '');
void run().then(() => {
  // The reader searched from another page: the focus goes to what they asked for, not the top of the page.
  if (arrived && (document.activeElement === null || document.activeElement === document.body)) (list.childElementCount ? list : status).focus();
});
