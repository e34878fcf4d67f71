/**
 * The tables `npm run build` writes once (src/prebuilt.ts): each one's file form gives back exactly the
 * table built from the package data, so a process reading the file judges as one that builds it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prebuiltTables } from '../../src/prebuilt.js';
import '../../src/prebuild.js';

test('every prebuilt table is declared', () => {
  assert.deepEqual([...prebuiltTables().keys()].sort(), ['character-ranks', 'common-by-part', 'common-by-parts', 'common-by-reading', 'common-by-stroke-key', 'context', 'decomposition-lines', 'divisions', 'gb2312', 'lexicon', 'readings', 'simplified-forms', 'suspects', 'variants']);
});

for (const [name, { build, form }] of prebuiltTables()) {
  test(`${name}: the file form reads back as the table`, () => {
    const table = build();
    assert.deepStrictEqual(form.decode(form.encode(table)), table);
  });
}
