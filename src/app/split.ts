/**
 * Importing a 分工方案 against a report already in the ledger, for the API and `luoshi split --report`: the split as
 * read (its tasks), the plan (each task's matches among the report's items, each unit name's unit), and the
 * office's decisions applied in one transaction (ledger/splits.ts). The command line takes the plan as it comes and
 * proposes; the web app shows it, lets the office correct it, and confirms.
 */
import { analyzeSplit } from '../analyze.js';
import { LuoshiError } from '../errors.js';
import type { SplitTask } from '../extract/split-tasks.js';
import { planSplit, type SplitPlan } from '../exchange/split-plan.js';
import {
  bytesHash,
  getReport,
  importSplit,
  LedgerError,
  listUnits,
  type Actor,
  type Commitment,
  type Report,
  type SplitImportResult,
  type SplitTaskDecision,
  type Store,
  type UnitDecision,
} from '../ledger/index.js';
import type { Source } from '../read/index.js';
import { allCommitments } from './loop-data.js';

/** A split as read: its source and its tasks (the report's year reads its times: 6月底前 of that year). */
export interface SplitRead {
  source: Source;
  tasks: SplitTask[];
}

/** Reads the tasks from a source; a document that assigns none is no split (NO_TASKS). */
export function splitRead(source: Source, year: number): SplitRead {
  const { tasks } = analyzeSplit(source, { year });
  if (tasks.length === 0) throw new LuoshiError('NO_TASKS', source.name);
  return { source, tasks };
}

export async function requireSplitReport(store: Store, reportId: number): Promise<Report> {
  const report = await getReport(store, reportId);
  if (!report) throw new LedgerError('NOT_FOUND', `report ${reportId}`);
  return report;
}

/** The plan of a split against the report's items and the ledger's units, with the items it was made against. */
export async function splitPlanFor(store: Store, reportId: number, tasks: readonly SplitTask[]): Promise<{ plan: SplitPlan; commitments: Commitment[] }> {
  await requireSplitReport(store, reportId);
  const [commitments, units] = await Promise.all([allCommitments(store, { reportId }), listUnits(store)]);
  return { plan: planSplit(tasks, commitments, units), commitments };
}

/** What the office decided for one task: the items it is (none: an item of its own), or to leave it out. */
export interface TaskChoice {
  commitmentIds: number[];
  skip?: boolean;
}

/** The plan taken as it comes: each task is what it matched (or an item of its own); unknown names stay unknown. */
export const choicesOf = (plan: SplitPlan): TaskChoice[] => plan.tasks.map((t) => ({ commitmentIds: t.matches.map((m) => m.commitmentId) }));

export interface CommitSplitInput {
  reportId: number;
  read: SplitRead;
  bytes: Uint8Array;
  /** One for each task of the split as read, in order. */
  choices: readonly TaskChoice[];
  units: readonly UnitDecision[];
  confirmed: boolean;
}

export async function commitSplit(store: Store, actor: Actor, input: CommitSplitInput): Promise<SplitImportResult> {
  const { read, choices } = input;
  if (choices.length !== read.tasks.length) {
    throw new LedgerError('INVALID_VALUE', `split ${read.source.name}`, `it gives ${read.tasks.length} tasks, the decisions ${choices.length}`);
  }
  const tasks: SplitTaskDecision[] = read.tasks.flatMap((t, i) =>
    choices[i]!.skip ? [] : [{ text: t.text, span: t.span, lead: t.lead, cooperating: t.cooperating, leaders: t.leaders, deadline: t.deadline, commitmentIds: choices[i]!.commitmentIds }],
  );
  const { source } = read;
  return importSplit(store, actor, {
    document: { reportId: input.reportId, name: source.name, sourceHash: await bytesHash(input.bytes), format: source.format, encoding: source.encoding, original: source.text },
    units: [...input.units],
    tasks,
    confirmed: input.confirmed,
  });
}
