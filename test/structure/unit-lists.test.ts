import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUnitName, readUnitList, resolveRoles, type UnitRoles } from '../../src/structure/unit-lists.js';

const roles = (lead: string[], cooperating: string[], responsible: string[]): UnitRoles => ({ lead, cooperating, responsible });

/** [a list as a split writes it after a label or in a cell, the units it names by role] */
const lists: [string, UnitRoles][] = [
  ['县发改局、县财政局', roles([], [], ['县发改局', '县财政局'])],
  ['县发改局，县财政局；县商务局', roles([], [], ['县发改局', '县财政局', '县商务局'])],
  ['县水务局 县住建局', roles([], [], ['县水务局', '县住建局'])],
  ['县商务局牵头，县自然资源局、县住建局配合', roles(['县商务局'], ['县自然资源局', '县住建局'], [])],
  ['县人社局、县农业农村局分别牵头', roles(['县人社局', '县农业农村局'], [], [])],
  ['县卫健委（牵头）、县发改局', roles(['县卫健委'], [], ['县发改局'])],
  ['县教育局（牵头单位）、县财政局', roles(['县教育局'], [], ['县财政局'])],
  ['由县政府牵头', roles(['县政府'], [], [])],
  ['发展改革委牵头，财政部等有关部门按职责分工负责', roles(['发展改革委'], [], ['财政部'])],
  ['县发改局等5个部门', roles([], [], ['县发改局'])],
  // a collective name keeps the levels it spans; a remark on the list is dropped
  ['各县（市、区）政府、溪南开发区管委会', roles([], [], ['各县（市、区）政府', '溪南开发区管委会'])],
  ['县发改局、县经信局（除标注“分别牵头”外，列第一位为牵头单位，下同）', roles([], [], ['县发改局', '县经信局'])],
  ['县发改局（王某）', roles([], [], ['县发改局'])],
  // the last two names joined by a word; a name with the word inside it
  ['县财政局和县审计局', roles([], [], ['县财政局', '县审计局'])],
  ['县发展和改革局、县住房和城乡建设局', roles([], [], ['县发展和改革局', '县住房和城乡建设局'])],
  // names a joined line glued together
  ['县水务局县住建局县护城河指挥部', roles([], [], ['县水务局', '县住建局', '县护城河指挥部'])],
];

test('unit lists: separators, role marks, 分别牵头, brackets that belong to a name and those that are remarks', () => {
  for (const [list, expected] of lists) assert.deepEqual(readUnitList(list), expected, list);
});

test('unit names: the endings of units and collective names; tasks, times and sentences are none', () => {
  const names: [string, boolean][] = [
    ['县残联', true], ['县政务服务中心', true], ['各乡镇人民政府', true], ['有关部门', true], ['县城投集团', true],
    ['县委宣传部', true], ['县消防救援大队', true], ['新建2座人行天桥', false], ['12月底前', false],
    ['启动县图书馆新馆建设。', false], ['县政府督查室420室', false],
  ];
  for (const [name, unit] of names) assert.equal(isUnitName(name), unit, name);
});

test('lead and cooperating units: named leads lead; a 责任单位 list leads whole, or by its first unit where the document says so', () => {
  const cases: [UnitRoles, boolean, { lead: string[]; cooperating: string[] }][] = [
    [roles(['甲局'], ['乙局'], ['丙局']), false, { lead: ['甲局'], cooperating: ['乙局', '丙局'] }],
    [roles([], [], ['甲局', '乙局']), false, { lead: ['甲局', '乙局'], cooperating: [] }],
    [roles([], [], ['甲局', '乙局']), true, { lead: ['甲局'], cooperating: ['乙局'] }],
    [roles([], ['丙局'], ['甲局', '乙局']), true, { lead: ['甲局', '乙局'], cooperating: ['丙局'] }],
    [roles(['甲局', '乙局'], [], []), true, { lead: ['甲局', '乙局'], cooperating: [] }],
    // a unit named twice (牵头单位 and again in 责任单位) leads, once
    [roles(['甲局'], [], ['甲局', '乙局', '乙局']), false, { lead: ['甲局'], cooperating: ['乙局'] }],
  ];
  for (const [given, firstListedLeads, expected] of cases) assert.deepEqual(resolveRoles(given, firstListedLeads), expected);
});
