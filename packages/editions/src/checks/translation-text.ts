/**
 * Translations are text (issue #12). Every string a translator or author
 * wrote is checked here, once per load, for what would reach readers as
 * something other than text:
 *   - Markdown, read on markdown-it's token tree: a link only to an address
 *     its source unit links to (as Weblate's URL check), images never;
 *   - i18next syntax that pulls in or unescapes other text: `$t(…)` nesting,
 *     `{{- x}}`, `{{x, format}}`;
 *   - characters XML forbids (the feed, the sitemap and figures are XML).
 * Every finding names file, line and key; all are errors in every mode.
 */
import { chromeSourceText } from '../locales/chrome.ts';
import { fixedNamespaces } from '../config.ts';
import { problems, type Finding } from '../errors.ts';
import { LIMITS } from '../files/limits.ts';
import { inlineMarkdown, markupOf, type InlineToken } from '../markdown/inline.ts';
import { CORRECTIONS_FILE } from '../model/corrections.ts';
import { isReference } from '../markdown/units.ts';
import { allPages } from '../model/load.ts';
import type { Chapter, Model } from '../model/types.ts';
import type { LocaleFile } from '../locales/types.ts';
import { translatables } from '../status/units.ts';
import { contentLinkProblem } from '../urls.ts';
import { forbiddenXmlChar, nameControlChar } from '../xml/chars.ts';

type At = { file: string; line?: number };

/**
 * What each file gave, remembered by the parsed file (a chapter, the quotes
 * catalogue, a locale file), which is never changed in place: an edit under
 * `npm start` swaps in the files it changed, so only those are read again. A locale file's links are held to
 * its chapter's source: that chapter is part of its key.
 */
const chapterMemo = new WeakMap<Chapter, Finding[]>();
const catalogueMemo = new WeakMap<Model['quotes'], Finding[]>();
const localeMemo = new WeakMap<LocaleFile, { chapter: Chapter | undefined; findings: Finding[] }>();

export function translationTextFindings(model: Model): Finding[] {
  const findings: Finding[] = [];
  const source = model.story.sourceLanguage;
  const chapters = new Map<string, Chapter>();
  for (const page of allPages(model.story)) {
    chapters.set(page.slug, page);
    let own = chapterMemo.get(page);
    if (!own) chapterMemo.set(page, (own = chapterFindings(page, source)));
    findings.push(...own);
  }
  let catalogue = catalogueMemo.get(model.quotes);
  if (!catalogue) catalogueMemo.set(model.quotes, (catalogue = catalogueFindings(model, source)));
  findings.push(...catalogue);

  for (const [code, locale] of model.locales) {
    // Built only if some string could hold a link: most locales have none.
    let sources: Map<string, string> | undefined;
    let rendered: Set<string> | undefined;
    const isRendered = (ns: string, key: string) =>
      (rendered ??= new Set(
        translatables(model, code)
          .filter((t) => RENDERED.has(t.kind))
          .map((t) => `${t.namespace}:${t.key}`),
      )).has(`${ns}:${key}`);
    // A chrome key Editions translates itself is not a translatable, but an override of it is still held to its source.
    const chromeSource = (key: string) => chromeSourceText(model, key) ?? '';
    const sourceOf = (ns: string, key: string) =>
      (sources ??= new Map(translatables(model, code).map((t) => [`${t.namespace}:${t.key}`, t.sourceText]))).get(`${ns}:${key}`) ??
      (ns === fixedNamespaces.ui ? chromeSource(key) : '');
    for (const [ns, file] of locale.files) {
      const chapter = chapters.get(ns);
      let memo = localeMemo.get(file);
      if (!memo || memo.chapter !== chapter)
        localeMemo.set(file, (memo = { chapter, findings: localeFileFindings(file, ns, code === source && ns === fixedNamespaces.ui, code, sourceOf, isRendered) }));
      findings.push(...memo.findings);
    }
  }
  return findings;
}

