/**
 * `node dist/prebuild.js`, run by `npm run build` after tsc: builds every prebuilt table (prebuilt.ts)
 * from its package data and writes it beside the compiled modules. The old files go first, so that no table is
 * built from another's stale file. Importing this module declares every prebuilt table (the test of the forms).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PREBUILT_DIR, prebuiltTables } from './prebuilt.js';
import './clean/tables/character-frequency.js';
import './clean/indexes/decomposition.js';
import './clean/tables/gb2312.js';
import './clean/indexes/lexicon.js';
import './clean/tables/readings.js';
import './clean/tables/traditional-forms.js';
import './clean/tables/variants.js';
import './clean/passes/character-judge.js';
import './structure/tables/divisions.js';

export function writePrebuilt(): void {
  rmSync(PREBUILT_DIR, { recursive: true, force: true });
  const built = [...prebuiltTables()].map(([name, { build, form }]) => [name, form.encode(build())] as const);
  mkdirSync(PREBUILT_DIR, { recursive: true });
  for (const [name, data] of built) writeFileSync(new URL(name, PREBUILT_DIR), data);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writePrebuilt();
