/**
 * `editions init [dir] --source <lng> --editions <lng,lng,…>`: writes a starter
 * publication that checks and builds at once: the source edition strict, the
 * others drafts (their missing prose shown flagged in the source language).
 * Nothing is overwritten: an existing file stops the command before anything is written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from '../files/own-files.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { engineDir, engineVersion } from '../config.ts';
import { language } from '../languages.ts';
import { builtInChrome, chromeLanguages } from '../locales/chrome.ts';
import { escapeLine, print } from '../terminal.ts';
import { refreshTemplates } from './templates.ts';
import { runLockCommand } from './sync.ts';

interface StarterText {
  siteName?: string;
  title: string;
  description: string;
  chapter: string;
  chapterDescription: string;
  home: string;
  paragraphs: string[];
}

const starterDir = path.join(engineDir, 'starter');
const slug = 'getting-started';

/** Languages Editions can start a publication in: those whose interface strings and starter text it ships. */
function starterLanguages(): Record<string, StarterText> {
  return JSON.parse(readFileSync(path.join(starterDir, 'text.json'), 'utf8')) as Record<string, StarterText>;
}

const yamlString = (s: string) => JSON.stringify(s);

/** The files of a new publication, by path relative to its folder. */
export function starterFiles(source: string, editions: string[], published: string, version: string): Map<string, string> {
  const texts = starterLanguages();
  const text = texts[source]!;
  const files = new Map<string, string>();
  const editionLines = editions.map((lng) => (lng === source ? `  - lang: ${lng}` : `  - lang: ${lng}\n    mode: draft`)).join('\n');
  files.set(
    'content/story.md',
    `---\ntitle: ${yamlString(text.title)}\ndescription: ${yamlString(text.description)}\npublished: ${published}\n# The language the chapters are written in, and the editions published (strict: nothing missing may be\n# published; draft: missing prose is shown in the source language, flagged for readers).\nsourceLanguage: ${source}\n# The publication's name and the credit line under every page: one text, or one per edition ({ en: …, ja: … }).\nsiteName: ${yamlString(text.siteName ?? text.title)}\neditions:\n${editionLines}\nchapters:\n  - ${slug}\n---\n\n${text.home} {#p-000001}\n`,
  );
  files.set(
    `content/chapters/${slug}.md`,
    `---\ntitle: ${yamlString(text.chapter)}\ndescription: ${yamlString(text.chapterDescription)}\n---\n\n${text.paragraphs.map((p, i) => `${p} {#p-00000${i + 2}}`).join('\n\n')}\n`,
  );
  files.set('content/quotes.yml', '# People, sources and quotes: chapters refer to a quote by id with\n#   ::: quote <id>\n#   :::\npeople: {}\nsources: {}\nquotes: {}\n');
  files.set('content/glossary.yml', '# How each name and term is written in every edition; translation QA holds translations to it.\nterms: {}\n');
  // Editions carries the page chrome of the languages it knows; locales/<lng>/ui.json overrides it key by key, when wanted.
  for (const lng of editions) files.set(`locales/${lng}/.gitkeep`, '');
  files.set(
    'package.json',
    `${JSON.stringify(
      {
        name: 'my-publication',
        private: true,
        type: 'module',
        // The names Editions' messages use ("Run `npm run i18n:sync`").
        scripts: {
          start: 'editions start',
          build: 'editions build',
          check: 'editions check',
          'i18n:ids': 'editions ids',
          'i18n:status': 'editions status',
          'i18n:sync': 'editions sync',
          'i18n:accept': 'editions accept',
          'i18n:export': 'editions export',
          'i18n:import': 'editions import',
          'i18n:review': 'editions review',
          'i18n:templates': 'editions templates',
          'qa:waive': 'editions waive',
          'build:merge': 'editions merge',
        },
        dependencies: { editions: `^${version}` },
      },
      null,
      2,
    )}\n`,
  );
  files.set('.gitignore', 'node_modules/\n_site/\n_site.*/\n');
  files.set('.github/workflows/editions.yml', readFileSync(path.join(starterDir, 'github', 'editions.yml'), 'utf8'));
  files.set(
    'README.md',
    `# ${text.title}\n\nA publication built with Editions: one source in \`content/\` (written in ${source}), translations in \`locales/<lng>/\`.\n\n- \`npm start\`: build every edition and serve it on http://localhost:8080/\n- \`npm run check\`: what is missing, outdated or wrong, file by file\n- \`npm run build\`: the site in \`_site/\` (one folder per edition, each with its search index)\n\nEditions other than ${source} start as drafts: switch one to \`mode: strict\` in \`content/story.md\` once it is translated.\n`,
  );
  return files;
}

export async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { source: { type: 'string' }, editions: { type: 'string' } } });
  const texts = starterLanguages();
  const known = Object.keys(texts);
  const canonical = (code: string) => language(code)?.code ?? code;
  const source = canonical(values.source ?? 'en');
  const editions = [
    ...new Set([
      source,
      ...(values.editions ?? source)
        .split(',')
        .map((s) => canonical(s.trim()))
        .filter(Boolean),
    ]),
  ];
  for (const lng of editions) {
    if (!language(lng)) throw new Error(`editions init: "${escapeLine(lng)}" is not a BCP 47 language tag (such as en, vi, zh-Hant).`);
    // Without Editions' own chrome, the edition's page chrome must be translated before anything builds.
    if (!builtInChrome(lng))
      throw new Error(
        `editions init: Editions has no page chrome in "${escapeLine(lng)}" yet (it has ${chromeLanguages().join(', ')}). Start without it, then add it to "editions:" in content/story.md with a locales/${escapeLine(lng)}/ui.json translated from Editions' chrome/en.json.`,
      );
  }
  if (!texts[source])
    throw new Error(
      `editions init: no starter text in "${escapeLine(source)}" (Editions ships it in ${known.join(', ')}). Start in one of those, then write your chapters in your own language and set sourceLanguage in content/story.md.`,
    );
  const dir = path.resolve(positionals[0] ?? '.');
  const files = starterFiles(source, editions, new Date().toISOString().slice(0, 10), engineVersion());
  // package.json may exist already (`npm install editions` writes one): the starter's scripts are merged into it.
  const existing = [...files.keys()].filter((f) => f !== 'package.json' && existsSync(path.join(dir, f)));
  if (existing.length) throw new Error(`editions init: ${escapeLine(dir)} already has ${existing.map(escapeLine).join(', ')}; nothing was written. Start in an empty folder.`);
  const pkgFile = path.join(dir, 'package.json');
  if (existsSync(pkgFile)) {
    const ours = JSON.parse(files.get('package.json')!) as Record<string, Record<string, string>>;
    const theirs = JSON.parse(readFileSync(pkgFile, 'utf8')) as Record<string, unknown>;
    files.set(
      'package.json',
      `${JSON.stringify({ ...theirs, type: 'module', scripts: { ...(theirs.scripts as object), ...ours.scripts }, dependencies: { ...ours.dependencies, ...(theirs.dependencies as object) } }, null, 2)}\n`,
    );
  }
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  // The Weblate/Crowdin templates, as the build keeps them.
  await refreshTemplates(dir);
  // Each edition's lock records the interface strings as they are now, so they start up to date.
  await runLockCommand(dir, 'sync', [], true);
  print(`Started a publication in ${escapeLine(dir)}: source ${source}, editions ${editions.join(', ')}. Next: npx editions check, npx editions start.`);
}
