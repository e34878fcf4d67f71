/**
 * `npm run bench` (second part): the ledger and its HTTP API under load, on SQLite and on PostgreSQL.
 *
 * A fresh ledger is filled with 10,000 commitments the way a user fills one: 40 synthetic county work reports
 * (written by the generator below in work-report style, with varied places, numbers, units and deadlines; no
 * text from ../shared) are analysed and imported with importReport, then units, assignments for a share of the
 * items (assignMany), reviews (setReviewState) and progress reports (addProgress) are added through the
 * ledger's own functions, in a few large transactions. The real Fastify app then listens on 127.0.0.1 (an
 * ephemeral port) in a child process, a fresh one per scenario (a saturating run leaves a queue behind that
 * would slow the next), and autocannon, in this process, drives it over loopback, logged in as a supervisor:
 * the first page of the list, a filtered list (kind, deadline, text), one commitment in full; then progress
 * writes as a unit editor (with the CSRF header). Each read is run three ways: 100 connections in a closed loop
 * (each sends its next request when the last is answered: throughput, and the latency of a saturated server),
 * 100 connections at 1 request/s each (100 users clicking once a second; latency corrected for coordinated
 * omission), and one connection (the time of one request, without queueing); the first page also while a unit
 * editor writes 10 progress reports a second. Figures are requests per second and p50/p99 latency; requests
 * autocannon gave up on (10 s) or that were not 2xx are counted as failed. PostgreSQL gets a fresh schema,
 * dropped afterwards, and is skipped with a message when none answers. LUOSHI_BENCH_SECONDS sets the length of
 * a run (default 10). Figures are rates: machines are noisy.
 *
 * Server mode (used by the bench itself): `node --import tsx scripts/bench-ledger.ts --serve '{"file":…}'`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { analyze, type Analysis } from '../src/analyze.js';
import {
  addProgress,
  assignMany,
  closeLedger,
  createUnit,
  createUser,
  importReport,
  openLedger,
  setReviewState,
  transaction,
  type AssignmentInput,
  type Ledger,
  type OpenOptions,
} from '../src/ledger/index.js';
import { buildApp } from '../src/server/index.js';
import { hashPassword } from '../src/server/passwords.js';

const SECONDS = Number(process.env.LUOSHI_BENCH_SECONDS ?? 10);
const CONNECTIONS = 100;
const TARGET_ITEMS = 10_000;
const REPORTS = 40;
const P99_TARGET_MS = 20;
/** Progress writes per second beside the first-page reads in the mixed run. */
const MIXED_WRITES = 10;
const POSTGRES_URL =
  process.env.LUOSHI_BENCH_DATABASE_URL ?? process.env.LUOSHI_TEST_DATABASE_URL ?? process.env.LUOSHI_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

// ── Synthetic county reports ─────────────────────────────────────────────────────────────────────────────────

/** mulberry32: the same reports on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
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

function syntheticAnalyses(): { analyses: Analysis[]; items: number; ms: number } {
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

const PASSWORD = 'bench horse battery staple';

interface Filled {
  items: number;
  assigned: number;
  progress: number;
  /** Commitments led by the editor's unit (the write scenario reports on these). */
  editorItems: number[];
  ids: number[];
  ms: { import: number; rest: number };
}

async function fill(ledger: Ledger, analyses: Analysis[], hash: string): Promise<Filled> {
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
    ms: { import: importMs, rest: performance.now() - t1 },
  };
}

// ── Driving the API ──────────────────────────────────────────────────────────────────────────────────────────

async function startServer(options: OpenOptions): Promise<{ child: ChildProcess; base: string }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', JSON.stringify(options)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

/** Ends the server child at once (SIGKILL): requests still queued from a saturating run are dropped with it. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** Logs in like the web page: fetch a CSRF cookie, then POST the login echoing it; returns the Cookie header and token. */
async function login(base: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const me = await fetch(`${base}/api/auth/me`);
  const csrf = /luoshi_csrf=([^;]+)/.exec(me.headers.getSetCookie().join('\n'))![1];
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `luoshi_csrf=${csrf}`, 'x-csrf-token': csrf },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const session = cookies.find((c) => c.startsWith('luoshi_session='))!;
  const fresh = cookies.find((c) => c.startsWith('luoshi_csrf='))!;
  return { cookie: `${session}; ${fresh}`, csrf: fresh.slice('luoshi_csrf='.length) };
}

interface Scenario {
  name: string;
  method?: 'GET' | 'POST';
  headers: Record<string, string>;
  /** The next request's path (and body, for writes). */
  next(): { path: string; body?: string };
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  bad: number;
}

