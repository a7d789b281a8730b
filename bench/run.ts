/**
 * `npm run bench [-- --sizes 100,1000 --runs 3 --quotes 5 --skip build,baseline,incremental,content,shards,search,books,views,check,e2e]`:
 * generates a synthetic publication per size and measures, in one run, the
 * full build against a bare Eleventy + Pagefind baseline of the same pages,
 * an incremental rebuild after one locale-string edit and after an author's
 * save of a chapter, each edition built apart and merged, what a first search
 * downloads per edition, each edition's book and the link-preview cards,
 * `npm run check`, the browser quote gate, and peak memory. Medians of --runs runs; builds are interleaved with the baseline so
 * machine noise hits both alike. Prints a table and writes bench/results.json,
 * every figure with a baseline also as a ratio to it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readPublication } from '../packages/editions/src/model/publication.ts';
import { cacheFile, parseCacheFile } from '../packages/editions/src/model/parse-cache.ts';
import { htmlSizes, padBaseline } from './baseline.ts';
import { generate, projectDir } from './generate.ts';

const locales = readPublication(projectDir).editions;
import { npmScript } from '../packages/editions/tests/helpers/project.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000' },
    runs: { type: 'string', default: '3' },
    /** Quotes per chapter. */
    quotes: { type: 'string', default: '5' },
    skip: { type: 'string', default: '' },
    dir: { type: 'string', default: path.join(tmpdir(), 'editions-bench') },
    results: { type: 'string', default: 'bench/results.json' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const quotesPerChapter = Number(values.quotes);
if (!(quotesPerChapter >= 0)) throw new Error(`--quotes: a number of quotes per chapter (0.5, 1, 5), not "${values.quotes}"`);
const runs = Math.max(1, Number(values.runs));
const skip = new Set(values.skip!.split(',').filter(Boolean));

interface Job {
  ms: number;
  cpuMs: number;
  report: Record<string, any>;
}

/**
 * CPU time of this process's finished children, their own children included
 * (Linux: cutime + cstime in /proc/self/stat, in clock ticks of 10 ms). On a
 * shared machine CPU time is steadier than wall time; NaN elsewhere. Misses a
 * grandchild still exiting when its parent ends (Pagefind's process, killed
 * as the build finishes): where it can, a job is counted by its cgroup instead.
 */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * A cgroup of its own for one job (Linux, as root, cgroup v1's cpuacct): it
 * counts the CPU of every process the job starts, until the last one ends,
 * whoever reaps it. Null where none can be made (then childrenCpuMs counts).
 */
const CPUACCT = '/sys/fs/cgroup/cpuacct';
let groups = 0;
function jobGroup(): string | null {
  const dir = path.join(CPUACCT, `editions-bench-${process.pid}-${groups++}`);
  try {
    mkdirSync(dir);
    return dir;
  } catch {
    return null;
  }
}

/** The group's CPU in ms once every process in it has ended (waited for, up to 30 s); the group is removed. */
async function groupCpuMs(dir: string): Promise<number> {
  for (let tries = 0; tries < 300 && readFileSync(path.join(dir, 'cgroup.procs'), 'utf8').trim(); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  const ms = Number(readFileSync(path.join(dir, 'cpuacct.usage'), 'utf8')) / 1e6;
  try {
    rmdirSync(dir);
  } catch {}
  return ms;
}

/** Runs a command to completion: wall time, CPU, and the child's `BENCH {json}` line if it printed one. */
function job(command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Job> {
  return new Promise((resolve, reject) => {
    const group = jobGroup();
    const started = performance.now();
    const cpuBefore = childrenCpuMs();
    // In its group before it runs anything: the shell joins it, then becomes the command.
    const [file, argv] = group ? ['/bin/sh', ['-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', group, command, ...args]] : [command, args];
    const child = spawn(file, argv, { cwd: options.cwd ?? projectDir, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('close', async (code) => {
      const ms = performance.now() - started;
      const cpuMs = group ? await groupCpuMs(group) : childrenCpuMs() - cpuBefore;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${out.slice(-4000)}`));
      const line = out.split('\n').find((l) => l.startsWith('BENCH '));
      resolve({ ms, cpuMs, report: line ? JSON.parse(line.slice(6)) : {} });
    });
  });
}

const tsx = (script: string, args: string[], options?: Parameters<typeof job>[2]) => job(process.execPath, ['--import', 'tsx', script, ...args], options);
const child = (args: string[], options?: Parameters<typeof job>[2]) => tsx(path.join(projectDir, 'bench/child.ts'), args, options);
/** A command exactly as its npm script runs it (the compiled engine; npm's own start-up not counted), reporting its peak memory. */
const script = (name: string, args: string[]) => {
  const [command, ...rest] = npmScript(name, { compiled: true });
  return job(command, ['--import', './bench/report-usage.mjs', ...rest, ...args]);
};
/** `npm run build` of the publication at `root`. */
const projectBuild = (root: string) => script('build', ['--root', root, '--out', '_site']);
/** The baseline's build: plain Eleventy and Pagefind, no TypeScript loader (baseline-build.mjs). */
const baselineBuild = (dir: string) => job(process.execPath, ['--import', './bench/report-usage.mjs', 'bench/baseline-build.mjs', dir]);

/** Empties the parse cache and the remembered check of the publication at `root`: the next run starts cold. */
const forgetParses = async (root: string) => {
  for (const file of [parseCacheFile(root), cacheFile(root, 'check')]) if (file) await rm(file, { force: true });
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const log = (msg: string) => console.error(`[bench] ${msg}`);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface SizeResult {
  chapters: number;
  quotes: number;
  pages: number;
  build?: {
    projectMs: number;
    baselineMs: number;
    ratio: number;
    projectRuns: number[];
    baselineRuns: number[];
    /** CPU time, Pagefind included: steadier than wall time on a shared machine. */
    projectCpuMs: number;
    baselineCpuMs: number;
    cpuRatio: number;
    /** Of that CPU, the build's own process (Node: Editions, or bare Eleventy); the rest is Pagefind's process. */
    projectOwnCpuMs?: number;
    baselineOwnCpuMs?: number;
  };
  memory?: { projectMB: number; baselineMB: number };
  html?: { projectBytes: number; baselineBytes: number };
  incremental?: { rebuildMs: number; saveToPageMs: number; pagesRendered: number; filesWritten: number; runs: unknown[] };
  /** Warm: nothing changed since the last check (src/cli/check.ts remembers it); cold: the parse cache and the remembered check emptied first. */
  check?: { ms: number; cpuMs: number; runs: number[]; coldMs: number; coldRuns: number[]; editedMs?: number; editedRuns?: number[] };
  browser?: { pages: number; seconds: number; pagesPerSecond: number };
  /** An author's saves of one paragraph: the first lowers the other editions' completeness (all their pages change); later saves change that chapter only. */
  contentEdit?: { firstSaveMs: number; firstPages: number; saveToPageMs: number; rebuildMs: number; pagesRendered: number; filesWritten: number; runs: unknown[] };
  /** Each edition built on its own (`--locale`), against its share (1 / editions) of the full build measured in this run, and the merge. */
  shards?: { editions: Record<string, { ms: number; cpuMs: number; shareRatio: number }>; mergeMs: number; slowestRatio: number; threeMachinesRatio: number };
  /** Per edition: what a first search downloads, and the largest word-index chunk. */
  search?: Record<string, { query: string; firstSearchBytes: number; indexBytes: number; chunks: number; largestChunkBytes: number }>;
  /** Each edition's EPUB; the cards: how many, one drawn afresh (sampled) and one from the cache (src/render/books-and-cards.ts). */
  books?: {
    editions: Record<string, { ms: number; cpuMs: number; bytes: number }>;
    cards: { count: number; sampled: number; drawMs: number; drawCpuMs: number; cachedMs: number; cachedCpuMs: number };
  };
  /** The parallel views' own cost per view (child.ts `views`): building the view and its HTML, and its bytes. */
  parallel?: { views: number; viewCpuMs: number; htmlCpuMs: number; bytesPerView: number };
  /** Every figure that has a baseline, as Editions / baseline. */
  ratios?: { buildWall: number; buildCpu: number; memory: number; htmlBytes: number };
}

/** Full builds of the publication and of the baseline, interleaved, after a warm-up of each. */
async function measureBuilds(chapters: number, gen: Awaited<ReturnType<typeof generate>>): Promise<Pick<SizeResult, 'pages' | 'build' | 'memory' | 'html'>> {
  if (skip.has('baseline')) return measureProjectBuilds(chapters, gen);
  // Warm-up builds, then pad the baseline to the project's HTML sizes, page by page.
  log(`N=${chapters}: warm-up builds`);
  await projectBuild(gen.root);
  await baselineBuild(gen.baseline);
  const projectSizes = await htmlSizes(path.join(gen.root, '_site'));
  await padBaseline(gen.baseline, projectSizes, await htmlSizes(path.join(gen.baseline, '_site')));

  const project: Job[] = [];
  const baseline: Job[] = [];
  for (let r = 1; r <= runs; r++) {
    log(`N=${chapters}: build run ${r}/${runs}`);
    baseline.push(await baselineBuild(gen.baseline));
    // Every file parsed afresh, as in a first build: the baseline keeps nothing between runs either.
    await forgetParses(gen.root);
    project.push(await projectBuild(gen.root));
  }
  const baselineSizes = await htmlSizes(path.join(gen.baseline, '_site'));
  const projectMs = median(project.map((j) => j.ms));
  const baselineMs = median(baseline.map((j) => j.ms));
  const projectCpuMs = median(project.map((j) => j.cpuMs));
  const baselineCpuMs = median(baseline.map((j) => j.cpuMs));
  return {
    pages: projectSizes.size,
    build: {
      projectMs,
      baselineMs,
      ratio: projectMs / baselineMs,
      projectRuns: project.map((j) => j.ms),
      baselineRuns: baseline.map((j) => j.ms),
      projectCpuMs,
      baselineCpuMs,
      cpuRatio: projectCpuMs / baselineCpuMs,
      projectOwnCpuMs: median(project.map((j) => j.report.ownCpuMs)),
      baselineOwnCpuMs: median(baseline.map((j) => j.report.ownCpuMs)),
    },
    memory: { projectMB: median(project.map((j) => j.report.rssMB)), baselineMB: median(baseline.map((j) => j.report.rssMB)) },
    html: { projectBytes: sum(projectSizes), baselineBytes: sum(baselineSizes) },
  };
}

/** `--skip baseline` (the largest sizes): the publication's build alone, so no ratio. */
async function measureProjectBuilds(chapters: number, gen: Awaited<ReturnType<typeof generate>>): Promise<Pick<SizeResult, 'pages' | 'build' | 'memory' | 'html'>> {
  const project: Job[] = [];
  for (let r = 1; r <= runs; r++) {
    log(`N=${chapters}: build run ${r}/${runs} (no baseline)`);
    await forgetParses(gen.root);
    project.push(await projectBuild(gen.root));
  }
  const sizes = await htmlSizes(path.join(gen.root, '_site'));
  return {
    pages: sizes.size,
    build: {
      projectMs: median(project.map((j) => j.ms)),
      baselineMs: NaN,
      ratio: NaN,
      projectRuns: project.map((j) => j.ms),
      baselineRuns: [],
      projectCpuMs: median(project.map((j) => j.cpuMs)),
      baselineCpuMs: NaN,
      cpuRatio: NaN,
      projectOwnCpuMs: median(project.map((j) => j.report.ownCpuMs)),
    },
    memory: { projectMB: median(project.map((j) => j.report.rssMB)), baselineMB: NaN },
    html: { projectBytes: sum(sizes), baselineBytes: NaN },
  };
}

async function measure(chapters: number): Promise<SizeResult> {
  const dir = path.join(values.dir!, `n${chapters}`);
  log(`N=${chapters}: generating in ${dir}`);
  const gen = await generate(dir, chapters, quotesPerChapter);

  const result: SizeResult = { chapters, quotes: gen.quotes, pages: locales.length * (chapters + 1) };
  if (!skip.has('build')) Object.assign(result, await measureBuilds(chapters, gen));
  else if (!skip.has('e2e') || !skip.has('search')) await projectBuild(gen.root); // the gate and the search need a built site
  if (!skip.has('incremental')) {
    log(`N=${chapters}: incremental rebuilds`);
    const w = await child(['watch', gen.root, gen.editTarget.file, gen.editTarget.key, String(runs)]);
    const wr = w.report.runs as { saveToPage: number; rebuild: number; pages: number; files: number }[];
    result.incremental = {
      rebuildMs: median(wr.map((r) => r.rebuild)),
      saveToPageMs: median(wr.map((r) => r.saveToPage)),
      pagesRendered: median(wr.map((r) => r.pages)),
      filesWritten: median(wr.map((r) => r.files)),
      runs: wr,
    };
  }
  if (!skip.has('content')) {
    log(`N=${chapters}: an author's saves of a chapter`);
    // One more save than --runs: the first one is reported on its own.
    const w = await child(['content', gen.root, gen.contentTarget.file, gen.contentTarget.key, String(runs + 1)]);
    const [first, ...later] = w.report.runs as { saveToPage: number; rebuild: number; pages: number; files: number }[];
    result.contentEdit = {
      firstSaveMs: first!.saveToPage,
      firstPages: first!.pages,
      saveToPageMs: median(later.map((r) => r.saveToPage)),
      rebuildMs: median(later.map((r) => r.rebuild)),
      pagesRendered: median(later.map((r) => r.pages)),
      filesWritten: median(later.map((r) => r.files)),
      runs: w.report.runs as unknown[],
    };
  }
  if (!skip.has('shards')) {
    log(`N=${chapters}: each edition built apart, then merged`);
    const editions: NonNullable<SizeResult['shards']>['editions'] = {};
    const full = result.build?.projectMs ?? (await projectBuild(gen.root)).ms;
    for (const l of locales) {
      const jobs: Job[] = [];
      for (let r = 1; r <= runs; r++) {
        await forgetParses(gen.root);
        jobs.push(await script('build', ['--root', gen.root, '--locale', l.code, '--out', `_shard-${l.code}`]));
      }
      const ms = median(jobs.map((j) => j.ms));
      editions[l.code] = { ms, cpuMs: median(jobs.map((j) => j.cpuMs)), shareRatio: ms / (full / locales.length) };
    }
    // The merge as CI runs it: `npm run build:merge`, compiled, like the shards.
    const merged = await script('build:merge', ['--root', gen.root, '--out', '_merged', ...locales.map((l) => `_shard-${l.code}`)]);
    const slowest = Math.max(...Object.values(editions).map((e) => e.ms));
    result.shards = {
      editions,
      mergeMs: merged.ms,
      slowestRatio: Math.max(...Object.values(editions).map((e) => e.shareRatio)),
      // One machine per edition and one to merge: what CI waits for, against one machine building everything.
      threeMachinesRatio: (slowest + merged.ms) / full,
    };
  }
  if (!skip.has('search')) {
    log(`N=${chapters}: what a first search downloads`);
    result.search = (await child(['search', path.join(gen.root, '_site')])).report.search;
  }
  if (!skip.has('books')) {
    log(`N=${chapters}: books and cards`);
    const b = (await child(['books', gen.root])).report;
    result.books = { editions: b.books, cards: b.cards };
  }
  if (!skip.has('views')) {
    log(`N=${chapters}: the parallel views' own cost`);
    const { views, viewCpuMs, htmlCpuMs, bytesPerView } = (await child(['views', gen.root])).report;
    result.parallel = { views, viewCpuMs, htmlCpuMs, bytesPerView };
  }
  if (!skip.has('check')) {
    log(`N=${chapters}: npm run check`);
    const checks: Job[] = [];
    // Exactly what `npm run check` runs (npm's own start-up, about 0.3 s, is not counted).
    const [command, ...args] = npmScript('check', { compiled: true });
    // Cold: nothing parsed before (a fresh clone); warm: content/ unchanged since the last run, as when a translator checks again.
    const cold: Job[] = [];
    for (let r = 1; r <= runs; r++) {
      await forgetParses(gen.root);
      cold.push(await job(command, [...args, '--root', gen.root]));
    }
    for (let r = 1; r <= runs; r++) checks.push(await job(command, [...args, '--root', gen.root]));
    // A translator's edit of one string, then the check: only the parse cache helps (the remembered check no longer holds).
    const edited: Job[] = [];
    const target = path.join(gen.root, gen.editTarget.file);
    const original = await readFile(target, 'utf8');
    try {
      for (let r = 1; r <= runs; r++) {
        const data = JSON.parse(original);
        data[gen.editTarget.key] = `${data[gen.editTarget.key]}（${r}）`;
        await writeFile(target, JSON.stringify(data, null, 2));
        edited.push(await job(command, [...args, '--root', gen.root]).catch((error: Error) => ({ ms: NaN, cpuMs: NaN, report: { error: error.message } })));
      }
    } finally {
      await writeFile(target, original);
    }
    result.check = {
      editedMs: median(edited.map((j) => j.ms)),
      editedRuns: edited.map((j) => j.ms),
      ms: median(checks.map((j) => j.ms)),
      cpuMs: median(checks.map((j) => j.cpuMs)),
      runs: checks.map((j) => j.ms),
      coldMs: median(cold.map((j) => j.ms)),
      coldRuns: cold.map((j) => j.ms),
    };
  }
  if (!skip.has('e2e')) {
    log(`N=${chapters}: browser quote gate`);
    const pages = locales.length * (chapters + 1);
    const e2e = await job(
      process.execPath,
      [
        path.join(projectDir, 'node_modules/@playwright/test/cli.js'),
        'test',
        '-c',
        'tests/e2e/playwright.config.ts',
        'tests/e2e/quotes.spec.ts',
        '-g',
        'quotes read',
        '--reporter=dot',
      ],
      {
        env: { SITE_DIR: path.join(gen.root, '_site'), EDITIONS_ROOT: gen.root, E2E_PORT: String(await freePort()) },
      },
    );
    result.browser = { pages, seconds: e2e.ms / 1000, pagesPerSecond: pages / (e2e.ms / 1000) };
  }
  if (result.build && result.memory && result.html && !skip.has('baseline')) {
    result.ratios = {
      buildWall: result.build.ratio,
      buildCpu: result.build.cpuRatio,
      memory: result.memory.projectMB / result.memory.baselineMB,
      htmlBytes: result.html.projectBytes / result.html.baselineBytes,
    };
  }
  return result;
}

function table(results: SizeResult[]): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rows: [string, (r: SizeResult) => string][] = [
    ['quotes (each in 3 locales)', (r) => r.quotes.toLocaleString('en')],
    ['HTML pages written', (r) => (r.build ? String(r.pages) : '-')],
    ['full build: Editions', (r) => (r.build ? s(r.build.projectMs) : '-')],
    ['full build: bare Eleventy + Pagefind', (r) => (r.build ? s(r.build.baselineMs) : '-')],
    ['full build ratio (target ≤ 0.90)', (r) => (r.build ? r.build.ratio.toFixed(2) : '-')],
    ['  CPU: Editions / baseline', (r) => (r.build ? `${s(r.build.projectCpuMs)} / ${s(r.build.baselineCpuMs)}` : '-')],
    ['  CPU ratio (target ≤ 0.90)', (r) => (r.build ? r.build.cpuRatio.toFixed(2) : '-')],
    [
      '  CPU of the Node process + of Pagefind: Editions / baseline',
      (r) => {
        const b = r.build;
        if (!b?.projectOwnCpuMs) return '-';
        const baseline = b.baselineOwnCpuMs ? `${s(b.baselineOwnCpuMs)} + ${s(b.baselineCpuMs - b.baselineOwnCpuMs)}` : '-';
        return `${s(b.projectOwnCpuMs)} + ${s(b.projectCpuMs - b.projectOwnCpuMs)} / ${baseline}`;
      },
    ],
    ['HTML bytes: Editions / baseline', (r) => (r.html ? `${(r.html.projectBytes / 1e6).toFixed(1)} MB / ${(r.html.baselineBytes / 1e6).toFixed(1)} MB` : '-')],
    [
      'peak memory: Editions / baseline',
      (r) => (r.memory ? `${r.memory.projectMB} MB / ${r.memory.baselineMB} MB (${(r.memory.projectMB / r.memory.baselineMB).toFixed(2)})` : '-'),
    ],
    ['locale edit: incremental rebuild', (r) => (r.incremental ? s(r.incremental.rebuildMs) : '-')],
    ['  save → page written (target < 0.5 s)', (r) => (r.incremental ? s(r.incremental.saveToPageMs) : '-')],
    ['  edition pages re-rendered / files written', (r) => (r.incremental ? `${r.incremental.pagesRendered} / ${r.incremental.filesWritten}` : '-')],
    ['author saves a chapter: save → page written (target < 0.5 s)', (r) => (r.contentEdit ? s(r.contentEdit.saveToPageMs) : '-')],
    ['  rebuild / edition pages re-rendered', (r) => (r.contentEdit ? `${s(r.contentEdit.rebuildMs)} / ${r.contentEdit.pagesRendered}` : '-')],
    ['  first save (translations become outdated)', (r) => (r.contentEdit ? `${s(r.contentEdit.firstSaveMs)} / ${r.contentEdit.firstPages} pages` : '-')],
    ...locales.map((l): [string, (r: SizeResult) => string] => [
      `edition built apart: ${l.code} / its share of the full build`,
      (r) => (r.shards ? `${s(r.shards.editions[l.code]!.ms)} (${r.shards.editions[l.code]!.shareRatio.toFixed(2)})` : '-'),
    ]),
    ['  merge', (r) => (r.shards ? s(r.shards.mergeMs) : '-')],
    ['  slowest edition + merge / one full build (target ≤ 0.50)', (r) => (r.shards ? r.shards.threeMachinesRatio.toFixed(2) : '-')],
    ...locales.map((l): [string, (r: SizeResult) => string] => [
      `first search, ${l.code}: bytes / largest chunk (target ≤ 300 KB)`,
      (r) => {
        const w = r.search?.[l.code];
        return w ? `${(w.firstSearchBytes / 1024).toFixed(0)} KB / ${(w.largestChunkBytes / 1024).toFixed(0)} KB of ${w.chunks}` : '-';
      },
    ]),
    ...locales.map((l): [string, (r: SizeResult) => string] => [
      `book, ${l.code}: built in (CPU) / bytes`,
      (r) => {
        const b = r.books?.editions[l.code];
        return b ? `${s(b.ms)} (${s(b.cpuMs)}) / ${(b.bytes / 1024).toFixed(0)} KB` : '-';
      },
    ]),
    ['cards: pages with their own', (r) => (r.books ? String(r.books.cards.count) : '-')],
    ['  each drawn afresh (CPU), sampled', (r) => (r.books ? `${r.books.cards.drawMs.toFixed(0)} ms (${r.books.cards.drawCpuMs.toFixed(0)} ms)` : '-')],
    ['  each from the cache (CPU)', (r) => (r.books ? `${r.books.cards.cachedMs.toFixed(1)} ms (${r.books.cards.cachedCpuMs.toFixed(1)} ms)` : '-')],
    ['  a first build draws them all: CPU (estimate)', (r) => (r.books ? s(r.books.cards.count * r.books.cards.drawCpuMs) : '-')],
    [
      'parallel views: count, CPU per view (view + HTML), KB each',
      (r) =>
        r.parallel
          ? `${r.parallel.views} × ${(r.parallel.viewCpuMs + r.parallel.htmlCpuMs).toFixed(2)} ms (${r.parallel.viewCpuMs.toFixed(2)} + ${r.parallel.htmlCpuMs.toFixed(2)}), ${(r.parallel.bytesPerView / 1024).toFixed(0)} KB`
          : '-',
    ],
    ['npm run check (target < 1 s)', (r) => (r.check ? s(r.check.ms) : '-')],
    ['  CPU', (r) => (r.check ? s(r.check.cpuMs) : '-')],
    ['  with nothing parsed before (cold)', (r) => (r.check ? s(r.check.coldMs) : '-')],
    ['  after one string of a translation is edited', (r) => (r.check?.editedMs !== undefined ? s(r.check.editedMs) : '-')],
    ['browser quote gate (target ≥ 100/s)', (r) => (r.browser ? `${r.browser.pagesPerSecond.toFixed(1)} pages/s` : '-')],
  ];
  const head = ['', ...results.map((r) => `N=${r.chapters}`)];
  // A figure without a baseline (--skip baseline) reads as "-".
  const body = rows.map(([label, f]) => [label, ...results.map((r) => f(r).replace(/NaN( s| MB)?/g, '-'))]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

const results: SizeResult[] = [];
const file = path.resolve(projectDir, values.results!);
// The machine's load (1, 5 and 15 minute averages) when each size starts and ends: on a shared machine, read the ratios.
const load: { chapters: number; start: number[]; end: number[] }[] = [];
for (const n of sizes) {
  const start = loadavg();
  results.push(await measure(n));
  load.push({ chapters: n, start, end: loadavg() });
  // Written after each size, so a long run stopped half-way keeps what it measured.
  await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), runs, cores: availableParallelism(), load, results }, null, 2)}\n`);
}
console.log(table(results));
console.log(`Medians of ${runs} run(s); build times are wall-clock of \`npm run build\`-equivalent processes, node start-up included.`);
console.error(`[bench] wrote ${path.relative(process.cwd(), file)}`);
