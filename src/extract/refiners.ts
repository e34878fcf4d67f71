import type { Structured } from '../structure/index.js';
import type { Commitment } from './commitment.js';
import { LIST_ORDINAL } from '../structure/tables/clause-marks.js';

/** A refiner filters, merges or annotates the whole list (chrono's refiners). */
export type Refiner = (items: Commitment[], doc: Structured) => Commitment[];

/**
 * A figure restated later is one item: the first statement (gold-format.md). A headline figure is known by its
 * indicator ("经济增长预期目标为5%左右" after the list of targets; last year's price rise repeated in the
 * explanation of this year's; 45万人 restated as 45万人以上); any other by saying the same of the same thing (a list entry restated under its
 * sub-heading: "新建中小学25所，新增学位2.7万个" and "（一）新建中小学25所，新增学位2.7万个"; a milestone so restated).
 */
export const dropRestatements: Refiner = (items, doc) => {
  const seen = new Set<string>();
  const unnamed = new Map<string, Statement[]>();
  const sentenceOf = sentenceFinder(doc);
  return items.filter((item) => {
    if (item.kind === 'task') return true;
    const key = `${item.kind}|${item.indicator}|${item.low}|${item.high}|${item.unit}|${item.deadline}|${item.period}`;
    if (item.indicator) {
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }
    // of any other figure (whose modifier rarely changes), with its op
    const opKey = `${key}|${item.op}`;
    // the last few statements of the figure are enough to compare with (a run of thousands stays linear); most
    // figures are stated once, so an item's pairs are only made when there is an earlier one to compare
    const same = unnamed.get(opKey);
    const sentence = sentenceOf(item.span.start);
    const statement = { text: item.text, sentence, paragraph: doc.sentences[sentence]?.paragraph ?? -1 };
    if (same === undefined) {
      unnamed.set(opKey, [statement]);
      return true;
    }
    const mine = pairsOf(item.text);
    const restated = same.find((earlier) => sharedShare((earlier.pairs ??= pairsOf(earlier.text)), mine) >= RESTATED_OVERLAP);
    if (restated) {
      restated.explained = true;
      return false;
    }
    // an explanation after the entry says the figure again in other words (1.新建城区公办幼儿园10所。…其中，新建的
    // 10所公办幼儿园主要分布在…): the entry's names all stand in the explaining sentence
    const explaining = sentence >= 0 ? pairsOf(sentenceWords(doc, sentence), true, SENTENCE_COMPARED) : undefined;
    // (one explanation each: the same figure again in that sentence is another thing)
    // the sentences after an entry's title in its paragraph are its explanation: a name in common is enough
    // (（一）新建改扩建农村公路300公里。对全市300公里通村公路进行硬化…)
    const needed = (earlier: Statement) => (earlier.paragraph === statement.paragraph && isEntryTitle(doc, earlier.sentence) ? ENTRY_EXPLAINED_OVERLAP : EXPLAINED_OVERLAP);
    const explained =
      explaining &&
      same.find((earlier) => !earlier.explained && earlier.sentence !== sentence && coveredShare((earlier.names ??= pairsOf(earlier.text, true)), explaining) >= needed(earlier));
    if (explained) {
      explained.explained = true;
      return false;
    }
    unnamed.set(opKey, [...same.slice(1 - RESTATEMENTS_COMPARED), { ...statement, pairs: mine }]);
    return true;
  });
};

/** A figure stated earlier: its text, its sentence, and (made when first needed) its pairs and its names' pairs. */
interface Statement {
  text: string;
  sentence: number;
  paragraph: number;
  pairs?: Set<string>;
  names?: Set<string>;
  /** A later sentence has already been read as explaining it. */
  explained?: boolean;
}

/** The character pairs of the first words of a statement, without white space and punctuation (or of Han characters only). */
function pairsOf(text: string, hanOnly = false, length = STATEMENT_COMPARED): Set<string> {
  const found = new Set<string>();
  // Han only: what stands between Han characters (a figure) ends a run, so no pair spans it
  const words = hanOnly ? text.slice(0, length).replace(/[^\u4e00-\u9fff]+/g, '|') : text.slice(0, length).replace(/[\s，。、；：,.;:“”"（）()]/g, '');
  for (let i = 0; i + 1 < words.length; i++) if (words[i] !== '|' && words[i + 1] !== '|') found.add(words.slice(i, i + 2));
  return found;
}

/** The share of `names` that `words` has. */
function coveredShare(names: Set<string>, words: Set<string>): number {
  if (names.size === 0) return 0;
  let covered = 0;
  for (const pair of names) if (words.has(pair)) covered++;
  return covered / names.size;
}

/** The sentence (its index) that holds an original offset: sentences are found by their original starts. */
function sentenceFinder(doc: Structured): (offset: number) => number {
  let starts: number[] | undefined;
  return (offset) => {
    starts ??= doc.sentences.map((s) => doc.cleaned.toOriginal(s.start, s.start).start);
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return starts.length > 0 && starts[low] <= offset ? low : -1;
  };
}

const sentenceWords = (doc: Structured, index: number) => doc.cleaned.text.slice(doc.sentences[index].start, doc.sentences[index].end);

/** A list entry's title: the first sentence of its paragraph, opened by an ordinal (（一）, 1.). */
const isEntryTitle = (doc: Structured, index: number) =>
  index >= 0 && doc.sentences[index - 1]?.paragraph !== doc.sentences[index].paragraph && LIST_ORDINAL.test(sentenceWords(doc, index).trimStart());

/** The share of the smaller set of pairs that the larger has: how far two statements say the same. */
function sharedShare(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const pair of small) if (large.has(pair)) shared++;
  return shared / small.size;
}

/** Two statements of one figure about the same thing share most of their wording. */
const RESTATED_OVERLAP = 0.7;
/** A sentence explaining an entry has nearly all the entry's words, within its first characters. */
const EXPLAINED_OVERLAP = 0.6;
/** …and the sentences after an entry's title, in its paragraph, explain it when they share a fifth of its words. */
const ENTRY_EXPLAINED_OVERLAP = 0.2;
const SENTENCE_COMPARED = 200;
const RESTATEMENTS_COMPARED = 4;
/** How much of a statement is compared: a statement is short, a run-on one need not be read whole. */
const STATEMENT_COMPARED = 80;

/**
 * A statistical bulletin states each result with its unit; a figure without one is an index (居民消费价格总指数101.3),
 * a composite ratio (三次产业结构12.9:34.8:52.3) or a table's cell whose unit stands in its header, restating or
 * detailing the text: not an item.
 */
export const dropBulletinCells: Refiner = (items, doc) =>
  doc.meta.kind === 'bulletin' ? items.filter((item) => item.low === undefined || Boolean(item.unit)) : items;

/**
 * Puts the units of each unit note on the items of its paragraph that come before it (and after the note
 * before it): task-split documents name the units after each task.
 */
export const attachNamedUnits: Refiner = (items, doc) => {
  const { toOriginal } = doc.cleaned;
  let from = 0;
  let paragraph = -1;
  for (const note of doc.unitNotes) {
    const at = doc.paragraphs.findIndex((p) => p.start <= note.start && note.start < p.end);
    if (at !== paragraph) from = doc.paragraphs[at]?.start ?? note.start;
    paragraph = at;
    const start = toOriginal(from, from).start;
    const end = toOriginal(note.start, note.start).start;
    for (const item of items) {
      if (item.span.start < start || item.span.start >= end) continue;
      item.lead_units = note.lead;
      if (note.units.length) item.units = note.units;
    }
    from = note.end;
  }
  return items;
};
