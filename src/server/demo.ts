/**
 * Demo content for `luoshi serve --demo`: the project's sample report (imported once: a second start finds it by
 * its hash), the units it names plus a county's usual departments, assignments confirmed from the units the text
 * names (and a few by topic), the report published, and four accounts — admin, supervisor, an editor of 县发改局,
 * viewer — whose passwords are made anew on every start and printed.
 */
import { readFileSync } from 'node:fs';
import {
  addProgress,
  decideRequest,
  listRequests,
  assign,
  createUnit,
  createUser,
  findUserByUsername,
  getAssignment,
  getReport,
  getUnit,
  listProgress,
  listUsers,
  proposeAssignment,
  setLedgerClock,
  setPublished,
  unitNamed,
  updateUser,
  type Commitment,
  type Ledger,
  type Role,
  type Unit,
  type WorkState,
} from '../ledger/index.js';
import { addDays } from '../calendar/index.js';
import { generatePassword, hashPassword } from '../app/passwords.js';
import { importBytes } from '../app/import.js';
import { allCommitments, startOf } from '../app/loop-data.js';

export const DEMO_SAMPLE = new URL('../../samples/county-report-dirty.txt', import.meta.url);

/** A county's usual departments, besides those the sample names. */
const DEMO_UNITS = ['县发改局', '县商务局', '县教育局', '县住建局', '县交通运输局', '县农业农村局', '县卫生健康局', '县工信局', '县文旅体局', '县民政局'];

/** Items the sample gives no unit for, assigned by topic so every demo list has something in it. */
const BY_TOPIC: [RegExp, string][] = [
  [/幼儿园|学位/, '县教育局'],
  [/老旧小区|危房|背街小巷|停车/, '县住建局'],
  [/农田|粮食|人居环境|污水/, '县农业农村局'],
  [/5G|规模以上工业|专精特新|数字/, '县工信局'],
  [/体检|送医/, '县卫生健康局'],
  [/体育|书房/, '县文旅体局'],
  [/寄递|物流/, '县商务局'],
];

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  unit?: string;
}

export interface DemoResult {
  reportId: number;
  accounts: DemoAccount[];
  /** The day the demo runs as of: inside its report's year, so the loop is seen in progress. */
  today: string;
}

/** The demo runs as of this day of its report's year (month-day): three quarters reported, the fourth under way. */
const DEMO_DAY = '09-16';

/**
 * Progress the units reported through the demo's year, by the text of the item it is on: enough to show every
 * colour of the dashboard — on track and done (green), at risk (yellow), behind and overdue (red); items nobody
 * reported on stay grey. Each report is entered two days after the day it is for, with its evidence.
 */
const DEMO_PROGRESS: readonly { item: RegExp; reports: readonly { on: string; value?: number; state?: WorkState; note: string }[] }[] = [
  { item: /重点项目120个/, reports: [{ on: '03-31', value: 28, note: '一季度开工重点项目28个' }, { on: '06-30', value: 58, note: '上半年累计实施58个' }, { on: '08-31', value: 72, note: '累计实施72个，部分项目用地审批滞后' }] },
  { item: /完成投资150亿元/, reports: [{ on: '06-30', value: 52e8, note: '上半年完成投资52亿元' }, { on: '08-31', value: 80e8, note: '1—8月完成投资80亿元，低于序时进度' }] },
  { item: /溪南物流园/, reports: [{ on: '04-30', state: 'in_progress', note: '完成土地征收和场地平整' }, { on: '06-28', state: 'done', note: '6月28日举行开工仪式' }] },
  { item: /城南环路/, reports: [{ on: '07-31', state: 'in_progress', note: '路基工程完成60%' }, { on: '08-31', state: 'in_progress', note: '路面工程开始施工' }] },
  { item: /新签约亿元以上项目50个/, reports: [{ on: '06-30', value: 26, note: '上半年签约26个' }, { on: '08-31', value: 40, note: '累计签约40个' }] },
  { item: /公办幼儿园2所/, reports: [{ on: '06-30', value: 1, note: '城东幼儿园主体完工' }, { on: '08-31', value: 1, note: '城西幼儿园因设计变更推迟开工' }] },
  { item: /停车泊位1500个/, reports: [{ on: '05-31', value: 700, note: '新增泊位700个' }, { on: '08-31', value: 1620, note: '累计新增1620个，提前完成' }] },
  { item: /老旧小区30个/, reports: [{ on: '06-30', value: 14, note: '完工14个' }, { on: '08-31', value: 26, note: '完工26个' }] },
  { item: /全民健身馆/, reports: [{ on: '06-30', state: 'in_progress', note: '主体结构封顶' }, { on: '08-31', state: 'blocked', note: '场馆设备招标流标，需重新招标' }] },
  { item: /免费体检/, reports: [{ on: '07-31', value: 18000, note: '已体检1.8万人次' }, { on: '08-31', value: 21000, note: '已体检2.1万人次' }] },
  { item: /人居环境整治三年行动验收/, reports: [{ on: '06-20', state: 'in_progress', note: '14个乡镇自查完成，县级验收尚未组织' }] },
];
/** The evidence a unit attaches: its statistics office's figures, or the page it published. */
const DEMO_EVIDENCE = { kind: 'text', value: '县统计局月度快报及本单位台账' } as const;

async function ensureUnit(ledger: Ledger, name: string): Promise<Unit> {
  return (await unitNamed(ledger, name)) ?? createUnit(ledger, null, { name });
}

