/**
 * The checks of one translated string against its source: the one function
 * `npm run check`, the build and `npm run i18n:import` all ask, so a string
 * passes or fails the same way wherever it comes from. (Translation QA plugs
 * in here.)
 */
import { inlineMarkdown } from '../markdown/inline.ts';
import { problems, type Finding } from '../errors.ts';

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

// The inline rules the pages render with (src/markdown/inline.ts): what a reader would get as a link.
const md = inlineMarkdown();

/** The link targets a reader would get: `links("see [this](https://x.org)")` → ["https://x.org"] */
export function links(text: string): string[] {
  return (md.parseInline(text, {})[0]?.children ?? []).filter((t) => t.type === 'link_open').map((t) => String(t.attrGet('href') ?? ''));
}

export function validateTranslation(s: StringToCheck): Finding[] {
  const findings: Finding[] = [];
  const at = s.line === undefined ? {} : { line: s.line };
  // Most strings hold neither a placeholder nor a link: skip the parsers for them.
  if (s.source.includes('{{') || s.translation.includes('{{')) {
    const want = placeholders(s.source);
    const got = placeholders(s.translation);
    if (want.join() !== got.join()) findings.push({ ...problems.placeholderMismatch(s.file, s.locale, s.key, want, got), ...at });
  }
  if (s.translation.includes('](')) {
    const allowed = new Set(links(s.source));
    for (const href of links(s.translation)) {
      if (!allowed.has(href)) findings.push({ ...problems.linkNotInSource(s.file, s.locale, s.key, href), ...at });
    }
  }
  return findings;
}
