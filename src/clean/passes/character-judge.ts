import type { EditType } from '../edit.js';
import { bytesForm, prebuilt } from '../../prebuilt.js';
import { characterRank, isCommon } from '../tables/character-frequency.js';
import {
  commonPartsOf,
  commonRearrangementOf,
  commonRelativesOf,
  commonStrokeVariantsOf,
  commonWithSimplifiedParts,
  partsOf,
  sharedPhonetic,
} from '../indexes/decomposition.js';
import { followsFigures, isUnitCharacter } from '../tables/figure-words.js';
import { isGb2312 } from '../tables/gb2312.js';
import { contextAt } from '../indexes/context-model.js';
import { isHanCode } from '../han.js';
import { frequencyIn, MAX_WORD_LENGTH, pairScore, wordCost, wordFrequency, wordScore, LENGTH_BONUS } from '../indexes/lexicon.js';
import { drawnLike, isSameGlyph } from '../tables/lookalikes.js';
import { commonCharactersRead, readings, shareReading } from '../tables/readings.js';
import { simplifiedForm } from '../tables/traditional-forms.js';
import { isTraditionalForm, standardFormOf } from '../tables/variants.js';

/**
 * Decides, for one character, whether it stands for another one: the shared judge of the traditional and
 * swapped-character passes. Candidates come from the character's form (traditional table, look-alike table,
 * decomposition) and sound (pinyin); the context decides, by how much better the candidate makes words
 * with the neighbours (jieba word frequencies) than the character itself does, and, across a word's edge, by
 * how the characters around read with it (the context model, `weighByContext`). Nothing is changed on weak
 * evidence: a correct rare character usually forms a word in its context, or no candidate does.
 *
 * Speed: everything the judge knows about a character apart from its context (its candidates, their
 * relations and thresholds, whether a traditional form has any competitor) is worked out once per character
 * and kept. The context is a window of UTF-16 codes, edited in place; a candidate is first bounded by the best
 * word its pair with each neighbour can stand in (one hash probe each), and only candidates that could win
 * are scored in full.
 */

/** How a candidate is related to the character it would replace; the closer, the less context it needs. */
type Relation =
  | 'traditional' // the simplified form of a traditional character (國 → 国)
  | 'variant' // the standard form of a traditional variant (擧 → 举)
  | 'alternative' // the standard form of a variant also written in simplified text (昰 → 是)
  | 'lookalike' // the Han character a symbol is drawn like (┿ → 十)
  | 'part' // written inside the character (噺 → 新, 忣 → 及)
  | 'rearranged' // the same parts in another arrangement (囷 → 和)
  | 'relative' // shares a distinctive part and a reading, or is of its phonetic series (凊 → 情, 紦 → 把)
  | 'kin' // shares a distinctive part only (赽 → 快)
  | 'homophone'; // shares a reading only (垺 → 服)

/** Relations from closest to loosest: a looser candidate must read TIER_DISCOUNT better per tier to win. */
const TIERS: readonly (readonly Relation[])[] = [
  ['traditional', 'variant', 'alternative'],
  ['part', 'rearranged', 'relative'],
  ['homophone'],
  ['kin'],
];

const TIER_DISCOUNT = Math.log(8);

interface Candidate {
  to: string;
  code: number;
  relation: Relation;
  tier: number;
  /** The least support it needs (NEEDED by relation, raised by the standard-set floor when judged). */
  needed: number;
}

/** A decision to replace a character. */
export interface Verdict {
  to: string;
  type: EditType;
  rule: string;
}

const ln = Math.log;

/**
 * The least support (see `support`) the candidate must have, by relation: a character written inside the
 * swapped one needs a modest word, a mere homophone a frequent one.
 */
const NEEDED: Readonly<Record<Relation, number>> = {
  traditional: ln(20),
  variant: ln(20),
  alternative: ln(20),
  lookalike: ln(20),
  part: ln(20),
  rearranged: ln(50),
  relative: ln(50),
  kin: ln(300),
  homophone: ln(300),
};

/**
 * A character outside the standard set that is no form of another (扏, 侂) stands for a character read like it
 * or written inside it, so a homophone making a modest word is enough (诉扏 → 诉求,
 * 87 times; 稳侂 → 稳妥, 246), as much as it must beat the character by (MARGIN): 300 left such ordinary words
 * unrepaired. A form of another (鐝, whose simplified form is 镢; 惢, 心 written three times) stands for that one,
 * and beside another such character it is a name (鄌郚镇, not 乌镇): there a mere homophone needs the frequent
 * word still.
 */
const NEEDED_HOMOPHONE_OF_FORMLESS = ln(50);

/**
 * A rare character of the standard simplified set (GB 2312) is correct somewhere, mostly in names: replacing it
 * needs a frequent word, and a far more frequent one when the document itself uses it in a word (盂县 … 大盂).
 */
const NEEDED_STANDARD = ln(1000);
const NEEDED_STANDARD_ATTESTED = ln(10000);

/**
 * A rare standard character written with a common one that gives it its sound (铨 = 钅 + 全, 髋 = 骨 + 宽, both
 * read alike) stands for that one in an ordinary word of a hundred occurrences already (适度髋松 → 宽松, 266): the
 * shape and the sound agree, which a name's character seldom meets by chance beside such a word.
 */
const NEEDED_STANDARD_PHONETIC = ln(100);

/**
 * A character outside the standard simplified set that forms no word here, standing for a character written
 * inside it (囮 for 化): the shape is the evidence, so any word the dictionary knows will do (法治化 is in it,
 * but rare). Where the window reads no better with it, because the word only adds an affix to a neighbouring
 * word (快速 → 快速化, 法治 → 法治化), that word is still the evidence: see `extendsWord`.
 */
