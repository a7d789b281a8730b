/**
 * The baseline: the same publication as plain pages, built by bare Eleventy
 * and indexed by Pagefind, so the project's cost is a ratio, not a time.
 *
 * Every page the project writes becomes one Markdown file holding the same
 * text in the same language (units, quotes with their captions, the contents
 * and pager links), under one small Nunjucks layout; no i18n, no model. After
 * the first builds, `padBaseline` pads each page with an HTML comment so that
 * both sites write the same number of HTML bytes per page.
 */
import { appendFile, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pageKinds } from '../packages/editions/src/render/page-kinds.ts';
import type { Block, PageView } from '../packages/editions/src/render/pages.ts';
import { prepareBuild } from '../packages/editions/src/render/plugin.ts';
import type { SearchPageView } from '../packages/editions/src/render/search-page.ts';
import type { RootView } from '../packages/editions/src/render/site.ts';
import type { StatusPageView } from '../packages/editions/src/render/status-page.ts';

const yamlString = (s: string) => JSON.stringify(s);

/** The Markdown file of the page at `url`: "/ja/chapter-0001/" → "ja/chapter-0001.md". */
export function baselineFile(dir: string, url: string): string {
  const parts = url.split('/').filter(Boolean);
  return path.join(dir, 'input', parts.length === 0 ? 'index.md' : parts.length === 1 ? `${parts[0]}/index.md` : `${parts.join('/')}.md`);
}

/** The same text as Markdown, per kind of HTML page (src/render/page-kinds.ts); kinds without an entry get their title and description. */
const markdownOf: Record<string, (view: never) => string> = {
  home: pageMarkdown,
  chapter: pageMarkdown,
  status: statusMarkdown,
  search: (pg: SearchPageView) => {
    const choices = [...pg.chapters, ...pg.speakers].map((c) => `- ${c.label}`).join('\n');
    return `${front(pg.url, pg.locale, pg.titleText, pg.description)}# ${pg.titleText}\n\n${pg.description}\n\n${choices}\n`;
  },
  root: (root: RootView) => front('/', root.locale, 'Editions', '') + root.editions.map((e) => `- [${e.endonym}](${e.url})`).join('\n') + '\n',
};

interface AnyView {
  url: string;
  locale?: string;
  titleText?: string;
  title?: string;
  description?: string;
}

/** Writes `dir`: eleventy.config.js, input/_includes/page.njk and one Markdown file per page of the publication at `root`. */
export async function writeBaseline(root: string, dir: string): Promise<number> {
  const state = await prepareBuild(root, false);
  await mkdir(path.join(dir, 'input', '_includes'), { recursive: true });
  await writeFile(path.join(dir, 'eleventy.config.js'), CONFIG);
  await writeFile(path.join(dir, 'input', '_includes', 'page.njk'), LAYOUT);
  const files = new Map<string, string>();
  const seen = new Set<string>();
  for (const kind of pageKinds.filter((k) => k.html)) {
    // Kinds that share a template share their views: each page once.
    if (seen.has(kind.data)) continue;
    seen.add(kind.data);
    for (const view of kind.views({ state, siteUrl: '' }) as AnyView[]) {
      const own = (markdownOf[(view as { kind?: string }).kind ?? kind.name] ?? markdownOf[kind.name]) as ((v: AnyView) => string) | undefined;
      const title = view.titleText ?? view.title ?? '';
      files.set(view.url, own ? own(view) : `${front(view.url, view.locale ?? state.model.story.sourceLanguage, title, view.description ?? '')}# ${title}\n`);
    }
  }
  for (const [url, text] of files) {
    const file = baselineFile(dir, url);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return files.size;
}

function front(url: string, lang: string, title: string, description: string): string {
  return `---\npermalink: ${url}\nlang: ${lang}\ntitle: ${yamlString(title)}\ndescription: ${yamlString(description)}\n---\n`;
}

function blockMarkdown(pg: PageView, b: Block): string {
  const others = pg.alternates.filter((a) => !a.current);
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${b.html} ${others.map((a) => `[${a.endonym}](${a.url}#${b.id})`).join(' ')}`;
    case 'paragraph':
      return b.html;
    case 'list':
      return b.items.map((i) => `- ${i.html}`).join('\n');
    case 'quote': {
      const q = b.quote;
      const original = q.original ? `\n>\n${q.original.lines.map((l) => `> ${l}`).join('\n>\n')}` : '';
      return `${q.lines.map((l) => `> ${l}`).join('\n>\n')}${original}\n>\n> **${q.speaker}**, ${q.role}. ${q.source}. ${q.noteText}`;
    }
    case 'figure':
      return `${b.figure.svg}\n\n${b.figure.caption.map((c) => blockMarkdown(pg, c)).join('\n\n')}`;
  }
}

function pageMarkdown(pg: PageView): string {
  const pager = [pg.previous, pg.next]
    .filter((l) => l !== null)
    .map((l) => `[${l.title}](${l.url})`)
    .join(' · ');
  return [
    front(pg.url, pg.locale, pg.titleText, pg.description),
    '<article data-pagefind-body>',
    '',
    `# ${pg.title.html}`,
    '',
    pg.description,
    '',
    pg.blocks.map((b) => blockMarkdown(pg, b)).join('\n\n'),
    '',
    '</article>',
    '<nav class="contents">',
    '',
    pg.contents.map((c) => `- [${c.title}](${c.url})`).join('\n'),
    '',
    pager,
    '',
    '</nav>',
    '',
  ].join('\n');
}

