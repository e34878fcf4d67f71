/**
 * What a command loads before it answers: each command's own modules only (src/cli/index.ts loads them when it
 * runs). Loading the server, the ledger and their libraries cost a one-line `luoshi clean` 1.8 s. Each row runs the
 * command in a child process whose module hook reports every module loaded.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** A module hook (in its own thread, as Node runs them) writing each URL it loads to stderr. */
const hook = `data:text/javascript,${encodeURIComponent(
  'export async function load(url, context, next) { process.stderr.write(`LOADED ${url}\\n`); return next(url, context); }',
)}`;
const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hook)});`)}`;

let dir: string;
let report: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-start-up-'));
  report = join(dir, 'line.txt');
  writeFileSync(report, '今年全县地区生产总值增长6%左右，新建幼儿园3所。\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** The modules `luoshi ARGS` loads, run from source. */
function loadedBy(args: string[]): string[] {
  const script = `import { run } from ${JSON.stringify(join(root, 'src/cli/index.ts'))}; process.exitCode = await run(${JSON.stringify(args)}, { stdout: () => {}, stderr: (s) => process.stderr.write(s) });`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--import', register, '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  return child.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice('LOADED '.length));
}

/**
 * What no reading command needs: the server, the ledger (but its error catalogue, which the CLI renders), the loop,
 * exchange files, their libraries, zod, and the document readers' (a text file is read without them).
 */
const NOT_NEEDED =
  /\/src\/(?:server|loop|exchange)\/|\/src\/ledger\/(?!errors\.ts$)|\/node_modules\/(?:fastify|@fastify|kysely|pg|pg-boss|better-sqlite3|exceljs|zod|jszip|mammoth|unpdf|pdfjs-dist|linkedom|piscina)\//;

const rows: { name: string; args: () => string[]; needs: RegExp }[] = [
  { name: 'clean FILE', args: () => ['clean', report], needs: /\/src\/clean\/index\.ts$/ },
  { name: 'extract FILE', args: () => ['extract', report], needs: /\/src\/extract\/index\.ts$/ },
  { name: 'extract FILE --format md', args: () => ['extract', report, '--format', 'md'], needs: /\/src\/cli\/extract-formats\.ts$/ },
];

for (const row of rows) {
  test(`luoshi ${row.name} loads only what it needs`, () => {
    const loaded = loadedBy(row.args());
    assert.ok(loaded.some((url) => row.needs.test(url)), `the hook saw the command's own modules (${loaded.length} loaded)`);
    assert.deepEqual(loaded.filter((url) => NOT_NEEDED.test(url)), []);
  });
}