function chapterFindings(page: Chapter, source: string): Finding[] {
  const findings: Finding[] = [];
  for (const unit of page.units) {
    if (isReference(unit.kind)) continue;
    xmlChars({ file: page.file, line: unit.line }, unit.id, unit.source, findings);
    contentLinks({ file: page.file, line: unit.line }, unit.id, unit.source, source, findings);
    strayEmphasis({ file: page.file, line: unit.line }, unit.id, unit.source, findings);
  }
  return findings;
}

/** content/quotes.yml (quotes, people, sources) and the correction notes: loaded together, replaced only by a full load. */
function catalogueFindings(model: Model, source: string): Finding[] {
  const findings: Finding[] = [];
  const quotesFile = 'content/quotes.yml';
  for (const q of model.quotes.values()) {
    xmlChars({ file: quotesFile, line: q.line }, q.id, q.text, findings);
    contentLinks({ file: quotesFile, line: q.line }, q.id, q.text, source, findings);
    for (const text of [q.text, q.original ?? '']) {
      if (text.length > LIMITS.stringChars)
        findings.push(
          problems.overLimit(
            { file: quotesFile, line: q.line, key: q.id },
            `This quote is ${text.length.toLocaleString('en')} characters long`,
            `${LIMITS.stringChars.toLocaleString('en')} characters per text`,
            'Quote the words said; give the rest as the source.',
          ),
        );
    }
    if (q.original) xmlChars({ file: quotesFile, line: q.line }, q.id, q.original, findings);
    for (const text of [q.text, q.original ?? '']) strayEmphasis({ file: quotesFile, line: q.line }, q.id, text, findings);
  }
  for (const p of model.people.values()) {
    for (const text of [p.name, p.role]) {
      xmlChars({ file: quotesFile }, p.id, text, findings);
      strayEmphasis({ file: quotesFile }, p.id, text, findings);
    }
    nameControls({ file: quotesFile }, p.id, p.name, findings);
  }
  for (const s of model.sources.values()) {
    xmlChars({ file: quotesFile }, s.id, s.text, findings);
    strayEmphasis({ file: quotesFile }, s.id, s.text, findings);
  }
  for (const c of model.corrections) strayEmphasis({ file: CORRECTIONS_FILE, line: c.line }, c.id, c.note, findings);
  return findings;
}

/** `isSource`: the source language's ui.json, the source of the chrome: nothing to compare its links with. */
function localeFileFindings(
  file: LocaleFile,
  ns: string,
  isSource: boolean,
  code: string,
  sourceOf: (ns: string, key: string) => string,
  isRendered: (ns: string, key: string) => boolean,
): Finding[] {
  const findings: Finding[] = [];
  for (const [key, text] of file.strings) {
    const at = { file: file.file };
    const own = textFindings(at, ns, key, text, isSource, () => sourceOf(ns, key));
    if (!isSource && text.includes('](')) markup(at, key, text, sourceOf(ns, key), code, own);
    if (!isSource && (text.includes('**') || text.includes('__')) && isRendered(ns, key)) strayEmphasis(at, key, text, own);
    // Lines only for a finding: looking one up costs a positioned parse of the file.
    for (const f of own) findings.push({ ...f, line: file.lines.get(key) });
  }
  return findings;
}

/**
 * The checks of one translated string that need no model, shared by the
 * check (above) and i18n:import: characters XML forbids and i18next syntax.
 * (Links and images, in every reading a page renders: validateTranslation and markup below.)
 */
export function textFindings(at: At, ns: string, key: string, text: string, isSource: boolean, sourceText: () => string): Finding[] {
  const own: Finding[] = [];
  xmlChars(at, key, text, own);
  // The page chrome may format a value (a date, a number) as its source does; content never.
  const formatOk = ns === fixedNamespaces.ui ? (token: string) => SAFE_FORMATTER.test(token) && (isSource || sourceText().includes(token)) : () => false;
  i18nextSyntax(at, key, text, own, formatOk);
  if (ns === fixedNamespaces.quotes && /^person\..+\.name$/.test(key)) nameControls(at, key, text, own);
  return own;
}

