import assert from 'node:assert/strict';
import test from 'node:test';
import { refusedByStrictBuild, severity } from '../../../src/checks/verdict.ts';
import type { Finding } from '../../../src/errors.ts';
import type { Edition } from '../../../src/config.ts';

const editions = [
  { code: 'en', mode: 'strict' },
  { code: 'ko', mode: 'draft' },
] as unknown as Edition[];
const finding = (over: Partial<Finding>): Finding => ({ severity: 'error', code: 'missing', locale: 'en', subject: 'unit', what: 'w', fix: 'f', ...over });

test('editions start serves a strict edition missing a paragraph as a draft, and says the strict build would refuse it', () => {
  const paragraph = finding({});
  assert.equal(severity(paragraph, { command: 'build', draft: false, editions }), 'error');
  assert.equal(severity(paragraph, { command: 'preview', draft: false, editions }), 'warning');
  assert.deepEqual(refusedByStrictBuild([paragraph], { draft: false, editions }), [paragraph]);
});

test('a preview still refuses what no edition may publish: a missing quote, a control character', () => {
  const quote = finding({ subject: 'quote' });
  const control = finding({ code: 'control-character', subject: undefined });
  for (const f of [quote, control]) assert.equal(severity(f, { command: 'preview', draft: false, editions }), 'error');
  assert.deepEqual(refusedByStrictBuild([quote, control], { draft: false, editions }), []);
  // A draft edition's missing paragraph is no news: the strict build would not refuse it either.
  assert.deepEqual(refusedByStrictBuild([finding({ locale: 'ko' })], { draft: false, editions }), []);
});
