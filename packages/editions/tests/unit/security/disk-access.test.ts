/**
 * Only src/files/ touches the disk: safe-files.ts for what contributors wrote
 * (content/, locales/, imported files), own-files.ts for the engine's own
 * output. Any other engine module importing node:fs would be a reader that
 * skips the guards (links out of the project, FIFOs, size limits).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildSync } from 'esbuild';
import { engineDir } from '../../helpers/project.ts';

const FS = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises']);
const src = path.join(engineDir, 'src');

/** Every module a source text imports, statically, dynamically, re-exported or by require, as esbuild's parser reads them. */
function importsOf(contents: string): string[] {
  const { metafile } = buildSync({
    stdin: { contents, loader: 'ts', resolveDir: src },
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
    external: ['*'],
  });
  return Object.values(metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
}

test('no engine module outside src/files/ imports node:fs', () => {
  const offenders: string[] = [];
  for (const rel of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!rel.endsWith('.ts') || rel.startsWith(`files${path.sep}`)) continue;
    for (const spec of importsOf(readFileSync(path.join(src, rel), 'utf8'))) if (FS.has(spec)) offenders.push(`src/${rel} imports ${spec}`);
  }
  assert.deepEqual(offenders, []);
});

test('the scan sees every form of import (a planted reader is caught)', () => {
  const planted = "import { readFileSync } from 'node:fs';\nconst p = await import('fs/promises');\nconst f = require('fs');\nexport * from 'node:fs';\n";
  assert.deepEqual(
    importsOf(planted)
      .filter((s) => FS.has(s))
      .sort(),
    ['fs', 'fs/promises', 'node:fs', 'node:fs'],
  );
});
