import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localeOfUrl, pageUrl, swapLocale } from '../../../src/render/urls.ts';

test('URL helpers', () => {
  assert.equal(pageUrl('ja', 'drone-warfare'), '/ja/drone-warfare/');
  assert.equal(pageUrl('ko', ''), '/ko/');
  assert.equal(swapLocale('/en/drone-warfare/#a-war', 'ko'), '/ko/drone-warfare/#a-war');
  assert.equal(localeOfUrl('/ko/the-route/'), 'ko');
  assert.equal(localeOfUrl('/'), null);
});