const PART_OF_NONSTANDARD_NEEDED = ln(2);

/** How many of the best supported candidates are read in full (segmenting the whole window). */
const READ_IN_FULL = 4;

/** The candidate's support must beat the character's own by this much (a factor of 50). */
const MARGIN = ln(50);

/**
 * The whole window must also read better with the candidate (see `reading`), by a smaller factor: extending a
 * word (专业 → 专业化) gains less there than in `support`, while taking a neighbour from a word gains nothing.
 */
const READING_MARGIN = ln(5);

/**
 * A common character is suspected only of standing for a far more frequent one written inside it
 * (囚 → 人 in 囚大代表), and only outside the 2,500 most frequent characters (the size of the 常用字 list of the
 * 现代汉语常用字表, 1988), where the everyday characters are.
 */
const INSIDE_MIN_RANK = 2500;
const INSIDE_RANK_FACTOR = 8;
/**
 * The word the frequent one makes there must be a common word (先人 of 先人一步, 217 times): a common character
 * forming no word is a swap far more often than the rarer words it could be taken into (at 30, words of the
 * national reports were replaced; at 300, 先囚一步 was kept).
 */
const INSIDE_NEEDED = ln(100);

/** Standalone frequency above which a character is a function word that needs no word around it (及, 是, 和). */
const FUNCTION_WORD = 20000;

/** Slack for comparing an upper bound with a threshold (scores carry a 1e-9 tie-breaker). */
const EPSILON = 1e-6;

const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff]$/;

/**
 * The context of one judgement: codes[at] is the character judged, codes[0, length) its neighbours as far as
 * words reach (already repaired on the left, previewed as simplified on the right). Candidates are tried by
 * writing them into codes[at]; every function restores it.
 */
export interface JudgeWindow {
  codes: Uint16Array;
  at: number;
  length: number;
}

/**
 * Per UTF-16 code unit: 0 not yet known, 1 suspect, 2 not suspect (the per-character test stays O(1)). Known for
 * every code at build time (prebuilt.ts): classifying a text's characters needs the frequency, variant and
 * shape tables, most of a one-line clean's time and a third of a second on a page of many reports. Run from
 * source, filled in as characters are met.
 */
const suspicion = prebuilt(
  'suspects',
  () => Uint8Array.from({ length: 0x10000 }, (_, code) => (classify(String.fromCharCode(code)) ? 1 : 2)),
  bytesForm,
  () => new Uint8Array(0x10000),
);

/** Whether the character with this UTF-16 code should be judged at all. */
export function isSuspect(code: number): boolean {
  const table = suspicion();
  if (table[code] === 0) table[code] = classify(String.fromCharCode(code)) ? 1 : 2;
  return table[code] === 1;
}

/** The offsets of the suspect characters of `text` that `select` accepts (one table lookup per character). */
export function findSuspects(text: string, select: (code: number) => boolean): number[] {
  const found: number[] = [];
  const table = suspicion();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const known = table[code];
    if (known === 2 || (known === 0 && !isSuspect(code))) continue;
    if (select(code)) found.push(i);
  }
  return found;
}

/** Whether the suspect character with this code belongs to the standard simplified set (GB 2312). */
export const isStandardSuspect = (code: number): boolean => profileOf(code).standard;

function classify(character: string): boolean {
  if (!HAN.test(character)) return drawnLike(character) !== undefined;
  if (isUnitCharacter(character)) return false;
  return isRare(character) || insideParts(character).length > 0 || commonTraditional(character) !== undefined;
}

/** Rare: outside the common characters, or outside the standard simplified set. */
const isRare = (character: string): boolean => !isCommon(character) || !isGb2312(character);

/**
 * The simplified form of a common character of the standard set that is also a traditional form (於 → 于, 後 → 后:
 * CC-CEDICT gives it a simplified column of its own), when that form is the more frequent character.
 */
function commonTraditional(character: string): string | undefined {
  const to = isTraditionalForm(character) ? standardFormOf(character) : undefined;
  return to !== undefined && characterRank(to) < characterRank(character) ? to : undefined;
}

/**
 * A common character used alone as a word this often in the dictionary's corpus (炒, 4,473 times; 囚, 299) is meant
 * where it stands alone (房住不炒), not a swap for the character written inside it (少).
 */
const STANDS_ALONE = 1000;

/** The far more frequent characters written inside a common character (囚 → 人). */
const insideParts = (character: string): readonly string[] =>
  characterRank(character) > INSIDE_MIN_RANK && wordFrequency(character) < STANDS_ALONE
    ? commonPartsOf(character).filter((part) => characterRank(part) * INSIDE_RANK_FACTOR < characterRank(character))
    : [];

/** What the judge knows about a character apart from its context, worked out once. */
interface Profile {
  character: string;
  /** A symbol drawn like a Han character: that character (simplified). */
  drawn?: string;
  sameGlyph: boolean;
  rare: boolean;
  standard: boolean;
  /** Rare: every candidate, closest relation first. */
  candidates: readonly Candidate[];
  /** A traditional form's common simplified form. */
  traditional?: Candidate;
  /** Candidates written inside a traditional form and read the same (財 → 才): the simplified form's rivals. */
  rivals: readonly Candidate[];
  /** The candidate standing for a function word when no word forms either way (忣 → 及). */
  functionWord?: Candidate;
  /** Formless (see `isFormless`): the candidates read like it, a function word among them (狧 read shi: 是, 时, 事). */
  soundsAlike: readonly Candidate[];
  /**
   * The function word the character is a form of (昰 → 是), or has written inside it and is read like (菂 → 的):
   * a function word needs no word around it.
   */
  closeFunctionWord?: Candidate;
  /**
   * Outside the standard set and never seen by the dictionary: which candidates it stands for where no word tells
   * (see `standsForAlone`).
   */
  unseenForms: readonly Candidate[];
  /** Rare standard: the candidate written inside it that gives it its sound (铨 → 全). */
  phonetic?: Candidate;
  /** Common, or rare standard: the far more frequent characters written inside it (or, rare, but for one stroke). */
  inside: readonly Candidate[];
  /** Common and a traditional form too: its simplified form (於 → 于), taken only on a frequent word. */
  simplifiedForm?: Candidate;
}

