/** The independent readers the exchange tests use: gettext's msgfmt, translate-toolkit's commands and Python API. */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExchangeFormat } from '../../src/exchange/file.ts';
import { engineDir } from './project.ts';

function found(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Why a test must skip (one line: what to install), or false when the tool is there. */
export const missing = {
  gettext: found('msgfmt') ? false : 'needs gettext: apt-get install gettext',
  toolkit: found('pocount') && found('xliff2po') ? false : 'needs translate-toolkit: apt-get install translate-toolkit',
  python: pythonWithToolkit() ? false : "needs translate-toolkit's Python API: apt-get install translate-toolkit",
};

/** A python3 that can import translate.storage (Debian's, when a pyenv python shadows it). */
export function pythonWithToolkit(): string | null {
  for (const python of ['/usr/bin/python3', 'python3']) {
    if (spawnSync(python, ['-c', 'import translate.storage.po'], { stdio: 'ignore' }).status === 0) return python;
  }
  return null;
}

export function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Changes targets as a translator's tool would (tests/tools/set-targets.py, translate-toolkit). */
export async function setTargets(format: ExchangeFormat, file: string, edits: Record<string, string>): Promise<void> {
  const editsFile = `${file}.edits.json`;
  await writeFile(editsFile, JSON.stringify(edits));
  run(pythonWithToolkit()!, [path.join(engineDir, 'tests/tools/set-targets.py'), format, file, editsFile]);
}

export { exportTo, localesTree } from './exchange.ts';
