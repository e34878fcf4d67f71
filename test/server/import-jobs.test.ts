/**
 * Imports as jobs: an upload is answered at once (202, the job queued) and analysed on a worker thread while the
 * server goes on answering; a file the reader refuses is refused at once and leaves no job; a failure is the job's,
 * with the error the request would have had, and stores nothing; a job left unfinished by a stopped server is
 * taken up by the next; on PostgreSQL a job queued through one server is run once, by either. The upload is kept in
 * parts: given back whole, never taken while its parts are still written (one a stopped server left so is dropped),
 * and dropped once the job is finished.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { closeLedger, createImportJob, listReports, openLedger, takeImportJob, unfinishedImportJobs, type Ledger } from '../../src/ledger/index.js';
import { UPLOAD_PART_BYTES } from '../../src/ledger/import-jobs.js';
import { startImportQueue } from '../../src/server/jobs/import-queue.js';
import { MAX_ITEMS } from '../../src/app/item-limit.js';
import { smallReport, testDialects } from '../ledger/dialects.js';
import { errorCode, multipart, seed, seededWorld } from './helpers.js';

const world = seededWorld();

const jobCount = async (store: Ledger): Promise<number> => (await store.db.selectFrom('importJobs').select('id').execute()).length;

const partsOf = async (store: Ledger, jobId: number): Promise<number> => (await store.db.selectFrom('importUploads').select('part').where('jobId', '=', jobId).execute()).length;

/** A job as a server leaves it while writing its upload's parts (one written), created at `at`. */
async function receiving(store: Ledger, at: Date): Promise<number> {
  const { id } = await store.db
    .insertInto('importJobs')
    .values({ state: 'queued', stage: 'receiving', name: 'cut.txt', size: 2 * UPLOAD_PART_BYTES, fields: '{}', userId: null, createdAt: at.toISOString(), updatedAt: at.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await store.db.insertInto('importUploads').values({ jobId: id, part: 0, bytes: Buffer.alloc(UPLOAD_PART_BYTES, 32) }).execute();
  return id;
}

/** A report of another county, its task list long enough that its analysis takes a while. */
function longReport(tasks: number): string {
  const lines = Array.from({ length: tasks }, (_, i) => `新建乡村道路${i + 1}条，改造老旧小区${i + 2}个，年底前建成社区食堂${(i % 9) + 1}个。`);
  return smallReport(lines).replaceAll('青岭县', '溪川县');
}

describe('an upload is a job', () => {
  it('is answered 202 with the job queued, and reads are answered while it is analysed', async () => {
    const sup = await world.s.client('supervisor');
    const { payload, headers } = multipart({ name: 'long.txt', bytes: longReport(3000) });
    const accepted = await sup.request('POST', '/api/reports', payload, { headers });
    assert.equal(accepted.statusCode, 202, accepted.body);
    const job = accepted.json() as { id: number; state: string };
    assert.equal(job.state, 'queued');

    // the longest time between two answers while the job was analysing, against how long it analysed: an analysis
    // on the server's own thread answers nothing until it ends (and then finds the job done already)
    let [last, longestWait] = [performance.now(), 0];
    let analysing: { from: number; to: number } | undefined;
    for (;;) {
      const state = (await sup.request('GET', `/api/import-jobs/${job.id}`)).json() as { state: string; stage?: string };
      const now = performance.now();
      if (state.stage === 'analysing') {
        if (analysing) longestWait = Math.max(longestWait, now - last);
        analysing = { from: analysing?.from ?? now, to: now };
      }
      last = now;
      if (state.state === 'done' || state.state === 'failed') {
        assert.equal(state.state, 'done', JSON.stringify(state));
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    assert.ok(analysing, 'the job was seen analysing');
    const took = analysing.to - analysing.from;
    assert.ok(took > 0 && longestWait < took / 10, `no answer for ${longestWait.toFixed(0)} ms of an analysis of ${took.toFixed(0)} ms`);
  });

  it('a file the reader refuses at a glance is refused at once, and leaves no job', async () => {
    const small = await seed(await openLedger({ file: ':memory:' }), { uploadLimit: 2048 });
    try {
      const sup = await small.client('supervisor');
      const cases: [string, { name: string; bytes: Buffer | string }, number, string][] = [
        ['binary', { name: 'scan.txt', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 1]) }, 415, 'UNSUPPORTED_MEDIA'],
        ['blank', { name: 'blank.txt', bytes: ' \n\n ' }, 400, 'UNREADABLE_FILE'],
        ['too large', { name: 'big.txt', bytes: longReport(100) }, 413, 'TOO_LARGE'],
      ];
      for (const [what, file, status, code] of cases) {
        const { payload, headers } = multipart(file);
        const res = await sup.request('POST', '/api/reports', payload, { headers });
        assert.deepEqual([res.statusCode, errorCode(res)], [status, code], `${what}: ${res.body}`);
      }
      assert.equal(await jobCount(small.ledger), 0);
    } finally {
      await small.app.close();
      await closeLedger(small.ledger);
    }
  });

  it('a failure is the job’s, with the error the request would have had; nothing is stored', async () => {
    const before = (await listReports(world.ledger)).length;
    const { job } = await (await world.s.client('supervisor')).importReport({ name: 'no-place.txt', bytes: '报告提出，今年新建学校3所。\n' });
    assert.equal(job?.state, 'failed');
    assert.deepEqual([job?.error?.code, job?.error?.status], ['INCOMPLETE_REPORT', 422]);
    assert.match(job?.error?.detail ?? '', /no-place\.txt/);
    assert.equal((await listReports(world.ledger)).length, before);
  });

  it('a file giving more items than any report is refused whole, 413, and holds the world.ledger for nothing', async () => {
    const lines = Array.from({ length: MAX_ITEMS / 2 + 1 }, (_, i) => `新建乡村道路${i + 1}条，改造老旧小区${i + 2}个。`);
    const { job } = await (await world.s.client('supervisor')).importReport({ name: 'many.txt', bytes: smallReport(lines).replaceAll('青岭县', '溪山县') });
    assert.deepEqual([job?.state, job?.error?.code, job?.error?.status], ['failed', 'DOCUMENT_TOO_LARGE', 413]);
    assert.match(job?.error?.detail ?? '', new RegExp(`many\\.txt: .*the limit is ${MAX_ITEMS}`));
  });

  it('only the office sees a job', async () => {
    const { job } = await (await world.s.client('supervisor')).importReport({ name: 'again.txt', bytes: longReport(3) });
    const res = await (await world.s.client('editorOwn')).request('GET', `/api/import-jobs/${job!.id}`);
    assert.equal(res.statusCode, 403);
  });
});

describe('an analysis runs with bounded memory', () => {
  it('a report too large for the memory given fails alone, 413, and the next import runs', async () => {
    const store = await openLedger({ file: ':memory:' });
    const queue = await startImportQueue(store, { memoryMb: 96 });
    try {
      const huge = await queue.submit(null, { name: 'huge.txt', bytes: Buffer.from(longReport(150_000)) });
      const failed = await queue.settled(huge.id);
      assert.deepEqual([failed.state, failed.error?.code, failed.error?.status], ['failed', 'TOO_LARGE', 413], JSON.stringify(failed));
      assert.match(failed.error?.detail ?? '', /huge\.txt: .*memory/);
      const next = await queue.submit(null, { name: 'next.txt', bytes: Buffer.from(longReport(3)) });
      assert.equal((await queue.settled(next.id)).state, 'done');
    } finally {
      await queue.close();
      await closeLedger(store);
    }
  });
});

describe('jobs outlive the server that accepted them', async () => {
  const dialects = await testDialects();
  for (const d of dialects) {
    it(`a job left running by a stopped server is finished by the next (${d.name})`, { skip: d.skip }, () =>
      d.withLedger(async (store) => {
        const left = await createImportJob(store, null, { name: 'left.txt', bytes: Buffer.from(longReport(3)), fields: {} });
        assert.ok(await takeImportJob(store, left.id), 'a worker took it, then its server stopped');
        const queue = await startImportQueue(store);
        try {
          const job = await queue.settled(left.id);
          assert.deepEqual([job.state, job.attempts], ['done', 2], JSON.stringify(job));
        } finally {
          await queue.close();
        }
      }),
    );
  }

  for (const d of dialects) {
    it(`an upload is kept in parts of a mebibyte and given back whole (${d.name})`, { skip: d.skip }, () =>
      d.withLedger(async (store) => {
        const bytes = Buffer.from(Array.from({ length: 2.5 * UPLOAD_PART_BYTES }, (_, i) => (i * 7919) % 251));
        const job = await createImportJob(store, null, { name: 'big.txt', bytes, fields: {} });
        assert.equal(job.stage, undefined, 'queued once its parts are written');
        assert.equal(await partsOf(store, job.id), 3);
        const taken = await takeImportJob(store, job.id);
        assert.ok(taken && Buffer.from(taken.bytes).equals(bytes));
      }),
    );

    it(`a job whose upload a stopped server was still receiving is never taken, and is dropped by the next (${d.name})`, { skip: d.skip }, () =>
      d.withLedger(async (store) => {
        const left = await receiving(store, new Date(Date.now() - 2 * 3600_000));
        // another server may be receiving this one now: it is left alone
        const now = await receiving(store, new Date());
        assert.equal(await takeImportJob(store, left), undefined);
        assert.deepEqual(await unfinishedImportJobs(store), []);
        const queue = await startImportQueue(store);
        try {
          const ids = (await store.db.selectFrom('importJobs').select('id').execute()).map((r) => r.id);
          assert.deepEqual(ids, [now]);
          assert.deepEqual([await partsOf(store, left), await partsOf(store, now)], [0, 1]);
        } finally {
          await queue.close();
        }
      }),
    );

    it(`a finished job's upload is dropped, done or failed (${d.name})`, { skip: d.skip }, () =>
      d.withLedger(async (store) => {
        const queue = await startImportQueue(store);
        try {
          const done = await queue.submit(null, { name: 'ok.txt', bytes: Buffer.from(longReport(3)) });
          const failed = await queue.submit(null, { name: 'no-place.txt', bytes: Buffer.from('报告提出，今年新建学校3所。\n') });
          assert.deepEqual([(await queue.settled(done.id)).state, (await queue.settled(failed.id)).state], ['done', 'failed']);
          assert.deepEqual([await partsOf(store, done.id), await partsOf(store, failed.id)], [0, 0]);
        } finally {
          await queue.close();
        }
      }),
    );
  }

  const pg = dialects.find((d) => d.name === 'postgres')!;
  it('on PostgreSQL, a job queued through one server is run once, by either of two', { skip: pg.skip }, () =>
    pg.withLedger(async (one, openAgain) => {
      const other = await openAgain();
      const [first, second] = [await startImportQueue(one), await startImportQueue(other)];
      try {
        const jobs = [];
        for (const county of ['甲', '乙', '丙']) {
          jobs.push(await first.submit(null, { name: `${county}.txt`, bytes: Buffer.from(longReport(3).replaceAll('溪川县', `${county}山县`)) }));
        }
        for (const job of jobs) {
          const done = await second.settled(job.id);
          assert.deepEqual([done.state, done.attempts], ['done', 1], JSON.stringify(done));
        }
        assert.equal((await listReports(one)).length, 3);
      } finally {
        await first.close();
        await second.close();
      }
    }),
  );
});
