/**
 * The checks of one translated string against its source: the one function
 * `npm run check`, the build and `npm run i18n:import` all ask, so a string
 * passes or fails the same way wherever it comes from. (Translation QA plugs
 * in here.)
 */
import { problems, type Finding } from '../errors.ts';
import { markupOf } from '../markdown/inline.ts';

export interface StringToCheck {
  /** Project-relative path of the locale file the string belongs to. */
  file: string;
  locale: string;
  namespace: string;
  key: string;
  source: string;
  translation: string;
  line?: number;
}

/** `placeholders("Chapter {{number}} of {{ total }}")` → ["number", "total"] */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1]!).sort();
}

/** The link targets a reader could get, in any reading the pages render: `links("see [this](https://x.org)")` → ["https://x.org"] */
export function links(text: string, locale = 'en'): string[] {
  return markupOf(text, locale).hrefs;
}

/** False when validateTranslation can find nothing: most strings hold neither a placeholder nor a link. */
export function mayFailValidation(source: string, translation: string): boolean {
  return source.includes('{{') || translation.includes('{{') || translation.includes('](');
}

export function validateTranslation(s: StringToCheck): Finding[] {
  const findings: Finding[] = [];
  if (!mayFailValidation(s.source, s.translation)) return findings;
  const at = s.line === undefined ? {} : { line: s.line };
  // Most strings hold neither a placeholder nor a link: skip the parsers for them.
  if (s.source.includes('{{') || s.translation.includes('{{')) {
    const want = placeholders(s.source);
    const got = placeholders(s.translation);
    if (want.join() !== got.join()) findings.push({ ...problems.placeholderMismatch(s.file, s.locale, s.key, want, got), ...at });
  }
  // Only text holding "](" can have a link or an image (`[a](u)`, `![a](u)`): the rules enabled have no other form.
  if (s.translation.includes('](')) {
    const own = markupOf(s.translation, s.locale);
    const allowed = new Set(markupOf(s.source, s.locale).hrefs);
    const where = { file: s.file, ...at };
    for (const src of own.images)
      findings.push({ ...problems.translationMarkup(where, s.key, `adds an image ("${src}"); images are never allowed in a translation`), locale: s.locale });
    for (const href of own.hrefs) {
      if (!allowed.has(href)) findings.push({ ...problems.linkNotInSource(s.file, s.locale, s.key, href), ...at });
    }
  }
  return findings;
}
