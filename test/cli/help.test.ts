/**
 * `luoshi COMMAND --help` (or -h) prints that command's forms and exits 0 — not an option parser's complaint — and
 * says where the ledger is only for the commands that open it; nothing is read or written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, type Io } from '../../src/cli/index.js';

const CASES: [argv: string[], forms: string[], ledger: boolean][] = [
  [['clean', '--help'], ['  clean FILE|-'], false],
  [['extract', '-h'], ['  extract FILE…|DIR'], false],
  [['verify', '--help'], ['  verify TARGETS_FILE'], false],
  [['split', '--help'], ['  split FILE|- [--format', '  split FILE|- --report ID'], true],
  [['export', 'somewhere.csv', '--help'], ['  export --xlsx|--csv|--json', '  export --dataset'], true],
  [['user', '--help'], ['  user add NAME'], true],
];

test('each command’s help: its own forms, exit 0', async () => {
  for (const [argv, forms, ledger] of CASES) {
    let out = '';
    let err = '';
    const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s) };
    assert.equal(await run(argv, io), 0, argv.join(' '));
    assert.equal(err, '', argv.join(' '));
    assert.ok(out.startsWith(`usage: luoshi ${argv[0]}`), out);
    for (const form of forms) assert.ok(out.includes(form), `${argv.join(' ')}: ${form}`);
    const others = out.split('\n').filter((line) => /^ {2}\S/.test(line) && !line.startsWith(`  ${argv[0]} `));
    assert.deepEqual(others, [], `${argv.join(' ')} shows only its own forms`);
    assert.equal(out.includes('The ledger is'), ledger, argv.join(' '));
  }
});
