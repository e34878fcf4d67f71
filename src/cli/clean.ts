import { parseArgs } from 'node:util';
import { readReport } from '../read/index.js';
import { clean, type Cleaned } from '../clean/index.js';
import type { Source } from '../read/source.js';
import { LuoshiError } from '../errors.js';
import type { Io } from './output.js';
import { emit } from './output.js';
import { oneOf, readOptionSpec, readOptionsFrom } from './options.js';

/** The contract's JSON (extraction-contract.md), with what the input was. */
export function cleanJson(source: Source, cleaned: Cleaned) {
  return {
    source: { name: source.name, format: source.format, encoding: source.encoding, confidence: source.confidence },
    text: cleaned.text,
    body: cleaned.body,
    edits: cleaned.edits,
  };
}

/** `luoshi clean FILE|- [--format text|json]`: the contract's JSON is {text, body, edits}. */
export async function cleanCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...readOptionSpec, format: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new LuoshiError('USAGE', 'clean', 'give exactly one FILE, or - for standard input');
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const source = await readReport(positionals[0], readOptionsFrom(values));
  const cleaned = clean(source);
  const content =
    format === 'json'
      ? JSON.stringify(cleanJson(source, cleaned), null, 1) + '\n'
      : cleaned.text.endsWith('\n')
        ? cleaned.text
        : cleaned.text + '\n';
  await emit(io, content, values.out);
  return 0;
}
