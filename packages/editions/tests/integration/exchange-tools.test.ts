/**
 * Exported files read by tools that are not Editions: gettext's msgfmt,
 * translate-toolkit's pocount and xliff2po, and the xliff package's 2.0 reader.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { xliff2js } from 'xliff';
import { createTranslator } from '../../src/translator/i18n.ts';
import { loadModel } from '../../src/model/load.ts';
import { editions as locales } from '../helpers/project.ts';
import { buildReport } from '../../src/status/report.ts';
import { copyProject, editJson, editText } from '../helpers/project.ts';
import { exportTo, missing, run } from '../helpers/exchange-tools.ts';

/** A copy with work left to do: a missing quote, an outdated paragraph, so every state is exported. */
async function projectWithWork(): Promise<string> {
  const dir = await copyProject();
  await editJson(dir, 'locales/ko/quotes.json', (d) => {
    delete d.quote['note-wish'];
  });
  await editText(dir, 'content/chapters/the-notes.md', (t) => t.replace('Special Operations Forces of Ukraine gave', "Ukraine's Special Operations Forces gave"));
  return dir;
}

const translated = locales.filter((l) => l.code !== 'en').map((l) => l.code);

test('msgfmt --check accepts every exported PO file', { skip: missing.gettext }, async () => {
  const dir = await projectWithWork();
  for (const locale of translated) {
    for (const file of await exportTo(dir, locale, 'po')) {
      assert.doesNotThrow(() => run('msgfmt', ['--check', '-o', '/dev/null', file]), `msgfmt rejects ${path.basename(file)}`);
    }
  }
});

test('pocount counts the same units, translated, fuzzy (outdated) and untranslated (missing), as i18n:status', { skip: missing.toolkit }, async () => {
  const dir = await projectWithWork();
  const { model } = await loadModel(dir);
  const reports = buildReport(model, createTranslator(model), locales);
  for (const locale of translated) {
    const files = await exportTo(dir, locale, 'po');
    const out = run('pocount', ['--csv', ...files]);
    // Columns: Filename, Translated Messages, …Words, …Target Words, Fuzzy Messages, …Words, Untranslated Messages, …Words, Total Message, …
    const [header, ...rows] = out
      .trim()
      .split('\n')
      .map((l) => l.split(',').map((c) => c.trim()));
    const sum = (name: string) => rows.reduce((n, r) => n + Number(r[header!.indexOf(name)]), 0);
    const t = reports.find((r) => r.locale === locale)!.total;
    assert.deepEqual(
      { total: sum('Total Message'), translated: sum('Translated Messages'), fuzzy: sum('Fuzzy Messages'), untranslated: sum('Untranslated Messages') },
      { total: t.total, translated: t.translated, fuzzy: t.outdated, untranslated: t.missing },
      `${locale}: pocount and i18n:status disagree`,
    );
  }
});

test('xliff2po reads every exported XLIFF 1.2 file, units and states intact', { skip: missing.toolkit }, async () => {
  const dir = await projectWithWork();
  for (const file of await exportTo(dir, 'ko', 'xliff')) {
    const po = `${file}.po`;
    run('xliff2po', ['--progress=none', file, po]);
    const text = await readFile(po, 'utf8');
    const xliff = await readFile(file, 'utf8');
    // Each unit xliff2po reads becomes an entry with its id as a location (long messages wrap, so msgid lines say little).
    assert.equal((text.match(/^#: /gm) ?? []).length > 0, true, `${path.basename(file)}: no unit read`);
    assert.equal((text.match(/^#: /gm) ?? []).length, (xliff.match(/<trans-unit /g) ?? []).length, `${path.basename(file)}: xliff2po read a different number of units`);
  }
});

test("the xliff package's 2.0 reader parses every exported XLIFF 2.0 file, with every unit", async () => {
  const dir = await projectWithWork();
  const { model } = await loadModel(dir);
  const items = buildReport(model, createTranslator(model), locales).find((r) => r.locale === 'ja')!.total.total;
  let units = 0;
  for (const file of await exportTo(dir, 'ja', 'xliff2')) {
    const js = await xliff2js(await readFile(file, 'utf8'));
    for (const ns of Object.values(js.resources)) units += Object.keys(ns).length;
  }
  assert.equal(units, items);
});