const profiles = new Map<number, Profile>();

function profileOf(code: number): Profile {
  let found = profiles.get(code);
  if (!found) {
    found = buildProfile(String.fromCharCode(code));
    profiles.set(code, found);
  }
  return found;
}

const candidate = (to: string, relation: Relation): Candidate => ({
  to,
  code: to.charCodeAt(0),
  relation,
  tier: TIERS.findIndex((relations) => relations.includes(relation)),
  needed: NEEDED[relation],
});

function buildProfile(character: string): Profile {
  const drawnAs = drawnLike(character);
  const sameGlyph = isSameGlyph(character);
  if (drawnAs !== undefined || !HAN.test(character)) {
    const drawn = drawnAs === undefined ? undefined : (simplifiedForm(drawnAs) ?? drawnAs);
    return { character, drawn, sameGlyph, rare: false, standard: false, candidates: [], rivals: [], soundsAlike: [], unseenForms: [], inside: [] };
  }
  const rare = isRare(character);
  const standard = isGb2312(character);
  if (!rare) {
    const inside = insideParts(character)
      .filter((part) => part.length === 1)
      .map((part) => candidate(part, standardFormOf(character) === part ? 'variant' : 'part'));
    const simplified = commonTraditional(character);
    const simplifiedForm = simplified === undefined ? undefined : candidate(simplified, 'variant');
    return { character, sameGlyph, rare, standard, candidates: [], rivals: [], soundsAlike: [], unseenForms: [], inside, simplifiedForm };
  }
  const candidates = candidatesOfRare(character);
  const first = candidates[0];
  const traditional = first?.relation === 'traditional' && isCommon(first.to) ? first : undefined;
  const rivals = traditional
    ? candidates.filter(({ to, relation }) => relation === 'part' && shareReading(character, to))
    : [];
  const functionWord = candidates.find(({ to, tier }) => tier <= 1 && wordFrequency(to) >= FUNCTION_WORD);
  const alike = isFormless(character, candidates) ? candidates.filter(({ to }) => shareReading(character, to)) : [];
  const soundsAlike = alike.some(({ to }) => wordFrequency(to) >= FUNCTION_WORD) ? alike : [];
  const closeFunctionWord = standard
    ? undefined
    : candidates.find(
        ({ to, relation }) =>
          (relation === 'variant' || relation === 'alternative' || (relation === 'part' && shareReading(character, to))) &&
          wordFrequency(to) >= FUNCTION_WORD,
      );
  const inside = standard ? shapeRelatives(character).map((other) => candidate(other, 'part')) : [];
  const phonetic = standard ? candidates.find(({ to, relation }) => relation === 'part' && shareReading(character, to)) : undefined;
  const unseenForms = !standard && wordFrequency(character) === 0 ? standsForAlone(character, candidates) : [];
  return {
    character,
    sameGlyph,
    rare,
    standard,
    candidates,
    traditional,
    rivals,
    functionWord,
    soundsAlike,
    closeFunctionWord,
    unseenForms,
    phonetic,
    inside,
  };
}

/** Every candidate for a rare character, closest relation first. */
function candidatesOfRare(character: string): readonly Candidate[] {
  const list: Candidate[] = [];
  const seen = new Set<string>([character]);
  const add = (to: string | undefined, relation: Relation) => {
    // A candidate is one UTF-16 code, so that it can be written into the window in place.
    if (to && to.length === 1 && !seen.has(to)) {
      seen.add(to);
      list.push(candidate(to, relation));
    }
  };
  add(simplifiedForm(character), 'traditional');
  add(standardFormOf(character), isTraditionalForm(character) ? 'variant' : 'alternative');
  add(commonWithSimplifiedParts(character), 'variant');
  for (const part of commonPartsOf(character)) add(part, 'part');
  add(commonRearrangementOf(character), 'rearranged');
  const relatives = commonRelativesOf(character);
  // A rare character of a series whose phonetic a common member is read like (紦 → 把, both with 巴 read ba) is
  // that member's relative whatever the reading tables, weak on rare characters, give it; a character of the
  // standard set is meant somewhere, so only a shared reading makes a relative of it (怠 is not 治).
  const series = (relative: string) => {
    const phonetic = isGb2312(character) ? undefined : sharedPhonetic(character, relative);
    return phonetic !== undefined && shareReading(phonetic, relative);
  };
  for (const relative of relatives) if (shareReading(character, relative) || series(relative)) add(relative, 'relative');
  for (const relative of relatives) add(relative, 'kin');
  const formless = isFormless(character, list);
  for (const reading of readings(character)) for (const homophone of commonCharactersRead(reading)) add(homophone, 'homophone');
  if (formless) {
    for (const each of list) if (each.relation === 'homophone') each.needed = NEEDED_HOMOPHONE_OF_FORMLESS;
  }
  // A standard character is only replaced by a form of itself, by a relative read the same, or by a character
  // written inside it: the one read the same where there is one (铨 → 全; 峪 = 山 + 谷 is no 山, 谷 gives its sound),
  // else any, the context deciding (嵩 = 山 + 高 in 提嵩, 糙 = 米 + 造 in 改糙).
  if (isGb2312(character)) {
    const phonetic = commonPartsOf(character).find((part) => shareReading(character, part));
    return list.filter(
      ({ to, relation }) =>
        relation === 'variant' ||
        relation === 'alternative' ||
        relation === 'relative' ||
        (relation === 'part' && (phonetic === undefined || to === phonetic)),
    );
  }
  return list;
}

