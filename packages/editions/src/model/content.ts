/** Loads content/: the story page, its chapters and the quotes. */
import { z } from 'zod';
import { paths } from '../config.ts';
import { listFolder, readProjectText } from '../files/safe-files.ts';
import { problems, type Finding } from '../errors.ts';
import { LIMITS } from '../files/limits.ts';
import { isReference, parseBlocks } from '../markdown/units.ts';
import { splitFrontMatter } from './front-matter.ts';
import { resolvePublication, storySchema, storyStructure, type SiteSettings } from './publication.ts';
import type { ParseCache } from './parse-cache.ts';
import { text, validate } from './schema.ts';
import { RESERVED_SLUGS } from './story-fields.ts';
import type { Chapter, Person, Quote, Source, Story, Unit } from './types.ts';
import { parseYaml } from './yaml.ts';
import { provenanceProblems, type OriginalForm } from './provenance.ts';
import { canonicalLanguageTag, declareLanguages } from '../languages.ts';

export const RESERVED_IDS = ['title', 'description'] as const;

/**
 * A chapter's front matter: its title and description, both translation units;
 * `numbered: false` for back matter (sources, notes), listed but not counted as a chapter.
 */
export const chapterSchema = z.strictObject({ title: text, description: text, numbered: z.boolean({ error: 'must be true or false' }).optional() });

/**
 * A chapter file → its units (front matter first), with its front matter
 * checked against `schema`. `null` when it cannot be read at all.
 */
export function parseChapter<S extends z.ZodType<{ title: string; description: string }>>(
  slug: string,
  file: string,
  text: string,
  findings: Finding[],
  schema: S = chapterSchema as unknown as S,
): { chapter: Chapter; data: z.output<S> | null; lineOf: (path: string) => number | undefined } | null {
  const fm = splitFrontMatter(text, file, findings);
  if (!fm) return null;
  const data = validate(schema, fm.data, file, fm.lineOf, findings) as z.output<S> | null;
  const units: Unit[] = [];
  for (const field of RESERVED_IDS) {
    const value = (data as Record<string, unknown> | null)?.[field] ?? fm.data[field];
    if (typeof value === 'string' && value.trim() !== '') units.push({ id: field, kind: field, source: value.trim().normalize('NFC'), line: fm.lineOf(field) ?? 2 });
  }
  const seen = new Set<string>(RESERVED_IDS);
  const blocks = parseBlocks(fm.body, file, fm.bodyLine, findings);
  if (blocks.length > LIMITS.unitsPerFile) {
    findings.push(
      problems.overLimit(
        { file },
        `This chapter has ${blocks.length.toLocaleString('en')} units`,
        `${LIMITS.unitsPerFile.toLocaleString('en')} units per chapter`,
        'Split it into several chapters.',
      ),
    );
    return null;
  }
  for (const { unit } of blocks) {
    if (unit.source.length > LIMITS.stringChars) {
      findings.push(
        problems.overLimit(
          { file, line: unit.line, ...(unit.id ? { key: unit.id } : {}) },
          `This unit is ${unit.source.length.toLocaleString('en')} characters long`,
          `${LIMITS.stringChars.toLocaleString('en')} characters per unit`,
          'Split it: a unit is one paragraph, heading or item.',
        ),
      );
      continue;
    }
    if (unit.id === null) {
      findings.push(problems.missingUnitId({ file, line: unit.line }, unit.source));
      continue;
    }
    if (!isReference(unit.kind)) {
      if ((RESERVED_IDS as readonly string[]).includes(unit.id)) findings.push(problems.reservedId({ file, line: unit.line }, unit.id));
      else if (seen.has(unit.id)) findings.push(problems.duplicateId({ file, line: unit.line }, unit.id));
      seen.add(unit.id);
    }
    units.push({ ...unit, id: unit.id, source: unit.source.normalize('NFC') });
  }
  const unnumbered = (data as { numbered?: boolean } | null)?.numbered === false;
  return { chapter: { slug, file, units, ...(unnumbered ? { numbered: false as const } : {}) }, data, lineOf: fm.lineOf };
}

/**
 * `parse` of a project file, read safely, through the cache: its findings are remembered with its result and
 * reported again on every run. `null` when the file cannot be read (with a finding, unless it is absent).
 */
