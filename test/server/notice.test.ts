/** GET /api/exports/notice.docx: the office downloads the period's 督查通报; a unit may not; bad parameters are named. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { errorCode, seededWorld } from './helpers.js';

const world = seededWorld({ now: () => new Date('2025-07-05T02:00:00Z') });

describe('the 督查通报 download', () => {
  it('is a Word file of the period, numbered, issued by the report government’s 督查室', async () => {
    const office = await world.s.client('supervisor');
    const res = await office.request('GET', `/api/exports/notice.docx?report=${world.s.reportId}&today=2025-06-30&copyTo=县委办公室、县人大常委会办公室`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.match(String(res.headers['content-disposition']), /%E7%AC%AC6%E6%9C%9F\.docx/); // 第6期.docx
    const text = (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
    assert.match(text, /第6期/);
    assert.match(text, /人民政府督查室\t2025年7月5日\n/);
    assert.match(text, /关于2025年6月份重点工作推进情况的通报/);
    assert.match(text, /截至2025年6月30日，纳入督办的重点工作共\d+项/);
    assert.match(text, /抄送：县委办公室，县人大常委会办公室。/);
  });

  it('is of the last whole month by default', async () => {
    const res = await (await world.s.client('supervisor')).request('GET', '/api/exports/notice.docx');
    assert.equal(res.statusCode, 200, res.body);
    const text = (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
    assert.match(text, /第6期/);
    assert.match(text, /截至2025年6月30日/);
    assert.match(text, /与上期（截至2025年5月31日）相比/);
  });

  it('is refused to a unit, and for a period number or day that is not one', async () => {
    const unit = await world.s.client('editorOwn');
    assert.equal((await unit.request('GET', '/api/exports/notice.docx')).statusCode, 403);
    const office = await world.s.client('supervisor');
    for (const q of ['number=0', 'number=1e1', 'today=2025-02-30', 'cycle=daily', 'report=99999']) {
      const res = await office.request('GET', `/api/exports/notice.docx?${q}`);
      assert.ok([400, 404].includes(res.statusCode), `${q}: ${res.statusCode}`);
      assert.ok(errorCode(res), q);
    }
  });
});
