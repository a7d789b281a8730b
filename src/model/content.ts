/** Loads content/: the story page, its chapters and the quotes. */
import { paths } from '../config.ts';
import { listFolder, readProjectText } from '../files/safe-files.ts';
import { problems, type Finding } from '../errors.ts';
import { isReference, parseBlocks } from '../markdown/units.ts';
import type { Chapter, Person, Quote, Source, Story, Unit } from './types.ts';
import type { ParseCache } from './parse-cache.ts';
import { checkedSlugs, publishedDate } from './story-fields.ts';
import { parseYaml } from './yaml.ts';

export const RESERVED_IDS = ['title', 'description'] as const;

interface FrontMatterFile {
  data: Record<string, unknown>;
  body: string;
  /** 0-based line where the body starts. */
  bodyLine: number;
}

/** Splits `---\nyaml\n---\nbody`; reports a missing or broken block. */
export function splitFrontMatter(text: string, file: string, findings: Finding[]): FrontMatterFile | null {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = clean.split('\n');
  if (lines[0]?.trim() !== '---') {
    findings.push(problems.frontMatter({ file, line: 1 }, 'the file does not start with "---"'));
    return null;
  }
  const end = lines.indexOf('---', 1);
  if (end === -1) {
    findings.push(problems.frontMatter({ file, line: 1 }, 'the closing "---" is missing'));
    return null;
  }
  const parsed = parseYaml(lines.slice(1, end).join('\n'), file, 1, findings);
  if (!parsed) return null;
  const data = parsed.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    findings.push(problems.frontMatter({ file, line: 2 }, 'it is not a list of "key: value" lines'));
    return null;
  }
  return { data: data as Record<string, unknown>, body: lines.slice(end + 1).join('\n'), bodyLine: end + 1 };
}

/** A chapter file → its units (front matter first). `null` when it cannot be read at all. */
export function parseChapter(slug: string, file: string, text: string, findings: Finding[], extraFields: string[] = []): { chapter: Chapter; data: Record<string, unknown> } | null {
  const fm = splitFrontMatter(text, file, findings);
  if (!fm) return null;
  const units: Unit[] = [];
  for (const field of RESERVED_IDS) {
    const value = fm.data[field];
    if (typeof value !== 'string' || value.trim() === '') {
      findings.push(problems.frontMatter({ file, line: 2 }, `"${field}:" is missing or empty`));
      continue;
    }
    units.push({ id: field, kind: field, source: value.trim().normalize('NFC'), line: 2 });
  }
  for (const key of Object.keys(fm.data)) {
    if (!(RESERVED_IDS as readonly string[]).includes(key) && !extraFields.includes(key)) {
      findings.push(problems.frontMatter({ file, line: 2 }, `unknown field "${key}"`));
    }
  }
  const seen = new Set<string>(RESERVED_IDS);
  for (const { unit } of parseBlocks(fm.body, file, fm.bodyLine, findings)) {
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
  return { chapter: { slug, file, units }, data: fm.data };
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
  const storyFields = ['published', 'chapters', 'sourceLanguage'];
  const parsed = cachedParse(root, cache, storyFile, '', findings, (text, own) => parseChapter('', storyFile, text, own, storyFields));
  if (!parsed) return null;
  const { data } = parsed;
  const storyText = () => readProjectText(root, storyFile, []);
  const listed: unknown[] = Array.isArray(data.chapters) ? data.chapters : [];
  const order = checkedSlugs(listed, storyText, findings);
  if (listed.length === 0) findings.push(problems.frontMatter({ file: storyFile, line: 2 }, '"chapters:" must list at least one chapter slug'));

  const onDisk = listFolder(root, paths.chapters, findings).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
  const onDiskSet = new Set(onDisk);
  const listedNames = new Set(listed.map(String));
  const chapters: Chapter[] = [];
  for (const slug of order) {
    if (!onDiskSet.has(slug)) {
      findings.push(problems.unknownChapter({ file: storyFile, line: 2 }, slug));
      continue;
    }
    const file = `${paths.chapters}/${slug}.md`;
    const chapter = cachedParse(root, cache, file, '', findings, (text, own) => parseChapter(slug, file, text, own));
    if (chapter) chapters.push(chapter.chapter);
  }
  for (const slug of onDisk) {
    if (!listedNames.has(slug)) findings.push(problems.unlistedChapter({ file: `${paths.chapters}/${slug}.md` }, slug));
  }
  const published = publishedDate(data.published, storyText, findings) ?? '';
  return {
    file: storyFile,
    sourceLanguage: typeof data.sourceLanguage === 'string' ? data.sourceLanguage : 'en',
    published,
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
}

export async function loadQuotes(root: string, languages: readonly string[], findings: Finding[], cache: ParseCache): Promise<QuoteCatalogue> {
  return cachedParse(root, cache, paths.quotes, languages.join(), findings, (text, own) => parseQuotes(text, languages, own))
    ?? { readable: false, quotes: new Map(), people: new Map(), sources: new Map() };
}

/** content/quotes.yml → the quotes, people and sources it defines. */
function parseQuotes(text: string, languages: readonly string[], findings: Finding[]): QuoteCatalogue {
  const file = paths.quotes;
  const out: QuoteCatalogue = { readable: false, quotes: new Map(), people: new Map(), sources: new Map() };
  const parsed = parseYaml(text.replace(/^\uFEFF/, ''), file, 0, findings);
  if (!parsed) return out;
  out.readable = true;
  const doc = (parsed.value ?? {}) as Record<string, Record<string, Record<string, unknown>> | undefined>;
  const str = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC').trim() : '');

  for (const [id, p] of Object.entries(doc.people ?? {})) out.people.set(id, { id, name: str(p.name), role: str(p.role) });
  for (const [id, s] of Object.entries(doc.sources ?? {})) out.sources.set(id, { id, text: str(s.text) });
  for (const [id, q] of Object.entries(doc.quotes ?? {})) {
    const line = parsed.lineOf(`quotes.${id}`) ?? 1;
    const quote: Quote = {
      id, line,
      speaker: str(q.speaker), language: str(q.language), published: str(q.published),
      source: str(q.source), text: str(q.text),
      ...(q.original ? { original: str(q.original) } : {}),
    };
    const bad = (detail: string) => findings.push(problems.badQuote({ file, line }, id, detail));
    if (!out.people.has(quote.speaker)) bad(`speaker "${quote.speaker}" is not defined under "people:"`);
    if (!out.sources.has(quote.source)) bad(`source "${quote.source}" is not defined under "sources:"`);
    if (!languages.includes(quote.language)) bad(`language "${quote.language}" is not one of ${languages.join(', ')}`);
    if (!languages.includes(quote.published)) bad(`published "${quote.published}" is not one of ${languages.join(', ')}`);
    if (!quote.text) bad('"text" is missing or empty');
    out.quotes.set(id, quote);
  }
  return out;
}
