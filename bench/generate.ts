/**
 * Generates a synthetic publication in the project's own content model: N
 * chapters of ~20 units and 5 quotes each (or `quotesPerChapter`, which may
 * be a fraction, spread evenly: the largest sizes need fewer to stay within
 * the input limits of quotes.yml and quotes.json), translated in every locale. Its
 * text is sampled from the real publication's parallel units (the same unit
 * in en, ja and ko), so Japanese and Korean lengths are those of real
 * translations. Deterministic: the same N gives the same files.
 * Also writes the baseline beside it (see baseline.ts).
 */
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { paths } from '../packages/editions/src/config.ts';
import { readPublication } from '../packages/editions/src/model/publication.ts';
import { loadModel } from '../packages/editions/src/model/load.ts';
import { runLockCommand } from '../packages/editions/src/cli/sync.ts';
import { refreshTemplates } from '../packages/editions/src/cli/templates.ts';
import { writeBaseline } from './baseline.ts';
import type { Model } from '../packages/editions/src/model/types.ts';

export const projectDir = path.resolve(import.meta.dirname, '..');
/** The synthetic publication has this one's editions. */
const locales = readPublication(projectDir).editions;

/** A unit in every locale: locale code → inline Markdown. */
type Parallel = Record<string, string>;

/** One block of a generated chapter. */
interface GenUnit {
  id: string;
  kind: string;
  text: Parallel;
}

interface Pools {
  titles: Parallel[];
  descriptions: Parallel[];
  headings: Parallel[];
  paragraphs: Parallel[];
  items: Parallel[];
  /** Real quote ids, cloned with new ids. */
  quotes: string[];
}

/** Small seeded PRNG (mulberry32), so a size always gives the same publication. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pools(model: Model): Pools {
  const out: Pools = { titles: [], descriptions: [], headings: [], paragraphs: [], items: [], quotes: [...model.quotes.keys()] };
  const source = model.story.sourceLanguage;
  for (const chapter of model.story.chapters) {
    for (const unit of chapter.units) {
      // Quotes are cloned separately; figures (and their captions) are left out.
      if (unit.kind === 'quote' || unit.kind === 'figure' || unit.figure) continue;
      const p: Parallel = { [source]: unit.source };
      for (const l of locales) {
        if (l.code === source) continue;
        const value = model.locales.get(l.code)?.files.get(chapter.slug)?.strings.get(unit.id);
        if (value) p[l.code] = value;
      }
      if (Object.keys(p).length !== locales.length) continue;
      const pool = { title: out.titles, description: out.descriptions, heading: out.headings, paragraph: out.paragraphs, item: out.items }[unit.kind];
      pool.push(p);
    }
  }
  if (out.items.length === 0) out.items = out.paragraphs;
  return out;
}

const yamlString = (s: string) => JSON.stringify(s);
const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

export interface Generated {
  root: string;
  baseline: string;
  chapters: number;
  /** Quotes the chapters use (each translated in every locale). */
  quotes: number;
  /** A ja string used by exactly one page, for the incremental rebuild. */
  editTarget: { file: string; key: string };
  /** A chapter in the middle and one of its paragraphs, for the incremental rebuild after an author's save. */
  contentTarget: { file: string; key: string };
}

