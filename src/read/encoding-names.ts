import iconv from 'iconv-lite';
import { LuoshiError } from '../errors.js';

/** An encoding as luoshi reports it (`label`) and as it decodes it (`decoder`, a name iconv-lite knows). */
export interface Encoding {
  label: string;
  decoder: string;
}

/**
 * Names that mean one of the encodings Chinese reports come in, as users, HTML pages and jschardet spell them
 * (compared lower-cased). GB2312 and GBK are decoded as GB18030, their superset, so a character outside the
 * older sets never becomes a replacement character; Big5 likewise as Big5-HKSCS, the superset the WHATWG
 * Encoding Standard decodes "big5" as. "utf-16" without a byte order is Windows' "Unicode": little-endian.
 */
const ALIASES: Record<string, Encoding> = {};
const alias = (label: string, decoder: string, names: string[]) => {
  for (const name of [label, ...names]) ALIASES[name] = { label, decoder };
};
alias('utf-8', 'utf-8', ['utf8', 'utf-8-sig', 'unicode-1-1-utf-8']);
alias('utf-16le', 'utf-16le', ['utf16le', 'utf-16-le', 'utf-16', 'utf16', 'ucs-2', 'ucs2', 'unicode']);
alias('utf-16be', 'utf-16be', ['utf16be', 'utf-16-be']);
alias('gb18030', 'gb18030', ['gb2312', 'gbk', 'cp936', 'ms936', 'windows-936', 'x-gbk', 'euc-cn', 'csgb2312', 'chinese', 'gb_2312-80']);
alias('big5', 'big5hkscs', ['big-5', 'cp950', 'csbig5', 'x-x-big5', 'cn-big5']);
alias('big5-hkscs', 'big5hkscs', ['big5hkscs']);

/** The encoding a name stands for, or undefined when neither the table nor iconv-lite knows it. */
export function lookupEncoding(name: string): Encoding | undefined {
  const key = name.trim().toLowerCase();
  if (ALIASES[key]) return ALIASES[key];
  return key && iconv.encodingExists(key) ? { label: key, decoder: key } : undefined;
}

/** Like lookupEncoding, for a name the user gave (--encoding): unknown is an error, not a fallback. */
export function requireEncoding(name: string): Encoding {
  const encoding = lookupEncoding(name);
  if (!encoding) throw new LuoshiError('UNKNOWN_ENCODING', name, 'try utf-8, gb18030, big5 or utf-16le');
  return encoding;
}