/**
 * A character outside the standard set that is no form of another: no traditional or variant form among its
 * candidates, and not one part written several times (惢 = 心心心 is a form of 心).
 */
const isFormless = (character: string, candidates: readonly Candidate[]): boolean =>
  !isGb2312(character) && !candidates.some(({ tier }) => tier === 0) && partsOf(character).length !== 1;

/**
 * What a character the dictionary never saw stands for where no word tells: a variant, its standard form (陜 → 陕);
 * else, when a character written inside it is read the same (媔 → 面), one of its candidates, which the context
 * chooses (唩, with 委 inside it and read wo or wei, is 委 in 县唩的领导, not the more frequent 我). A character with
 * neither (翙 of 翙岗) is a name.
 */
function standsForAlone(character: string, candidates: readonly Candidate[]): readonly Candidate[] {
  if (candidates[0]?.tier === 0) return [candidates[0]];
  return candidates.some(({ to, relation }) => relation === 'part' && shareReading(character, to)) ? candidates : [];
}

/**
 * The most `code` can gain at the window's centre: the best word its pair with either neighbour stands in.
 * `support` never exceeds it (beyond the tie-breaker), and 0 means the character forms no word there.
 */
function bound(window: JudgeWindow, code: number): number {
  const { codes, at, length } = window;
  const left = at > 0 ? pairScore(codes[at - 1], code) : 0;
  const right = at + 1 < length ? pairScore(code, codes[at + 1]) : 0;
  return left > right ? left : right;
}

/**
 * How well `code` reads at the window's centre: the best wordScore (log frequency, plus LENGTH_BONUS per
 * character beyond two) of a dictionary word of two or more characters that it forms with its neighbours,
 * 0 when it forms none.
 */
export function support(window: JudgeWindow, code: number): number {
  const { codes, at, length } = window;
  // A word reaching left of the centre must pair it with its left neighbour, one reaching right with its right.
  const reachLeft = at > 0 && pairScore(codes[at - 1], code) > 0 ? Math.min(at, MAX_WORD_LENGTH - 1) : 0;
  const reachRight =
    at + 1 < length && pairScore(code, codes[at + 1]) > 0 ? Math.min(length - at - 1, MAX_WORD_LENGTH - 1) : 0;
  if (reachLeft + reachRight === 0) return 0;
  const saved = codes[at];
  codes[at] = code;
  const last = at + reachRight + 1;
  let best = 0;
  for (let start = at - reachLeft; start <= at; start++) {
    for (let end = Math.max(at + 1, start + 2); end <= last && end - start <= MAX_WORD_LENGTH; end++) {
      const frequency = frequencyIn(codes, start, end);
      if (frequency > 0) best = Math.max(best, wordScore(frequency, end - start) + 1e-9);
    }
  }
  codes[at] = saved;
  return best;
}

/**
 * Whether `code` at the window's centre makes a dictionary word by joining a word of two or more neighbours at
 * its edge (快速 + 化, 法治 + 化): a whole word extended, not a neighbour taken from one (退 + 行 of 行动).
 */
function extendsWord(window: JudgeWindow, code: number): boolean {
  const { codes, at, length } = window;
  const saved = codes[at];
  codes[at] = code;
  let found = false;
  for (let size = 2; size < MAX_WORD_LENGTH && !found; size++) {
    const [start, end] = [at - size, at + size + 1];
    found =
      (start >= 0 && frequencyIn(codes, start, at) > 0 && frequencyIn(codes, start, at + 1) > 0) ||
      (end <= length && frequencyIn(codes, at + 1, end) > 0 && frequencyIn(codes, at, end) > 0);
  }
  codes[at] = saved;
  return found;
}

/**
 * Per kind of reading (index 1: with `unigram`), the best score of each prefix of the window last segmented up to its
 * centre (`before`) and of each suffix after it (`after`), and the codes they were segmented over: they do not
 * depend on the candidate written at the centre, so the candidates judged at one place segment them once, and each
 * candidate is read only in the words that cover the centre.
 */
const segmented = [0, 1].map(() => ({ before: new Float64Array(64), after: new Float64Array(65), codes: new Uint16Array(64), at: -1, length: -1 }));

/**
 * The score of codes[start, end) as one piece of a segmentation (see `reading`): a word of two or more characters,
 * -Infinity where it is none; a single character always.
 */
function pieceScore(codes: Uint16Array, start: number, end: number, unigram: boolean, cost: number): number {
  if (end - start === 1) return unigram ? Math.log(Math.max(1, frequencyIn(codes, start, end))) - cost : -LENGTH_BONUS;
  const frequency = frequencyIn(codes, start, end);
  if (frequency === 0) return -Infinity;
  return unigram ? Math.log(frequency) - cost : wordScore(frequency, end - start);
}

/**
 * How well the whole window reads with `code` at its centre: the best segmentation into dictionary words
 * (scored as in `support`) and single characters (each costing LENGTH_BONUS, as a character left out of a
 * word). Unlike `support`, a candidate that only makes a word by taking a neighbour away from a better word
 * (太原夯实 → 原因) gains little. A word's adjacent characters must all be able to pair inside a word.
 *
 * With `unigram`, as jieba itself would read it: every word, a single character too, scores its log frequency
 * less the log of the corpus total, so fewer and longer words read better (坚定不移 over 坚定 + 不够) and a
 * character frequent alone reads well alone. That chooses between candidates the judge's reading has accepted.
 */
