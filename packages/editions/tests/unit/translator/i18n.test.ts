import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTranslator, sourceNamespaces, sourceResources } from '../../../src/translator/i18n.ts';
import { loadModel } from '../../../src/model/load.ts';
import { projectDir } from '../../helpers/project.ts';
import { isBlankText } from '../../../src/locales/blank.ts';
import { plainInline } from '../../../src/markdown/inline.ts';

test('the direct lookup of plain strings answers exactly as i18next t() does, for every string of the publication', async () => {
  const { model } = await loadModel(projectDir);
  const tr = createTranslator(model);
  let compared = 0;
  for (const [lng, locale] of model.locales) {
    for (const [ns, file] of locale.files) {
      for (const key of file.strings.keys()) {
        assert.equal(tr.t(lng, ns, key), tr.i18n.t(key, { lng, ns }), `${lng} ${ns}:${key}`);
        compared++;
      }
    }
  }
  assert.ok(compared > 300, `compared ${compared} strings`);
});

test('strings with placeholders, empty strings and missing keys still go through i18next', async () => {
  const { model } = await loadModel(projectDir);
  const tr = createTranslator(model);
  assert.equal(tr.t('en', 'ui', 'nav.chapterNumber', { number: 3 }), 'Chapter 3');
  assert.equal(tr.t('en', 'ui', 'nav.chapterNumber'), tr.i18n.t('nav.chapterNumber', { lng: 'en', ns: 'ui' }));
  assert.equal(tr.t('ja', 'ui', 'no.such.key'), 'no.such.key');
});

test('remembered answers are forgotten when a bundle changes, as in watch mode', async () => {
  const { model } = await loadModel(projectDir);
  const tr = createTranslator(model);
  assert.equal(tr.t('en', 'ui', 'nav.chapterNumber', { number: 3 }), 'Chapter 3');
  const ui = model.locales.get('en')!.files.get('ui')!.data as { nav: Record<string, string> };
  tr.i18n.removeResourceBundle('en', 'ui');
  tr.i18n.addResourceBundle('en', 'ui', { ...ui, nav: { ...ui.nav, chapterNumber: 'Part {{number}}' } });
  assert.equal(tr.t('en', 'ui', 'nav.chapterNumber', { number: 3 }), 'Part 3');
});

test('sourceNamespaces names exactly the namespaces sourceResources builds', async () => {
  const { model } = await loadModel(projectDir);
  assert.deepEqual(new Set(sourceNamespaces(model)), new Set(Object.keys(sourceResources(model))));
});

test('has() answers as the rendered text does, with or without the parse it skips', async () => {
  const { model } = await loadModel(projectDir);
  const tr = createTranslator(model);
  const rendered = (lng: string, text: string) => !isBlankText(text) && !isBlankText(plainInline(text, lng));
  const tricky = [
    '[](https://x.org)',
    '[\u200b](https://x.org)',
    '&#8203;',
    '&nbsp;',
    '*\u200b*',
    '\u3164',
    '\u115f\u1160',
    '\uffa0 ',
    '(c)',
    '(tm)',
    '**',
    '`a`',
    '\\*',
    'a',
    '1',
    '一',
    'ㄱ',
    '<b>x</b>',
    '![a](b)',
    '[a]',
    '_ _',
  ];
  let compared = 0;
  for (const lng of ['en', 'ja', 'ko']) {
    tr.i18n.addResourceBundle(lng, 'probe', Object.fromEntries(tricky.map((t, i) => [`k${i}`, t])));
    tricky.forEach((text, i) => assert.equal(tr.has(lng, 'probe', `k${i}`), rendered(lng, text), `${lng} ${JSON.stringify(text)}`));
    for (const [ns, file] of model.locales.get(lng)?.files ?? []) {
      for (const [key, text] of file.strings) {
        if (tr.i18n.getResource(lng, ns, key) !== text) continue;
        assert.equal(tr.has(lng, ns, key), rendered(lng, text), `${lng} ${ns}:${key}`);
        compared++;
      }
    }
  }
  assert.ok(compared > 300, `compared ${compared} strings`);
});
