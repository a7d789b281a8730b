import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentLinkProblem, localeOfUrl, pageUrl } from '../../../src/urls.ts';

test('URL helpers', () => {
  assert.equal(pageUrl('ja', 'drone-warfare'), '/ja/drone-warfare/');
  assert.equal(pageUrl('ko', ''), '/ko/');
  assert.equal(localeOfUrl('/ko/the-route/'), 'ko');
  assert.equal(localeOfUrl('/'), null);
});

test('content links: site paths, fragments and full https/http/mailto addresses pass; protocol-relative and other schemes do not', () => {
  for (const ok of ['/ja/the-route/', '#map', 'the-route/', '../x', 'https://example.org/a', 'HTTP://example.org', 'mailto:desk@example.org', '?q=1'])
    assert.equal(contentLinkProblem(ok), null, ok);
  for (const bad of ['//evil.example/x', '/\\evil.example/x', '\\\\evil.example', ' //evil.example', '///evil.example/x'])
    assert.match(contentLinkProblem(bad) ?? '', /protocol-relative/, bad);
  assert.equal(contentLinkProblem('ftp://example.org/f'), 'its scheme "ftp:" is not https:, http: or mailto:');
  assert.equal(contentLinkProblem('javascript:alert(1)'), 'its scheme "javascript:" is not https:, http: or mailto:');
});
