import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localeOfUrl, pageUrl } from '../../../src/urls.ts';

test('URL helpers', () => {
  assert.equal(pageUrl('ja', 'drone-warfare'), '/ja/drone-warfare/');
  assert.equal(pageUrl('ko', ''), '/ko/');
  assert.equal(localeOfUrl('/ko/the-route/'), 'ko');
  assert.equal(localeOfUrl('/'), null);
});