/** The links an author wrote, as the pages render them (every reading), held to the rule of contentLinkProblem. */
function contentLinks(at: At, key: string, text: string, locale: string, findings: Finding[]): void {
  if (!text.includes('](')) return;
  for (const href of markupOf(text, locale).hrefs) {
    const problem = contentLinkProblem(href);
    if (problem !== null) findings.push(problems.contentLink(at, key, href, problem));
  }
}

// Emphasis does not depend on the language (no typographer); escapes stay their own tokens.
const emphasisParser = inlineMarkdown();
emphasisParser.core.ruler.disable('text_join');

/** The kinds of string a page renders as inline Markdown (figure labels, terms and the chrome are plain text). */
const RENDERED = new Set(['unit', 'quote', 'person', 'source', 'correction']);

/**
 * Emphasis marks the parser could not pair stay text: `**「党」 に` → a finding
 * for "**". Read on the token tree, so code spans and escapes (`\*\*`) pass.
 */
function strayEmphasis(at: At, key: string, text: string, findings: Finding[]): void {
  if (!text.includes('**') && !text.includes('__')) return;
  const walk = (list: InlineToken[]): string | null => {
    for (const t of list) {
      if (t.type === 'text') {
        const mark = ['**', '__'].find((m) => t.content.includes(m));
        if (mark) return mark;
      }
      const inner = t.children ? walk(t.children) : null;
      if (inner) return inner;
    }
    return null;
  };
  const mark = walk(emphasisParser.parseInline(text, {})[0]?.children ?? []);
  if (mark) findings.push(problems.literalEmphasis(at, key, mark));
}

function nameControls(at: At, key: string, text: string, findings: Finding[]): void {
  const bad = nameControlChar(text);
  if (bad !== null) findings.push(problems.controlInName(at, key, bad));
}

function xmlChars(at: At, key: string, text: string, findings: Finding[]): void {
  const bad = forbiddenXmlChar(text);
  if (bad !== null) findings.push(problems.xmlForbiddenChar(at, key, bad));
}

/**
 * i18next's own syntax, as its interpolator reads it (prefix `{{`, suffix
 * `}}`, unescape prefix `-`, format separator `,`, nesting `$t(`).
 * `i18nextSyntax(at, "k", "{{name, uppercase}}", f)` → a formatter finding.
 */
/** i18next's built-in formatters, which format a value and read nothing else: `{{date, datetime(dateStyle: long)}}`. */
const SAFE_FORMATTER = /^\{\{\s*\w+\s*,\s*(?:datetime|number|relativetime|list)(?:\([\w\s:;.-]*\))?\s*\}\}$/;

function i18nextSyntax(at: At, key: string, text: string, findings: Finding[], formatOk: (token: string) => boolean = () => false): void {
  if (text.includes('$t(')) findings.push(problems.i18nextSyntax(at, key, '$t(…) nesting (it would pull in another string)'));
  if (!text.includes('{{')) return;
  for (const m of text.matchAll(/\{\{(.*?)\}\}/gs)) {
    const inner = m[1]!;
    if (inner.trimStart().startsWith('-')) findings.push(problems.i18nextSyntax(at, key, `unescaped interpolation "${m[0]}"`));
    else if (inner.includes(',') && !formatOk(m[0])) findings.push(problems.i18nextSyntax(at, key, `a formatter "${m[0]}"`));
  }
}

/** Links and images of a translation against its source, in every reading (src/markdown/inline.ts, markupOf). */
function markup(at: At, key: string, text: string, sourceText: string, locale: string, findings: Finding[]): void {
  const own = markupOf(text, locale);
  const allowed = new Set(markupOf(sourceText, locale).hrefs);
  for (const src of own.images) findings.push(problems.translationMarkup(at, key, `adds an image ("${src}"); images are never allowed in a translation`));
  for (const href of own.hrefs) {
    if (!allowed.has(href)) findings.push(problems.translationMarkup(at, key, `links to "${href}", an address its source does not link to`));
  }
}