function cachedParse<T>(root: string, cache: ParseCache, file: string, variant: string, findings: Finding[], parse: (text: string, own: Finding[]) => T): T | null {
  const before = findings.length;
  const text = readProjectText(root, file, findings);
  if (text === null) {
    if (findings.length === before) findings.push(problems.missingFile(file));
    return null;
  }
  const { result, own } = cache.read(file, variant, text, (text) => {
    const own: Finding[] = [];
    return { result: parse(text, own), own };
  });
  findings.push(...own);
  return result;
}

export async function loadStory(root: string, findings: Finding[], cache: ParseCache): Promise<Story | null> {
  const storyFile = paths.story;
  const parsed = cachedParse(root, cache, storyFile, '', findings, (text, own) => {
    const page = parseChapter('', storyFile, text, own, storySchema);
    if (!page) return null;
    // An error elsewhere in the front matter (already reported) need not stop the load: read what it needs leniently.
    const structure = page.data ?? storyStructure.safeParse(splitFrontMatter(text, storyFile, [])?.data).data ?? null;
    const publication = structure ? resolvePublication(structure, storyFile, page.lineOf, own) : null;
    const published = page.data?.published ?? '';
    const site: SiteSettings = {
      ...(page.data?.siteName !== undefined ? { name: page.data.siteName } : {}),
      ...(page.data?.credit !== undefined ? { credit: page.data.credit } : {}),
    };
    // Only plain data survives the cache: the line lookup is kept as the lines of the chapter list.
    return {
      chapter: page.chapter,
      data: structure && { chapters: structure.chapters, published, site },
      publication,
      chapterLines: (structure?.chapters ?? []).map((_, i) => page.lineOf(`chapters.${i}`)),
    };
  });
  if (!parsed?.data || !parsed.publication) return null;
  const { data, publication, chapterLines } = parsed;
  // A cached parse did not run the publication's resolution: every part of the build must see its languages.
  declareLanguages(publication.editions);
  const lineOfChapter = (i: number) => chapterLines[i] ?? 2;

  const onDisk = listFolder(root, paths.chapters, findings)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3));
  const onDiskSet = new Set(onDisk);
  const listed = new Set<string>();
  const chapters: Chapter[] = [];
  data.chapters.forEach((slug, i) => {
    if (listed.has(slug)) {
      findings.push(problems.duplicateChapter({ file: storyFile, line: lineOfChapter(i) }, slug));
      return;
    }
    listed.add(slug);
    // A chapter may not take the name of a namespace or of another page of the edition.
    if (RESERVED_SLUGS.has(slug)) {
      findings.push(problems.reservedSlug({ file: storyFile, line: lineOfChapter(i) }, slug));
      return;
    }
    if (!onDiskSet.has(slug)) {
      findings.push(problems.unknownChapter({ file: storyFile, line: lineOfChapter(i) }, slug));
      return;
    }
    const file = `${paths.chapters}/${slug}.md`;
    const chapter = cachedParse(root, cache, file, '', findings, (text, own) => parseChapter(slug, file, text, own)?.chapter ?? null);
    if (chapter) chapters.push(chapter);
  });
  for (const slug of onDisk) {
    if (!listed.has(slug)) findings.push(problems.unlistedChapter({ file: `${paths.chapters}/${slug}.md` }, slug));
  }
  return {
    file: storyFile,
    sourceLanguage: publication.sourceLanguage,
    editions: publication.editions,
    published: data.published,
    site: data.site,
    home: { ...parsed.chapter, slug: 'story' },
    chapters,
  };
}

export interface QuoteCatalogue {
  /** False when content/quotes.yml could not be read: quote references are then not checked. */
  readable: boolean;
  quotes: Map<string, Quote>;
  people: Map<string, Person>;
  sources: Map<string, Source>;
  /** Every id the file defines, valid or not, as "quotes.<id>", "people.<id>", "sources.<id>". */
  defined: Set<string>;
}

export async function loadQuotes(root: string, sourceLanguage: string, findings: Finding[], cache: ParseCache): Promise<QuoteCatalogue> {
  return (
    cachedParse(root, cache, paths.quotes, sourceLanguage, findings, (text, own) => parseQuotes(text, sourceLanguage, own)) ?? {
      readable: false,
      quotes: new Map(),
      people: new Map(),
      sources: new Map(),
      defined: new Set(),
    }
  );
}

