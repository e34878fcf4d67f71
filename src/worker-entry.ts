/**
 * Where a worker thread starts for the module `name` beside `base` (the caller's import.meta.url). Built
 * (dist/*.js): the module itself. From source under tsx (tests, `node --import tsx`): a worker does not inherit
 * the parent's module hooks on Node 20, so a bootstrap registers tsx, then loads the module's .ts file; without
 * it a worker failed with "Unknown file extension .ts".
 */
export function workerEntry(base: string, name: string): URL {
  if (!base.endsWith('.ts')) return new URL(`./${name}.js`, base);
  const module = new URL(`./${name}.ts`, base);
  const bootstrap =
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\n` +
    `register();\nawait import(${JSON.stringify(module.href)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}
