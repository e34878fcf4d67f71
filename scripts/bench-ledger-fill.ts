/**
 * The ledger the benchmarks load: 50 synthetic county work reports (written here in work-report style, with
 * varied places, numbers, units and deadlines; no text from ../shared), about 12,500 items, imported with
 * importReport; then units, assignments (assignMany), reviews (setReviewState) and progress (addProgress)
 * added through the ledger's own functions in a few large transactions, the way users fill a ledger.
 */
import { analyze, type Analysis } from '../src/analyze.js';
import {
  addProgress,
  assignMany,
  createUnit,
  createUser,
  importReport,
  setReviewState,
  transaction,
  type AssignmentInput,
  type Ledger,
} from '../src/ledger/index.js';
import { random as prng } from '../test/helpers/random.js';

/** mulberry32: the same reports on every run. */
export { prng };

export const TARGET_ITEMS = 12_500;
const REPORTS = 50;

// ── Synthetic county reports ─────────────────────────────────────────────────────────────────────────────────


const UNITS: { name: string; aliases?: string[] }[] = [
  { name: '县发改局', aliases: ['县发展和改革局'] },
  { name: '县财政局' },
  { name: '县教育局', aliases: ['县教育和体育局'] },
  { name: '县科技局' },
  { name: '县工信局', aliases: ['县工业和信息化局'] },
  { name: '县民政局' },
  { name: '县人社局', aliases: ['县人力资源和社会保障局'] },
  { name: '县自然资源局' },
  { name: '县生态环境分局' },
  { name: '县住建局', aliases: ['县住房和城乡建设局'] },
  { name: '县交通运输局' },
  { name: '县水利局' },
  { name: '县农业农村局' },
  { name: '县商务局' },
  { name: '县文旅局', aliases: ['县文化和旅游局'] },
  { name: '县卫健委', aliases: ['县卫生健康委员会'] },
  { name: '县应急管理局' },
  { name: '县市场监管局' },
  { name: '县医保局' },
  { name: '县城管局' },
  { name: '县数据局' },
  { name: '县林业局' },
  { name: '县统计局' },
  { name: '县投资促进中心' },
  { name: '县融媒体中心' },
  { name: '各乡镇人民政府' },
];

const FIRST = ['青', '云', '临', '安', '白', '永', '长', '丰', '宁', '石'];
const SECOND = ['溪', '岭', '川', '阳', '源', '山', '河', '泉', '梁', '桥'];
const TOWNS = ['东关', '西郊', '南湖', '北塘', '溪口', '石门', '桃园', '柳庄', '金沙', '高坪', '龙潭', '枫林'];
const AREAS = ['城区', '城北', '城南', '高新区', '工业园区', '经开区', '老城区', '新区'];
const FACILITIES = ['物流园', '污水处理厂', '综合客运枢纽', '全民健身中心', '人民医院新院区', '城市书房', '农贸市场', '消防站', '职业技术学校', '养老服务中心', '文化馆', '公交首末站'];
const WORKS = ['供水管网', '雨污分流管网', '燃气管道', '背街小巷', '农村公路', '老旧小区', '学校食堂', '乡镇卫生院', '集贸市场', '排水防涝设施'];
const DEADLINES = ['3月底前', '5月底前', '6月底前', '7月底前', '8月底前', '9月底前', '10月底前', '11月底前', '上半年', '年底前', '三季度', '一季度', '“七一”前', '国庆前'];
const VERBS = ['完成', '建成', '开工建设', '建成投用', '完成改造'];
const HEADS = ['坚定不移抓项目扩投资', '推动产业转型升级', '全面推进乡村振兴', '持续改善城乡面貌', '加快建设生态强县', '深化改革扩大开放', '提升社会治理水平', '推进教育医疗均衡发展'];

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const dec = (r: () => number, lo: number, hi: number, digits = 1): string => (lo + r() * (hi - lo)).toFixed(digits);

/** One clause of a task paragraph: a quantity, a dated milestone, or an open task. */
function taskClause(r: () => number, county: string): string {
  const town = `${pick(r, TOWNS)}镇`;
  const area = pick(r, AREAS);
  const templates: (() => string)[] = [
    () => `新建${area}公办幼儿园${int(r, 2, 9)}所`,
    () => `改造${area}老旧小区${int(r, 10, 90)}个`,
    () => `新增公共停车泊位${int(r, 3, 40) * 100}个`,
    () => `新建高标准农田${dec(r, 0.5, 6)}万亩`,
    () => `建设数字乡村示范点${int(r, 3, 30)}个`,
    () => `5G基站新增${int(r, 50, 600)}座`,
    () => `新增规模以上工业企业${int(r, 8, 45)}家以上`,
    () => `培育省级“专精特新”企业${int(r, 2, 12)}家`,
    () => `新建改造农村公路${int(r, 40, 260)}公里`,
    () => `实施${area}背街小巷改造${int(r, 8, 60)}条`,
    () => `为60岁以上老年人免费体检不少于${dec(r, 1, 6)}万人次`,
    () => `完成植树造林${int(r, 2, 30) * 1000}亩`,
    () => `力争新签约亿元以上项目${int(r, 20, 90)}个`,
    () => `全年实施重点项目${int(r, 60, 220)}个`,
    () => `建成农村寄递物流服务站${int(r, 20, 150)}个`,
    () => `新建城市书房${int(r, 2, 12)}个`,
    () => `改造农村危房${int(r, 50, 600)}户`,
    () => `${pick(r, DEADLINES)}${pick(r, VERBS)}${town}${pick(r, WORKS)}改造`,
    () => `${pick(r, DEADLINES)}${pick(r, VERBS)}${county.slice(0, 2)}${pick(r, FACILITIES)}`,
    () => `${pick(r, DEADLINES)}建成${area}${pick(r, FACILITIES)}`,
    () => `${pick(r, DEADLINES)}完成${town}${pick(r, WORKS)}提标改造`,
    () => `推进${town}${pick(r, WORKS)}建设`,
    () => `加快${area}${pick(r, FACILITIES)}项目前期工作`,
  ];
  return pick(r, templates)();
}

