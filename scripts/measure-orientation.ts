/**
 * `node --import tsx scripts/measure-orientation.ts`: how often each orientation cue (src/structure/tables/
 * orientation-cues.ts) stands in the plan parts against the review parts of the national reports 2000–2025, whose
 * sections say which is which. Prints, for each cue, the natural logs of P(seen | plan) / P(seen | review) when a
 * clause shows it and when it does not: the lean weights the table writes down. Needs ../shared.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readReport } from '../src/read/index.js';
import { clean } from '../src/clean/index.js';
import { structure, orientationOf } from '../src/structure/index.js';
import { CLAUSE_CUES, LEANING_CUES } from '../src/structure/tables/orientation-cues.js';
import { yearsNamed } from '../src/structure/orientation.js';
import { hasShared, sharedRoot } from './shared.js';

if (!hasShared) {
  console.log(`skipped: no shared evaluation material at ${sharedRoot}`);
  process.exit(0);
}
const dir = join(sharedRoot, 'corpus', 'national');
const cues: { test(words: string, year: number): boolean; source: string }[] = [
  ...[...CLAUSE_CUES, ...LEANING_CUES].map(({ cue }) => ({ test: (words: string) => cue.test(words), source: cue.source })),
  { test: (words, year) => yearsNamed(words, year).ahead > 0, source: 'YEAR_LEAN.ahead: this year or a later one' },
  { test: (words, year) => yearsNamed(words, year).back > 0, source: 'YEAR_LEAN.back: an earlier year' },
];
const seen = cues.map(() => ({ plan: 0, review: 0 }));
const clauses = { plan: 0, review: 0 };
for (const file of readdirSync(dir).filter((f) => Number(/(\d{4})/.exec(f)?.[1]) >= 2000)) {
  const doc = structure(clean(await readReport(join(dir, file))));
  for (const clause of doc.clauses) {
    const orientation = orientationOf(doc.sentences[clause.sentence]!.role);
    if (orientation === 'neither') continue;
    clauses[orientation]++;
    const words = doc.cleaned.text.slice(clause.start, clause.end);
    cues.forEach((cue, i) => {
      if (cue.test(words, doc.meta.year!)) seen[i]![orientation]++;
    });
  }
}
console.log(`clauses: plan ${clauses.plan}, review ${clauses.review}`);
/** A cue shown by fewer clauses than this tells nothing reliable: it leans neither way. */
const EVIDENCE_MIN = 20;
cues.forEach((cue, i) => {
  // add-one smoothing, so a cue never seen on one side gets a finite weight
  const plan = (seen[i]!.plan + 1) / (clauses.plan + 2);
  const review = (seen[i]!.review + 1) / (clauses.review + 2);
  const enough = seen[i]!.plan + seen[i]!.review >= EVIDENCE_MIN;
  const present = enough ? Math.log(plan / review).toFixed(2) : '0';
  const absent = enough ? Math.log((1 - plan) / (1 - review)).toFixed(2) : '0';
  console.log(`${String(i).padStart(2)} lean: [${present}, ${absent}]  plan ${seen[i]!.plan} review ${seen[i]!.review}  ${cue.source.slice(0, 60)}`);
});
