import { linesOf } from '../clean/lines.js';
import { LEADER_TITLES } from '../structure/tables/unit-labels.js';
import type { Found } from './split-text.js';

/** Longest line read as a heading naming a leader (一、王某副县长牵头负责的工作（5项）). */
const LEADER_HEADING_MAX = 40;
/** A leader's name beside the title: two or three characters, not a verb of the heading (负责, 分管) nor before one. */
const HEADING_VERBS = '负责|牵头|分管|联系|主持|同志|的';
const HAN = '[\\u4e00-\\u9fff]';
const TITLE_FIRST = new RegExp(`(${LEADER_TITLES.source})[ \\u3000：:]*((?!${HEADING_VERBS})${HAN}{2,3})(?=${HEADING_VERBS}|[^\\u4e00-\\u9fff]|$)`);
const NAME_FIRST = new RegExp(`((?!常务|${HEADING_VERBS})${HAN}{2,3})(?:同志)?[ \\u3000]*[（(]?(${LEADER_TITLES.source})`);

/** The leader a heading names, as "title name" (副县长 王某), the way a split's tables write them. */
export function leaderIn(words: string): string | undefined {
  const titleFirst = TITLE_FIRST.exec(words);
  if (titleFirst) return `${titleFirst[1]} ${titleFirst[2]}`;
  const nameFirst = NAME_FIRST.exec(words);
  return nameFirst ? `${nameFirst[2]} ${nameFirst[1]}` : undefined;
}

/**
 * Leaders named by a heading over their tasks (一、王某副县长负责的工作; （二）常务副市长 李某): the tasks under it, to
 * the next such heading, that name no leader of their own take them.
 */
export function withLeaderHeadings(text: string, found: Found[]): void {
  const headings: { at: number; leader: string }[] = [];
  for (const line of linesOf(text)) {
    const words = line.text.trim();
    if (!words || words.length > LEADER_HEADING_MAX || /[。：:]/.test(words)) continue;
    if (found.some((f) => f.start < line.start + line.text.length && line.start < f.end)) continue;
    const leader = leaderIn(words);
    if (leader) headings.push({ at: line.start, leader });
  }
  if (headings.length === 0) return;
  for (const task of found) {
    const heading = headings.findLast((h) => h.at < task.start);
    if (heading && task.leaders.length === 0) task.leaders = [heading.leader];
  }
}
