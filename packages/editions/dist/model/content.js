/** Loads content/: the story page, its chapters and the quotes. */
import { z } from 'zod';
import { paths } from '../config.js';
import { listFolder, readProjectText } from '../files/safe-files.js';
import { problems } from '../errors.js';
import { isReference, parseBlocks } from '../markdown/units.js';
import { splitFrontMatter } from './front-matter.js';
import { resolvePublication, storySchema, storyStructure } from './publication.js';
import { text, validate } from './schema.js';
import { RESERVED_SLUGS } from './story-fields.js';
import { parseYaml } from './yaml.js';
import { provenanceProblems } from './provenance.js';
export const RESERVED_IDS = ['title', 'description'];
/** A chapter's front matter: its title and description, both translation units. */
export const chapterSchema = z.strictObject({ title: text, description: text });
/**
 * A chapter file → its units (front matter first), with its front matter
 * checked against `schema`. `null` when it cannot be read at all.
 */
export function parseChapter(slug, file, text, findings, schema = chapterSchema) {
    const fm = splitFrontMatter(text, file, findings);
    if (!fm)
        return null;
    const data = validate(schema, fm.data, file, fm.lineOf, findings);
    const units = [];
    for (const field of RESERVED_IDS) {
        const value = data?.[field] ?? fm.data[field];
        if (typeof value === 'string' && value.trim() !== '')
            units.push({ id: field, kind: field, source: value.trim().normalize('NFC'), line: fm.lineOf(field) ?? 2 });
    }
    const seen = new Set(RESERVED_IDS);
    for (const { unit } of parseBlocks(fm.body, file, fm.bodyLine, findings)) {
        if (unit.id === null) {
            findings.push(problems.missingUnitId({ file, line: unit.line }, unit.source));
            continue;
        }
        if (!isReference(unit.kind)) {
            if (RESERVED_IDS.includes(unit.id))
                findings.push(problems.reservedId({ file, line: unit.line }, unit.id));
            else if (seen.has(unit.id))
                findings.push(problems.duplicateId({ file, line: unit.line }, unit.id));
            seen.add(unit.id);
        }
        units.push({ ...unit, id: unit.id, source: unit.source.normalize('NFC') });
    }
    return { chapter: { slug, file, units }, data, lineOf: fm.lineOf };
}
/**
 * `parse` of a project file, read safely, through the cache: its findings are remembered with its result and
 * reported again on every run. `null` when the file cannot be read (with a finding, unless it is absent).
 */
