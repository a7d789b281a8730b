// Checks every relative link of the repository's Markdown (README.md, docs/, packages/editions/README.md):
// the file must exist and, for `#anchor`, one of its headings must give that anchor (GitHub's rule).
// Usage: node scripts/check-doc-links.mjs [--pending docs/a.md,docs/b.md] [file.md…]; exits 1 listing every
// broken link. `--pending` names pages being written elsewhere, counted as present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const at = args.indexOf('--pending');
const pending = new Set(at >= 0 ? args.splice(at, 2)[1].split(',').map((f) => path.resolve(root, f)) : []);
const files = args.length ? args.map((f) => path.resolve(f))
  : ['README.md', 'packages/editions/README.md', ...readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)].map((f) => path.join(root, f));

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
const anchors = (file) => {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1].replace(/`/g, ''))));
};

let broken = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue; // an absolute URL
    const [rel, anchor] = target.split('#');
    const dest = rel ? path.resolve(path.dirname(file), rel) : file;
    const problem = pending.has(dest) ? null : !existsSync(dest) ? 'no such file'
      : anchor && dest.endsWith('.md') && !anchors(dest).has(anchor) ? `no heading gives #${anchor}` : null;
    if (problem) {
      broken++;
      console.log(`${path.relative(root, file)}: ${target}: ${problem}`);
    }
  }
}
console.log(`${files.length} file(s), ${broken} broken link(s).`);
process.exit(broken ? 1 : 0);
