import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import iconv from 'iconv-lite';
import { LuoshiError } from '../errors.js';
import { lookupEncoding, requireEncoding, type Encoding } from './encoding-names.js';
import { COMMON_CHINESE } from './tables/common-hanzi.js';

/** Text decoded from bytes, with the encoding it was read in and how sure that is (see Source). */
export interface Decoded {
  text: string;
  encoding: string;
  confidence: number;
}

/** How the encoding may be known besides detection; `override` (--encoding) wins over a BOM. */
export interface EncodingHints {
  override?: string;
  /** Declared by the document itself (an HTML meta charset): trusted only when the bytes agree. */
  declared?: string;
}

/** Byte order marks. UTF-32 ones are not listed: no report comes in UTF-32. */
const BOMS: { bytes: number[]; encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: { label: 'utf-8', decoder: 'utf-8' } },
  { bytes: [0xff, 0xfe], encoding: { label: 'utf-16le', decoder: 'utf-16le' } },
  { bytes: [0xfe, 0xff], encoding: { label: 'utf-16be', decoder: 'utf-16be' } },
];

/** The detector sees this much of the start: enough for any report, and a 10 MB file costs no more. */
export const SAMPLE_BYTES = 64 * 1024;
/** A decoding must read at least this share of common characters to overrule the detector's Chinese guess. */
const MIN_COMMON_SHARE = 0.3;
/** A text declared UTF-16 by its byte-order mark must read at least this share of readable characters. */
const MIN_READABLE_SHARE = 0.5;
/** The encodings Chinese reports come in besides Unicode, each tried against the detector's guess. */
const CHINESE_DECODINGS: Encoding[] = [lookupEncoding('gb18030')!, lookupEncoding('big5')!];
const CHINESE = new Set(['gb18030', 'big5', 'big5-hkscs']);
/** Any CJK ideograph, CJK punctuation or full-width form: UTF-8 holding one is taken to be UTF-8. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** Decoders native to TextDecoder, which flags lone surrogates that iconv-lite lets through. */
const NATIVE = new Set(['utf-8', 'utf-16le', 'utf-16be']);

/** jschardet takes ~100 ms to load, which only a file in a legacy encoding should pay: loaded on first use. */
let detector: typeof import('jschardet') | undefined;
const detect = (sample: Uint8Array) => (detector ??= createRequire(import.meta.url)('jschardet') as typeof import('jschardet')).detect(sample);

export function bomEncoding(bytes: Uint8Array): Encoding | undefined {
  return BOMS.find((bom) => bom.bytes.every((b, i) => bytes[i] === b))?.encoding;
}

/** Decodes plain-text or HTML bytes: --encoding, else a BOM, else a declaration the bytes agree with, else detection. */
export function decodeText(bytes: Uint8Array, subject: string, hints: EncodingHints = {}): Decoded {
  const declared = hints.override ? requireEncoding(hints.override) : bomEncoding(bytes);
  if (declared) {
    const text = stripBom(decodeStrict(bytes, declared, subject));
    // any even run of bytes is valid UTF-16: random bytes after its byte-order mark decode to rare ideographs
    if (declared.decoder.startsWith('utf-16') && readableShare(text.slice(0, SAMPLE_BYTES)) < MIN_READABLE_SHARE) {
      throw new LuoshiError('BINARY', subject, `does not read as text in ${declared.label}`);
    }
    return { text, encoding: declared.label, confidence: 1 };
  }

  const utf8 = decodeUtf8(bytes);
  // As many characters as bytes: pure ASCII, the same text in every encoding a report could be in.
  const ascii = utf8 !== undefined && utf8.length === bytes.length;
  const meta = hints.declared ? lookupEncoding(hints.declared) : undefined;
  if (meta) {
    // Pages re-saved as UTF-8 often keep their old `charset=gb2312`: bytes valid as UTF-8 overrule it.
    if (meta.label === 'utf-8' && utf8 !== undefined) return { text: utf8, encoding: 'utf-8', confidence: 1 };
    if (meta.label !== 'utf-8' && (utf8 === undefined || ascii)) {
      const text = decodeLenient(bytes, meta);
      if (!text.includes('\uFFFD')) return { text, encoding: meta.label, confidence: 1 };
    }
  }
  // Valid UTF-8 with CJK in it is almost never another encoding by chance. Without any, it may be a few
  // GBK characters that happen to form UTF-8 pairs (全省 is ȫʡ): the Chinese decodings get a say.
  if (utf8 !== undefined && (ascii || CJK.test(utf8.slice(0, SAMPLE_BYTES)))) {
    return { text: utf8, encoding: 'utf-8', confidence: ascii ? 1 : 0.99 };
  }
  const guess = detectLegacy(bytes.subarray(0, SAMPLE_BYTES));
  if (utf8 !== undefined && !(guess.chinese && guess.share >= MIN_COMMON_SHARE)) {
    return { text: utf8, encoding: 'utf-8', confidence: 0.99 };
  }
  return { text: decodeLenient(bytes, guess.encoding), encoding: guess.encoding.label, confidence: guess.confidence };
}

