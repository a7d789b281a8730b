/**
 * What Pagefind reads of a page, per language: the built HTML with extra word
 * boundaries and forms where Pagefind's defaults miss. Only the index sees
 * this copy; readers get the page as built. Pure functions.
 */
import type { SearchTuning } from '../languages.ts';
import { hangulAsJamo } from './korean-index.ts';

/**
 * U+00AD SOFT HYPHEN: invisible, and a word boundary for Pagefind's Japanese
 * segmenter. The search page strips it from excerpts (assets/search/results.js).
 */
export const BOUNDARY = '\u00AD';

/**
 * Common forms of variant kanji seen in names. Readers type the common form
 * (磯崎), or a variant they remember (礒﨑), whichever spelling the text uses.
 */
const kanjiVariants: Record<string, string> = {
  礒: '磯',
  﨑: '崎',
  嵜: '崎',
  髙: '高',
  德: '徳',
  邊: '辺',
  邉: '辺',
  濵: '浜',
  濱: '浜',
  齋: '斎',
  齊: '斉',
  櫻: '桜',
  澤: '沢',
  廣: '広',
  國: '国',
  眞: '真',
  黑: '黒',
  嶋: '島',
  冨: '富',
  瀨: '瀬',
  藪: '薮',
  桒: '桑',
};
const variantChar = new RegExp(`[${Object.keys(kanjiVariants).join('')}]`, 'u');
/** Each common form with its variants, and each variant with its group: 崎 → [崎, 﨑, 嵜], 﨑 → the same. */
const spellings = new Map<string, string[]>();
for (const [variant, common] of Object.entries(kanjiVariants)) {
  const group = spellings.get(common) ?? [common];
  group.push(variant);
  spellings.set(common, group);
  spellings.set(variant, group);
}
/** At most this many spellings of one run are indexed (a name has a handful). */
const MAX_SPELLINGS = 32;

/** An entity, or a run of digits or Latin letters (with inner "." or "," as in 1.28 or 1,500). */
const entityOrRun = /&(?:#\d+|#x[0-9a-f]+|[a-z]+);|([0-9A-Za-z]+(?:[.,][0-9A-Za-z]+)*)/gi;

/** The HTML Pagefind indexes for a page in a language with `tuning`. */
export function indexCopy(html: string, tuning: SearchTuning): string {
  let out = html;
  if (tuning.wholeRuns) out = mapText(out, (text) => text.replace(entityOrRun, (m, run?: string) => (run ? `${BOUNDARY}${run}${BOUNDARY}` : m)));
  if (tuning.hangulJamo) out = mapText(out, hangulAsJamo);
  if (tuning.variants) {
    const forms = variantForms(textOf(html));
    if (forms.length) {
      // Indexed as metadata: searchable, and never shown in the text.
      const tag = `<meta data-pagefind-meta="forms[content]" content="${forms.join(' ')}">`;
      out = out.replace(/<\/head>/i, `${tag}</head>`);
    }
  }
  return out;
}

/**
 * Every other spelling of each run of kanji that has a variant in it, so a
 * reader finds the name in any of them: `variantForms("礒崎敦仁教授は")` →
 * ["磯崎敦仁教授", "磯﨑敦仁教授", "磯嵜敦仁教授", "礒﨑敦仁教授", "礒嵜敦仁教授"]
 * (the common form first).
 */
export function variantForms(text: string): string[] {
  const forms = new Set<string>();
  for (const [run] of text.matchAll(/\p{Script=Han}+/gu)) {
    if (!variantChar.test(run)) continue;
    forms.add([...run].map((c) => kanjiVariants[c] ?? c).join(''));
    let all = [''];
    for (const c of run) {
      const options = spellings.get(c) ?? [c];
      all = all.flatMap((head) => options.map((o) => head + o)).slice(0, MAX_SPELLINGS);
    }
    for (const form of all) forms.add(form);
    forms.delete(run);
  }
  return [...forms];
}

/** Applies `edit` to the text between tags, never to tags, attributes, scripts or styles. */
function mapText(html: string, edit: (text: string) => string): string {
  let raw = false;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<(script|style)\b/i.test(part)) raw = true;
        else if (/^<\/(script|style)\b/i.test(part)) raw = false;
        return part;
      }
      return raw ? part : edit(part);
    })
    .join('');
}

function textOf(html: string): string {
  const parts: string[] = [];
  mapText(html, (text) => {
    parts.push(text);
    return text;
  });
  return parts.join(' ');
}