function cachedParse(root, cache, file, variant, findings, parse) {
    const before = findings.length;
    const text = readProjectText(root, file, findings);
    if (text === null) {
        if (findings.length === before)
            findings.push(problems.missingFile(file));
        return null;
    }
    const { result, own } = cache.read(file, variant, text, (text) => {
        const own = [];
        return { result: parse(text, own), own };
    });
    findings.push(...own);
    return result;
}
export async function loadStory(root, findings, cache) {
    const storyFile = paths.story;
    const parsed = cachedParse(root, cache, storyFile, '', findings, (text, own) => {
        const page = parseChapter('', storyFile, text, own, storySchema);
        if (!page)
            return null;
        // An error elsewhere in the front matter (already reported) need not stop the load: read what it needs leniently.
        const structure = page.data ?? (storyStructure.safeParse(splitFrontMatter(text, storyFile, [])?.data).data ?? null);
        const publication = structure ? resolvePublication(structure, storyFile, page.lineOf, own) : null;
        const published = page.data?.published ?? '';
        // Only plain data survives the cache: the line lookup is kept as the lines of the chapter list.
        return { chapter: page.chapter, data: structure && { chapters: structure.chapters, published }, publication, chapterLines: (structure?.chapters ?? []).map((_, i) => page.lineOf(`chapters.${i}`)) };
    });
    if (!parsed?.data || !parsed.publication)
        return null;
    const { data, publication, chapterLines } = parsed;
    const lineOfChapter = (i) => chapterLines[i] ?? 2;
    const onDisk = listFolder(root, paths.chapters, findings).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
    const onDiskSet = new Set(onDisk);
    const listed = new Set();
    const chapters = [];
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
        if (chapter)
            chapters.push(chapter);
    });
    for (const slug of onDisk) {
        if (!listed.has(slug))
            findings.push(problems.unlistedChapter({ file: `${paths.chapters}/${slug}.md` }, slug));
    }
    return {
        file: storyFile,
        sourceLanguage: publication.sourceLanguage,
        editions: publication.editions,
        published: data.published,
        home: { ...parsed.chapter, slug: 'story' },
        chapters,
    };
}
export async function loadQuotes(root, languages, findings, cache) {
    return cachedParse(root, cache, paths.quotes, languages.join(), findings, (text, own) => parseQuotes(text, languages, own))
        ?? { readable: false, quotes: new Map(), people: new Map(), sources: new Map(), defined: new Set() };
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
const mapOf = (entry) => z.record(z.string(), entry, { error: 'must be a list of "id:" entries' });
/** content/quotes.yml: three maps of entries by id. */
export const quotesSchema = z.strictObject({ people: mapOf(person), sources: mapOf(source), quotes: mapOf(quote) });
/** content/quotes.yml → the quotes, people and sources it defines. */
function parseQuotes(text, languages, findings) {
    const file = paths.quotes;
    const out = { readable: false, quotes: new Map(), people: new Map(), sources: new Map(), defined: new Set() };
    const parsed = parseYaml(text.replace(/^\uFEFF/, ''), file, 0, findings);
    if (!parsed)
        return out;
    // Each entry is checked on its own, so one bad quote does not hide the rest or the references to them.
    const top = validate(z.strictObject({ people: z.unknown(), sources: z.unknown(), quotes: z.unknown() }).partial(), parsed.value ?? {}, file, parsed.lineOf, findings);
    if (!top)
        return out;
    out.readable = true;
    // Ids defined but invalid are reported once, at their own lines, not again wherever they are referred to.
    const invalid = new Set();
    const entries = (section, schema) => {
        const map = validate(mapOf(z.unknown()), top[section] ?? {}, file, parsed.lineOf, findings, [section]) ?? {};
        for (const id of Object.keys(map))
            out.defined.add(`${section}.${id}`);
        return Object.entries(map).flatMap(([id, value]) => {
            const entry = validate(schema, value, file, parsed.lineOf, findings, [section, id]);
            if (entry === null)
                invalid.add(`${section}.${id}`);
            return entry === null ? [] : [[id, entry, parsed.lineOf(`${section}.${id}`) ?? 1]];
        });
    };
    for (const [id, p] of entries('people', person))
        out.people.set(id, { id, ...p });
    for (const [id, s] of entries('sources', source))
        out.sources.set(id, { id, ...s });
    for (const [id, q, line] of entries('quotes', quote)) {
        const entry = {
            id, line, speaker: q.speaker, language: q.language, published: q.published, source: q.source, text: q.text,
            ...(q.original ? { original: q.original } : {}),
            ...(q.originalForm !== undefined ? { originalForm: q.originalForm } : {}),
        };
        const bad = (detail) => findings.push(problems.badQuote({ file, line }, id, detail));
        for (const detail of provenanceProblems(entry))
            bad(detail);
        if (!out.people.has(entry.speaker) && !invalid.has(`people.${entry.speaker}`))
            bad(`speaker "${entry.speaker}" is not defined under "people:"`);
        if (!out.sources.has(entry.source) && !invalid.has(`sources.${entry.source}`))
            bad(`source "${entry.source}" is not defined under "sources:"`);
        if (!languages.includes(entry.language))
            bad(`language "${entry.language}" is not one of ${languages.join(', ')}`);
        if (!languages.includes(entry.published))
            bad(`published "${entry.published}" is not one of ${languages.join(', ')}`);
        out.quotes.set(id, entry);
    }
    return out;
}
//# sourceMappingURL=content.js.map