function statusMarkdown(pg: StatusPageView): string {
  const rows = pg.table.map((r) => `| ${r.locale} | ${r.namespace || '*'} | ${r.translated}/${r.total} (${r.percent}%) | ${r.missing} | ${r.outdated} |`);
  return `${front(pg.url, pg.locale, pg.titleText, pg.description)}# ${pg.titleText}\n\n${pg.description}\n\n| | | | | |\n|---|---|---|---|---|\n${rows.join('\n')}\n`;
}

/**
 * Pads every baseline page so its HTML is as long as the project's. Call it
 * after a build of the unpadded baseline: both maps are URL → HTML bytes.
 */
export async function padBaseline(dir: string, projectSizes: Map<string, number>, baselineSizes: Map<string, number>): Promise<void> {
  for (const [url, want] of projectSizes) {
    const have = baselineSizes.get(url);
    if (have === undefined) {
      console.error(`[bench] the baseline has no page ${url}: its size is not matched.`);
      continue;
    }
    const missing = want - have - '\n<!--  -->\n'.length;
    if (missing > 0) await appendFile(baselineFile(dir, url), `\n<!-- ${'x'.repeat(missing)} -->\n`);
  }
}

/** URL → bytes of every HTML page under a built site. */
export async function htmlSizes(site: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const rel = path.relative(site, entry.parentPath);
    out.set(rel ? `/${rel}/` : '/', (await stat(path.join(entry.parentPath, entry.name))).size);
  }
  return out;
}

const CONFIG = `// Bare Eleventy: Markdown pages under one layout, no template language inside Markdown.
export const config = { dir: { includes: '_includes' }, markdownTemplateEngine: false, templateFormats: ['md'] };
export default function (eleventyConfig) {
  eleventyConfig.addGlobalData('layout', 'page.njk');
  eleventyConfig.setQuietMode(true);
}
`;

/** About the project's page chrome: head, alternates, social tags, switcher. */
const LAYOUT = `<!doctype html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<meta name="description" content="{{ description }}">
<link rel="canonical" href="http://localhost:8080{{ page.url }}">
<link rel="alternate" hreflang="en" href="http://localhost:8080/en/">
<link rel="alternate" hreflang="ja" href="http://localhost:8080/ja/">
<link rel="alternate" hreflang="ko" href="http://localhost:8080/ko/">
<link rel="alternate" hreflang="x-default" href="http://localhost:8080/">
<meta property="og:type" content="article">
<meta property="og:title" content="{{ title }}">
<meta property="og:description" content="{{ description }}">
<meta property="og:url" content="http://localhost:8080{{ page.url }}">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<header><nav><ul><li><a href="/en/" hreflang="en" lang="en">English</a></li><li><a href="/ja/" hreflang="ja" lang="ja">日本語</a></li><li><a href="/ko/" hreflang="ko" lang="ko">한국어</a></li></ul></nav></header>
<main>
{{ content | safe }}
</main>
</body>
</html>
`;