interface Guess {
  encoding: Encoding;
  confidence: number;
  /** Share of common Chinese characters in the decoded sample (see commonShare). */
  share: number;
  /** A Chinese encoding that decodes the sample without a replacement character. */
  chinese: boolean;
}

/**
 * jschardet's guess, checked against what the decoded text looks like. On a short file (a sentence) the
 * detector may call GBK "EUC-KR" or Big5 "GB18030". A Chinese guess stands unless the other Chinese decoding
 * reads a clearly Chinese and larger share of common characters; any other guess (EUC-KR, Windows-1256 …)
 * stands only if no Chinese decoding reads as large a share without a replacement character: luoshi reads
 * Chinese reports, so a tie goes to Chinese.
 */
function detectLegacy(sample: Uint8Array): Guess {
  const result = detect(sample);
  const guessed = result.encoding ? lookupEncoding(result.encoding) : undefined;
  const score = (encoding: Encoding): Guess => {
    const text = decodeLenient(sample, encoding);
    const chinese = CHINESE.has(encoding.label) && !text.includes('\uFFFD');
    return { encoding, confidence: result.confidence, share: commonShare(text), chinese };
  };
  const rivals = CHINESE_DECODINGS.filter((c) => c.label !== guessed?.label).map(score);
  const best = rivals.reduce((a, b) => (b.share > a.share ? b : a));
  const guess = guessed && score(guessed);
  const stands =
    guess &&
    (CHINESE.has(guess.encoding.label)
      ? best.share < MIN_COMMON_SHARE || best.share <= guess.share
      : !best.chinese || best.share < guess.share);
  // Overruled: the share of common characters is the evidence, so it is the confidence.
  return stands ? guess : { ...best, confidence: best.share };
}

/** Share of common Chinese characters and punctuation among the non-ASCII, non-space characters. */
export function commonShare(text: string): number {
  let common = 0;
  let other = 0;
  for (const ch of text) {
    if (ch <= '\u007f' || /\s/.test(ch)) continue;
    if (COMMON_CHINESE.has(ch)) common++;
    else other++;
  }
  return common + other === 0 ? 0 : common / (common + other);
}

/**
 * Share of readable characters (ASCII, spaces, common Chinese characters and punctuation) in a decoded text;
 * 1 for an empty one. A report reads nearly all; random bytes read as rare ideographs and private-use code points.
 */
function readableShare(text: string): number {
  let readable = 0;
  let all = 0;
  for (const ch of text) {
    all++;
    if (ch <= '\u007f' || /\s/.test(ch) || COMMON_CHINESE.has(ch)) readable++;
  }
  return all === 0 ? 1 : readable / all;
}

/** Decodes bytes in an encoding they are declared to be in: an invalid sequence is an error naming its offset. */
function decodeStrict(bytes: Uint8Array, encoding: Encoding, subject: string): string {
  if (NATIVE.has(encoding.decoder)) {
    try {
      return new TextDecoder(encoding.decoder, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      // Decoded again below, to find where.
    }
  }
  const text = decodeLenient(bytes, encoding);
  const offset = firstInvalidOffset(bytes, text, encoding);
  if (offset !== undefined) {
    throw new LuoshiError('BAD_ENCODING', subject, `not valid ${encoding.label} at byte ${offset}`);
  }
  return text;
}

/** Decodes with replacement characters for invalid sequences; keeps a BOM as U+FEFF (see stripBom). */
function decodeLenient(bytes: Uint8Array, encoding: Encoding): string {
  if (NATIVE.has(encoding.decoder)) return new TextDecoder(encoding.decoder, { ignoreBOM: true }).decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding.decoder, { stripBOM: false });
}

/**
 * The decoding of the bytes if they are valid UTF-8 (a BOM kept, see stripBom), else undefined. Checked and decoded
 * by Node's own UTF-8 routines, several times faster than a fatal TextDecoder, which also rejects what isUtf8 does.
 */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  return isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : undefined;
}

/**
 * Byte offset of the first replacement character that the bytes did not spell out themselves (a report may
 * contain a real U+FFFD). Every replacement character before the first invalid sequence is a real one, so
 * the text before it re-encodes to exactly the bytes it came from.
 */
function firstInvalidOffset(bytes: Uint8Array, text: string, encoding: Encoding): number | undefined {
  const encode = (s: string): Buffer => (encoding.decoder === 'utf-8' ? Buffer.from(s, 'utf8') : iconv.encode(s, encoding.decoder));
  const replacement = encode('\uFFFD');
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    const offset = encode(text.slice(0, i)).length;
    if (!replacement.equals(bytes.subarray(offset, offset + replacement.length))) return offset;
  }
  return undefined;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
