import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type Io } from '../../src/cli/index.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'luoshi-extract-'));
});
after(() => rm(dir, { recursive: true, force: true }));

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

/** A short county work report, written for these tests: plain characters only (nothing for the cleaner to change). */
function countyReport(county: string, opts: { review?: string; plan?: string } = {}): string {
  return `${county}人民政府工作报告

——2024年1月16日在${county}第十八届人民代表大会第四次会议上

各位代表：

现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。

一、2023年工作回顾

${opts.review ?? '过去一年，全县地区生产总值达到152.3亿元，增长6.1%；一般公共预算收入完成9.8亿元，增长7.2%。新建改建农村公路126公里，新增城镇就业4200人。'}

二、2024年工作安排

${opts.plan ?? '今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长5%以上，粮食产量稳定在30万吨以上。'}

重点抓好以下工作：新建幼儿园3所，改扩建中小学5所。7月底前完成城区老旧小区供热管网改造。年底前建成县城污水处理厂二期工程。加快推进乡村振兴，深化农村集体产权制度改革。
`;
}

const LINXI = countyReport('临溪县');

interface Item {
  kind: string;
  text: string;
  span: { start: number; end: number };
  low?: number;
  high?: number;
  unit?: string;
  op?: string;
  deadline?: string;
  period?: string;
  indicator?: string;
}

/** Every item's span lies in the input; where the input has nothing to clean, the span is exactly the text. */
function assertSpans(items: Item[], input: string, exact: boolean, label: string) {
  for (const c of items) {
    const { start, end } = c.span;
    assert.ok(Number.isInteger(start) && Number.isInteger(end), `${label}: ${JSON.stringify(c)}`);
    assert.ok(0 <= start && start < end && end <= input.length, `${label}: span ${start}-${end} outside 0-${input.length} (${c.text})`);
    if (exact) assert.equal(input.slice(start, end), c.text, `${label}: span ${start}-${end}`);
  }
}

