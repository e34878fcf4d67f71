/**
 * The 督查通报 as LibreOffice prints it (where LibreOffice is installed; .ci/run installs it): the Word file converts
 * to a PDF of A4 pages whose text is the notice's, in the fonts' place on the page, and the first page is kept as a
 * PNG in test-artifacts/ for a person to look at.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { noticeDocx } from '../../src/exchange/index.js';
import { NOTICE, OPTIONS } from './notice-fixture.js';

const onPath = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const skip = !onPath('soffice') ? 'LibreOffice (soffice) is not installed' : !onPath('pdftoppm') ? 'poppler-utils (pdftoppm) are not installed' : false;
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

test('LibreOffice prints the notice on A4 pages with its text, the first page kept as a PNG', { skip, timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-notice-'));
  try {
    writeFileSync(join(dir, 'notice.docx'), await noticeDocx(NOTICE, OPTIONS));
    // a profile of its own, so a LibreOffice the user has open is neither used nor disturbed
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'notice.docx')], { stdio: 'ignore', timeout: 100_000 });
    const pdf = join(dir, 'notice.pdf');
    assert.ok(existsSync(pdf), 'LibreOffice wrote no PDF');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    // spacing is the layout's (letter-spaced 版头, space between figures and Han), not the words': compare without it
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const words of ['督查通报', '第6期', '关于2025年6月份重点工作推进情况的通报', '序时进度49.5%', '县交通运输局（1项）', '抄送']) assert.ok(text.includes(words), `the printed notice says ${words}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
    const page = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
    assert.ok(page, 'the first page rendered');
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(join(dir, page), join(ARTIFACTS, 'notice-page-1.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
