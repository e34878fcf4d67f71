/** The office's steps on the verification page, shared by the journeys that start from a verification. */
import type { Page } from 'playwright-core';

/**
 * Verifies a government's year-N targets against its year-N+1 report and its year-N bulletin (all imported), from
 * the verification page.
 */
export async function verifyOnPage(page: Page, base: string, region: string, year: number): Promise<void> {
  await page.goto(`${base}/#/verification`);
  await page.getByLabel('目标（第 N 年报告）').selectOption({ label: `${region}${year}年政府工作报告` });
  await page.getByLabel('次年报告（第 N+1 年，预计数）').selectOption({ label: `${region}${year + 1}年政府工作报告` });
  await page.getByLabel('统计公报（第 N 年，最终数）').selectOption({ label: `${region}${year}年统计公报` });
  await page.getByRole('button', { name: '核验并记入台账' }).click();
}
