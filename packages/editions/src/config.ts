/**
 * Editions' fixed settings: where things are in a project, and the shape of
 * an edition. Which editions a publication has is the publication's choice,
 * declared in content/story.md (src/model/publication.ts); what Editions
 * knows about each language is in src/languages.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LanguageFacts } from './languages.ts';

/** Where Editions itself is installed (its templates, chrome and starter): the package folder, from src/ or dist/ alike. */
export const engineDir = path.resolve(import.meta.dirname, '..');

/** The installed engine's version, from its package.json. */
export function engineVersion(): string {
  return (JSON.parse(readFileSync(path.join(engineDir, 'package.json'), 'utf8')) as { version: string }).version;
}

export type LocaleMode = 'strict' | 'draft';

/** An edition of the publication: a language Editions knows, with the publication's settings for it. */
export interface Edition extends LanguageFacts {
  /**
   * strict: the build fails on any missing translation.
   * draft: missing prose falls back to the source text, flagged for readers.
   * Missing quotes fail the build in both modes unless `--draft` is passed.
   */
  mode: LocaleMode;
  /**
   * translated (default): a translated quote may be published.
   * reviewed: a quote is published only once a second person has reviewed its
   * translation (`npm run i18n:review`); an unreviewed one is a finding.
   */
  publish: 'translated' | 'reviewed';
}

/** Folders, relative to the project root (`templates`: relative to engineDir). */
export const paths = {
  content: 'content',
  chapters: 'content/chapters',
  story: 'content/story.md',
  quotes: 'content/quotes.yml',
  figures: 'content/figures',
  locales: 'locales',
  templates: 'templates',
  output: '_site',
} as const;

/**
 * The one registry of what a locale translates besides one file per chapter:
 * the translator's resources, the status and its file order, the reserved
 * chapter slugs and the messages all take the names from here.
 */
export const fixedNamespaces = {
  /** The story's title, description and standfirst (content/story.md). */
  story: 'story',
  /** Quotes, their speakers and sources (content/quotes.yml). */
  quotes: 'quotes',
  /** Correction notes (content/corrections.yml). */
  corrections: 'corrections',
  /** How names and terms are written (content/glossary.yml). */
  glossary: 'glossary',
  /** Figure labels (content/figures/*.svg). */
  figures: 'figures',
  /** The page chrome: Editions' own, overridden by locales/<lng>/ui.json. */
  ui: 'ui',
} as const;