/** `connections` clients for `seconds`; each sends its next request when the last is answered, or at `rate` per second. */
async function drive(base: string, s: Scenario, connections: number, seconds: number, rate?: number): Promise<Figures> {
  const first = s.next();
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    ...(rate ? { connectionRate: rate } : {}),
    requests: [
      {
        method: s.method ?? 'GET',
        path: first.path,
        headers: { ...s.headers, ...(first.body ? { 'content-type': 'application/json' } : {}) },
        ...(first.body ? { body: first.body } : {}),
        setupRequest: (req) => {
          const { path, body } = s.next();
          return { ...req, path, ...(body ? { body } : {}) };
        },
      },
    ],
  });
  return {
    rps: result.requests.total / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

interface Row {
  db: string;
  scenario: string;
  /** 100 connections, each sending its next request as soon as the last is answered (closed loop). */
  loaded: Figures;
  /** 100 connections at 1 request/s each (100 req/s offered; latency corrected for coordinated omission). */
  paced?: Figures;
  /** One connection: the time of one request without queueing. */
  single?: Figures;
  /** Instead of the paced and single figures (the mixed run: what the writer got done). */
  note?: string;
}

async function benchDatabase(db: string, options: OpenOptions, analyses: Analysis[], hash: string): Promise<Row[]> {
  const ledger = await openLedger(options);
  let filled: Filled;
  try {
    filled = await fill(ledger, analyses, hash);
  } finally {
    await closeLedger(ledger);
  }
  console.log(
    `${db}: ${filled.items} commitments from ${analyses.length} reports imported in ${(filled.ms.import / 1000).toFixed(1)} s ` +
      `(${Math.round(filled.items / (filled.ms.import / 1000))} items/s); ${filled.assigned} assigned, ${filled.progress} progress reports, ` +
      `units/users/reviews/progress in ${(filled.ms.rest / 1000).toFixed(1)} s`,
  );
  const r = prng(11);
  let k = 0;
  // sessions are rows of the ledger, so the cookies outlive the server processes
  let sup: { cookie: string; csrf: string } | undefined;
  let editor: { cookie: string; csrf: string } | undefined;
  const scenarios: (Scenario & { write?: boolean })[] = [
    { name: 'list, first page (limit=50)', headers: {}, next: () => ({ path: '/api/commitments?limit=50' }) },
    {
      name: 'list, filtered (kind, deadlineTo, q)',
      headers: {},
      next: () => ({ path: `/api/commitments?kind=target&deadlineTo=2025-12-31&q=${encodeURIComponent('改造')}&limit=50` }),
    },
    { name: 'one commitment in full', headers: {}, next: () => ({ path: `/api/commitments/${pick(r, filled.ids)}` }) },
    {
      name: 'progress write (unit editor, CSRF)',
      write: true,
      method: 'POST',
      headers: {},
      next: () => ({
        path: `/api/commitments/${filled.editorItems[k++ % filled.editorItems.length]}/progress`,
        body: JSON.stringify({ reportedOn: '2025-06-30', state: 'in_progress', value: k % 100, note: `第${k}次调度：按计划推进` }),
      }),
    },
  ];
  const rows: Row[] = [];
  for (const s of scenarios) {
    // a server of its own per scenario: a saturating run leaves a queue behind that would slow the next one
    const { child, base } = await startServer(options);
    try {
      sup ??= await login(base, 'supervisor');
      editor ??= await login(base, 'editor');
      for (const x of scenarios) x.headers = x.write ? { cookie: editor.cookie, 'x-csrf-token': editor.csrf } : { cookie: sup.cookie };
      // check that the scenario answers as it should, and warm up (JIT) with requests one at a time
      for (let i = 0; i < 20; i++) {
        const { path, body } = s.next();
        const res = await fetch(base + path, {
          method: s.method ?? 'GET',
          headers: { ...s.headers, ...(body ? { 'content-type': 'application/json' } : {}) },
          ...(body ? { body } : {}),
        });
        const text = await res.text();
        if (res.status !== (s.write ? 201 : 200)) throw new Error(`${db} ${s.name}: ${res.status} ${text}`);
      }
      if (s.write) {
        rows.push({ db, scenario: s.name, loaded: await drive(base, s, CONNECTIONS, SECONDS) });
        continue;
      }
      const single = await drive(base, s, 1, 2);
      const paced = await drive(base, s, CONNECTIONS, Math.min(SECONDS, 3), 1);
      const loaded = await drive(base, s, CONNECTIONS, SECONDS);
      rows.push({ db, scenario: s.name, loaded, paced, single });
      if (s === scenarios[0]) {
        // reads while a unit editor writes: every write invalidates whatever a reader may have cached
        const [reads, writes] = await Promise.all([
          drive(base, s, CONNECTIONS, Math.ceil(SECONDS / 2)),
          drive(base, scenarios[3], 1, Math.ceil(SECONDS / 2), MIXED_WRITES),
        ]);
        rows.push({ db, scenario: `  … beside ${MIXED_WRITES} writes/s offered`, loaded: reads, note: `${writes.total} writes done${writes.bad ? `, ${writes.bad} failed` : ''}` });
      }
    } finally {
      await stopServer(child);
    }
  }
  return rows;
}

async function postgresSkip(): Promise<string | false> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return false;
  } catch (e) {
    return `PostgreSQL not reachable at ${POSTGRES_URL} (${e instanceof Error ? e.message : String(e)}); set LUOSHI_BENCH_DATABASE_URL`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  console.log(
    `ledger/API: ${TARGET_ITEMS} commitments, ${CONNECTIONS} connections, ${SECONDS} s per scenario, loopback ` +
      `(server in a child process, autocannon in this one; ${availableParallelism()} CPUs)`,
  );
  const [{ analyses, items, ms }, hash] = await Promise.all([Promise.resolve(syntheticAnalyses()), hashPassword(PASSWORD)]);
  console.log(`  ${analyses.length} synthetic county reports, ${items} items, analysed in ${(ms / 1000).toFixed(1)} s`);
  const rows: Row[] = [];

  const dir = mkdtempSync(join(tmpdir(), 'luoshi-bench-ledger-'));
  try {
    rows.push(...(await benchDatabase('sqlite', { file: join(dir, 'ledger.db') }, analyses, hash)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const skip = await postgresSkip();
  if (skip) console.log(`postgres: skipped (${skip})`);
  else {
    const schema = `bench_${randomBytes(6).toString('hex')}`;
    try {
      rows.push(...(await benchDatabase('postgres', { url: POSTGRES_URL, schema }, analyses, hash)));
    } finally {
      await dropSchema(schema);
    }
  }

  const ms1 = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
  const cell = (f: Figures | undefined, rps = true): string =>
    f && f.total === 0 ? `${rps ? '     0 ' : ''}${'none answered in time'.padStart(17)}${f.bad ? ` (+${f.bad} failed)` : ''}` : f ? `${rps ? `${f.rps.toFixed(0).padStart(6)} ` : ''}${ms1(f.p50).padStart(8)}${ms1(f.p99).padStart(9)}${f.bad ? ` (+${f.bad} failed)` : ''}` : '';
  console.log(`\n${''.padEnd(9)}${''.padEnd(38)}${'100 connections, closed loop'.padEnd(30)}${'100 × 1 req/s'.padEnd(19)}1 connection`);
  console.log(`${'db'.padEnd(9)}${'scenario'.padEnd(38)}${' req/s      p50      p99'.padEnd(30)}${'     p50      p99'.padEnd(19)}     p50      p99`);
  for (const { db, scenario, loaded, paced, single, note } of rows) {
    console.log(`${db.padEnd(9)}${scenario.padEnd(38)}${cell(loaded).padEnd(30)}${note ?? `${cell(paced, false).padEnd(19)}${cell(single, false)}`}`);
  }
  for (const { db, scenario, loaded } of rows.filter((r) => r.scenario.startsWith('progress'))) console.log(`${db}: ${scenario}: ${loaded.rps.toFixed(0)} writes/s`);
  // the three read scenarios by themselves (the mixed run is reported, not judged)
  const sqliteReads = rows.filter((r) => r.db === 'sqlite' && r.single);
  const worst = (f: (r: Row) => Figures | undefined) => Math.max(...sqliteReads.map((r) => f(r)!.p99));
  const closed = worst((r) => r.loaded);
  const paced = worst((r) => r.paced);
  const verdict = (p99: number) => (p99 < P99_TARGET_MS ? 'met' : 'MISSED');
  console.log(
    `SQLite read p99 target (< ${P99_TARGET_MS} ms): ${verdict(closed)} at ${CONNECTIONS} connections in a closed loop (worst p99 ${ms1(closed)}; ` +
      `by Little's law that needs ≥ ${(CONNECTIONS / (P99_TARGET_MS / 1000)).toFixed(0)} req/s), ` +
      `${verdict(paced)} at ${CONNECTIONS} clients × 1 request/s (worst p99 ${ms1(paced)})`,
  );
}

// ── Server mode: the app on a ledger that the parent filled, listening on loopback ─────────────────────────────
if (process.argv[2] === '--serve') {
  const ledger = await openLedger(JSON.parse(process.argv[3]) as OpenOptions);
  const app = await buildApp({ ledger, logger: false });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const stop = async () => {
    await app.close();
    await closeLedger(ledger);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  process.send!({ port: Number(new URL(address).port) });
} else {
  await main();
}
