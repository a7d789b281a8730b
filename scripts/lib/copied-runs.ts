/**
 * Runs of words a text shares, in the same order, with the documents it retells: a check for pasted
 * sentences. Words inside "double quotes" are quoted on purpose and break a run; case, curly
 * apostrophes and punctuation between words do not matter.
 *   const sources = sourceRuns(['The troops marched in formation at a training facility.']);
 *   sharedRuns('Soldiers marched in formation at a training facility, it seems.', sources, 5)
 *     → ['marched in formation at a training facility']
 */

/** Runs longer than this are reported at this length (no sentence of ours should come near it). */
const MAX = 40;

/** `words('The Party’s "mother party" lines.')` → ["the", "party's", "|", "lines"] ("|" stands for a quotation) */
export function words(text: string): string[] {
  const unquoted = text.replace(/[\u201c"][^\u201d"]*[\u201d"]/g, ' | ');
  return (
    unquoted
      .replace(/[\u2018\u2019]/g, "'")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:[.,'][\p{L}\p{N}]+)*|\|/gu) ?? []
  );
}

/** Every run of up to MAX words of the source documents. */
export function sourceRuns(documents: readonly string[]): Set<string> {
  const grams = new Set<string>();
  for (const doc of documents) {
    const w = words(doc);
    for (let i = 0; i < w.length; i++) for (let n = 1; n <= MAX && i + n <= w.length; n++) grams.add(w.slice(i, i + n).join(' '));
  }
  return grams;
}

/** The maximal runs of at least `least` words that `text` shares with the sources, in reading order. */
export function sharedRuns(text: string, sources: ReadonlySet<string>, least: number): string[] {
  const w = words(text);
  const out: string[] = [];
  let reach = 0;
  for (let i = 0; i < w.length; i++) {
    let n = 0;
    while (i + n < w.length && w[i + n] !== '|' && n < MAX && sources.has(w.slice(i, i + n + 1).join(' '))) n++;
    if (n >= least && i + n > reach) {
      out.push(w.slice(i, i + n).join(' '));
      reach = i + n;
    }
  }
  return out;
}
