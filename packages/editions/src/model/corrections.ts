/**
 * Corrections: records of the publication (content/corrections.yml). Each
 * names the day it was made, the chapter and the units it changed, and a
 * note in the source language that every edition translates
 * (locales/<lng>/corrections.json, keyed by the correction's id) and shows,
 * dated, at the end of the chapter.
 *
 *   drone-frame:
 *     date: 2026-11-25
 *     chapter: drone-warfare        # a chapter slug, or "story" for the home page
 *     units: [p-180629, drone-drill] # unit, quote or figure ids of that chapter
 *     note: The diagram was framed in red, not circled.
 *
 * A fix of one edition's translation concerns that edition's readers only:
 * `editions: [ja]` shows it there alone (and only those editions translate
 * its note, written as the edition speaks of itself). Unset: every edition.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixedNamespaces } from '../config.ts';
import { problems, type Finding } from '../errors.ts';
import type { Chapter } from './types.ts';
import { parseYaml } from './yaml.ts';

export const CORRECTIONS_FILE = 'content/corrections.yml';
/** The i18next namespace of the notes: locales/<lng>/corrections.json. */
export const CORRECTIONS_NAMESPACE = fixedNamespaces.corrections;

export interface Correction {
  id: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** The chapter's slug ("story" for the home page). */
  chapter: string;
  /** Ids of the units, quotes or figures of that chapter the correction changed. */
  units: string[];
  /** Inline Markdown in the source language. */
  note: string;
  /** The editions it is shown in (a translation fix); unset: every edition. */
  editions?: string[];
  line: number;
}

const FIELDS = ['date', 'chapter', 'units', 'note', 'editions'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `isIsoDate("2026-11-25")` → true; `isIsoDate("2026-02-30")` → false */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Reads and validates content/corrections.yml against the story's pages; no file means no corrections. */
export function loadCorrections(root: string, pages: Chapter[], published: string, findings: Finding[], editions?: readonly string[]): Correction[] {
  const full = path.join(root, CORRECTIONS_FILE);
  if (!existsSync(full)) return [];
  return parseCorrections(readFileSync(full, 'utf8'), pages, published, findings, editions);
}

/** `editions`: the story's edition codes, which an `editions:` field may name (unchecked when not given). */
export function parseCorrections(text: string, pages: Chapter[], published: string, findings: Finding[], editions?: readonly string[]): Correction[] {
  const file = CORRECTIONS_FILE;
  const parsed = parseYaml(text.replace(/^\uFEFF/, ''), file, 0, findings);
  if (!parsed || parsed.value === null) return [];
  if (!isRecord(parsed.value)) {
    findings.push(problems.badCorrection({ file, line: 1 }, '(file)', 'the file must map each correction id to its date, chapter, units and note'));
    return [];
  }
  const bySlug = new Map(pages.map((c) => [c.slug, c]));
  const out: Correction[] = [];
  for (const [id, entry] of Object.entries(parsed.value)) {
    const line = parsed.lineOf(id) ?? 1;
    const errors: string[] = [];
    const bad = (detail: string) => errors.push(detail);
    if (!ID.test(id)) bad('its id must be lower-case letters, digits and hyphens');
    if (!isRecord(entry)) {
      findings.push(problems.badCorrection({ file, line }, id, 'it must have date, chapter, units and note'));
      continue;
    }
    for (const key of Object.keys(entry)) if (!FIELDS.includes(key)) bad(`unknown field "${key}" (allowed: ${FIELDS.join(', ')})`);
    const date = typeof entry.date === 'string' ? entry.date : '';
    if (!isIsoDate(date)) bad(`"date" must be a real day written YYYY-MM-DD (found "${date || String(entry.date ?? '')}")`);
    else if (published && date < published) bad(`"date" ${date} is before the story was published (${published})`);
    const chapter = typeof entry.chapter === 'string' ? entry.chapter : '';
    const page = bySlug.get(chapter);
    if (!page) bad(`"chapter" must be one of ${[...bySlug.keys()].join(', ')}`);
    const units = Array.isArray(entry.units) ? entry.units : [];
    if (units.length === 0 || !units.every((u) => typeof u === 'string')) bad('"units" must list the ids of the units it changed');
    else if (page) {
      // A warning, not an error: the unit may have been deleted since, and the record stays true.
      const ids = new Set(page.units.map((u) => u.id));
      for (const u of units as string[]) if (!ids.has(u)) findings.push(problems.correctionUnitUnknown({ file, line }, id, u, page.file));
    }
    const note = typeof entry.note === 'string' ? entry.note.normalize('NFC').trim() : '';
    if (!note) bad('"note" is missing or empty');
    const shown = 'editions' in entry ? editionsField(entry.editions, editions, bad) : undefined;
    if (errors.length) {
      for (const detail of errors) findings.push(problems.badCorrection({ file, line }, id, detail));
      continue;
    }
    out.push({ id, date, chapter, units: units as string[], note, ...(shown ? { editions: shown } : {}), line });
  }
  // Oldest first: the order readers see them in.
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.line - b.line);
}

/** A list of distinct edition codes, each one of the story's (when known); undefined after a complaint. */
function editionsField(value: unknown, known: readonly string[] | undefined, bad: (detail: string) => void): string[] | undefined {
  const list = Array.isArray(value) ? value : [];
  const codes = list.filter((v): v is string => typeof v === 'string');
  if (codes.length === 0 || codes.length !== list.length) {
    bad(`"editions" must list the editions it is shown in${known ? ` (${known.join(', ')})` : ''}, or be left out to show it in every edition`);
    return undefined;
  }
  const unknown = known ? codes.filter((c) => !known.includes(c)) : [];
  if (unknown.length) {
    bad(`"editions" names ${unknown.map((c) => `"${c}"`).join(', ')}, not an edition of the story (${known!.join(', ')})`);
    return undefined;
  }
  if (new Set(codes).size !== codes.length) {
    bad('"editions" names an edition twice');
    return undefined;
  }
  return codes;
}

/** True when the correction is shown in (and translated for) edition `lng`: `shownIn({editions: ['ja']}, 'ko')` → false */
export function shownIn(c: Pick<Correction, 'editions'>, lng: string): boolean {
  return !c.editions || c.editions.includes(lng);
}

/** A chapter's corrections, oldest first; given an edition, only those shown in it. */
export function correctionsOf(all: readonly Correction[], slug: string, lng?: string): Correction[] {
  return all.filter((c) => c.chapter === slug && (lng === undefined || shownIn(c, lng)));
}

/** The last day the chapter changed (in edition `lng`, when given): its latest correction, else the story's publication. */
export function lastModified(all: readonly Correction[], slug: string, published: string, lng?: string): string {
  return correctionsOf(all, slug, lng).reduce((latest, c) => (c.date > latest ? c.date : latest), published);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
