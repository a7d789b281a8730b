/**
 * One measured job of the bench, run in its own process so that its peak
 * memory is its own and nothing stays warm between runs. Prints one JSON line.
 *   watch <root> <file> <key> <n>  Eleventy watch mode (npm start without the server); edits one string n times
 *   content <root> <file> <key> <n>  the same, an author rewording one paragraph of a chapter n times
 *   search <site>                  what a first search downloads per edition (search-weight.ts)
 *   books <root>                   each edition's EPUB, and the cards: drawn afresh (a sample) and from the cache
 *   views <root>                   what the parallel views cost: building their views and writing their HTML, per view
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { searchWeights } from './search-weight.ts';
import { allPages, loadModel } from '../packages/editions/src/model/load.ts';
import { pageUrl, storySlug } from '../packages/editions/src/urls.ts';
import { watch as startWatch } from '../packages/editions/tests/helpers/watch.ts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { chromeContext, prepareBuild } from '../packages/editions/src/render/plugin.ts';
import { buildParallelPages } from '../packages/editions/src/render/parallel-page.ts';
import { parallelHtml } from '../packages/editions/src/render/markup.ts';
import { pageBottom, pageTop } from '../packages/editions/src/render/page-chrome.ts';
import { buildBook } from '../packages/editions/src/book/book.ts';
import { cardsOf } from '../packages/editions/src/render/books-and-cards.ts';
import { writeCards } from '../packages/editions/src/cards/write.ts';

const report = (data: Record<string, unknown>) => {
  const own = process.cpuUsage();
  console.log(`BENCH ${JSON.stringify({ ...data, rssMB: Math.round(process.resourceUsage().maxRSS / 1024), ownCpuMs: Math.round((own.user + own.system) / 1000) })}`);
};

/**
 * `letters(1)` → "a", `letters(27)` → "aa": an edit's marker without digits, so
 * that it plants no figure for translation QA to find (the edit alone is measured).
 */
