/**
 * Unit names as a 分工方案 writes them, found among the ledger's units: short forms read as the full names they stand
 * for (tables/unit-abbreviations.ts), a department named without its government, aliases an office added; and what
 * must stay apart (another government's department, a name that could be two units).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readUnitName, UnitIndex } from '../../src/ledger/unit-names.js';
import type { Unit } from '../../src/ledger/model.js';

const units: Unit[] = [
  { id: 1, name: '县发展和改革局', aliases: [] },
  { id: 2, name: '县住建局', aliases: [] },
  { id: 3, name: '县人力资源和社会保障局', aliases: [] },
  { id: 4, name: '县市场监督管理局', aliases: [] },
  { id: 5, name: '县卫生健康局', aliases: [] },
  { id: 6, name: '市发展和改革委员会', aliases: [] },
  { id: 7, name: '县数据资源中心', aliases: ['县数据局'] },
  { id: 8, name: '各乡镇人民政府', aliases: [] },
  { id: 9, name: '县人民政府办公室', aliases: [] },
  { id: 10, name: '县财政局', aliases: [] },
  { id: 11, name: '市财政局', aliases: [] },
];
const index = new UnitIndex(units);

/** [a name as written, the unit found (its id), or undefined] */
const found: [written: string, id: number | undefined][] = [
  ['县发展和改革局', 1],
  ['县发改局', 1],
  ['县发展改革局', 1],
  ['发改局', 1], // the department alone: one unit has it
  ['县住房和城乡建设局', 2],
  ['县住房城乡建设局', 2],
  ['县人社局', 3],
  ['县人力社保局', 3],
  ['县市场监管局', 4],
  ['市场监管局', 4], // 市场 is no government
  ['县卫健局', 5],
  ['县卫健委', undefined], // a 委员会 is not a 局
  ['市发改委', 6],
  ['县发改委', undefined], // another government's 发改委
  ['县数据局', 7], // an alias the office added
  ['县 数据局', 7],
  ['各乡镇人民政府', 8],
  ['县政府办', 9],
  ['县人民政府办', 9],
  ['财政局', undefined], // two governments' 财政局: which one is not said
  ['县财政局', 10],
  ['县教育局', undefined],
];

test('names as written find the unit they stand for, and only that one', () => {
  for (const [written, id] of found) assert.equal(index.find(written)?.id, id, written);
});

test('a short form and its full name read the same; the government is kept apart', () => {
  const rows: [string, string, string | undefined][] = [
    ['县发改局', '县发展和改革局', '县'],
    ['某市住建委', '某市住房和城乡建设委员会', '某市'],
    ['县文广旅局', '县文化广电和旅游局', '县'],
    ['教体局', '教育和体育局', ''],
    ['县教育和体育局', '县教育和体育局', '县'], // not 体育局 after 县教育和
    ['县城投公司', '县城投公司', undefined],
  ];
  for (const [written, canonical, government] of rows) {
    const read = readUnitName(written);
    assert.equal(read.canonical, canonical, written);
    assert.equal(read.department === undefined ? undefined : read.government, government, written);
  }
});

test('a department of another government is suggested, never taken', () => {
  assert.deepEqual(index.suggest('县发改委').map((u) => u.id), [6]);
  assert.deepEqual(index.suggest('县城投公司'), []);
});

test('resolving a list keeps order, drops repeats, and lists the unknown', () => {
  assert.deepEqual(index.resolve(['县发改局', '县发展和改革局', '县住建局', '县城投公司']), {
    units: [units[0], units[1]],
    unknown: ['县城投公司'],
  });
});
