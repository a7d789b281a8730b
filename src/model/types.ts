/** The typed source model: story → chapters → units, plus quotes and locales. */

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
}

export interface Person { id: string; name: string; role: string }
export interface Source { id: string; text: string }

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
  line: number;
}

/** A label of a figure: `key` is its i18next key within the figure ("vladivostok"). */
export interface FigureLabel { key: string; text: string; line: number }

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
  sourceLanguage: string;
  published: string;
  /** The story's own page: title, description and standfirst units. */
  home: Chapter;
  chapters: Chapter[];
}

/** One JSON file under locales/<lng>/, flattened to dotted keys. */
export interface LocaleFile {
  file: string;
  namespace: string;
  /** The parsed JSON, as i18next reads it. */
  data: Record<string, unknown>;
  /** Dotted key → its string value. */
  strings: Map<string, string>;
  /** Dotted key → 1-based line of the value (worked out on first use: only findings need it). */
  lines: Map<string, number>;
}

export interface LocaleData {
  code: string;
  folder: string;
  /** Namespace → file. */
  files: Map<string, LocaleFile>;
  /** What each translation was made from: "ns:key" → entry (locales/<lng>/_sources.lock). */
  lock: Map<string, LockEntry>;
}

/** The source text a translation was made from, and a fingerprint of that translation. */
export interface LockEntry {
  source: string;
  translation: string;
}

export interface Model {
  root: string;
  story: Story;
  quotes: Map<string, Quote>;
  people: Map<string, Person>;
  sources: Map<string, Source>;
  figures: Map<string, Figure>;
  locales: Map<string, LocaleData>;
}
