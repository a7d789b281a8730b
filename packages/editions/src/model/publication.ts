/**
 * The publication's own settings, from content/story.md front matter: its
 * source language and its editions with their modes. Editions knows facts
 * about languages (src/languages.ts); an edition may declare or override them.
 *
 *   sourceLanguage: en
 *   editions:
 *     - lang: en
 *     - lang: ja
 *       mode: strict
 *     - lang: ko
 *       mode: draft
 *       publish: reviewed   # quotes only once a second person has reviewed them
 *     - lang: ar            # facts Editions would otherwise take from Intl
 *       name: العربية
 *       script: Arab
 *       quotes: «»‹›
 *       dir: rtl
 *       book: horizontal    # its EPUB set horizontally (Japanese is vertical by default)
 */
import { readProjectText } from '../files/safe-files.ts';
import path from 'node:path';
import { z } from 'zod';
import { paths, type Edition } from '../config.ts';
import { EditionsError, problems, type Finding } from '../errors.ts';
import { builtInCodes, declareLanguages, displayName, language, scriptPattern, type LanguageFacts } from '../languages.ts';
import { slug, text, validate } from './schema.ts';
import { splitFrontMatter } from './front-matter.ts';

const languageCode = z.string({ error: 'must be a language code' });
const perEdition = z.union([text, z.record(z.string(), text)], { error: 'must be a text, or one text per edition ({ en: …, ja: … })' });

/** What the publication says of itself on every page (content/story.md `siteName:`, `credit:`). */
export interface SiteSettings {
  name?: string | Record<string, string>;
  credit?: string | Record<string, string>;
}

/**
 * A site setting as edition `lng` shows it: its own text, or the one text
 * given. A credit given once is the source edition's (it is prose); a name
 * given once is every edition's.
 */
export function siteSetting(value: string | Record<string, string> | undefined, lng: string, sourceLanguage: string, everyEdition: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return everyEdition || lng === sourceLanguage ? value : undefined;
  return value[lng] ?? (everyEdition ? value[sourceLanguage] : undefined);
}

const editionSchema = z.strictObject({
  lang: languageCode,
  mode: z.enum(['strict', 'draft'], { error: 'must be "strict" or "draft"' }).default('strict'),
  publish: z.enum(['translated', 'reviewed'], { error: 'must be "translated" or "reviewed"' }).default('translated'),
  // Facts about the language, for one Editions does not describe as the publication needs (all optional).
  name: text.optional(),
  englishName: text.optional(),
  script: z
    .string()
    .regex(/^[A-Z][a-z]{3}$/, { error: 'must be an ISO 15924 script code such as Latn, Arab, Hani' })
    .optional(),
  quotes: z
    .string()
    .refine((q) => [...q].length === 4, { error: 'must be four characters: double open, double close, single open, single close (such as “”‘’)' })
    .optional(),
  dir: z.enum(['ltr', 'rtl'], { error: 'must be "ltr" or "rtl"' }).optional(),
  ogLocale: z
    .string()
    .regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, { error: 'must be an Open Graph locale such as vi_VN' })
    .optional(),
  search: z.strictObject({ wholeRuns: z.boolean().optional(), variants: z.boolean().optional(), hangulJamo: z.boolean().optional() }).optional(),
  // How its EPUB is set (src/book/); default: the language's (Japanese vertical), else horizontal.
  book: z.enum(['horizontal', 'vertical'], { error: 'must be "horizontal" or "vertical"' }).optional(),
});

/** An edition's language: what Editions knows or derives, with what the edition declares laid over it. */
function editionFacts(e: z.infer<typeof editionSchema>, base: LanguageFacts): LanguageFacts {
  return {
    ...base,
    ...(e.name !== undefined ? { endonym: e.name } : {}),
    ...(e.englishName !== undefined ? { englishName: e.englishName } : {}),
    ...(e.script !== undefined ? { script: scriptPattern(e.script) ?? base.script } : {}),
    ...(e.quotes !== undefined ? { quotes: e.quotes } : {}),
    ...(e.dir !== undefined ? { dir: e.dir } : {}),
    ...(e.ogLocale !== undefined ? { ogLocale: e.ogLocale } : {}),
    search: { ...base.search, ...e.search },
  };
}

/** The story page's front matter: its two units (title, description) and the publication's settings. */
export const storySchema = z.strictObject({
  title: text,
  description: text,
  published: z
    .union([z.date(), z.string()], { error: 'must be a date (YYYY-MM-DD)' })
    .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d.trim()))
    .pipe(z.iso.date({ error: 'must be a calendar date written YYYY-MM-DD' })),
  sourceLanguage: languageCode.default('en'),
  editions: z.array(editionSchema, { error: 'must be a list of editions, each "- lang: <code>"' }).min(1, { error: 'must list at least one edition' }),
  chapters: z.array(slug, { error: 'must be a list of chapter slugs' }).min(1, { error: 'must list at least one chapter slug' }),
  // The publication's name and the credit line under every page: one text, or one per edition ({ en: …, ja: … }).
  siteName: perEdition.optional(),
  credit: perEdition.optional(),
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
    const base = language(e.lang);
    // A tag nobody can name (not Editions, not Intl, not the edition itself) is taken for a typo.
    if (!base || (!builtInCodes.includes(base.code) && !displayName(base.code, base.code) && !displayName('en', base.code) && e.name === undefined)) {
      findings.push(problems.unknownLanguage(at, e.lang, builtInCodes));
      ok = false;
    } else if (base.code !== e.lang) {
      findings.push(problems.languageNotCanonical(at, e.lang, base.code));
      ok = false;
    } else if (e.script !== undefined && !scriptPattern(e.script)) {
      findings.push(problems.unknownScript({ file, line: lineOf(`editions.${i}.script`) ?? at.line }, e.lang, e.script));
      ok = false;
    } else if (editions.some((x) => x.code === e.lang)) {
      findings.push(problems.duplicateEdition(at, e.lang));
      ok = false;
    } else {
      editions.push({ ...editionFacts(e, base), mode: e.mode, publish: e.publish, book: e.book ?? base.book ?? 'horizontal' });
    }
  });
  if (ok) declareLanguages(editions);
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
