/** The typed source model: story → chapters → units, plus quotes and locales. */
import type { Edition } from '../config.ts';
import type { Correction } from './corrections.ts';
import type { Credits } from './credits.ts';

export type UnitKind = 'title' | 'description' | 'heading' | 'paragraph' | 'item' | 'quote' | 'figure';

export interface Unit {
  /** Stable id: readable for headings ("drone-warfare"), generated for prose ("p-3fa9c1"). */
  id: string;
  kind: UnitKind;
  /** Inline Markdown in the source language; for quote and figure units, their id. */
  source: string;
  /** 1-based line in the chapter file. */
  line: number;
  /** Heading level (2–4) for headings. */
  level?: number;
  /** Consecutive list items share a list number within the chapter. */
  list?: number;
  /** Items of a numbered list ("1. …"). */
  ordered?: boolean;
  /** Set on the paragraphs and items of a figure's caption: the figure's id. */
  figure?: string;
}

export interface Chapter {
  /** The file name without .md; the URL slug and the i18next namespace. */
  slug: string;
  file: string;
  /** Units in reading order, front matter (title, description) first. */
  units: Unit[];
  /** False for back matter (front matter `numbered: false`): no chapter number. */
  numbered?: false;
}

export interface Person {
  id: string;
  name: string;
  role: string;
}
export interface Source {
  id: string;
  text: string;
}

export interface Quote {
  id: string;
  speaker: string;
  /** Language first said or written in; "und" when the source does not say. */
  language: string;
  /** Language of the wording this story quotes from. */
  published: string;
  source: string;
  /** The published wording (in `published`). */
  text: string;
  /** The original wording, when it was published and differs from `text`. */
  original?: string;
  /** How the original wording was published (issue #16; see src/model/provenance.ts). */
  originalForm?: import('./provenance.ts').OriginalForm;
  line: number;
}

/** A label of a figure: `key` is its i18next key within the figure ("vladivostok"). */
export interface FigureLabel {
  key: string;
  text: string;
  line: number;
}

/** A drawing in content/figures/<id>.svg whose labels every edition translates. */
export interface Figure {
  id: string;
  file: string;
  /** The SVG as rebuilt from its parsed tree by the allow-list (never the file's text); the labels are its elements marked `data-label`. */
  svg: string;
  labels: Map<string, FigureLabel>;
}

export interface Story {
  file: string;
  /** The language the chapters are written in; one of the editions. */
  sourceLanguage: string;
  /** The publication's editions, in the order it lists them (content/story.md). */
  editions: Edition[];
  published: string;
  /** The publication's name and credit line (content/story.md). */
  site: import('./publication.ts').SiteSettings;
  /** The story's own page: title, description and standfirst units. */
  home: Chapter;
  chapters: Chapter[];
}

export type { LocaleData, LocaleFile, LockEntry } from '../locales/types.ts';
import type { LocaleData } from '../locales/types.ts';

export interface Model {
  root: string;
  story: Story;
  quotes: Map<string, Quote>;
  people: Map<string, Person>;
  sources: Map<string, Source>;
  figures: Map<string, Figure>;
  locales: Map<string, LocaleData>;
  // The editorial record (issue #16): content/corrections.yml and content/credits.yml.
  corrections: Correction[];
  credits: Credits;
}
