/**
 * The quote gate's checker: given the quotes a browser found on one page and
 * the model's expectation for that page, says what is wrong, as a to-do list
 * for translators. Pure, so the Playwright suite and unit tests share it.
 */
import { fixedNamespaces } from '../config.ts';
import { languageFacts } from '../languages.ts';
import { problems, type Finding } from '../errors.ts';
import { errorsOf, judge } from './verdict.ts';
import { presentQuote } from '../model/quotes.ts';
import type { Model } from '../model/types.ts';
import { localeFile } from '../locales/files.ts';
import { allPages } from '../model/load.ts';
import { storySlug } from '../urls.ts';

/** What the browser reads off a `[data-quote]` element. */
export interface RenderedQuote {
  id: string;
  lang: string | null;
  text: string;
  status: string | null;
}

export interface PageRef {
  url: string;
  locale: string;
  slug: string;
}

/** The quote ids a page must show, in order: `expectedQuotes(model, "the-letter")` → ["letter-kim", …] */
export function expectedQuotes(model: Model, slug: string): string[] {
  const chapter = allPages(model.story).find((c) => storySlug(model.story, c) === slug);
  return chapter ? chapter.units.filter((u) => u.kind === 'quote').map((u) => u.id) : [];
}

export function checkPageQuotes(model: Model, page: PageRef, rendered: RenderedQuote[]): Finding[] {
  const findings: Finding[] = [];
  const expected = expectedQuotes(model, page.slug);
  const file = localeFile(page.locale, fixedNamespaces.quotes);
  for (const id of expected) {
    const quote = model.quotes.get(id)!;
    const key = `quote.${id}`;
    const at = { page: page.url, locale: page.locale, id, file, key };
    const found = rendered.filter((r) => r.id === id);
    if (found.length === 0) {
      findings.push(problems.quoteAbsent(at));
      continue;
    }
    const shown = found[0]!;
    const want = presentQuote(quote, page.locale, model.story.sourceLanguage);
    const text = shown.text.trim();
    const script = languageFacts(page.locale).script;
    if (text === '') findings.push(problems.quoteEmpty(at));
    else if (text === key || text === `${fixedNamespaces.quotes}:${key}`) findings.push(problems.quoteRawKey(at, text));
    else if (shown.status === 'missing' || (want.from === 'locale' && normalize(text) === normalize(quote.text))) {
      findings.push(problems.quoteUntranslated(at, languageFacts(model.story.sourceLanguage).englishName));
    } else if (shown.lang !== want.lang) findings.push(problems.quoteWrongLang(at, shown.lang, want.lang));
    else if (want.lang === page.locale && script && !script.test(text)) findings.push(problems.quoteWrongScript(at, languageFacts(page.locale).englishName));
  }
  for (const r of rendered) {
    if (!expected.includes(r.id)) findings.push(problems.quoteUnexpected({ page: page.url, locale: page.locale, id: r.id }));
  }
  return findings;
}

function normalize(text: string): string {
  return text.replace(/[\s“”"「」‘’'—-]+/g, ' ').trim();
}

/** The browser gate's verdict on a page: what it found, weighed like every other finding (./verdict.ts); the errors fail CI. */
export function pageQuoteErrors(model: Model, page: PageRef, rendered: RenderedQuote[]): Finding[] {
  return errorsOf(judge(checkPageQuotes(model, page, rendered), { command: 'gate', draft: false, editions: model.story.editions }));
}
