// @ts-check
/**
 * One Pagefind result → what the search page shows: the chapter title, the
 * section, an excerpt of the passage with the matches marked, and a link to
 * that passage (the id of the unit that holds the best match), not only to the
 * top of the page. Pure, for the unit tests (tests/unit/search/results.test.ts).
 *
 * @typedef {{ element: string, id: string, text?: string, location: number }} Anchor
 * @typedef {{ weight: number, balanced_score: number, location: number }} WeightedLocation
 * @typedef {{ url: string, content: string, raw_content?: string, meta: Record<string, string>,
 *   anchors: Anchor[], weighted_locations: WeightedLocation[], locations: number[] }} ResultData
 * @typedef {{ text: string, mark: boolean }} Part
 * @typedef {{ url: string, title: string, section: string, excerpt: Part[], cutBefore: boolean, cutAfter: boolean }} ResultView
 */

/** The index-only word boundary (src/render/search-forms.ts): never shown. */
const BOUNDARY = /\u00AD/g;

/** Units at the top of every chapter (reserved ids): a result in them links to the page itself. */
const PAGE_TOP = ['title', 'description'];

/**
 * Pagefind ends a block that has no closing punctuation with a Latin ". " (a
 * heading, a caption). After Japanese text that stop is never the author's:
 * at the excerpt's end it goes, inside it it becomes the locale's 。.
 * `localStop("撃つ. ", "", false)` → "撃つ。"; `localStop(". ", "つ", true)` → ""; Latin and Hangul keep theirs.
 * @param {string} word
 * @param {string} before the text just before the word
 * @param {boolean} last whether the word ends the excerpt
 */
export function localStop(word, before, last) {
  const stop = /\.\s*$/.exec(word);
  if (!stop) return word;
  const kept = word.slice(0, stop.index);
  const prev = (kept || before).slice(-1);
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(prev) ? kept + (last ? '' : '。') : word;
}

/**
 * Text as readers see it: without index-only boundaries, and composed (NFC):
 * the index holds Hangul as conjoining jamo (src/render/korean-index.ts).
 * @param {string} text
 */
export function shown(text) {
  return text.replace(BOUNDARY, '').normalize('NFC');
}

/** @param {string} text */
export function clean(text) {
  return shown(text).replace(/\s+/g, ' ').trim();
}

/**
 * @param {ResultData} data
 * @param {number} [budget] characters of excerpt to aim for
 * @returns {ResultView}
 */
export function resultView(data, budget = 110) {
  // Pagefind's own split (its build_excerpt): words are delimited by U+200B in
  // segmented languages (Japanese), else by spaces; `locations` count these words.
  const content = data.raw_content ?? data.content;
  const segmented = content.includes('\u200B');
  // Each word as shown, so that the excerpt's length budget counts what readers see.
  const words = (segmented ? content.split('\u200B') : content.split(/[\r\n\s]+/g)).map(shown);
  const joiner = segmented ? '' : ' ';
  const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
  const found = bestLocation(data.weighted_locations) ?? 0;
  // The title is the result's heading already: a match in it (before the standfirst) shows the standfirst.
  const standfirst = anchors.find((a) => a.id === 'description');
  const at = standfirst && found < standfirst.location ? standfirst.location : found;

  const unit = anchors.filter((a) => a.location <= at).at(-1);
  const start = unit?.location ?? 0;
  const end = anchors.find((a) => a.location > start)?.location ?? words.length;
  const heading = anchors.filter((a) => a.location <= at && /^h[2-6]$/i.test(a.element)).at(-1);
  // The heading's own indexed words: its anchor text would include the section links, which are not indexed.
  const headingEnd = heading ? anchors.find((a) => a.location > heading.location)?.location ?? words.length : 0;
  const section = heading ? clean(words.slice(heading.location, headingEnd).join(joiner)).replace(/\.$/, '') : '';

  // Grow the excerpt around the match, inside the unit, a word at a time on each side.
  let lo = at;
  let hi = Math.min(at + 1, end);
  let length = (words[at] ?? '').length;
  while (length < budget && (lo > start || hi < end)) {
    if (hi < end) length += (words[hi++] ?? '').length + joiner.length;
    if (length < budget && lo > start) length += (words[--lo] ?? '').length + joiner.length;
  }

  const marked = new Set(data.locations);
  /** @type {Part[]} */
  const excerpt = [];
  /** @param {string} text @param {boolean} mark */
  const add = (text, mark) => {
    const last = excerpt.at(-1);
    if (last && last.mark === mark) last.text += text;
    else excerpt.push({ text, mark });
  };
  for (let i = lo; i < hi; i++) {
    if (i > lo && joiner) add(joiner, false);
    add(localStop(shown(words[i] ?? ''), words[i - 1] ?? '', i === hi - 1), marked.has(i));
  }

  return {
    url: unit && !PAGE_TOP.includes(unit.id) ? `${data.url}#${unit.id}` : data.url,
    title: clean(data.meta.title ?? ''),
    section,
    excerpt,
    cutBefore: lo > start,
    cutAfter: hi < end,
  };
}

/**
 * The location of the strongest match (earliest on a tie); null when the
 * result came from a filter alone.
 * @param {WeightedLocation[]} locations
 */
export function bestLocation(locations) {
  let best = null;
  for (const l of locations) if (!best || l.balanced_score > best.balanced_score) best = l;
  return best ? best.location : null;
}
