/**
 * The day what a status says changes by the passing of days alone (statusChangesOn): each case an item and a day →
 * the first day its status (code, reason, figures) is different, and its code then. Every case, and a few hundred
 * items drawn at random, also checked day by day: the status says the same on every day before, and not on that day.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignment, commitment, report, states, values } from './helpers.js';
import type { Commitment } from '../../src/ledger/model.js';
import { addDays } from '../../src/calendar/index.js';
import { statusOf, type StatusInput } from '../../src/loop/status.js';
import { STATUS_HORIZON_DAYS, statusChangesOn } from '../../src/loop/status-turns.js';
import { random } from '../helpers/random.js';

const START = '2025-01-01';
/** 2400个 from 2025-01-01 to 2025-08-29 (240 days): 10个 expected a day, 1200个 on 2025-05-01. */
const parking = commitment({ kind: 'target', text: '新增停车泊位2400个以上', low: 2400, unit: '个', op: 'at_least', deadline: '2025-08-29' });
const task = (deadline?: string): Commitment => commitment({ kind: 'task', text: '建成物流园', ...(deadline ? { deadline } : {}) });

interface Row {
  name: string;
  input: StatusInput;
  /** The first day the status says something else (undefined: never without a write). */
  changesOn: string | undefined;
  /** The status that day. */
  then?: string;
}

const rows: Row[] = [
  {
    name: 'a task counting the days to its deadline: another count tomorrow',
    input: { commitment: task('2025-06-30'), progress: states(['2025-06-10', 'in_progress']), today: '2025-06-12', start: START },
    changesOn: '2025-06-13',
    then: 'on_track',
  },
  {
    name: 'a task not yet started: at risk 30 days before its deadline',
    input: { commitment: task('2025-06-30'), assignment: assignment({ confirmedAt: '2025-04-20T08:00:00Z' }), progress: [], today: '2025-05-01', start: START },
    changesOn: '2025-05-31',
    then: 'at_risk',
  },
  {
    name: 'reporting falls behind when a month passes without a report',
    input: { commitment: task(), progress: states(['2025-03-10', 'in_progress']), today: '2025-03-20', start: START },
    changesOn: '2025-05-01',
    then: 'no_data',
  },
  {
    name: 'a report dated ahead counts from its day',
    input: { commitment: task(), progress: states(['2025-06-20', 'in_progress'], ['2025-07-15', 'done']), today: '2025-07-01', start: START },
    changesOn: '2025-07-15',
    then: 'done',
  },
  {
    name: 'a pace target: the value its trajectory expects moves every day',
    input: { commitment: parking, progress: values(['2025-05-10', 1400]), today: '2025-05-12', start: START },
    changesOn: '2025-05-13',
    then: 'on_track',
  },
  {
    name: 'a pace target without a deadline has no trajectory to fall behind: next month’s reporting decides',
    input: { commitment: { ...parking, deadline: undefined } as Commitment, progress: values(['2025-05-10', 1400]), today: '2025-05-12', start: START },
    changesOn: '2025-07-01',
    then: 'no_data',
  },
  {
    name: 'the default start (Jan 1 of today’s year) moves at the new year',
    input: { commitment: task(), progress: [], today: '2025-12-20' },
    changesOn: '2026-01-01',
    then: 'on_track',
  },
  {
    name: 'the default start moves at the new year, also in the middle of a week',
    input: { commitment: task(), progress: [], today: '2025-12-29', cycle: 'weekly' },
    changesOn: '2026-01-01',
    then: 'on_track',
  },
  {
    name: 'an achievement is never tracked: only a write changes it',
    input: { commitment: commitment({ kind: 'achievement', text: '新建幼儿园5所' }), progress: [], today: '2025-05-01', start: START },
    changesOn: undefined,
  },
  {
    name: 'done stays done: looked at again after the horizon',
    input: { commitment: task('2025-06-30'), progress: states(['2025-05-02', 'done']), today: '2025-05-10', start: START },
    changesOn: addDays('2025-05-10', STATUS_HORIZON_DAYS),
  },
];

/** The status says what it says today (code, reason, figures) on every day to the day before `changesOn`, and not on that day. */
function assertHolds(input: StatusInput, changesOn: string | undefined, where: string): void {
  const now = statusOf(input);
  const horizon = addDays(input.today, STATUS_HORIZON_DAYS);
  const until = changesOn ?? horizon;
  for (let day = input.today; day < until; day = addDays(day, 1)) {
    assert.deepEqual(statusOf({ ...input, today: day }), now, `${where}: on ${day}`);
  }
  if (changesOn !== undefined && changesOn < horizon) assert.notDeepEqual(statusOf({ ...input, today: changesOn }), now, `${where}: on ${changesOn}`);
}

test('the first day a status says something else, by the day alone', () => {
  for (const row of rows) {
    const changesOn = statusChangesOn(row.input);
    assert.equal(changesOn, row.changesOn, row.name);
    if (row.then) assert.equal(statusOf({ ...row.input, today: changesOn! }).status, row.then, row.name);
    assertHolds(row.input, changesOn, row.name);
  }
});


test('items drawn at random: what the status says holds until the day given, and changes on it', () => {
  const r = random(2025);
  const day = (from: string, span: number) => addDays(from, Math.floor(r() * span));
  for (let i = 0; i < 300; i++) {
    const deadline = r() < 0.8 ? day('2025-02-01', 330) : undefined;
    const kind = (['target', 'milestone', 'task'] as const)[Math.floor(r() * 3)];
    const quantified = kind === 'target' && r() < 0.8;
    const base = commitment({ kind, text: '事项', ...(deadline ? { deadline } : {}), ...(quantified ? { low: 100 + Math.floor(r() * 900), unit: r() < 0.3 ? '%' : '个', op: r() < 0.2 ? ('at_most' as const) : ('at_least' as const) } : {}) });
    const progress = Array.from({ length: Math.floor(r() * 4) }, () =>
      report(day('2025-01-15', 330), quantified ? { value: Math.floor(r() * 1000) } : { state: (['not_started', 'in_progress', 'blocked', 'done'] as const)[Math.floor(r() * 4)] }),
    ).sort((a, b) => (a.reportedOn < b.reportedOn ? -1 : 1));
    const scheduled = quantified && r() < 0.3 ? { schedule: [{ date: day('2025-03-01', 120), value: 200 }, { date: day('2025-07-01', 120), value: 600 }] } : {};
    const assigned = r() < 0.6 ? { assignment: assignment({ ...(r() < 0.5 ? { deadline: day('2025-03-01', 300) } : {}), ...(r() < 0.5 ? { confirmedAt: `${day('2025-01-10', 200)}T09:00:00Z` } : {}), ...scheduled }) } : {};
    const input: StatusInput = { commitment: base, ...assigned, progress, today: day('2025-01-05', 360), ...(r() < 0.8 ? { start: START } : {}) };
    assertHolds(input, statusChangesOn(input), `item ${i}: ${JSON.stringify(input)}`);
  }
});
