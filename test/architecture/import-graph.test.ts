/**
 * The layers of src/ as ARCHITECTURE.md draws them, checked on the import graph: no import loops; the pipeline
 * stages, the ledger, the loop, the exchange and the calendar import no use case, server or CLI; the use cases
 * (src/app) import no server; the CLI imports the server only to serve; the ledger imports no pipeline stage's
 * tables. What is still otherwise is listed with why, so a new breach fails and a mended one must leave the list.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { importGraph, loops, type Edge } from './import-graph.js';

const graph = importGraph(fileURLToPath(new URL('../../src', import.meta.url)));
const edges = [...graph].flatMap(([from, out]) => out.map((e) => ({ from, ...e })));
const layer = (module: string) => module.split('/')[0];

/**
 * Loops through type imports only (erased at run time, yet the modules cannot be read apart): the domain
 * vocabulary (Kind, Op, Level…) living in the stages that first needed it, issue 12 item 2.
 */
const KNOWN_TYPE_LOOPS = [
  ['ledger/dialect.ts', 'ledger/errors.ts'],
  ['loop/self-assessment.ts', 'loop/tables/self-assessment.ts'],
  ['extract/quantity/amount.ts', 'extract/quantity/context.ts', 'extract/quantity/index.ts', 'extract/quantity/measure.ts', 'extract/quantity/ops.ts', 'extract/tables/modifiers.ts'],
];
/** A unit's 已完成 is a progress report that makes a completion request, and a request's 办结 writes one. */
const KNOWN_LOOPS = [['ledger/commitments.ts', 'ledger/progress.ts', 'ledger/requests.ts']];
/** The ledger reads GB/T 2260, Level and SectionRole from the structure stage's tables: issue 12 item 2. */
const KNOWN_TABLE_IMPORTS = [
  'ledger/enums.ts → structure/tables/divisions.ts',
  'ledger/enums.ts → structure/tables/section-roles.ts',
  'ledger/governments.ts → structure/tables/divisions.ts',
  'ledger/model.ts → structure/tables/divisions.ts',
  'ledger/model.ts → structure/tables/section-roles.ts',
];

const names = (found: string[][]) => found.map((c) => c.join(' ')).sort();
const breaches = (rule: (e: Edge & { from: string }) => boolean) =>
  edges
    .filter(rule)
    .map((e) => `${e.from} → ${e.to}`)
    .sort();

test('the graph is read: relative imports, dynamic ones, and type-only ones told apart', () => {
  const cli = graph.get('cli/index.ts') ?? [];
  assert.ok(cli.some((e) => e.to === 'cli/serve.ts' && !e.typeOnly), 'cli/index.ts loads serve.ts by import()');
  assert.ok((graph.get('server/context.ts') ?? []).some((e) => e.to === 'app/analysis-pool.ts' && e.typeOnly), 'an import type is marked');
  assert.ok(graph.size > 200, `${graph.size} modules`);
});

test('a loop is found, through type imports only when they are followed', () => {
  const g = new Map<string, Edge[]>([
    ['a.ts', [{ to: 'b.ts', typeOnly: false }]],
    ['b.ts', [{ to: 'a.ts', typeOnly: true }, { to: 'c.ts', typeOnly: false }]],
    ['c.ts', []],
  ]);
  assert.deepEqual(loops(g, () => true), [['a.ts', 'b.ts']]);
  assert.deepEqual(loops(g, (e) => !e.typeOnly), []);
});

test('no import loop but the known ones', () => {
  assert.deepEqual(names(loops(graph, (e) => !e.typeOnly)), names(KNOWN_LOOPS), 'loops of modules loading each other');
  assert.deepEqual(names(loops(graph, () => true)), names([...KNOWN_LOOPS, ...KNOWN_TYPE_LOOPS]), 'loops counting type imports');
});

test('the layers below the use cases import no use case, server or CLI', () => {
  const below = new Set(['read', 'clean', 'structure', 'extract', 'ledger', 'loop', 'exchange', 'calendar', 'types']);
  assert.deepEqual(
    breaches((e) => below.has(layer(e.from)) && ['app', 'server', 'cli'].includes(layer(e.to))),
    [],
  );
});

test('the use cases import no server', () => {
  assert.deepEqual(
    breaches((e) => layer(e.from) === 'app' && layer(e.to) === 'server'),
    [],
  );
});

test('the CLI imports the server only to serve', () => {
  assert.deepEqual(
    breaches((e) => layer(e.from) === 'cli' && e.from !== 'cli/serve.ts' && layer(e.to) === 'server'),
    [],
  );
});

test("the ledger imports no pipeline stage's tables but the known ones", () => {
  assert.deepEqual(
    breaches((e) => layer(e.from) === 'ledger' && /^(read|clean|structure|extract)\/(.+\/)?tables\//.test(e.to)),
    KNOWN_TABLE_IMPORTS,
  );
});