const INDICATORS: ((r: () => number) => string)[] = [
  (r) => `地区生产总值增长${dec(r, 5, 8)}%左右`,
  (r) => `一般公共预算收入增长${dec(r, 3, 9)}%`,
  (r) => `规模以上工业增加值增长${int(r, 6, 12)}%以上`,
  (r) => `固定资产投资增长${int(r, 5, 15)}%`,
  (r) => `社会消费品零售总额增长${dec(r, 5, 9)}%`,
  (r) => `城镇新增就业${int(r, 20, 90) * 100}人以上`,
  (r) => `城镇登记失业率控制在${dec(r, 3, 4.5)}%以内`,
  (r) => `单位地区生产总值能耗降低${dec(r, 2, 3.5)}%左右`,
  (r) => `粮食产量稳定在${dec(r, 2, 6)}亿斤以上`,
];

const REVIEW: ((r: () => number) => string)[] = [
  (r) => `全县地区生产总值增长${dec(r, 4, 8)}%`,
  (r) => `新签约亿元以上项目${int(r, 20, 80)}个`,
  (r) => `完成老旧小区改造${int(r, 10, 60)}个`,
  (r) => `城镇新增就业${int(r, 2000, 9000)}人`,
  (r) => `新建幼儿园${int(r, 1, 6)}所`,
  (r) => `建成高标准农田${dec(r, 1, 5)}万亩`,
];

/** A county government work report of `year` with about `items` extractable items. */
function countyReport(seed: number, county: string, year: number, items: number): string {
  const r = prng(seed);
  const review = Array.from({ length: Math.round(items * 0.1) }, () => pick(r, REVIEW)(r));
  const indicators = INDICATORS.map((f) => f(r));
  const perHead = Math.ceil((items - review.length - indicators.length - 10) / HEADS.length);
  const lines = [
    '政府工作报告',
    '',
    `——${year}年1月${int(r, 8, 20)}日在${county}第${pick(r, ['十七', '十八', '十九'])}届人民代表大会第${pick(r, ['二', '三', '四', '五'])}次会议上`,
    '',
    '各位代表：',
    '',
    `现在，我代表县人民政府，向大会报告工作，请予审议。`,
    '',
    `一、${year - 1}年工作回顾`,
    '',
    `过去一年，${review.join('；')}。`,
    '',
    `二、${year}年主要目标和重点工作`,
    '',
    `今年经济社会发展的主要预期目标是：${indicators.join('；')}。`,
    '',
    '实现上述目标，重点抓好以下工作：',
    '',
  ];
  HEADS.forEach((head, i) => {
    const clauses = Array.from({ length: perHead }, () => taskClause(r, county));
    const lead = pick(r, UNITS).name;
    const others = [pick(r, UNITS).name, pick(r, UNITS).name].filter((u) => u !== lead);
    lines.push(`（${'一二三四五六七八九十'[i]}）${head}。${clauses.join('。')}。（牵头单位：${lead}；责任单位：${[...new Set(others)].join('、')}）`, '');
  });
  const facts = Array.from({ length: 10 }, () => taskClause(r, county));
  lines.push(`（九）扎实办好民生实事。今年县政府将集中力量办好十件民生实事：${facts.join('；')}。`, '');
  lines.push('各位代表，使命呼唤担当，奋斗成就未来。让我们踔厉奋发、勇毅前行，为谱写高质量发展新篇章而努力奋斗！');
  return lines.join('\n');
}