const person = z.strictObject({ name: text, role: text });
const source = z.strictObject({ text });
const quote = z.strictObject({
  speaker: z.string({ error: 'must be the id of a person under "people:"' }),
  language: z.string({ error: 'must be a language code' }),
  published: z.string({ error: 'must be a language code' }),
  source: z.string({ error: 'must be the id of a source under "sources:"' }),
  text,
  original: text.optional(),
  /** How the original wording was published (src/model/provenance.ts checks the value). */
  originalForm: z.string({ error: 'must be one of text, image, recording, none' }).optional(),
});
const mapOf = <T extends z.ZodType>(entry: T) => z.record(z.string(), entry, { error: 'must be a list of "id:" entries' });
/** content/quotes.yml: three maps of entries by id. */
export const quotesSchema = z.strictObject({ people: mapOf(person), sources: mapOf(source), quotes: mapOf(quote) });

/** content/quotes.yml → the quotes, people and sources it defines. */
function parseQuotes(text: string, sourceLanguage: string, findings: Finding[]): QuoteCatalogue {
  const file = paths.quotes;
  const out: QuoteCatalogue = { readable: false, quotes: new Map(), people: new Map(), sources: new Map(), defined: new Set() };
  const parsed = parseYaml(text.replace(/^\uFEFF/, ''), file, 0, findings);
  if (!parsed) return out;
  // Each entry is checked on its own, so one bad quote does not hide the rest or the references to them.
  const top = validate(z.strictObject({ people: z.unknown(), sources: z.unknown(), quotes: z.unknown() }).partial(), parsed.value ?? {}, file, parsed.lineOf, findings);
  if (!top) return out;
  out.readable = true;
  // Ids defined but invalid are reported once, at their own lines, not again wherever they are referred to.
  const invalid = new Set<string>();
  const entries = <T>(section: 'people' | 'sources' | 'quotes', schema: z.ZodType<T>): [string, T, number][] => {
    const map = validate(mapOf(z.unknown()), top[section] ?? {}, file, parsed.lineOf, findings, [section]) ?? {};
    for (const id of Object.keys(map)) out.defined.add(`${section}.${id}`);
    return Object.entries(map).flatMap(([id, value]) => {
      const entry = validate(schema, value, file, parsed.lineOf, findings, [section, id]);
      if (entry === null) invalid.add(`${section}.${id}`);
      return entry === null ? [] : [[id, entry, parsed.lineOf(`${section}.${id}`) ?? 1] as [string, T, number]];
    });
  };
  for (const [id, p] of entries('people', person)) out.people.set(id, { id, ...p });
  for (const [id, s] of entries('sources', source)) out.sources.set(id, { id, ...s });
  for (const [id, q, line] of entries('quotes', quote)) {
    const bad = (detail: string) => findings.push(problems.badQuote({ file, line }, id, detail));
    // Any BCP 47 language, edition or not, held in its canonical form ("zh-hant" → "zh-Hant").
    const [language, published] = (['language', 'published'] as const).map((field) => {
      const tag = canonicalLanguageTag(q[field]);
      if (!tag) bad(`${field} "${q[field]}" is not a BCP 47 language tag (such as ko, vi, zh-Hant; und when the source does not say)`);
      return tag ?? q[field];
    }) as [string, string];
    const entry: Quote = {
      id,
      line,
      speaker: q.speaker,
      language,
      published,
      source: q.source,
      text: q.text,
      ...(q.original ? { original: q.original } : {}),
      ...(q.originalForm !== undefined ? { originalForm: q.originalForm as OriginalForm } : {}),
    };
    for (const detail of provenanceProblems(entry, sourceLanguage)) bad(detail);
    if (!out.people.has(entry.speaker) && !invalid.has(`people.${entry.speaker}`)) bad(`speaker "${entry.speaker}" is not defined under "people:"`);
    if (!out.sources.has(entry.source) && !invalid.has(`sources.${entry.source}`)) bad(`source "${entry.source}" is not defined under "sources:"`);
    out.quotes.set(id, entry);
  }
  return out;
}
