import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RESERVED_SLUGS } from '../../../src/model/story-fields.ts';
import { pageKinds } from '../../../src/render/page-kinds.ts';

test('a chapter may not take the name of another kind of page in its edition (one list of reserved slugs, in step with the registry)', () => {
  const taken = pageKinds
    .filter((k) => k.url.startsWith('/<lng>/') && !k.url.includes('<chapter-slug>'))
    .map((k) => k.url.slice('/<lng>/'.length).replace(/\/$/, ''))
    .filter((name) => name !== '');
  assert.ok(taken.length >= 4, taken.join());
  for (const name of taken) assert.ok(RESERVED_SLUGS.has(name), `${name} (a page kind's URL) is not in RESERVED_SLUGS (src/model/story-fields.ts)`);
});