function reading(window: JudgeWindow, code: number, unigram = false): number {
  const { codes, at, length } = window;
  const cost = unigram ? wordCost() : 0;
  const memo = segmented[unigram ? 1 : 0]!;
  const { before, after } = memo;
  let same = memo.at === at && memo.length === length;
  for (let k = 0; k < length && same; k++) same = k === at || memo.codes[k] === codes[k];
  if (!same) {
    memo.codes.set(codes.subarray(0, length));
    [memo.at, memo.length] = [at, length];
    before[0] = 0;
    for (let end = 1; end <= at; end++) {
      let best = before[end - 1] + pieceScore(codes, end - 1, end, unigram, cost);
      for (let start = end - 2; start >= 0 && start >= end - MAX_WORD_LENGTH; start--) {
        if (pairScore(codes[start], codes[start + 1]) === 0) break;
        const score = before[start] + pieceScore(codes, start, end, unigram, cost);
        if (score > best) best = score;
      }
      before[end] = best;
    }
    after[length] = 0;
    for (let start = length - 1; start > at; start--) {
      let best = pieceScore(codes, start, start + 1, unigram, cost) + after[start + 1];
      for (let end = start + 2; end <= length && end - start <= MAX_WORD_LENGTH; end++) {
        if (pairScore(codes[end - 2], codes[end - 1]) === 0) break;
        const score = pieceScore(codes, start, end, unigram, cost) + after[end];
        if (score > best) best = score;
      }
      after[start] = best;
    }
  }
  const saved = codes[at];
  codes[at] = code;
  // the best segmentation through the piece that holds the centre: grown leftwards and rightwards while pairs pair
  let best = -Infinity;
  for (let start = at; start >= 0 && start > at - MAX_WORD_LENGTH; start--) {
    if (start < at && pairScore(codes[start], codes[start + 1]) === 0) break;
    for (let end = at + 1; end <= length && end - start <= MAX_WORD_LENGTH; end++) {
      if (end > at + 1 && pairScore(codes[end - 2], codes[end - 1]) === 0) break;
      const score = before[start] + pieceScore(codes, start, end, unigram, cost) + after[end];
      if (score > best) best = score;
    }
  }
  codes[at] = saved;
  return best;
}

const typeOf = (relation: Relation): EditType =>
  relation === 'traditional' || relation === 'variant' || relation === 'alternative'
    ? 'traditional'
    : relation === 'lookalike'
      ? 'lookalike'
      : 'homophone';

/**
 * The characters a rare standard character may stand for by shape alone, whatever they are read: the far more
 * frequent character written inside it next to a mere radical (仂 = 亻 + 力, not 峪 = 山 + 谷, where either
 * part could be meant), and those written like it but for one stroke (孓 → 子).
 */
const shapeRelatives = (character: string): readonly string[] =>
  [...(commonPartsOf(character).length === 1 ? commonPartsOf(character) : []), ...commonStrokeVariantsOf(character)].filter(
    (other) => other.length === 1 && characterRank(other) * INSIDE_RANK_FACTOR < characterRank(character),
  );

const verdict = (to: Candidate, rule: string, type: EditType = typeOf(to.relation)): Verdict => ({ to: to.to, type, rule });

/**
 * Verdicts resting on the form alone, no word around: a function word taken by form and frequency, and the
 * closest form of a character the dictionary never saw. A pair of swapped neighbours making a word overrides them.
 */
const FORM_ALONE_RULES: ReadonlySet<string> = new Set(['function-word', 'unseen-form']);
export const restsOnFormAlone = (verdict: Verdict): boolean => FORM_ALONE_RULES.has(verdict.rule);

/** What the swapped-character judge knows about a character beyond its neighbours. */
export interface Evidence {
  /** The document uses this character in a dictionary word somewhere (盂 in 盂县). */
  attested: boolean;
}

/**
 * Judges the character at the window's centre (its neighbours, as far as a word reaches, already repaired).
 * Returns the replacement, or undefined to keep the character.
 */
export function judge(window: JudgeWindow, evidence: Evidence): Verdict | undefined {
  const profile = profileOf(window.codes[window.at]);
  const to = profile.drawn;
  if (to !== undefined) {
    if (profile.sameGlyph) return { to, type: 'lookalike', rule: 'same-glyph' };
    if (to.length !== 1) return undefined;
    if (support(window, to.charCodeAt(0)) >= NEEDED.lookalike) return { to, type: 'lookalike', rule: 'lookalike+word' };
    // A rare Han form the dictionary never saw (丅 for 下) is not meant, whatever its neighbours; a symbol may be.
    const unseen = HAN.test(profile.character) && wordFrequency(profile.character) === 0;
    return unseen ? { to, type: 'lookalike', rule: 'unseen-form' } : undefined;
  }
  if (!HAN.test(profile.character)) return undefined;
  if (!profile.rare) return judgeCommon(window, profile);
  return weighByContext(window, profile, judgeRare(window, profile, evidence));
}

/**
 * What the context model adds (indexes/context-model.ts: character trigrams of the national reports) to jieba's
 * reading, which knows nothing across a word's edge: how a candidate reads with the characters around it. Weighed
 * below jieba's reading: a local report's words are not all the national reports' (全县 is rare there, 全线 not);
 * at 0.7 the swaps on pages of the web corpus are chosen as well as at 1, and fewer local words are taken for others.
 */
const CONTEXT_WEIGHT = 0.7;