/** Writes `<dir>/site` (the publication) and `<dir>/baseline` (plain pages). */
export async function generate(dir: string, chapters: number, quotesPerChapter = 5): Promise<Generated> {
  const { model } = await loadModel(projectDir);
  const pool = pools(model);
  const rand = random(chapters);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  // Every string ends with its own number, so no two are alike (as in a real
  // story): nothing may get faster by caching repeated text.
  let serial = 0;
  const unique = (p: Parallel): Parallel => {
    serial++;
    return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, `${v} ${serial}`]));
  };
  const root = path.join(dir, 'site');
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(root, paths.chapters), { recursive: true });
  for (const l of locales) await mkdir(path.join(root, paths.locales, l.code), { recursive: true });

  const source = model.story.sourceLanguage;
  const slugs = Array.from({ length: chapters }, (_, i) => `chapter-${String(i + 1).padStart(4, '0')}`);
  // Per locale: namespace → strings.
  const strings = new Map(locales.map((l) => [l.code, new Map<string, Record<string, string>>()]));
  const quoteClones: { id: string; of: string }[] = [];
  /** Per page, in reading order: the blocks in every locale, for the baseline. */
  const pageBlocks = new Map<string, GenUnit[]>();

  for (const [n, slug] of slugs.entries()) {
    const units: GenUnit[] = [];
    const title = pick(pool.titles);
    const numbered: Parallel = Object.fromEntries(Object.entries(title).map(([k, v]) => [k, `${v} ${n + 1}`]));
    units.push({ id: 'title', kind: 'title', text: numbered });
    units.push({ id: 'description', kind: 'description', text: unique(pick(pool.descriptions)) });
    let q = 0;
    // Spread evenly: chapter n has the quotes that bring the running total to (n + 1) × quotesPerChapter.
    const quotesHere = Math.floor((n + 1) * quotesPerChapter) - Math.floor(n * quotesPerChapter);
    const quote = () => {
      const id = `q${n + 1}-${++q}`;
      quoteClones.push({ id, of: pool.quotes[(quoteClones.length + 1) % pool.quotes.length]! });
      units.push({ id, kind: 'quote', text: {} });
    };
    // Three sections: 3 headings + 12 paragraphs + 3 list items = 18 units, plus title and description = 20; the quotes among them.
    for (let s = 1; s <= 3; s++) {
      units.push({ id: `section-${s}`, kind: 'heading', text: unique(pick(pool.headings)) });
      for (let p = 1; p <= 4; p++) {
        units.push({ id: `p-${s}${p}${n.toString(16)}`, kind: 'paragraph', text: unique(pick(pool.paragraphs)) });
        if (p === 2 && q < quotesHere) quote();
      }
      if (s === 2) for (let i = 1; i <= 3; i++) units.push({ id: `item-${i}`, kind: 'item', text: unique(pick(pool.items)) });
      if (q < quotesHere) quote();
    }
    while (q < quotesHere) quote();

    const body = units.slice(2).map((u) => {
      if (u.kind === 'heading') return `## ${u.text[source]} {#${u.id}}`;
      if (u.kind === 'item') return `- ${u.text[source]} {#${u.id}}`;
      if (u.kind === 'quote') return `::: quote ${u.id}\n:::`;
      return `${u.text[source]} {#${u.id}}`;
    });
    // Consecutive list items form one list: join them without a blank line.
    const md = body.join('\n\n').replace(/(\{#item-\d\})\n\n- /g, '$1\n- ');
    await writeFile(
      path.join(root, paths.chapters, `${slug}.md`),
      `---\ntitle: ${yamlString(units[0]!.text[source]!)}\ndescription: ${yamlString(units[1]!.text[source]!)}\n---\n\n${md}\n`,
    );
    for (const l of locales) {
      if (l.code === source) continue;
      strings.get(l.code)!.set(slug, Object.fromEntries(units.filter((u) => u.kind !== 'quote').map((u) => [u.id, u.text[l.code]!])));
    }
    pageBlocks.set(slug, units);
  }

  // The story page: the real one, listing the generated chapters.
  const story = await readFile(path.join(projectDir, paths.story), 'utf8');
  await writeFile(path.join(root, paths.story), story.replace(/chapters:\n(\s+- .*\n)+/, `chapters:\n${slugs.map((s) => `  - ${s}\n`).join('')}`));

  // Quotes: clones of the real ones (speaker, languages, source, text) under new ids.
  const quotesYml = await readFile(path.join(projectDir, paths.quotes), 'utf8');
  const head = quotesYml.slice(0, quotesYml.indexOf('\nquotes:\n') + 1);
  const quoteYaml = quoteClones.map(({ id, of }) => {
    const qt = model.quotes.get(of)!;
    const fields = {
      speaker: qt.speaker,
      language: qt.language,
      published: qt.published,
      source: qt.source,
      text: `${qt.text} ${id}`,
      ...(qt.original ? { original: `${qt.original} ${id}` } : {}),
    };
    return `  ${id}:\n${Object.entries(fields)
      .map(([k, v]) => `    ${k}: ${yamlString(v)}`)
      .join('\n')}`;
  });
  await writeFile(path.join(root, paths.quotes), `${head}quotes:\n${quoteYaml.join('\n')}\n`);

  // Locale files: the real ui, story and quote captions; generated chapters and quotes.
  for (const l of locales) {
    const dirOf = path.join(root, paths.locales, l.code);
    const real = model.locales.get(l.code)!;
    for (const [ns, file] of real.files) {
      if (ns === 'ui' || ns === 'story') await writeFile(path.join(dirOf, `${ns}.json`), json(file.data));
    }
    const realQuotes = real.files.get('quotes')?.data as { quote?: Record<string, string> } | undefined;
    if (realQuotes) {
      const quote = Object.fromEntries(quoteClones.filter((c) => realQuotes.quote?.[c.of]).map((c) => [c.id, `${realQuotes.quote![c.of]!} ${c.id}`]));
      await writeFile(path.join(dirOf, 'quotes.json'), json({ ...realQuotes, quote }));
    }
    for (const [ns, data] of strings.get(l.code) ?? []) await writeFile(path.join(dirOf, `${ns}.json`), json(data));
  }

  // The lock records every translation as made from the current source, as `npm run i18n:sync` does.
  await runLockCommand(root, 'sync', [], false);
  // The Weblate/Crowdin templates, as a real publication commits them (npm run check fails without).
  await refreshTemplates(root);

  const middle = slugs[Math.floor(chapters / 2)]!;
  const editUnit = pageBlocks.get(middle)!.find((u) => u.kind === 'paragraph')!;
  // The CLI run inside the publication resolves tsx and the libraries from here.
  await symlink(path.join(projectDir, 'node_modules'), path.join(root, 'node_modules'));
  await writeBaseline(root, path.join(dir, 'baseline'));
  return {
    root,
    baseline: path.join(dir, 'baseline'),
    chapters,
    quotes: quoteClones.length,
    editTarget: { file: `${paths.locales}/ja/${middle}.json`, key: editUnit.id },
    contentTarget: { file: `${paths.chapters}/${middle}.md`, key: editUnit.id },
  };
}

// `node --import tsx bench/generate.ts <dir> <chapters>`: generate one publication by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'scratch/bench', n = '100'] = process.argv.slice(2);
  const g = await generate(path.resolve(dir), Number(n));
  console.log(JSON.stringify(g, null, 2));
}
