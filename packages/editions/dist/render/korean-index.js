/**
 * Hangul as Pagefind's index needs it to be cut into chunks.
 *
 * Why: Pagefind (1.5, `normalize_diacritics` in fossick/splitting.rs) indexes
 * every non-ASCII word under its NFD form with combining marks removed, and
 * when that differs from the word as written, files the word's positions under
 * an "additional variant" instead of the word itself. A precomposed Hangul
 * syllable (병) always differs from its NFD form (conjoining jamo ᄇ ᅧ ᆼ), so
 * every Korean word lands in a variant. `chunk_index` (index/mod.rs) sizes
 * chunks by counting the positions of `pages` only, never of variants: Korean
 * words count for nothing, and however large a Korean index grows it stays in
 * one chunk that every search downloads (Pagefind/pagefind#1211).
 *
 * The fix, within Editions: the index copy presents Hangul already decomposed.
 * The NFD of jamo is itself, so each word's positions stay on the word and
 * count towards the chunk size. Matching is unchanged: Pagefind's search
 * normalizes the query to NFD before looking it up (its index keys were NFD
 * already), so 병사 still finds 병사들; the variant copy of every word, which
 * only served to rank exact diacritics (Korean has none), is gone too.
 * The search page composes what it shows back to NFC (assets/search/results.js).
 */
/** Precomposed Hangul syllables (U+AC00–U+D7A3). */
const syllables = /[\uAC00-\uD7A3]+/g;
/** `hangulAsJamo("병사들")` → "병사들" in conjoining jamo (NFD); every other character as it was. */
export function hangulAsJamo(text) {
    return text.replace(syllables, (run) => run.normalize('NFD'));
}
//# sourceMappingURL=korean-index.js.map