/** Another candidate replaces the judge's choice where it reads this much better (a factor of e², about 7). */
const SWITCH_MARGIN = 2;

/**
 * A choice resting on sound alone (a homophone, a character sharing only a part), or made where no candidate forms a
 * word (a function word written inside the character, `function-word`), is dropped where another candidate reads
 * nearly as well: a doubtful repair is worse than none (的 or 地 in 积极[媂]培养, 再 or 在; 就 or 救 in 为群众[㠇]急).
 */
const DOUBT_MARGIN = 2;

/**
 * A character outside the standard set that the judge kept for want of a word (才能[狶]我国, 忘记[砳]中国共产党) is
 * the candidate the context reads far better than it, by RECOVER_GAIN, when no other candidate comes near, by
 * RECOVER_MARGIN: a function word or the half of a word whose other half was also swapped forms no word.
 */
const RECOVER_GAIN = 5;
const RECOVER_MARGIN = 3;

/**
 * Candidates of the loosest tier (sharing only a part) are weighed by the context only where the judge chose one: a
 * frequent word of the national reports (全球) must not outweigh a candidate read like the character (全县).
 */
const WEIGHED_TIERS = 2;

/**
 * The judge's verdict on a rare character (`found`), reviewed by the context model: kept, replaced by a candidate
 * that reads far better with the neighbours, or dropped when the choice rests on sound or on no word and a rival
 * reads nearly as well; and, where the judge kept a character outside the standard set that no name stands beside,
 * the candidate the context clearly reads best. Traditional forms are left as the judge has them (their simplified
 * form is no guess), and so are numerals and measure words after a digit (the judge chose among those alone).
 */
function weighByContext(window: JudgeWindow, profile: Profile, found: Verdict | undefined): Verdict | undefined {
  if (found?.type === 'traditional' || found?.rule === 'figure-word') return found;
  if (!found && (profile.standard || nameLike(window, window.at - 1) || nameLike(window, window.at + 1))) return undefined;
  const all = [...profile.candidates, ...profile.inside];
  const chosen = found && all.find(({ to }) => to === found.to);
  if (found && !chosen) return found;
  const weigh = weighingAt(window);
  // each candidate weighed once: the context model's lookups are most of a dirty page's judging
  const values = new Map<Candidate, number>();
  const valueOf = (c: Candidate) => {
    let value = values.get(c);
    if (value === undefined) values.set(c, (value = weigh(c.code, c.tier, true)));
    return value;
  };
  let best: Candidate | undefined;
  let [bestValue, second] = [-Infinity, -Infinity];
  for (const candidate of all) {
    if (candidate.tier > WEIGHED_TIERS && candidate !== chosen) continue;
    const value = valueOf(candidate);
    if (value > bestValue) [best, bestValue, second] = [candidate, value, best?.to === candidate.to ? second : bestValue];
    else if (value > second && candidate.to !== best?.to) second = value;
  }
  if (!best) return found;
  if (!chosen) {
    const own = weigh(window.codes[window.at], 0, true);
    return bestValue - second >= RECOVER_MARGIN && bestValue - own >= RECOVER_GAIN ? verdict(best, `context:${best.relation}`) : undefined;
  }
  const doubtful = chosen.tier >= TIERS.findIndex((tier) => tier.includes('homophone')) || found.rule === 'function-word';
  if (best.to !== chosen.to) {
    if (bestValue - valueOf(chosen) >= SWITCH_MARGIN) return verdict(best, `context:${best.relation}`);
    return doubtful ? undefined : found;
  }
  return doubtful && bestValue - second < DOUBT_MARGIN ? undefined : found;
}

