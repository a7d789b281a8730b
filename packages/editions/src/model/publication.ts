/**
 * The publication's own settings, from content/story.md front matter: its
 * source language and its editions with their modes. Editions knows the
 * languages (src/languages.ts); the publication chooses among them.
 *
 *   sourceLanguage: en
 *   editions:
 *     - lang: en
 *     - lang: ja
 *       mode: strict
 *     - lang: ko
 *       mode: draft
 *       publish: reviewed   # quotes only once a second person has reviewed them
 */
import { readProjectText } from '../files/safe-files.ts';
import path from 'node:path';
import { z } from 'zod';
import { paths, type Edition } from '../config.ts';
import { EditionsError, problems, type Finding } from '../errors.ts';
import { language, languages } from '../languages.ts';
import { slug, text, validate } from './schema.ts';
import { splitFrontMatter } from './front-matter.ts';

const known = languages.map((l) => l.code);
const languageCode = z.string({ error: 'must be a language code' });

const editionSchema = z.strictObject({
  lang: languageCode,
  mode: z.enum(['strict', 'draft'], { error: 'must be "strict" or "draft"' }).default('strict'),
  publish: z.enum(['translated', 'reviewed'], { error: 'must be "translated" or "reviewed"' }).default('translated'),
});

/** The story page's front matter: its two units (title, description) and the publication's settings. */
export const storySchema = z.strictObject({
  title: text,
  description: text,
  published: z.union([z.date(), z.string()], { error: 'must be a date (YYYY-MM-DD)' })
    .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d.trim()))
    .pipe(z.iso.date({ error: 'must be a calendar date written YYYY-MM-DD' })),
  sourceLanguage: languageCode.default('en'),
  editions: z.array(editionSchema, { error: 'must be a list of editions, each "- lang: <code>"' }).min(1, { error: 'must list at least one edition' }),
  chapters: z.array(slug, { error: 'must be a list of chapter slugs' }).min(1, { error: 'must list at least one chapter slug' }),
});

/**
 * The fields the rest of the load needs (editions, chapter order), read
 * leniently when the front matter has errors elsewhere (a bad date, an
 * unknown field): those are reported, and the load goes on to report the rest.
 */
export const storyStructure = z.object({
  sourceLanguage: languageCode.default('en'),
  editions: storySchema.shape.editions,
  chapters: storySchema.shape.chapters,
});

export interface Publication {
  sourceLanguage: string;
  editions: Edition[];
}

/**
 * The editions as declared, with Editions' facts about each language; a
 * language Editions does not know, an edition listed twice or a source
 * language without an edition is a finding at its line.
 */
export function resolvePublication(data: z.infer<typeof storyStructure>, file: string, lineOf: (path: string) => number | undefined, findings: Finding[]): Publication | null {
  const editions: Edition[] = [];
  let ok = true;
  data.editions.forEach((e, i) => {
    const at = { file, line: lineOf(`editions.${i}.lang`) ?? lineOf('editions') };
    const facts = language(e.lang);
    if (!facts) {
      findings.push(problems.unknownLanguage(at, e.lang, known));
      ok = false;
    } else if (editions.some((x) => x.code === e.lang)) {
      findings.push(problems.duplicateEdition(at, e.lang));
      ok = false;
    } else {
      editions.push({ ...facts, mode: e.mode, publish: e.publish });
    }
  });
  if (ok && !editions.some((e) => e.code === data.sourceLanguage)) {
    findings.push(problems.sourceWithoutEdition({ file, line: lineOf('sourceLanguage') ?? lineOf('editions') }, data.sourceLanguage));
    ok = false;
  }
  return ok ? { sourceLanguage: data.sourceLanguage, editions } : null;
}

const memo = new Map<string, Publication>();

/**
 * The publication's settings read straight from content/story.md, for tools
 * that need the editions before (or without) loading the model: the CLIs'
 * argument checks, the browser suite, the bench. Throws an EditionsError.
 */
export function readPublication(root: string): Publication {
  const dir = path.resolve(root);
  const hit = memo.get(dir);
  if (hit) return hit;
  const findings: Finding[] = [];
  const file = paths.story;
  const text = readProjectText(dir, file, findings);
  if (text === null && findings.length === 0) findings.push(problems.missingFile(file));
  const fm = text === null ? null : splitFrontMatter(text, file, findings);
  const data = fm && validate(storySchema, fm.data, file, fm.lineOf, findings);
  const publication = data && resolvePublication(data, file, fm.lineOf, findings);
  if (!publication) throw new EditionsError(findings.filter((f) => f.severity === 'error'));
  memo.set(dir, publication);
  return publication;
}

/** `editionCodes(pub)` → ["en", "ja", "ko"] */
export function editionCodes(publication: Publication): string[] {
  return publication.editions.map((e) => e.code);
}