export async function seedDemo(ledger: Ledger): Promise<DemoResult> {
  const bytes = readFileSync(DEMO_SAMPLE);
  const imported = await importBytes(ledger, null, { bytes, name: 'county-report-dirty.txt' });
  const commitments = await allCommitments(ledger, { reportId: imported.reportId });
  const named = new Set(commitments.flatMap((c) => [...c.namedLeadUnits, ...c.namedUnits]));
  for (const name of [...DEMO_UNITS, ...named]) await ensureUnit(ledger, name);
  // the office assigned the items when the report was adopted: the units owe their reports from then
  const confirmedOn = startOf(await getReport(ledger, imported.reportId));

  for (const c of commitments) {
    if (c.kind === 'achievement') continue;
    // the units the text names win over a topic: the import proposed nothing where the units did not exist yet
    const named = c.namedLeadUnits.length + c.namedUnits.length > 0;
    const existing = (await getAssignment(ledger, c.id)) ?? (named ? (await proposeAssignment(ledger, null, c.id)).assignment : undefined);
    if (existing) {
      if (!existing.confirmed) await assign(ledger, null, { commitmentId: c.id, confirmed: true, confirmedOn });
      continue;
    }
    const topic = BY_TOPIC.find(([re]) => re.test(c.text));
    if (!topic) continue;
    const unit = await ensureUnit(ledger, topic[1]);
    await assign(ledger, null, { commitmentId: c.id, leadUnitId: unit.id, confirmed: true, confirmedOn });
  }
  await setPublished(ledger, null, imported.reportId, true);
  const today = `${(await getReport(ledger, imported.reportId))!.year}-${DEMO_DAY}`;

  const editorUnit = await ensureUnit(ledger, '县发改局');
  const wanted: { username: string; role: Role; unitId?: number; unit?: string }[] = [
    { username: 'admin', role: 'admin' },
    { username: 'supervisor', role: 'supervisor' },
    { username: 'fgj', role: 'unit_editor', unitId: editorUnit.id, unit: editorUnit.name },
    { username: 'viewer', role: 'viewer' },
  ];
  const accounts: DemoAccount[] = [];
  for (const w of wanted) {
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    const existing = await findUserByUsername(ledger, w.username);
    if (existing) await updateUser(ledger, null, existing.id, { role: w.role, unitId: w.unitId ?? null, passwordHash });
    else await createUser(ledger, null, { username: w.username, role: w.role, passwordHash, ...(w.unitId !== undefined ? { unitId: w.unitId } : {}) });
    accounts.push({ username: w.username, password, role: w.role, ...(w.unit ? { unit: w.unit } : {}) });
  }
  await seedProgress(ledger, commitments, today);
  return { reportId: imported.reportId, accounts, today };
}

/**
 * Who reports for a unit in the demo: its editor — 县发改局's is the printed demo account; the others' are the
 * units' own staff, named for their unit, who cannot log in (their passwords are never printed).
 */
async function unitReporter(ledger: Ledger, unitId: number): Promise<number> {
  const editor = (await listUsers(ledger)).find((u) => u.role === 'unit_editor' && u.unitId === unitId);
  if (editor) return editor.id;
  const unit = await getUnit(ledger, unitId);
  const passwordHash = await hashPassword(generatePassword());
  return (await createUser(ledger, null, { username: `${unit?.name ?? `单位${unitId}`}填报员`, role: 'unit_editor', unitId, passwordHash })).id;
}

/** The office's approval of the requests waiting on an item, on `day`, by the demo's supervisor. */
async function approveWaiting(ledger: Ledger, commitmentId: number, day: string): Promise<void> {
  const office = await findUserByUsername(ledger, 'supervisor');
  if (!office) return;
  setLedgerClock(ledger, () => new Date(`${day}T10:00:00+08:00`));
  for (const r of await listRequests(ledger, { commitmentId, state: 'pending' })) await decideRequest(ledger, office.id, r.id, { approve: true, note: '经核实，同意办结' });
}

/** The demo year's progress (DEMO_PROGRESS), once: a second start finds it there. Entered on its own days. */
async function seedProgress(ledger: Ledger, commitments: readonly Commitment[], today: string): Promise<void> {
  if ((await listProgress(ledger, { commitmentIds: commitments.map((c) => c.id) })).length > 0) return;
  const year = today.slice(0, 4);
  try {
    for (const { item, reports } of DEMO_PROGRESS) {
      const c = commitments.find((x) => x.kind !== 'achievement' && item.test(x.text));
      const unitId = c && (await getAssignment(ledger, c.id))?.leadUnitId;
      if (!c || unitId === undefined) continue;
      const reporter = await unitReporter(ledger, unitId);
      for (const r of reports) {
        const reportedOn = `${year}-${r.on}`;
        setLedgerClock(ledger, () => new Date(`${addDays(reportedOn, 2)}T10:00:00+08:00`));
        await addProgress(ledger, reporter, { commitmentId: c.id, unitId, reportedOn, note: r.note, evidence: [DEMO_EVIDENCE], ...(r.value !== undefined ? { value: r.value } : {}), ...(r.state ? { state: r.state } : {}) });
        // a unit's 已完成 asks for 办结: the office approved it a few days later
        if (r.state === 'done') await approveWaiting(ledger, c.id, addDays(reportedOn, 5));
      }
    }
  } finally {
    setLedgerClock(ledger, undefined);
  }
}
