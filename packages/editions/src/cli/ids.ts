/**
 * `npm run i18n:ids`: gives every block of every chapter that lacks one a
 * stable id, written into the Markdown as `{#id}` at the end of the block.
 * Existing ids are never touched, so translations keep their keys when text
 * is edited or moved. Headings get readable ids (their anchors).
 */
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { paths } from '../config.ts';
import { listFolder, readProjectText, writeProjectText } from '../files/safe-files.ts';
import { escapeControls, print, printError } from '../terminal.ts';
import { cliMessages, formatFinding, type Finding } from '../errors.ts';
import { splitFrontMatter } from '../model/front-matter.ts';
import { isReference, parseBlocks, slugify } from '../markdown/units.ts';

/** Returns the file's text with ids added to the blocks that had none. */
export function assignIds(text: string, file: string, newId: () => string = randomId): { text: string; added: string[] } {
  const findings: Finding[] = [];
  const fm = splitFrontMatter(text, file, findings);
  if (!fm) throw new Error(findings.map(formatFinding).join('\n'));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const blocks = parseBlocks(fm.body, file, fm.bodyLine, findings);
  const taken = new Set(blocks.map((b) => b.unit.id).filter((id): id is string => id !== null));
  const added: string[] = [];
  for (const b of blocks) {
    if (b.unit.id !== null || isReference(b.unit.kind)) continue;
    let id = b.unit.kind === 'heading' ? slugify(b.unit.source) : newId();
    for (let n = 2; taken.has(id) || id === 'title' || id === 'description'; n++) {
      id = b.unit.kind === 'heading' ? `${slugify(b.unit.source)}-${n}` : newId();
    }
    taken.add(id);
    added.push(id);
    const index = fm.bodyLine + b.lastLine;
    lines[index] = `${lines[index]!.replace(/\s+$/, '')} {#${id}}`;
  }
  return { text: (text.startsWith('\uFEFF') ? '\uFEFF' : '') + lines.join(eol), added };
}

/** "p-" and six hex digits: short, and unique enough within one chapter. */
function randomId(): string {
  return `p-${randomBytes(3).toString('hex')}`;
}

async function assignProjectIds(root: string): Promise<void> {
  const findings: Finding[] = [];
  const files = [
    paths.story,
    ...listFolder(root, paths.chapters, findings)
      .filter((f) => f.endsWith('.md'))
      .map((f) => `${paths.chapters}/${f}`),
  ];
  let total = 0;
  for (const file of files) {
    const before = readProjectText(root, file, findings);
    if (before === null) continue;
    const { text, added } = assignIds(before, file);
    if (added.length > 0) {
      writeProjectText(root, file, text);
      print(escapeControls(cliMessages.idsAdded(file, added)));
      total += added.length;
    }
  }
  for (const f of findings) printError(formatFinding(f));
  print(cliMessages.idsTotal(total));
  if (findings.length) process.exitCode = 1;
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { root: { type: 'string', default: process.cwd() } } });
  await assignProjectIds(values.root!).catch((e: unknown) => {
    printError(escapeControls(e instanceof Error ? e.message : String(e)));
    process.exit(1);
  });
}