/** RFC 4180 records (quoted cells may hold commas, quotes and newlines). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += ch;
  }
  assert.equal(quoted, false, 'unterminated quoted cell');
  assert.equal(cell + row.join(''), '', 'the CSV does not end with a newline');
  return rows;
}

test('one file, json: the contract fields, spans into the input', async () => {
  const path = join(dir, 'linxi.txt');
  await writeFile(path, LINXI);
  const io = capture();
  assert.equal(await run(['extract', path], io), 0, io.err);
  assert.equal(io.err, '');
  const out = JSON.parse(io.out) as { report: Record<string, unknown>; commitments: Item[] };
  assert.deepEqual(Object.keys(out).sort(), ['commitments', 'report']);
  assert.equal(out.report.region, '临溪县');
  assert.equal(out.report.level, 'county');
  assert.equal(out.report.year, 2024);
  assert.equal(out.report.date, '2024-01-16');
  // each inferred field with its confidence and evidence, spans into the input (临溪县 is not in GB/T 2260: its level
  // is read from its name's ending)
  assert.deepEqual(out.report.confidence, { region: 'high', level: 'medium', year: 'high', date: 'high' });
  const evidence = out.report.evidence as { field: string; span: { start: number; end: number } }[];
  assert.ok(evidence.some((e) => e.field === 'year' && LINXI.slice(e.span.start, e.span.end).startsWith('2024年1月16日在临溪县')));
  assert.deepEqual(out.report.warnings, []);

  const kinds = new Set(out.commitments.map((c) => c.kind));
  for (const c of out.commitments) {
    assert.ok(['target', 'milestone', 'achievement', 'task'].includes(c.kind), c.kind);
    assert.equal(typeof c.text, 'string');
    assert.ok(c.text.length > 0);
  }
  for (const kind of ['target', 'milestone', 'achievement', 'task']) assert.ok(kinds.has(kind), `no ${kind} in ${[...kinds]}`);
  assertSpans(out.commitments, LINXI, true, 'linxi');

  const find = (text: string) => {
    const item = out.commitments.find((c) => c.text.includes(text));
    assert.ok(item, `no item for ${text}: ${out.commitments.map((c) => c.text).join(' | ')}`);
    return item;
  };
  assert.deepEqual(
    (({ kind, low, unit, op, deadline, indicator }) => ({ kind, low, unit, op, deadline, indicator }))(find('地区生产总值增长6.5%左右')),
    { kind: 'target', low: 6.5, unit: '%', op: 'about', deadline: '2024-12-31', indicator: 'gdp_growth' },
  );
  assert.deepEqual(
    (({ kind, low, unit, op }) => ({ kind, low, unit, op }))(find('一般公共预算收入增长5%以上')),
    { kind: 'target', low: 5, unit: '%', op: 'at_least' },
  );
  assert.deepEqual(
    (({ kind, low, unit, deadline }) => ({ kind, low, unit, deadline }))(find('新建幼儿园3所')),
    { kind: 'target', low: 3, unit: '所', deadline: '2024-12-31' },
  );
  const heating = find('7月底前完成城区老旧小区供热管网改造');
  assert.equal(heating.kind, 'milestone');
  assert.equal(heating.deadline, '2024-07-31');
  const growth = find('增长6.1%');
  assert.equal(growth.kind, 'achievement');
  assert.equal(growth.low, 6.1);
  assert.equal(growth.period, '2023');
  const roads = find('新建改建农村公路126公里');
  assert.deepEqual([roads.kind, roads.low, roads.unit, roads.period], ['achievement', 126, '公里', '2023']);
  // every target and milestone is due by a date, every achievement covers a period
  for (const c of out.commitments) {
    if (c.kind === 'target' || c.kind === 'milestone') assert.match(c.deadline ?? '', /^\d{4}-\d{2}-\d{2}$/, c.text);
    if (c.kind === 'achievement') assert.match(c.period ?? '', /^\d{4}(-\d{4})?$/, c.text);
  }
});

test('one file with dirty characters: spans still lie inside the original', async () => {
  // full-width digits and percent signs, a spam phrase and site chrome around the report
  const dirty =
    '首页 > 政务公开 > 政府工作报告\n点击排行 | 免费领取\n\n' +
    countyReport('石门县', {
      plan: '今年主要预期目标是：地区生产总值增长６．５％左右，城乡居民人均可支配收入增长７％以上，新建幼儿园３所。',
    }) +
    '\n责任编辑：李华  【打印本页】【关闭窗口】\n';
  const path = join(dir, 'shimen.txt');
  await writeFile(path, dirty);
  const io = capture();
  assert.equal(await run(['extract', path, '--format', 'json'], io), 0, io.err);
  const out = JSON.parse(io.out) as { report: Record<string, unknown>; commitments: Item[] };
  assert.equal(out.report.region, '石门县');
  assertSpans(out.commitments, dirty, false, 'shimen');
  const gdp = out.commitments.find((c) => c.indicator === 'gdp_growth' && c.kind === 'target');
  assert.ok(gdp, 'no GDP growth target');
  assert.equal(gdp.low, 6.5);
  assert.equal(gdp.op, 'about');
  assert.match(dirty.slice(gdp.span.start, gdp.span.end), /地区生产总值增长６．５％左右/);
});

test('one file, csv: a header and one row per item, cells with commas quoted', async () => {
  const path = join(dir, 'linxi.txt');
  await writeFile(path, LINXI);
  const json = capture();
  assert.equal(await run(['extract', path], json), 0);
  const items = (JSON.parse(json.out) as { commitments: Item[] }).commitments;
  const io = capture();
  assert.equal(await run(['extract', path, '--format', 'csv'], io), 0, io.err);
  const rows = parseCsv(io.out);
  const [header, ...body] = rows;
  for (const column of ['file', 'region', 'year', 'kind', 'low', 'unit', 'op', 'deadline', 'period', 'text', 'span_start', 'span_end'])
    assert.ok(header.includes(column), `no ${column} column in ${header}`);
  assert.equal(body.length, items.length);
  const col = (name: string) => header.indexOf(name);
  body.forEach((row, i) => {
    assert.equal(row.length, header.length, `row ${i + 1}: ${row}`);
    assert.equal(row[col('text')], items[i].text);
    assert.equal(row[col('kind')], items[i].kind);
    assert.equal(Number(row[col('span_start')]), items[i].span.start);
    assert.equal(Number(row[col('span_end')]), items[i].span.end);
    assert.equal(row[col('region')], '临溪县');
    assert.equal(row[col('file')], path);
  });
  // a cell holding commas and quotes (here the file's name) is quoted, its quotes doubled
  const oddPath = join(dir, 'linxi,2024 "copy".txt');
  await writeFile(oddPath, LINXI);
  const io2 = capture();
  assert.equal(await run(['extract', oddPath, '--format', 'csv'], io2), 0, io2.err);
  const lines = io2.out.trimEnd().split('\n');
  assert.equal(lines.length, items.length + 1);
  for (const line of lines.slice(1)) assert.ok(line.startsWith(`"${oddPath.replace(/"/g, '""')}",`), line);
  const rows2 = parseCsv(io2.out);
  for (const row of rows2.slice(1)) {
    assert.equal(row.length, rows2[0].length, row.join('|'));
    assert.equal(row[0], oddPath);
  }
});

test('one file, md: a table with a row per item', async () => {
  const path = join(dir, 'linxi.txt');
  await writeFile(path, LINXI);
  const json = capture();
  assert.equal(await run(['extract', path], json), 0);
  const items = (JSON.parse(json.out) as { commitments: Item[] }).commitments;
  const io = capture();
  assert.equal(await run(['extract', path, '--format', 'md'], io), 0, io.err);
  const lines = io.out.split('\n');
  assert.ok(lines.some((l) => l.startsWith('## ') && l.includes('临溪县') && l.includes('2024')), io.out.slice(0, 200));
  const tableRows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| 类型'));
  assert.equal(tableRows.length, items.length);
  assert.ok(tableRows.some((l) => l.includes('地区生产总值增长6.5%左右') && l.includes('6.5') && l.includes('2024-12-31')));
  for (const row of tableRows) assert.equal(row.split(/(?<!\\)\|/).length, 7, row); // 5 columns
  assert.ok(!lines.some((l) => l.startsWith('> ')), 'a report whose fields are sure has nothing to check');
});

test('md: a report whose year is a guess says so above its table', async () => {
  const path = join(dir, 'excerpt.txt');
  await writeFile(path, '发布时间：2019-01-25 10:30\n今年全县将新建农村公路100公里，改造危房500户。\n');
  const io = capture();
  assert.equal(await run(['extract', path, '--format', 'md'], io), 0, io.err);
  assert.match(io.out, /^> 请核对：报告年份2019依据不足/m);
});

test('a directory: 3 reports and an empty file → exit 1, the bad file skipped and named, reports in input order', async () => {
  const sub = join(dir, 'batch');
  await mkdir(sub);
  const counties = { '1-linxi.txt': '临溪县', '3-shimen.txt': '石门县', '4-baisha.txt': '白沙县' };
  for (const [name, county] of Object.entries(counties)) await writeFile(join(sub, name), countyReport(county));
  await writeFile(join(sub, '2-empty.txt'), '');
  await writeFile(join(sub, 'notes.json'), '{}'); // not a report format: not taken

  const io = capture();
  assert.equal(await run(['extract', sub], io), 1);
  const errLines = io.err.split(/[\n\r]/).filter((l) => l.startsWith('luoshi extract:'));
  const skipped = errLines.filter((l) => l.startsWith('luoshi extract: skipped '));
  const summary = errLines.filter((l) => /\d+ reports/.test(l));
  assert.equal(skipped.length, 1, io.err);
  assert.ok(skipped[0].includes('2-empty.txt'), skipped[0]);
  assert.ok(skipped[0].includes('empty'), skipped[0]);
  assert.equal(summary.length, 1, io.err);
  assert.match(summary[0], /\b3 reports, \d+ items, 1 skipped\b/);
  assert.ok(!io.err.includes('    at '), io.err);

  const out = JSON.parse(io.out) as { file: string; report: { region: string }; commitments: Item[] }[];
  assert.deepEqual(out.map((r) => r.file), ['1-linxi.txt', '3-shimen.txt', '4-baisha.txt'].map((n) => join(sub, n)));
  assert.deepEqual(out.map((r) => r.report.region), ['临溪县', '石门县', '白沙县']);
  const items = Number(/(\d+) items/.exec(summary[0])?.[1]);
  assert.equal(items, out.reduce((n, r) => n + r.commitments.length, 0));
  for (const r of out) {
    assert.ok(r.commitments.length > 5);
    assertSpans(r.commitments, countyReport(r.report.region), true, r.file);
  }

  // csv over the directory: one header, the rows of the three reports in order
  const csv = capture();
  assert.equal(await run(['extract', sub, '--format', 'csv'], csv), 1);
  const [header, ...rows] = parseCsv(csv.out);
  assert.equal(header[0], 'file');
  assert.equal(rows.length, items);
  const order = [...new Set(rows.map((r) => r[0]))];
  assert.deepEqual(order, ['1-linxi.txt', '3-shimen.txt', '4-baisha.txt'].map((n) => join(sub, n)));

  // several files named on the command line: the same, in the order given
  const named = capture();
  const given = ['4-baisha.txt', '2-empty.txt', '1-linxi.txt'].map((n) => join(sub, n));
  assert.equal(await run(['extract', ...given, '--format', 'md'], named), 1);
  const headings = named.out.split('\n').filter((l) => l.startsWith('## '));
  assert.equal(headings.length, 2);
  assert.ok(headings[0].includes('白沙县') && headings[1].includes('临溪县'), headings.join('\n'));
});

test('a directory of good reports: exit 0, nothing skipped', async () => {
  const sub = join(dir, 'good');
  await mkdir(sub);
  await writeFile(join(sub, 'a.txt'), countyReport('临溪县'));
  await writeFile(join(sub, 'b.txt'), countyReport('白沙县'));
  const io = capture();
  assert.equal(await run(['extract', sub], io), 0, io.err);
  assert.match(io.err, /luoshi extract: 2 reports, \d+ items, 0 skipped/);
  assert.ok(!io.err.includes('skipped /'));
  assert.equal((JSON.parse(io.out) as unknown[]).length, 2);
});

test('--out writes the file, prints nothing, leaves no temp file', async () => {
  const sub = join(dir, 'out');
  await mkdir(sub);
  const input = join(sub, 'linxi.txt');
  await writeFile(input, LINXI);
  const single = join(sub, 'single.json');
  const io = capture();
  assert.equal(await run(['extract', input, '--out', single], io), 0, io.err);
  assert.equal(io.out, '');
  const written = JSON.parse(await readFile(single, 'utf8')) as { report: { region: string }; commitments: Item[] };
  assert.equal(written.report.region, '临溪县');
  assertSpans(written.commitments, LINXI, true, 'out');

  const batchDir = join(sub, 'reports');
  await mkdir(batchDir);
  await writeFile(join(batchDir, 'a.txt'), countyReport('临溪县'));
  await writeFile(join(batchDir, 'b.txt'), countyReport('白沙县'));
  const table = join(sub, 'all.csv');
  const io2 = capture();
  assert.equal(await run(['extract', batchDir, '--format', 'csv', '--out', table], io2), 0, io2.err);
  assert.equal(io2.out, '');
  assert.ok((await readFile(table, 'utf8')).startsWith('file,'));

  // a bad input with --out: nothing written
  const failed = join(sub, 'failed.json');
  await writeFile(join(sub, 'empty.txt'), '');
  assert.equal(await run(['extract', join(sub, 'empty.txt'), '--out', failed], capture()), 2);

  const names = await readdir(sub);
  assert.deepEqual(names.filter((n) => n.includes('.tmp')), [], names.join(' '));
  assert.ok(!names.includes('failed.json'));
});

test('bad usage and a bad single file: exit 2, one line on stderr', async () => {
  const path = join(dir, 'linxi.txt');
  await writeFile(path, LINXI);
  const io = capture();
  assert.equal(await run(['extract', path, '--format', 'bad'], io), 2);
  assert.equal(io.out, '');
  assert.match(io.err, /^luoshi extract: [^\n]*--format bad[^\n]*json, csv, md[^\n]*\n$/);

  const none = capture();
  assert.equal(await run(['extract'], none), 2);
  assert.match(none.err, /^luoshi extract: [^\n]+\n$/);

  // one empty file: said as `luoshi clean` says it, the path once
  await writeFile(join(dir, 'empty.txt'), '');
  const empty = capture();
  assert.equal(await run(['extract', join(dir, 'empty.txt')], empty), 2);
  assert.equal(empty.err, `luoshi extract: ${join(dir, 'empty.txt')}: the file is empty\n`);

  const missing = capture();
  assert.equal(await run(['extract', join(dir, 'missing.txt')], missing), 2);
  assert.match(missing.err, /^luoshi extract: [^\n]*missing\.txt[^\n]*no such file[^\n]*\n$/);
});

test('a thousands separator inside a figure stays inside its item', async () => {
  const path = join(dir, 'thousands.txt');
  const input = LINXI.replace('新增城镇就业4200人', '新增城镇就业4,200人');
  await writeFile(path, input);
  const io = capture();
  assert.equal(await run(['extract', path], io), 0, io.err);
  const items = (JSON.parse(io.out) as { commitments: Item[] }).commitments;
  const jobs = items.find((c) => c.low === 4200);
  assert.ok(jobs, 'no item of 4200');
  assert.equal(jobs.text, '新增城镇就业4,200人');
  assert.equal(input.slice(jobs.span.start, jobs.span.end), jobs.text);
});

test('a statistical bulletin: kind and covered year in the JSON, named by the year it reports in Markdown', async () => {
  const path = join(dir, 'bulletin.txt');
  await writeFile(path, '临溪县2023年国民经济和社会发展统计公报\n\n一、综合\n\n初步核算，全年全县地区生产总值1865320万元，按可比价计算，比上年增长5.1%。\n');
  const json = capture();
  assert.equal(await run(['extract', path], json), 0, json.err);
  const out = JSON.parse(json.out) as { report: { kind: string; covers: number; year: number }; commitments: Item[] };
  assert.deepEqual([out.report.kind, out.report.covers, out.report.year], ['bulletin', 2023, 2024]);
  assert.deepEqual(out.commitments.map((c) => [c.kind, c.indicator, c.low, c.period]), [['achievement', 'gdp_total', 18653200000, '2023'], ['achievement', 'gdp_growth', 5.1, '2023']]);
  const md = capture();
  assert.equal(await run(['extract', path, '--format', 'md'], md), 0, md.err);
  assert.match(md.out, /^## 临溪县 2023年统计公报（county）/);
});