const letters = (n: number): string => (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(97 + ((n - 1) % 26));

const [mode, target, ...rest] = process.argv.slice(2);
if (mode === 'views') {
  report(await parallelViews(target!));
} else if (mode === 'books') {
  report(await booksAndCards(target!));
} else if (mode === 'search') {
  report({ search: await searchWeights(target!) });
} else if (mode === 'content') {
  report(await watchContent(target!, rest[0]!, rest[1]!, Number(rest[2] ?? 3)));
  process.exit(0);
} else if (mode === 'watch') {
  report(await watch(target!, rest[0]!, rest[1]!, Number(rest[2] ?? 3)));
  process.exit(0);
} else {
  throw new Error(`Unknown mode ${mode}`);
}

/**
 * Starts Eleventy's watcher over the publication, as `npm start` does (the dev
 * server only adds a reload on top), waits for the first build's background
 * work (tests/helpers/watch.ts), then edits one string of a locale file
 * and times each rebuild: from the save to the written page (what a
 * translator waits for, including the watcher's 150 ms write-settle delay),
 * and Eleventy's rebuild alone (from the change event to the written page).
 */
async function watch(root: string, file: string, key: string, edits: number) {
  const out = path.join(root, '_watch');
  await rm(out, { recursive: true, force: true });
  const full = path.join(root, file);
  const original = await readFile(full, 'utf8');
  const { model } = await loadModel(root);
  const editionPages = new Set(model.story.editions.map((e) => e.code).flatMap((l) => allPages(model.story).map((c) => pageUrl(l, storySlug(model.story, c)))));
  const url = `/ja/${path.basename(file, '.json')}/`;
  const watching = await startWatch(root, out);
  const runs: { saveToPage: number; rebuild: number; pages: number; files: number }[] = [];
  try {
    for (let i = 1; i <= edits; i++) {
      const data = JSON.parse(await readFile(full, 'utf8'));
      const marker = `改訂${letters(i)}`;
      data[key] = `${data[key]}（${marker}）`;
      const r = await watching.save(file, JSON.stringify(data, null, 2));
      const html = await readFile(path.join(out, url, 'index.html'), 'utf8');
      if (!html.includes(marker)) throw new Error(`${url} does not show the edited string after the rebuild`);
      // Edition pages re-rendered; files also counts the site-wide ones Eleventy writes on every build (root, search, sitemap, feeds).
      runs.push({ saveToPage: r.saveToPageMs, rebuild: r.rebuildMs, pages: r.urls.filter((u) => editionPages.has(u)).length, files: r.urls.length });
    }
  } finally {
    await writeFile(full, original);
    await watching.stop();
  }
  return { runs };
}

/**
 * An author's saves of one chapter in watch mode: the paragraph `key` of
 * `file` reworded `edits` times. The first save makes its translations
 * outdated, which lowers every other edition's completeness, shown on each of
 * their pages; the saves after it change that chapter's pages only.
 */
async function watchContent(root: string, file: string, key: string, edits: number) {
  const out = path.join(root, '_watch');
  await rm(out, { recursive: true, force: true });
  const original = await readFile(path.join(root, file), 'utf8');
  const { model } = await loadModel(root);
  const editionPages = new Set(model.story.editions.map((e) => e.code).flatMap((l) => allPages(model.story).map((c) => pageUrl(l, storySlug(model.story, c)))));
  const url = `/en/${path.basename(file, '.md')}/`;
  const watching = await startWatch(root, out);
  const runs: { saveToPage: number; rebuild: number; pages: number; files: number }[] = [];
  try {
    for (let i = 1; i <= edits; i++) {
      const marker = `revision${letters(i)}`;
      const text = original.replace(` {#${key}}`, ` ${marker} {#${key}}`);
      if (text === original) throw new Error(`${file} has no unit ${key}`);
      const r = await watching.save(file, text);
      const html = await readFile(path.join(out, url, 'index.html'), 'utf8');
      if (!html.includes(marker)) throw new Error(`${url} does not show the edited paragraph after the rebuild`);
      runs.push({ saveToPage: r.saveToPageMs, rebuild: r.rebuildMs, pages: r.urls.filter((u) => editionPages.has(u)).length, files: r.urls.length });
    }
  } finally {
    await writeFile(path.join(root, file), original);
    await watching.stop();
  }
  return { runs };
}

/**
 * The books and cards of a build, measured apart from it: each edition's
 * book (time, bytes), and the cards: how many pages have their own, what one
 * costs drawn afresh (a sample of `sample` per edition: a first build draws
 * them all) and copied from the cache (every later build).
 */
async function booksAndCards(root: string, sample = 5) {
  const state = await prepareBuild(root, false);
  // CPU time beside wall time: on a shared machine it is the steadier figure.
  const cpu = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  const books: Record<string, { ms: number; cpuMs: number; bytes: number }> = {};
  for (const edition of state.model.story.editions) {
    const t = performance.now();
    const c = process.cpuUsage();
    const bytes = buildBook({
      edition,
      pages: state.pages.filter((p) => p.locale === edition.code),
      tr: state.tr,
      sourceLanguage: state.model.story.sourceLanguage,
      origin: 'https://example.org',
    });
    books[edition.code] = { ms: performance.now() - t, cpuMs: cpu(c), bytes: bytes.length };
  }
  const cards = cardsOf(state).drawn;
  const picked = state.model.story.editions.flatMap((e) => cards.filter((c) => c.spec.locale === e.code).slice(0, sample));
  const out = await mkdtemp(path.join(tmpdir(), 'editions-cards-'));
  const cache = path.join(out, '.cache');
  let t = performance.now();
  let c = process.cpuUsage();
  await writeCards(out, picked, cache);
  const drawMs = (performance.now() - t) / picked.length;
  const drawCpuMs = cpu(c) / picked.length;
  t = performance.now();
  c = process.cpuUsage();
  await writeCards(out, picked, cache);
  const cachedMs = (performance.now() - t) / picked.length;
  const cachedCpuMs = cpu(c) / picked.length;
  await rm(out, { recursive: true, force: true });
  return { books, cards: { count: cards.length, sampled: picked.length, drawMs, drawCpuMs, cachedMs, cachedCpuMs } };
}

/**
 * The parallel views' own cost, apart from Eleventy's writing of them (the
 * same per page as any page): building every view from the editions' page
 * views, then its whole HTML (the chrome and the rows, as the layouts call
 * them), in CPU per view, and their bytes.
 */
async function parallelViews(root: string) {
  const state = await prepareBuild(root, false);
  const c = chromeContext(state, 'https://example.org');
  const start = process.cpuUsage();
  const views = buildParallelPages(state.pages, state.tr, state.model.story.editions);
  const built = process.cpuUsage(start);
  let bytes = 0;
  for (const pg of views) bytes += Buffer.byteLength(`${pageTop(c, pg)}\n${parallelHtml(c, pg)}\n${pageBottom(c, pg)}\n`);
  const all = process.cpuUsage(start);
  const ms = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  return { views: views.length, viewCpuMs: ms(built) / views.length, htmlCpuMs: (ms(all) - ms(built)) / views.length, bytesPerView: bytes / views.length };
}
