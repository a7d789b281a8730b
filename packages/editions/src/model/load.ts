/** The one loader: content/ and locales/ → one validated, typed model. */
import path from 'node:path';
import { paths } from '../config.ts';
import { EditionsError, problems, throwIfErrors, type Finding } from '../errors.ts';
import { translationTextFindings } from '../checks/translation-text.ts';
import { loadQuotes, loadStory } from './content.ts';
import { loadFigures } from './figures.ts';
import { loadCorrections } from './corrections.ts';
import { loadCredits } from './credits.ts';
import { ParseCache } from './parse-cache.ts';
import { loadLocales } from '../locales/load.ts';
import type { Chapter, Model } from './types.ts';

export interface Loaded {
  model: Model;
  /** Warnings (errors are thrown). */
  findings: Finding[];
}

/**
 * Loads and validates the whole source. Throws an EditionsError listing every
 * error found (not only the first), so one run shows all there is to fix.
 */
export async function loadModel(root: string): Promise<Loaded> {
  const findings: Finding[] = [];
  const cache = ParseCache.open(root);
  const story = await loadStory(root, findings, cache);
  // Without a readable story there are no editions to load: report what is known so far.
  if (!story) {
    cache.save();
    throw new EditionsError(findings.filter((f) => f.severity === 'error'));
  }
  const catalogue = await loadQuotes(root, story.sourceLanguage, findings, cache);
  // Before anything else can change what was parsed.
  cache.save();
  const figures = await loadFigures(root, findings);
  const locales = await loadLocales(
    root,
    story.editions.map((e) => e.code),
    findings,
  );

  const used = new Set<string>();
  const drawn = new Set<string>();
  for (const chapter of allPages(story)) {
    for (const unit of chapter.units) {
      if (unit.kind === 'figure') {
        drawn.add(unit.id);
        // A figure refused for what it holds has its own findings; only an absent file is "does not exist".
        if (!figures.has(unit.id) && !findings.some((f) => f.file === `${paths.figures}/${unit.id}.svg`))
          findings.push(problems.unknownFigure({ file: chapter.file, line: unit.line }, unit.id));
      }
      if (unit.kind !== 'quote') continue;
      used.add(unit.id);
      if (catalogue.readable && !catalogue.defined.has(`quotes.${unit.id}`)) findings.push(problems.unknownQuote({ file: chapter.file, line: unit.line }, unit.id));
    }
  }
  for (const quote of catalogue.quotes.values()) {
    if (!used.has(quote.id)) findings.push(problems.unusedQuote({ file: 'content/quotes.yml', line: quote.line }, quote.id));
  }
  for (const figure of figures.values()) {
    if (!drawn.has(figure.id)) findings.push(problems.unusedFigure({ file: figure.file }, figure.id));
  }
  const corrections = loadCorrections(
    root,
    allPages(story),
    story.published,
    findings,
    story.editions.map((e) => e.code),
  );
  const credits = loadCredits(
    root,
    story.editions.map((e) => e.code),
    story.sourceLanguage,
    findings,
  );
  const { quotes, people, sources } = catalogue;
  const model: Model = { root: path.resolve(root), story, quotes, people, sources, figures, locales, corrections, credits };
  // Untrusted input: links, images, i18next syntax and characters XML forbids, in any string. Reported with the
  // load's own findings, so one run names every problem of a hostile pull request at once.
  findings.push(...translationTextFindings(model));
  throwIfErrors(findings);
  return { model, findings };
}

/** The story's home page followed by its chapters, in reading order. */
export function allPages(story: { home: Chapter; chapters: Chapter[] }): Chapter[] {
  return [story.home, ...story.chapters];
}
