import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeQuery, relaxQuery, stripParticle } from '../../../templates/assets/search/query.js';

test('full-width digits and letters and half-width kana fold to the forms the text uses', () => {
  assert.equal(normalizeQuery('１万人'), '1万人');
  assert.equal(normalizeQuery('ＩＩＳＳ'), 'IISS');
  assert.equal(normalizeQuery('ﾄﾞﾛｰﾝ'), 'ドローン');
  assert.equal(normalizeQuery('  drop   your\tweapons '), 'drop your weapons');
});

test('Korean particles and the plural suffix come off Korean query words', () => {
  assert.equal(stripParticle('드론이'), '드론');
  assert.equal(stripParticle('병사들의'), '병사');
  assert.equal(stripParticle('스마트폰을'), '스마트폰');
  assert.equal(stripParticle('블라디보스토크에서'), '블라디보스토크');
  assert.equal(stripParticle('포로들이'), '포로');
  assert.equal(normalizeQuery('정경홍의 메모'), '정경홍 메모');
  assert.equal(normalizeQuery('the drones 드론이'), 'the drones 드론');
});

test('short nouns that end like a particle, numbers and other scripts stay whole', () => {
  assert.equal(stripParticle('포로'), '포로'); // 로 is a particle, but 포 alone is no stem
  assert.equal(stripParticle('수도'), '수도');
  assert.equal(stripParticle('1만명'), '1만명');
  assert.equal(stripParticle('drones'), 'drones');
  assert.equal(stripParticle('ドローンを'), 'ドローンを');
});

test('a query that found nothing is relaxed by one letter per long word', () => {
  assert.equal(relaxQuery('zelensky'), 'zelensk');
  assert.equal(relaxQuery('the zelensky post'), 'the zelensk pos');
  assert.equal(relaxQuery('IS'), null);
});
