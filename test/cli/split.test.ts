import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { run, type Io } from '../../src/cli/index.js';
import { makeDocx } from '../fixtures/read/make-docx.js';
import { makePdf } from '../fixtures/read/make-pdf.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'luoshi-split-'));
});
after(() => rm(dir, { recursive: true, force: true }));

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

interface Task {
  text: string;
  lead: string[];
  cooperating: string[];
  leaders: string[];
  deadline: string | null;
  span: { start: number; end: number };
}

async function split(file: string, ...args: string[]): Promise<Task[]> {
  const io = capture();
  assert.equal(await run(['split', file, '--format', 'json', ...args], io), 0, io.err);
  return (JSON.parse(io.out) as { tasks: Task[] }).tasks;
}

/** A county's split in traditional characters, as an older office's page gives it: the original is decoded GBK. */
const TRADITIONAL =
  '青嶺縣人民政府辦公室關於印發2025年重點工作任務分解的通知\n各鄉鎮人民政府，縣政府各部門：\n' +
  '一、擴大有效投資\n（一）全年實施重點項目150個。（牽頭單位：縣發改局；配合單位：縣財政局、縣統計局）\n' +
  '（二）6月底前建成縣人民醫院新院區。（牽頭單位：縣衛健委）\n';

test('a text file in GBK and traditional characters: units simplified, each span on the task in the original', async () => {
  const path = join(dir, 'fenjie-trad.txt');
  await writeFile(path, iconv.encode(TRADITIONAL, 'gbk'));
  const tasks = await split(path);
  assert.deepEqual(
    tasks.map((t) => [t.text, t.lead, t.cooperating, t.deadline]),
    [
      ['全年实施重点项目150个', ['县发改局'], ['县财政局', '县统计局'], '2025-12-31'],
      ['6月底前建成县人民医院新院区', ['县卫健委'], [], '2025-06-30'],
    ],
  );
  assert.deepEqual(tasks.map((t) => TRADITIONAL.slice(t.span.start, t.span.end)), ['全年實施重點項目150個', '6月底前建成縣人民醫院新院區']);
});

test('a web page with a table: rows one a line and cells of several paragraphs', async () => {
  const path = join(dir, 'fenjie.html');
  await writeFile(
    path,
    '<html><head><meta charset="utf-8"><title>青岭县2025年重点工作任务分解表</title></head><body><div>首页 &gt; 通知公告</div>' +
      '<h1>青岭县2025年重点工作任务分解表</h1><table>' +
      '<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>' +
      '<tr><td>1</td><td>新建改建农村公路120公里</td><td>县交通运输局</td><td>县财政局、县自然资源局</td><td>11月底前</td></tr>' +
      '<tr><td>2</td><td><p>推进数字乡村试点，</p><p>建设益农信息社20个</p></td><td><p>县农业农村局</p></td><td><p>县数据局</p><p>县供销社</p></td><td>年底前</td></tr>' +
      '</table><div>主办单位：青岭县人民政府办公室</div></body></html>',
  );
  assert.deepEqual(
    (await split(path)).map((t) => [t.text, t.lead, t.cooperating, t.deadline]),
    [
      ['新建改建农村公路120公里', ['县交通运输局'], ['县财政局', '县自然资源局'], '2025-11-30'],
      ['推进数字乡村试点，建设益农信息社20个', ['县农业农村局'], ['县数据局', '县供销社'], '2025-12-31'],
    ],
  );
});

