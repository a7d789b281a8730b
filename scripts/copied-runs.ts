/**
 * `npm run copied-runs -- <source files…>`: the runs of words the story's own text shares, in the same
 * order, with the documents it retells (scripts/lib/copied-runs.ts). Every English string a reader sees
 * is measured (chapters, people, quote sources, figure labels, corrections), except the quotes themselves.
 *   --min <n>     report runs of at least n words (default 8); runs of n-1 are listed as "near"
 *   --root <dir>  the publication (default: the current folder)
 * Exit code 1 when any run of --min words or more is found.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadModel } from '../packages/editions/src/model/load.ts';
import { translatables } from '../packages/editions/src/status/units.ts';
import { sharedRuns, sourceRuns } from './lib/copied-runs.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { min: { type: 'string', default: '8' }, root: { type: 'string', default: process.cwd() } } });
const min = Number(values.min);
if (!positionals.length || !(min > 1)) {
  console.error('Usage: copied-runs [--min 8] [--root <publication>] <source file>…');
  process.exit(2);
}
const sources = sourceRuns(positionals.map((file) => readFileSync(file, 'utf8')));
const { model } = await loadModel(values.root!);
// What a translator gets is what a reader sees in English: every string of the story (a translated edition lists them all).
const edition = model.story.editions.find((e) => e.code !== model.story.sourceLanguage)?.code ?? model.story.sourceLanguage;
const strings = translatables(model, edition).filter((t) => t.kind !== 'quote' && t.kind !== 'ui' && t.kind !== 'term');
let long = 0;
let near = 0;
for (const t of strings) {
  for (const run of sharedRuns(t.sourceText, sources, min - 1)) {
    const n = run.split(' ').length;
    if (n >= min) long++;
    else near++;
    console.log(`${n >= min ? 'COPIED' : 'near  '} ${String(n).padStart(2)} ${t.namespace}:${t.key}  "${run}"`);
  }
}
console.log(`${strings.length} strings: ${long} runs of ${min}+ words, ${near} of ${min - 1}`);
process.exit(long ? 1 : 0);