function judgeRare(window: JudgeWindow, profile: Profile, evidence: Evidence): Verdict | undefined {
  const code = window.codes[window.at];
  const { traditional, rivals } = profile;
  let ownReading: number | undefined;
  const readsBetter = (to: number) => reading(window, to) - (ownReading ??= reading(window, code)) >= READING_MARGIN;
  if (traditional) {
    // A traditional form with a common simplified form is converted, unless that forms no word here and a
    // character written inside it, read the same, does (人財 → 人才, not 人财). Most traditional forms have no
    // such rival and are converted at once.
    if (rivals.length === 0 || support(window, traditional.code) > 0) return verdict(traditional, 'traditional');
    const own = support(window, code);
    const inside = rivals.find(
      (rival) =>
        bound(window, rival.code) + EPSILON >= own + MARGIN &&
        support(window, rival.code) - own >= MARGIN &&
        readsBetter(rival.code),
    );
    return inside ? verdict(inside, 'part+word', 'homophone') : verdict(traditional, 'traditional');
  }
  const afterFigure = figureWordAfterDigit(window, profile);
  if (afterFigure) return verdict(afterFigure, 'figure-word');
  const floor = !profile.standard ? 0 : evidence.attested ? NEEDED_STANDARD_ATTESTED : NEEDED_STANDARD;
  const nameBeside = nameLike(window, window.at - 1) || nameLike(window, window.at + 1);
  const own = bound(window, code) > 0 ? support(window, code) : 0;
  // Candidates that make a good enough word here, the best supported first; the few best are read in full.
  // Most candidates pair with neither neighbour in any good enough word, which one probe each tells.
  const supported: { candidate: Candidate; score: number; byShape: boolean }[] = [];
  for (const candidate of profile.candidates) {
    // (own is 0 there: any word beats none)
    const byShape = !profile.standard && candidate.relation === 'part' && own === 0;
    const least = byShape ? PART_OF_NONSTANDARD_NEEDED : nameBeside ? NEEDED[candidate.relation] : candidate.needed;
    const margin = byShape ? PART_OF_NONSTANDARD_NEEDED : MARGIN;
    const lowest = floor === NEEDED_STANDARD && candidate === profile.phonetic ? NEEDED_STANDARD_PHONETIC : floor;
    const needed = Math.max(least, lowest, own + margin);
    if (bound(window, candidate.code) + EPSILON < needed) continue;
    const score = support(window, candidate.code);
    if (score >= Math.max(least, lowest) && score - own >= margin) supported.push({ candidate, score, byShape });
  }
  supported.sort((a, b) => b.score - a.score);
  const accepted: Candidate[] = [];
  for (const { candidate, byShape } of supported.slice(0, READ_IN_FULL)) {
    if (readsBetter(candidate.code) || (byShape && extendsWord(window, candidate.code))) accepted.push(candidate);
  }
  // A close form of a function word needs no word around it: it competes with them whatever words they make
  // (这昰 is 这是, not 这时; 新菂一年 is 新的, not 新堤; 扎实莋好 is still 做好).
  const close = profile.closeFunctionWord;
  if (accepted.length > 0 && close && !accepted.includes(close)) accepted.push(close);
  // The one jieba would read best wins, each looser tier discounted (坚定不迻: 坚定不移, not 坚定 + 不够; 扎实莋好:
  // 做好 beats 作好 by ten times). Most often one alone is left, and nothing is read again.
  const best = accepted.length > 1 ? readBest(window, accepted) : accepted[0];
  if (best) return verdict(best, best === close ? 'close-function-word' : `${best.relation}+word`);
  if (own > 0) return undefined;
  // A rare standard character that forms no word here is judged like a common one against the far more
  // frequent characters of its shape (加大仂度 → 力度, 学孓 → 学子): no name stands where the document uses it in a word.
  if (profile.standard) {
    if (evidence.attested) return judgeInside(window, profile.inside, NEEDED_STANDARD_ATTESTED);
    return judgeInside(window, profile.inside, INSIDE_NEEDED) ?? insideFunctionWord(window, profile.inside);
  }
  // No word either way: a non-standard character standing alone may be a swapped function word (忣 → 及); one the
  // dictionary's corpus never saw is not meant at all (破坏媔复绿: 面, written inside it and read the same).
  // A formless character read like a function word, standing between two words (特别狧重工业: 特别 | 重工业), or a
  // word and a function word, a punctuation mark (水平还踄高), is the one of the characters read like it that jieba
  // reads best there, when that is a function word (是, 不), before any other written inside it (坔, read di like 的,
  // is no 水 in 第二阶段坔任务); in a name its neighbours make no word (凤川翙岗).
  const alike = soundsLikeFunctionWord(window, profile);
  if (alike) return verdict(alike, 'sounds-like-function-word');
  if (profile.functionWord) return verdict(profile.functionWord, 'function-word');
  // Two rare characters side by side that make no word are a name (鄌郚镇), not two swaps.
  if (nameBeside) return undefined;
  const unseen = readBest(window, profile.unseenForms);
  return unseen && verdict(unseen, 'unseen-form');
}

function soundsLikeFunctionWord(window: JudgeWindow, profile: Profile): Candidate | undefined {
  if (profile.soundsAlike.length === 0) return undefined;
  const [left, right] = [sideOf(window, true), sideOf(window, false)];
  if (!left || !right || (left !== 'word' && right !== 'word')) return undefined;
  const alike = readBest(window, profile.soundsAlike);
  return alike && wordFrequency(alike.to) >= FUNCTION_WORD ? alike : undefined;
}

/** What stands on one side of the window's centre: a word, a function word alone, no Han character, or none of these. */
type Side = 'word' | 'function word' | 'edge' | undefined;

/**
 * What stands on the `left` or right of the centre: a word of two or more characters ending (starting) there; else
 * a character that is a function word alone (还, 是); else a punctuation mark, a space, the text's edge.
 */
function sideOf({ codes, at, length }: JudgeWindow, left: boolean): Side {
  const next = left ? at - 1 : at + 1;
  if (next < 0 || next >= length || !isHanCode(codes[next])) return 'edge';
  for (let size = 2; size <= MAX_WORD_LENGTH; size++) {
    const [start, end] = left ? [at - size, at] : [at + 1, at + 1 + size];
    if (start >= 0 && end <= length && frequencyIn(codes, start, end) > 0) return 'word';
  }
  return frequencyIn(codes, next, next + 1) >= FUNCTION_WORD ? 'function word' : undefined;
}

/**
 * How well a candidate reads at the window's centre, as a candidate of `tier`: as jieba would read it, with what the
 * context model says of its neighbours, less the tier's discount. For the candidates at one place: the context
 * model's counts around it are looked up once, for the first candidate weighed in context.
 */
function weighingAt(window: JudgeWindow) {
  let context: ((code: number) => number) | undefined;
  return (code: number, tier: number, inContext = tier <= WEIGHED_TIERS): number =>
    reading(window, code, true) - tier * TIER_DISCOUNT + (inContext ? CONTEXT_WEIGHT * (context ??= contextAt(window.codes, window.at, window.length))(code) : 0);
}

/** The candidate that reads best at the window's centre (`weigh`), each looser tier discounted. */
function readBest(window: JudgeWindow, candidates: readonly Candidate[]): Candidate | undefined {
  const weigh = weighingAt(window);
  let best: Candidate | undefined;
  let bestValue = -Infinity;
  for (const candidate of candidates) {
    const value = weigh(candidate.code, candidate.tier);
    if (value > bestValue) [best, bestValue] = [candidate, value];
  }
  return best;
}

const DIGIT = /[0-9０-９]/;

