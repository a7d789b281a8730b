/**
 * Translations are text (issue #12). Every string a translator or author
 * wrote is checked here, once per load, for what would reach readers as
 * something other than text:
 *   - Markdown, read on markdown-it's token tree: a link only to an address
 *     its source unit links to (as Weblate's URL check), images never;
 *   - i18next syntax that pulls in or unescapes other text: `$t(…)` nesting,
 *     `{{- x}}`, `{{x, format}}`;
 *   - characters XML forbids (the feed, the sitemap and figures are XML);
 *   - emphasis marks (`**`, `__`) the parser left as text, which readers would
 *     see as asterisks (a warning: the text still reads).
 * Every finding names file, line and key; all are errors in every mode but the last.
 */
import { fixedNamespaces } from '../config.ts';
import { problems, type Finding } from '../errors.ts';
import { inlineMarkdown, inlineTokens, type InlineToken } from '../markdown/inline.ts';
import { isReference } from '../markdown/units.ts';
import { allPages } from '../model/load.ts';
import type { Model } from '../model/types.ts';
import { translatables } from '../status/units.ts';
import { forbiddenXmlChar } from '../xml/chars.ts';
import { CORRECTIONS_FILE } from '../model/corrections.ts';

type At = { file: string; line?: number };

export function translationTextFindings(model: Model): Finding[] {
  const findings: Finding[] = [];
  const source = model.story.sourceLanguage;
  for (const page of allPages(model.story)) {
    for (const unit of page.units) {
      if (isReference(unit.kind)) continue;
      const at = { file: page.file, line: unit.line };
      xmlChars(at, unit.id, unit.source, findings);
      strayEmphasis(at, unit.id, unit.source, findings);
    }
  }
  const quotesFile = 'content/quotes.yml';
  for (const q of model.quotes.values()) {
    const at = { file: quotesFile, line: q.line };
    xmlChars(at, q.id, q.text, findings);
    strayEmphasis(at, q.id, q.text, findings);
    if (q.original) xmlChars(at, q.id, q.original, findings);
    if (q.original) strayEmphasis(at, q.id, q.original, findings);
  }
  for (const p of model.people.values()) {
    for (const text of [p.name, p.role]) {
      xmlChars({ file: quotesFile }, p.id, text, findings);
      strayEmphasis({ file: quotesFile }, p.id, text, findings);
    }
  }
  for (const s of model.sources.values()) {
    xmlChars({ file: quotesFile }, s.id, s.text, findings);
    strayEmphasis({ file: quotesFile }, s.id, s.text, findings);
  }
  for (const c of model.corrections) strayEmphasis({ file: CORRECTIONS_FILE, line: c.line }, c.id, c.note, findings);

  for (const [code, locale] of model.locales) {
    // Built only if some string could hold a link: most locales have none.
    let sources: Map<string, { text: string; rendered: boolean }> | undefined;
    const sourceUi = model.locales.get(source)?.files.get(fixedNamespaces.ui)?.strings;
    // A chrome key Editions translates itself is not a translatable, but an override of it is still held to its source.
    const chromeSource = (key: string) => sourceUi?.get(key) ?? sourceUi?.get(key.replace(/_(zero|one|two|few|many)$/, '_other')) ?? '';
    const entry = (ns: string, key: string) =>
      (sources ??= new Map(translatables(model, code).map((t) => [`${t.namespace}:${t.key}`, { text: t.sourceText, rendered: RENDERED.has(t.kind) }]))).get(`${ns}:${key}`);
    const sourceOf = (ns: string, key: string) => entry(ns, key)?.text ?? (ns === fixedNamespaces.ui ? chromeSource(key) : '');
    for (const [ns, file] of locale.files) {
      // The source language's ui.json is the source of the chrome: nothing to compare its links with.
      const isSource = code === source && ns === fixedNamespaces.ui;
      for (const [key, text] of file.strings) {
        const own: Finding[] = [];
        const at = { file: file.file };
        xmlChars(at, key, text, own);
        // The page chrome may format a value (a date, a number) as its source does; content never.
        const formatOk = ns === fixedNamespaces.ui ? (token: string) => SAFE_FORMATTER.test(token) && (isSource || sourceOf(ns, key).includes(token)) : () => false;
        i18nextSyntax(at, key, text, own, formatOk);
        if (!isSource && text.includes('](')) markup(at, key, text, sourceOf(ns, key), code, own);
        if (!isSource && (text.includes('**') || text.includes('__')) && entry(ns, key)?.rendered) strayEmphasis(at, key, text, own);
        // Lines only for a finding: looking one up costs a positioned parse of the file.
        for (const f of own) findings.push({ ...f, line: file.lines.get(key) });
      }
    }
  }
  return findings;
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

/** Every link address and image of an inline Markdown text, as markdown-it parses it. */
function linksOf(tokens: InlineToken[]): { hrefs: string[]; images: string[] } {
  const hrefs: string[] = [];
  const images: string[] = [];
  const walk = (list: InlineToken[]) => {
    for (const t of list) {
      if (t.type === 'link_open') hrefs.push(String(t.attrGet('href') ?? ''));
      if (t.type === 'image') images.push(String(t.attrGet('src') ?? ''));
      if (t.children) walk(t.children);
    }
  };
  walk(tokens);
  return { hrefs, images };
}

/** Links and images of a translation against its source (only text holding "](" can have either: `[a](u)`, `![a](u)`). */
function markup(at: At, key: string, text: string, sourceText: string, locale: string, findings: Finding[]): void {
  const own = linksOf(inlineTokens(text, locale));
  const allowed = new Set(linksOf(inlineTokens(sourceText, locale)).hrefs);
  for (const src of own.images) findings.push(problems.translationMarkup(at, key, `adds an image ("${src}"); images are never allowed in a translation`));
  for (const href of own.hrefs) {
    if (!allowed.has(href)) findings.push(problems.translationMarkup(at, key, `links to "${href}", an address its source does not link to`));
  }
}
