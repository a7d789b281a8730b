/**
 * Every command, run on a project full of hostile names (a key, a locale
 * file, a chapter file and an imported file named with escape sequences, C1
 * controls and bidi overrides), prints none of them raw: each reaches
 * stdout and stderr escaped, and --json stays valid JSON.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { copyProject, editJson, editionsCommand } from '../helpers/project.ts';
import { tempDir } from '../helpers/tmp.ts';

/** Each class of control a terminal acts on: CSI, OSC (window title), BEL, C1 (NEL, CSI as one byte), bidi override and isolate, a lone CR. */
const HOSTILE = '\u001b[2J\u001b]0;pwned\u0007\u0085\u009b31m\u202e\u2067\r';
const RAW = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/u;

async function hostileProject(): Promise<{ dir: string; po: string }> {
  const dir = await copyProject();
  await editJson(dir, 'locales/ja/the-route.json', (d) => {
    d[`p-gone${HOSTILE}`] = `orphan${HOSTILE}`;
  });
  await writeFile(path.join(dir, `locales/ja/x${HOSTILE}.json`), '{"a": "b"}\n');
  const po = path.join(await tempDir('editions-po-'), `in${HOSTILE.replace(/[\r/]/g, '')}.po`);
  await writeFile(po, `msgid ""\nmsgstr ""\n"Language: ja\\n"\n"X-Editions-Namespace: the-route\\n"\n\nmsgctxt "p-gone${HOSTILE.replace(/\r/g, '')}"\nmsgid "x"\nmsgstr "y"\n`);
  return { dir, po };
}

describe('no raw control or bidi character reaches the terminal, from any command', { concurrency: 2 }, async () => {
  const { dir, po } = await hostileProject();
  const out = path.join(await tempDir('editions-export-'), 'out');
  const commands: string[][] = [
    ['check'],
    ['check', '--json'],
    ['check', '--format', 'github'],
    ['status'],
    ['status', '--json'],
    ['import', po],
    ['export', '--locale', 'ja', '--format', 'po', '--out', out],
    ['ids'],
    ['sync', 'ja'],
    ['accept', 'ja', `the-route:p-gone${HOSTILE}`],
    ['review', 'ja', `the-route:p-gone${HOSTILE}`],
    ['templates'],
    ['waive', 'ja', `the-route:p${HOSTILE}`, 'qa-x', 'why'],
    ['merge', `shard${HOSTILE}`, '--out', path.join(out, 'merged')],
    [`no-such${HOSTILE}`],
  ];
  for (const args of commands) {
    test(JSON.stringify(args.slice(0, 2)), () => {
      const [node, ...command] = editionsCommand([...args, '--root', dir]);
      const run = spawnSync(node, command, {
        cwd: dir,
        encoding: 'utf8',
      });
      const output = `${run.stdout}${run.stderr}`.replace(/\n/g, '');
      const raw = RAW.exec(output);
      assert.equal(raw, null, `${args[0]} printed U+${raw?.[0].codePointAt(0)?.toString(16).padStart(4, '0')} raw:\n${JSON.stringify(output).slice(0, 2000)}`);
      if (args.includes('--json') && run.stdout) assert.doesNotThrow(() => JSON.parse(run.stdout));
    });
  }
  test('the hostile names are shown, escaped (the commands saw them)', async () => {
    const fresh = (await hostileProject()).dir;
    const [node, ...command] = editionsCommand(['check', '--root', fresh]);
    const run = spawnSync(node, command, {
      cwd: fresh,
      encoding: 'utf8',
    });
    assert.ok((run.stdout + run.stderr).includes('[p-gone\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{85}\\u{9b}31m\\u{202e}\\u{2067}\\u{d}]'), run.stdout);
  });
  test('a chapter file named with controls: the load stops, naming it escaped', async () => {
    const other = await copyProject();
    await copyFile(path.join(other, 'content/chapters/the-route.md'), path.join(other, `content/chapters/c${HOSTILE}.md`));
    const [node, ...command] = editionsCommand(['check', '--root', other]);
    const run = spawnSync(node, command, {
      cwd: other,
      encoding: 'utf8',
    });
    assert.equal(RAW.exec((run.stdout + run.stderr).replace(/\n/g, '')), null);
    assert.ok(run.stderr.includes('content/chapters/c\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{85}\\u{9b}31m\\u{202e}\\u{2067}\\u{d}.md'), run.stderr);
  });
});
