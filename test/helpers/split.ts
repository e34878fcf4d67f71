import { clean } from '../../src/clean/index.js';
import { structure } from '../../src/structure/index.js';
import { splitTasks, type SplitTask } from '../../src/extract/split-tasks.js';

/** The tasks of a split document given as text, read whole as `luoshi split` reads it. */
export function tasksOf(text: string, year?: number): SplitTask[] {
  return splitTasks(structure(clean({ text }, { start: 0, end: text.length }), year ? { year } : {}));
}

/** A task as a table row of a test: [text, lead, cooperating], then leaders and deadline where a test names them. */
export type Row = [text: string, lead: string[], cooperating: string[], leaders?: string[], deadline?: string | null];

export function rowsOf(tasks: SplitTask[], withLeaders = false, withDeadline = false): Row[] {
  return tasks.map((t) => {
    const row: Row = [t.text, t.lead, t.cooperating];
    if (withLeaders || withDeadline) row.push(t.leaders);
    if (withDeadline) row.push(t.deadline);
    return row;
  });
}
