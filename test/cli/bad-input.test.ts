import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { run, type Io } from '../../src/cli/index.js';
import { nestedHtml, zipBombDocx } from '../fixtures/read/make-hostile.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'luoshi-cli-'));
});
after(() => rm(dir, { recursive: true, force: true }));

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

const exists = (path: string) => access(path).then(() => true, () => false);

/** Bad inputs through the command line: the file to create (if any), extra arguments, words stderr names. */
const cases: { name: string; file: string; bytes?: Uint8Array; args?: string[]; mentions: string[] }[] = [
  { name: 'missing file', file: 'missing.txt', mentions: ['missing.txt', 'no such file'] },
  { name: 'empty file', file: 'empty.txt', bytes: new Uint8Array(), mentions: ['empty.txt', 'empty'] },
  { name: 'image', file: 'scan.png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), mentions: ['scan.png', 'PNG image'] },
  { name: 'invalid in the declared encoding', file: 'gbk.txt', bytes: iconv.encode('全县粮食产量稳定在10万吨以上。', 'gbk'), args: ['--encoding', 'utf-8'], mentions: ['gbk.txt', 'utf-8', 'byte 2'] },
  { name: 'unknown encoding', file: 'ok.txt', bytes: Buffer.from('新建学校两所。'), args: ['--encoding', 'gb-klingon'], mentions: ['gb-klingon', 'unknown encoding'] },
  { name: 'over --max-size', file: 'big.txt', bytes: Buffer.alloc(2 * 1024 * 1024, 0x41), args: ['--max-size', '1'], mentions: ['big.txt', 'limit is 1 MB'] },
  { name: 'corrupt PDF', file: 'broken.pdf', bytes: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog\n'), mentions: ['broken.pdf', 'PDF'] },
  { name: 'a zip bomb named .docx', file: 'bomb.docx', bytes: zipBombDocx(65 * 1024 * 1024), mentions: ['bomb.docx', 'decompresses', 'limit is 64 MB'] },
  { name: 'a page nested 200,000 deep', file: 'nested.html', bytes: Buffer.from(nestedHtml(200_000)), mentions: ['nested.html', 'deeper than the limit'] },
];

test('bad input: exit 2, one line on stderr naming the problem and the path, no stack, nothing written', async () => {
  for (const c of cases) {
    const path = join(dir, c.file);
    if (c.bytes) await writeFile(path, c.bytes);
    const outPath = join(dir, `${c.file}.out.txt`);
    const io = capture();
    const code = await run(['clean', path, '--out', outPath, ...(c.args ?? [])], io);
    assert.equal(code, 2, c.name);
    assert.equal(io.out, '', c.name);
    assert.match(io.err, /^luoshi clean: [^\n]+\n$/, `${c.name}: ${io.err}`);
    assert.ok(!io.err.includes('    at '), `${c.name}: stack frame in ${io.err}`);
    for (const word of c.mentions) assert.ok(io.err.includes(word), `${c.name}: "${word}" not in ${io.err}`);
    assert.equal(await exists(outPath), false, `${c.name}: ${outPath} was written`);
  }
});

test('a directory: exit 2, named as a directory', async () => {
  const sub = join(dir, 'reports');
  await mkdir(sub);
  const io = capture();
  assert.equal(await run(['clean', sub, '--out', join(dir, 'reports.out')], io), 2);
  assert.equal(io.err, `luoshi clean: ${sub}: is a directory, not a file\n`);
  assert.equal(await exists(join(dir, 'reports.out')), false);
});

test('a ledger that cannot be reached: exit 2, one line naming where (password hidden) and why', async () => {
  const notADatabase = join(dir, 'notes.db');
  await writeFile(notADatabase, '这不是数据库文件，只是一段文字。'.repeat(20));
  const saved = process.env.LUOSHI_DATABASE_URL;
  const cases: [url: string, mentions: string[]][] = [
    ['postgres://clerk:secret@127.0.0.1:1/ledger', ['postgres://***@127.0.0.1:1/ledger', 'cannot be reached', 'ECONNREFUSED']],
    [`sqlite:${notADatabase}`, ['notes.db', 'cannot be reached', 'not a database']],
    [`sqlite:${join(notADatabase, 'sub', 'ledger.db')}`, ['cannot be reached', 'ENOTDIR']],
  ];
  try {
    for (const [url, mentions] of cases) {
      process.env.LUOSHI_DATABASE_URL = url;
      for (const args of [['export', '--csv'], ['import', join(dir, 'missing.txt')]]) {
        const io = capture();
        assert.equal(await run(args, io), 2, `${url} ${args[0]}`);
        assert.match(io.err, new RegExp(`^luoshi ${args[0]}: [^\\n]+\\n$`), io.err);
        assert.ok(!io.err.includes('secret') && !io.err.includes('    at '), io.err);
        for (const word of mentions) assert.ok(io.err.includes(word), `"${word}" not in ${io.err}`);
      }
    }
  } finally {
    if (saved === undefined) delete process.env.LUOSHI_DATABASE_URL;
    else process.env.LUOSHI_DATABASE_URL = saved;
  }
});
