/**
 * Every storage test runs on every database (after kysely's own test suite): SQLite in memory, and
 * PostgreSQL in a schema of its own per test (created, then dropped), so test files running in parallel
 * never see each other's rows. PostgreSQL is skipped, with the reason, only when none answers.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, type Analysis } from '../../src/analyze.js';
import { openLedger, closeLedger } from '../../src/ledger/open.js';
import { backupLedger } from '../../src/ledger/backup.js';
import { dropPostgresSchema, postgresUnreachable } from '../../src/ledger/dialect.js';
import type { Ledger } from '../../src/ledger/store.js';

export const POSTGRES_URL =
  process.env.LUOSHI_TEST_DATABASE_URL ?? process.env.LUOSHI_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDialect {
  name: 'sqlite' | 'postgres';
  /** false, or why this database is skipped. */
  skip: string | false;
  /**
   * Runs `fn` on a fresh, migrated, empty ledger, and disposes of it afterwards. `openAgain` opens another
   * handle on the database as it is: the same schema on PostgreSQL, a file copy of the in-memory SQLite one.
   */
  withLedger<T>(fn: (ledger: Ledger, openAgain: () => Promise<Ledger>) => Promise<T>): Promise<T>;
}

/** Drops a test's schema. */
export const dropSchema = (schema: string): Promise<void> => dropPostgresSchema(POSTGRES_URL, schema);

export async function testDialects(): Promise<TestDialect[]> {
  const unreachable = await postgresUnreachable(POSTGRES_URL);
  const pgSkip = unreachable ? `PostgreSQL not reachable at ${POSTGRES_URL} (${unreachable}); set LUOSHI_TEST_DATABASE_URL` : false;
  if (pgSkip) console.log(`# skipping PostgreSQL: ${pgSkip}`);
  return [
    {
      name: 'sqlite',
      skip: false,
      async withLedger(fn) {
        let dir: string | undefined;
        const file = () => (dir ??= mkdtempSync(join(tmpdir(), 'luoshi-ledger-')));
        const ledger = await openLedger({ file: ':memory:' });
        const others: Ledger[] = [];
        // a second handle needs a file both can see: copy the in-memory database there and reopen it
        const openAgain = async () => {
          const path = join(file(), 'ledger.db');
          if (others.length === 0) await backupLedger(ledger, path);
          const other = await openLedger({ file: path });
          others.push(other);
          return other;
        };
        try {
          return await fn(ledger, openAgain);
        } finally {
          await closeLedger(ledger);
          for (const other of others) await closeLedger(other);
          if (dir) rmSync(dir, { recursive: true, force: true });
        }
      },
    },
    {
      name: 'postgres',
      skip: pgSkip,
      async withLedger(fn) {
        const schema = `test_${randomBytes(6).toString('hex')}`;
        const ledger = await openLedger({ url: POSTGRES_URL, schema });
        const others: Ledger[] = [];
        const openAgain = async () => {
          const other = await openLedger({ url: POSTGRES_URL, schema });
          others.push(other);
          return other;
        };
        try {
          return await fn(ledger, openAgain);
        } finally {
          await closeLedger(ledger);
          for (const other of others) await closeLedger(other);
          await dropSchema(schema);
        }
      },
    },
  ];
}

/** A Source as the read stage would give it for this text, analysed. */
export function analyzeText(text: string, name = 'x.txt'): Analysis {
  return analyze({ text, format: 'text', encoding: 'utf-8', confidence: 1, name, bytes: Buffer.byteLength(text) });
}

export const countyReport = (): string => readFileSync(new URL('../fixtures/clean/county-report.txt', import.meta.url), 'utf8');

/** A short county report in work-report style, written for these tests. */
export function smallReport(tasks: readonly string[] = DEFAULT_TASKS): string {
  return [
    '政府工作报告',
    '',
    '——2025年1月10日在青岭县第九届人民代表大会第五次会议上',
    '',
    '各位代表：',
    '',
    '一、2024年工作回顾',
    '',
    '过去一年，全县地区生产总值增长5.8%。',
    '',
    '二、2025年重点工作',
    '',
    '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。',
    '',
    ...tasks,
  ].join('\n');
}

export const DEFAULT_TASKS = [
  '（一）抓项目。全年实施重点项目80个。上半年开工建设青岭物流园。（牵头单位：县发改局；责任单位：县商务局）',
  '',
  '（二）办实事。新建城区公办幼儿园3所。新增公共停车泊位800个。',
];
