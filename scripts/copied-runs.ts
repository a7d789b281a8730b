/**
 * `npm run copied-runs -- <source files…>`: the runs of words the story's own text shares, in the same
 * order, with the documents it retells (a check for pasted sentences, not a build step).
 * Every English string a reader sees is measured (chapters, people, quote sources, figure labels,
 * corrections), except the quotes themselves and words inside "double quotes" (quoted on purpose).
 *   --min <n>     report runs of at least n words (default 8); also counts runs of n-1
 *   --root <dir>  the publication (default: the current folder)
 * Exit code 1 when any run of --min words or more is found.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadModel } from '../packages/editions/src/model/load.ts';
import { translatables } from '../packages/editions/src/status/units.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { min: { type: 'string', default: '8' }, root: { type: 'string', default: process.cwd() } } });
const min = Number(values.min);
if (!positionals.length || !(min > 1)) {
  console.error('Usage: copied-runs [--min 8] [--root <publication>] <source file>…');
  process.exit(2);
}

/** `words('The Party’s "mother party" lines.')` → ["the", "party's", "lines"] */
export function words(text: string): string[] {
  const unquoted = text.replace(/[\u201c"][^\u201d"]*[\u201d"]/g, ' | ');
  return (unquoted.replace(/[\u2018\u2019]/g, "'").toLowerCase().match(/[\p{L}\p{N}]+(?:[.,'][\p{L}\p{N}]+)*|\|/gu) ?? []);
}

const MAX = 40;
const seedGrams = new Set<string>();
for (const file of positionals) {
  const w = words(readFileSync(file, 'utf8'));
  for (let i = 0; i < w.length; i++) for (let n = 1; n <= MAX && i + n <= w.length; n++) seedGrams.add(w.slice(i, i + n).join(' '));
}

/** The longest runs (one per start, maximal) the text shares with the sources, of at least `least` words. */
function runs(text: string, least: number): string[] {
  const w = words(text);
  const out: string[] = [];
  let reach = 0;
  for (let i = 0; i < w.length; i++) {
    let n = 0;
    while (i + n < w.length && w[i + n] !== '|' && n < MAX && seedGrams.has(w.slice(i, i + n + 1).join(' '))) n++;
    if (n >= least && i + n > reach) {
      out.push(w.slice(i, i + n).join(' '));
      reach = i + n;
    }
  }
  return out;
}

const { model } = await loadModel(values.root!);
// Every string a translator gets is a string a reader sees in English; ja lists them all (the quotes and chrome aside).
const strings = translatables(model, model.story.editions.find((e) => e.code !== model.story.sourceLanguage)?.code ?? 'und')
  .filter((t) => t.kind !== 'quote' && t.kind !== 'ui' && t.kind !== 'term');
let long = 0;
let near = 0;
for (const t of strings) {
  const found = runs(t.sourceText, min - 1);
  for (const run of found) {
    const n = run.split(' ').length;
    if (n >= min) long++;
    else near++;
    console.log(`${n >= min ? 'COPIED' : 'near  '} ${String(n).padStart(2)} ${t.namespace}:${t.key}  "${run}"`);
  }
}
console.log(`${strings.length} strings: ${long} runs of ${min}+ words, ${near} of ${min - 1}`);
process.exit(long ? 1 : 0);
