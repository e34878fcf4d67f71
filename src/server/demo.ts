/**
 * Demo content for `luoshi serve --demo`: the project's sample report (imported once: a second start finds it by
 * its hash), the units it names plus a county's usual departments, assignments confirmed from the units the text
 * names (and a few by topic), the report published, and four accounts — admin, supervisor, an editor of 县发改局,
 * viewer — whose passwords are made anew on every start and printed.
 */
import { readFileSync } from 'node:fs';
import {
  assign,
  createUnit,
  createUser,
  findUserByUsername,
  getAssignment,
  getReport,
  proposeAssignment,
  setPublished,
  unitNamed,
  updateUser,
  type Ledger,
  type Role,
  type Unit,
} from '../ledger/index.js';
import { generatePassword, hashPassword } from './passwords.js';
import { importBytes } from './services/import.js';
import { allCommitments, startOf } from './services/loop-data.js';

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
}

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
  return { reportId: imported.reportId, accounts };
}
