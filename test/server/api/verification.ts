/**
 * Verification (routes/verification.ts): a government's reports of years N and N+1 give verdicts; other pairs are
 * refused.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errorCode, SEEDED_NOW, seededWorld } from '../helpers.js';

/** A short county report of `year` (written for these tests). */
const report = (region: string, year: number, review: string, target: string) =>
  [
    '政府工作报告',
    '',
    `——${year}年1月12日在${region}第九届人民代表大会第四次会议上`,
    '',
    '各位代表：',
    '',
    `一、${year - 1}年工作回顾`,
    '',
    `过去一年，${review}。`,
    '',
    `二、${year}年重点工作`,
    '',
    `今年经济社会发展的主要预期目标是：${target}。`,
  ].join('\n');

const world = seededWorld({ now: () => SEEDED_NOW });

describe('verification', () => {
  it('verification of two reports in the ledger records verdicts', async () => {
    const sup = await world.s.client('supervisor');
    const upload = async (year: number, review: string, target: string) => {
      const text = report('石桥县', year, review, target);
      return (await sup.importReport({ name: `石桥县${year}.txt`, bytes: text })).result!.reportId;
    };
    const targetsReportId = await upload(2024, '地区生产总值增长5.1%', '地区生产总值增长5.5%左右');
    const resultsReportId = await upload(2025, '地区生产总值增长5.8%', '地区生产总值增长6%左右');
    const res = await sup.request('POST', '/api/verification', { targetsReportId, resultsReportId });
    assert.equal(res.statusCode, 200, res.body);
    const verdicts = (res.json() as { verdicts: { target: { indicator?: string; commitmentId?: number }; verdict: string; recorded?: unknown }[] }).verdicts;
    const gdp = verdicts.find((v) => v.target.indicator === 'gdp_growth');
    assert.equal(gdp?.verdict, 'achieved', res.body);
    assert.ok(gdp?.recorded);
    const detail = (await sup.request('GET', `/api/commitments/${gdp!.target.commitmentId}`)).json() as { verifications: { verdict: string }[] };
    assert.equal(detail.verifications.at(-1)?.verdict, 'achieved');

    // checking again replaces the verdict in force; the history keeps the old one, marked
    assert.equal((await sup.request('POST', '/api/verification', { targetsReportId, resultsReportId })).statusCode, 200);
    const again = (await sup.request('GET', `/api/commitments/${gdp!.target.commitmentId}`)).json() as { verifications: { id: number; supersededBy?: number }[] };
    assert.equal(again.verifications.length, 2);
    assert.equal(again.verifications[0]!.supersededBy, again.verifications[1]!.id);
    assert.equal(again.verifications[1]!.supersededBy, undefined);
  });

  it('verification refuses two reports that are not one government’s years N and N+1', async () => {
    const sup = await world.s.client('supervisor');
    const upload = async (region: string, year: number) => {
      return (await sup.importReport({ name: `${region}${year}.txt`, bytes: report(region, year, '地区生产总值增长5.1%', '地区生产总值增长5.5%左右') })).result!.reportId;
    };
    const y2030 = await upload('溪口县', 2030);
    const y2032 = await upload('溪口县', 2032);
    const other2031 = await upload('石门县', 2031);
    const refusals: [number, number, string, RegExp][] = [
      [y2030, y2030, 'NOT_A_PAIR', /同一份报告/],
      [y2030, y2032, 'NOT_A_PAIR', /次年（2031年）/],
      [y2032, y2030, 'NOT_A_PAIR', /次年（2033年）/],
      [y2030, other2031, 'OTHER_GOVERNMENT', /溪口县2030年.*石门县2031年/],
    ];
    for (const [targetsReportId, resultsReportId, code, detail] of refusals) {
      const res = await sup.request('POST', '/api/verification', { targetsReportId, resultsReportId });
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(errorCode(res), code);
      assert.match((res.json() as { error: { detail: string } }).error.detail, detail);
    }
    const history = (await sup.request('GET', `/api/commitments?report=${y2030}`)).json() as { items: { id: number }[] };
    for (const { id } of history.items) {
      assert.deepEqual(((await sup.request('GET', `/api/commitments/${id}`)).json() as { verifications: unknown[] }).verifications, [], 'a refused pair records nothing');
    }
    // the office may say a renamed or merged division is the same government; the years still hold
    const merged = await sup.request('POST', '/api/verification', { targetsReportId: y2030, resultsReportId: other2031, sameGovernment: true });
    assert.equal(merged.statusCode, 200, merged.body);
  });
});
