/**
 * The tables `npm run build` writes once (src/clean/tables/prebuilt.ts): each one's file form gives back exactly the
 * table built from the package data, so a process reading the file judges as one that builds it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prebuiltTables } from '../../src/clean/tables/prebuilt.js';
import '../../src/clean/tables/prebuild.js';

test('every prebuilt table is declared', () => {
  assert.deepEqual([...prebuiltTables().keys()].sort(), ['character-ranks', 'common-by-part', 'common-by-parts', 'common-by-stroke-key', 'gb2312', 'lexicon', 'readings', 'simplified-forms', 'suspects', 'variants']);
});

for (const [name, { build, form }] of prebuiltTables()) {
  test(`${name}: the file form reads back as the table`, () => {
    const table = build();
    assert.deepStrictEqual(form.decode(form.encode(table)), table);
  });
}