test('a Word document with a table: leaders and times from their columns', async () => {
  const path = join(dir, 'fenjie.docx');
  await writeFile(
    path,
    await makeDocx([
      ['青岭县2025年民生实事任务分解表'],
      {
        table: [
          [['序号'], ['民生实事'], ['责任单位'], ['责任领导'], ['完成时限']],
          [['1'], ['新建2座人行天桥。'], ['县住建局'], ['副县长 李某'], ['9月投入使用']],
          [['2'], ['启动县图书馆新馆建设。'], ['县文旅局', '县代建中心'], ['副县长 王某'], ['12月底前']],
        ],
      },
    ]),
  );
  assert.deepEqual(
    (await split(path)).map((t) => [t.text, t.lead, t.cooperating, t.leaders, t.deadline]),
    [
      ['新建2座人行天桥', ['县住建局'], [], ['副县长 李某'], '2025-09-30'],
      ['启动县图书馆新馆建设', ['县文旅局', '县代建中心'], [], ['副县长 王某'], '2025-12-31'],
    ],
  );
});

test('a PDF with a table: cells on one baseline read as a row', async () => {
  const path = join(dir, 'fenjie.pdf');
  const row = (y: number, cells: [number, string][]) => cells.map(([x, text]) => ({ text, x, y, size: 10 }));
  await writeFile(
    path,
    makePdf([
      [
        { text: '青岭县2025年重点工作任务分解表', x: 150, y: 800, size: 16 },
        ...row(760, [[40, '序号'], [80, '工作任务'], [300, '牵头单位'], [380, '配合单位'], [520, '完成时限']]),
        ...row(740, [[40, '1'], [80, '新建改建农村公路120公里'], [300, '县交通运输局'], [380, '县财政局、县自然资源局'], [520, '11月底前']]),
        ...row(720, [[40, '2'], [80, '建成城北污水处理厂'], [300, '县住建局'], [520, '6月底前']]),
      ],
    ]),
  );
  assert.deepEqual(
    (await split(path)).map((t) => [t.text, t.lead, t.cooperating, t.deadline]),
    [
      ['新建改建农村公路120公里', ['县交通运输局'], ['县财政局', '县自然资源局'], '2025-11-30'],
      ['建成城北污水处理厂', ['县住建局'], [], '2025-06-30'],
    ],
  );
});

test('--format md prints a table; --out writes the file whole', async () => {
  const path = join(dir, 'fenjie-md.txt');
  await writeFile(path, '2025年重点工作任务分解\n1.新建幼儿园3所。（牵头单位：县教育局；配合单位：县财政局）\n');
  const io = capture();
  assert.equal(await run(['split', path, '--format', 'md'], io), 0);
  assert.match(io.out, /^\| 任务 \| 牵头单位 \| 配合单位 \| 责任领导 \| 完成时限 \|\n/);
  assert.ok(io.out.includes('| 新建幼儿园3所 | 县教育局 | 县财政局 |  |  |'), io.out);
  const out = join(dir, 'tasks.json');
  assert.equal(await run(['split', path, '--out', out], capture()), 0);
  assert.equal((JSON.parse(await readFile(out, 'utf8')) as { tasks: Task[] }).tasks.length, 1);
});

test('bad input: exit 2, one line naming the problem, nothing written', async () => {
  const empty = join(dir, 'empty.txt');
  await writeFile(empty, '');
  const ok = join(dir, 'ok.txt');
  await writeFile(ok, '1.新建幼儿园3所。（牵头单位：县教育局）\n');
  const cases: [args: string[], mentions: string[]][] = [
    [[join(dir, 'missing.txt')], ['missing.txt', 'no such file']],
    [[empty], ['empty.txt', 'empty']],
    [[ok, '--format', 'xml'], ['--format xml', 'json, md']],
    [[], ['give exactly one FILE']],
    [[ok, ok], ['give exactly one FILE']],
    [[ok, '--year', 'next'], ['--year next']],
  ];
  for (const [args, mentions] of cases) {
    const out = join(dir, 'never.json');
    const io = capture();
    assert.equal(await run(['split', ...args, '--out', out], io), 2, args.join(' '));
    assert.match(io.err, /^luoshi split: [^\n]+\n$/, io.err);
    for (const word of mentions) assert.ok(io.err.includes(word), `"${word}" not in ${io.err}`);
    await assert.rejects(access(out));
  }
});