export function syntheticAnalyses(): { analyses: Analysis[]; items: number; ms: number } {
  const t0 = performance.now();
  const counties = FIRST.flatMap((a) => SECOND.map((b) => `${a}${b}县`)).filter((_, i) => i % 2 === 0).slice(0, REPORTS);
  const analyses: Analysis[] = [];
  let items = 0;
  for (const [i, county] of counties.entries()) {
    // aim at what is still missing, so the ledger ends near TARGET_ITEMS
    const want = Math.ceil((TARGET_ITEMS - items) / (REPORTS - i));
    let size = want;
    let analysis: Analysis;
    for (let tries = 0; ; tries++) {
      const text = countyReport(1000 + i, county, i % 2 ? 2024 : 2025, size);
      analysis = analyze({ text, format: 'text', encoding: 'utf-8', confidence: 1, name: `${county}政府工作报告.txt`, bytes: Buffer.byteLength(text) });
      const got = analysis.extraction.commitments.length;
      if (got >= want || tries === 3) break;
      size += want - got;
    }
    items += analysis.extraction.commitments.length;
    analyses.push(analysis);
  }
  return { analyses, items, ms: performance.now() - t0 };
}

// ── Filling a ledger ─────────────────────────────────────────────────────────────────────────────────────────

export const PASSWORD = 'bench horse battery staple';

export interface Filled {
  items: number;
  assigned: number;
  progress: number;
  /** Commitments led by the editor's unit (the write scenario reports on these). */
  editorItems: number[];
  ids: number[];
  /** Every item's text (what the searches are drawn from). */
  texts: string[];
  ms: { import: number; rest: number };
}

export async function fill(ledger: Ledger, analyses: Analysis[], hash: string): Promise<Filled> {
  const r = prng(7);
  const t0 = performance.now();
  for (const analysis of analyses) await importReport(ledger, null, { analysis });
  const importMs = performance.now() - t0;

  const t1 = performance.now();
  const units = [];
  for (const u of UNITS) units.push(await createUnit(ledger, null, u));
  const byName = new Map(units.flatMap((u) => [[u.name, u.id], ...u.aliases.map((a) => [a, u.id] as const)]));
  const editorUnit = units[0].id;
  await createUser(ledger, null, { username: 'supervisor', role: 'supervisor', passwordHash: hash });
  await createUser(ledger, null, { username: 'editor', role: 'unit_editor', unitId: editorUnit, passwordHash: hash });
  const supervisor = await createUser(ledger, null, { username: 'supervisor2', role: 'supervisor', passwordHash: hash });

  const rows = await ledger.db.selectFrom('commitments').selectAll().orderBy('id').execute();
  const commitments = rows.map((row) => ({ id: row.id, kind: row.kind, deadline: row.deadline, lead: JSON.parse(row.namedLeadUnits) as string[], version: row.version }));
  // 明责: about 45% of the items get a lead unit (the one the text names, else one at random), some cooperating units
  const inputs: AssignmentInput[] = [];
  for (const c of commitments) {
    if (c.kind === 'achievement' || r() > 0.5) continue;
    const leadUnitId = (c.lead.length ? byName.get(c.lead[0]) : undefined) ?? (r() < 0.3 ? editorUnit : pick(r, units).id);
    const cooperatingUnitIds = r() < 0.4 ? [pick(r, units).id, pick(r, units).id].filter((u) => u !== leadUnitId) : [];
    inputs.push({ commitmentId: c.id, leadUnitId, cooperatingUnitIds, confirmed: r() < 0.7, ...(c.deadline ? { deadline: c.deadline } : {}) });
  }
  for (let i = 0; i < inputs.length; i += 1000) await assignMany(ledger, supervisor.id, inputs.slice(i, i + 1000));

  // review: a fifth of the items confirmed
  const reviewed = commitments.filter(() => r() < 0.2);
  for (let i = 0; i < reviewed.length; i += 1000) {
    await transaction(ledger, supervisor.id, async (tx) => {
      for (const c of reviewed.slice(i, i + 1000)) await setReviewState(tx, supervisor.id, c.id, c.version, 'confirmed');
    });
  }

  // 履责: a third of the assigned items have one to three progress reports
  const reporting = inputs.filter(() => r() < 0.35);
  let progress = 0;
  for (let i = 0; i < reporting.length; i += 500) {
    await transaction(ledger, supervisor.id, async (tx) => {
      for (const a of reporting.slice(i, i + 500)) {
        for (let n = int(r, 1, 3), k = 0; k < n; k++) {
          await addProgress(tx, supervisor.id, {
            commitmentId: a.commitmentId,
            unitId: a.leadUnitId!,
            reportedOn: `2025-${String(3 + 3 * k).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`,
            state: pick(r, ['in_progress', 'in_progress', 'done', 'not_started', 'blocked'] as const),
            ...(r() < 0.5 ? { value: int(r, 1, 100) } : {}),
            note: pick(r, ['按计划推进', '已完成主体工程', '正在开展前期工作', '资金已到位，正在招标', '受天气影响进度滞后']),
            evidence: r() < 0.3 ? [{ kind: 'text', value: '现场照片及验收材料已归档' }] : [],
          });
          progress++;
        }
      }
    });
  }
  return {
    items: commitments.length,
    assigned: inputs.length,
    progress,
    editorItems: inputs.filter((a) => a.leadUnitId === editorUnit).map((a) => a.commitmentId),
    ids: commitments.map((c) => c.id),
    texts: rows.map((row) => row.text),
    ms: { import: importMs, rest: performance.now() - t1 },
  };
}