/**
 * Right after a digit, a rare character that makes no word with what follows stands for a word that follows figures
 * (1妜27日 → 1月, 打通10朓城区道路 → 10条): the one of its candidates jieba reads best there.
 */
function figureWordAfterDigit(window: JudgeWindow, profile: Profile): Candidate | undefined {
  const { codes, at } = window;
  if (at === 0 || !DIGIT.test(String.fromCharCode(codes[at - 1]))) return undefined;
  const followers = [...profile.candidates, ...profile.inside].filter(({ code }) => followsFigures(code));
  if (followers.length === 0 || support(window, codes[at]) > 0) return undefined;
  return readBest(window, followers);
}

/** Whether codes[k] of the window is a character outside the standard set that is suspect too: a name's. */
function nameLike({ codes, length }: JudgeWindow, k: number): boolean {
  return k >= 0 && k < length && isSuspect(codes[k]) && !isStandardSuspect(codes[k]);
}

/**
 * Two adjacent characters may both be swapped (妀慥 for 改造): then neither forms a word with the other and each,
 * judged alone, is kept. Such a pair is replaced when one candidate of each (non-standard characters, outside
 * GB 2312: what a simplified report does not use) makes a frequent word with the other, PAIR_NEEDED at least,
 * that reads far better than the pair. Two guesses at once need the stronger word.
 */
const PAIR_NEEDED = ln(1000);

/** The best word (scored as in `support`) covering both the centre and its right neighbour. */
function pairSupport(window: JudgeWindow): number {
  const { codes, at, length } = window;
  let best = 0;
  for (let start = Math.max(0, at - MAX_WORD_LENGTH + 2); start <= at; start++) {
    for (let end = at + 2; end <= length && end - start <= MAX_WORD_LENGTH; end++) {
      const frequency = frequencyIn(codes, start, end);
      if (frequency > 0) best = Math.max(best, wordScore(frequency, end - start));
    }
  }
  return best;
}

/** Judges the centre and its right neighbour together, when each alone was kept; both replacements, or undefined. */
export function judgePair(window: JudgeWindow): [Verdict, Verdict] | undefined {
  const { codes, at, length } = window;
  if (at + 1 >= length) return undefined;
  const [first, second] = [profileOf(codes[at]), profileOf(codes[at + 1])];
  if (!first.rare || !second.rare || first.standard || second.standard || first.drawn || second.drawn) return undefined;
  const [code, next] = [codes[at], codes[at + 1]];
  const own = reading(window, code);
  let best: { pair: [Candidate, Candidate]; value: number } | undefined;
  for (const a of first.candidates) {
    for (const b of second.candidates) {
      if (pairScore(a.code, b.code) === 0) continue;
      codes[at] = a.code;
      codes[at + 1] = b.code;
      const word = pairSupport(window);
      const value = word >= Math.max(PAIR_NEEDED, a.needed, b.needed) ? reading(window, a.code) - (a.tier + b.tier) * TIER_DISCOUNT : -Infinity;
      [codes[at], codes[at + 1]] = [code, next];
      if (value - own >= READING_MARGIN && value > (best?.value ?? -Infinity)) best = { pair: [a, b], value };
    }
  }
  return best && [verdict(best.pair[0], 'pair+word'), verdict(best.pair[1], 'pair+word')];
}

/** A common character that forms no word here, judged against the frequent characters written inside it. */
function judgeCommon(window: JudgeWindow, profile: Profile): Verdict | undefined {
  const code = window.codes[window.at];
  const own = bound(window, code) > 0 ? support(window, code) : 0;
  // 于 is a surname's 於 too: its traditional use needs a frequent word (关於 → 关于), one far more frequent than
  // any its traditional form makes, for the dictionary has some of those too (对於)
  const simplified = profile.simplifiedForm;
  if (simplified && support(window, simplified.code) >= Math.max(NEEDED_STANDARD, own + MARGIN)) return verdict(simplified, 'inside+word', 'traditional');
  return own > 0 ? undefined : judgeInside(window, profile.inside, INSIDE_NEEDED);
}

/**
 * A function word written inside a rare standard character (茬 = 艹 + 在) standing alone between two words, where
 * the character itself makes none (愿意茬这个原则): a function word needs no word around it, so it is jieba's
 * reading, in which a frequent word alone reads far better than a rare one, that must be far better with it. A
 * standard character is meant somewhere, mostly in names, so both neighbours must be words: a name stands beside
 * a punctuation mark or a single character (湘、资、沅、澧; 市长 丁晖).
 */
function insideFunctionWord(window: JudgeWindow, inside: readonly Candidate[]): Verdict | undefined {
  const word = inside.find(({ to }) => wordFrequency(to) >= FUNCTION_WORD);
  if (!word || sideOf(window, true) !== 'word' || sideOf(window, false) !== 'word') return undefined;
  const gain = reading(window, word.code, true) - reading(window, window.codes[window.at], true);
  return gain >= MARGIN ? verdict(word, 'inside-function-word') : undefined;
}

/** The best of `inside` that makes a word of at least `needed` here and reads far better than the character. */
function judgeInside(window: JudgeWindow, inside: readonly Candidate[], needed: number): Verdict | undefined {
  const code = window.codes[window.at];
  let best: Verdict | undefined;
  let bestReading: number | undefined;
  for (const part of inside) {
    if (bound(window, part.code) + EPSILON < needed || support(window, part.code) < needed) continue;
    bestReading ??= reading(window, code) + MARGIN;
    const score = reading(window, part.code);
    if (score < bestReading) continue;
    [best, bestReading] = [verdict(part, 'inside+word', part.relation === 'variant' ? 'traditional' : 'homophone'), score];
  }
  return best;
}
