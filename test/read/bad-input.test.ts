import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { readReport } from '../../src/read/index.js';
import type { ReadOptions } from '../../src/read/source.js';
import { makeDocx, makeXlsxLike } from '../fixtures/read/make-docx.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'luoshi-read-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const SENTENCE = '全县新建幼儿园两所，改造农贸市场3个。';

/** One row per kind of bad input: the file's bytes, the options, the error code and words the message names. */
interface Case {
  name: string;
  file?: string;
  bytes?: () => Promise<Uint8Array> | Uint8Array;
  options?: ReadOptions;
  code: string;
  mentions?: string[];
}

const pdfFixture = () => readFile(new URL('../fixtures/read/scan.pdf', import.meta.url));

const cases: Case[] = [
  { name: 'missing path', file: 'no-such-report.txt', code: 'NOT_FOUND', mentions: ['no-such-report.txt'] },
  { name: 'a path through a file', file: 'empty.txt/report.txt', bytes: () => new Uint8Array(), code: 'NOT_FOUND' },
  { name: 'empty file', file: 'empty.txt', bytes: () => new Uint8Array(), code: 'EMPTY', mentions: ['empty.txt'] },
  { name: 'only whitespace', file: 'blank.txt', bytes: () => Buffer.from(' \r\n\t\n  '), code: 'EMPTY' },
  { name: 'only a BOM and ideographic spaces', file: 'blank-cjk.txt', bytes: () => Buffer.from('\ufeff\u3000\u3000\n'), code: 'EMPTY' },
  { name: 'only whitespace in UTF-16', file: 'blank16.txt', bytes: () => iconv.encode(' \n \n', 'utf-16le', { addBOM: true }), code: 'EMPTY' },
  { name: 'PNG image', file: 'scan.png', bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), code: 'BINARY', mentions: ['PNG image'] },
  { name: 'JPEG named .txt', file: 'photo.txt', bytes: () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), code: 'BINARY', mentions: ['JPEG image'] },
  { name: 'GIF image', file: 'a.gif', bytes: () => Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), code: 'BINARY', mentions: ['GIF image'] },
  { name: 'WebP image', file: 'a.webp', bytes: () => Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'), code: 'BINARY', mentions: ['WebP image'] },
  { name: 'old Word .doc', file: 'report.doc', bytes: () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), code: 'BINARY', mentions: ['.docx'] },
  { name: 'a zip that is an Excel workbook', file: 'table.xlsx', bytes: makeXlsxLike, code: 'BINARY', mentions: ['Excel'] },
  { name: 'a plain zip', file: 'reports.zip', bytes: () => Buffer.from('PK\x03\x04\x14\x00\x00\x00report.txt', 'latin1'), code: 'BINARY', mentions: ['zip archive'] },
  { name: 'NUL bytes in text', file: 'data.txt', bytes: () => Buffer.concat([Buffer.from(SENTENCE), Buffer.from([0, 1, 2, 0])]), code: 'BINARY', mentions: ['NUL'] },
  { name: 'mostly control bytes', file: 'data.bin', bytes: () => Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)))), code: 'BINARY', mentions: ['control bytes'] },
  { name: '--encoding utf-8 on GBK bytes', file: 'gbk.txt', bytes: () => Buffer.concat([Buffer.from('2024'), iconv.encode('增长6.5%左右', 'gbk')]), options: { encoding: 'utf-8' }, code: 'BAD_ENCODING', mentions: ['utf-8', 'byte 4'] },
  { name: 'a UTF-8 BOM on invalid bytes', file: 'bom.txt', bytes: () => Buffer.concat([Buffer.from('\ufeff增长'), Buffer.from([0xc3, 0x28])]), code: 'BAD_ENCODING', mentions: ['utf-8', 'byte 9'] },
  { name: 'a UTF-16LE BOM before bytes that read as no text', file: 'noise16.txt', bytes: () => Buffer.from('\xff\xfe\xfd\xfc\x80\x81 not text \xc0\xc1', 'latin1'), code: 'BINARY', mentions: ['utf-16le'] },
  { name: 'a UTF-16LE BOM with a lone surrogate', file: 'bom16.txt', bytes: () => Buffer.from([0xff, 0xfe, 0x9e, 0x58, 0x00, 0xd8, 0x41, 0x00]), code: 'BAD_ENCODING', mentions: ['utf-16le', 'byte 4'] },
  { name: '--encoding big5 on bytes invalid in Big5', file: 'big5.txt', bytes: () => Buffer.concat([iconv.encode('全縣', 'big5'), Buffer.from([0xff, 0x41])]), options: { encoding: 'big5' }, code: 'BAD_ENCODING', mentions: ['big5', 'byte 4'] },
  { name: 'unknown --encoding', file: 'ok.txt', bytes: () => Buffer.from(SENTENCE), options: { encoding: 'gb-klingon' }, code: 'UNKNOWN_ENCODING', mentions: ['gb-klingon'] },
  { name: 'unknown --encoding is named even before a missing file', file: 'missing.txt', options: { encoding: 'gb-klingon' }, code: 'UNKNOWN_ENCODING' },
  { name: 'over the size limit', file: 'big.txt', bytes: () => Buffer.from(SENTENCE.repeat(100)), options: { maxBytes: 1024 }, code: 'TOO_LARGE', mentions: ['limit is 1 KB', 'it has 5.37 KB'] },
  { name: 'a corrupt PDF', file: 'broken.pdf', bytes: () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog\n'), code: 'BAD_DOCUMENT', mentions: ['PDF'] },
  { name: 'named .pdf, but not a PDF', file: 'fake.pdf', bytes: () => Buffer.from(SENTENCE), code: 'BAD_DOCUMENT', mentions: ['%PDF-'] },
  { name: 'a DOCX cut short before its main part', file: 'cut.docx', bytes: async () => (await makeDocx([[SENTENCE]])).subarray(0, 200), code: 'BAD_DOCUMENT', mentions: ['word/document.xml'] },
  { name: 'a DOCX without its zip directory', file: 'broken.docx', bytes: async () => { const docx = await makeDocx([[SENTENCE]]); return docx.subarray(0, docx.length - 40); }, code: 'BAD_DOCUMENT', mentions: ['Word document'] },
  { name: 'a DOCX without any text', file: 'blank.docx', bytes: () => makeDocx([[''], ['  ']]), code: 'NO_TEXT' },
  { name: 'a PDF without a text layer', file: 'scan.pdf', bytes: pdfFixture, code: 'NO_TEXT', mentions: ['OCR'] },
  { name: 'a web page without body text', file: 'frames.html', bytes: () => Buffer.from('<html><head><title>报告</title></head><frameset><frame src="a.html"></frameset></html>'), code: 'NO_TEXT' },
];

test('every bad input is a LuoshiError with its code, naming the problem', async () => {
  for (const c of cases) {
    const path = join(dir, c.file ?? c.name);
    if (c.bytes && !c.file?.includes('/')) await writeFile(path, await c.bytes());
    await assert.rejects(readReport(path, c.options), (e: Error & { code?: string }) => {
      assert.equal(e.name, 'LuoshiError', `${c.name}: ${e.stack}`);
      assert.equal(e.code, c.code, `${c.name}: ${e.message}`);
      for (const word of c.mentions ?? []) assert.ok(e.message.includes(word), `${c.name}: "${word}" not in "${e.message}"`);
      return true;
    }, c.name);
  }
});

test('a directory is IS_DIRECTORY', async () => {
  await assert.rejects(readReport(dir), { code: 'IS_DIRECTORY' });
});

test('standard input is read through the stream given', async () => {
  const source = await readReport('-', {}, Readable.from([Buffer.from(SENTENCE.slice(0, 5)), Buffer.from(SENTENCE.slice(5))]));
  assert.equal(source.text, SENTENCE);
  assert.equal(source.name, '-');
  await assert.rejects(readReport('-', {}, Readable.from([])), { code: 'EMPTY', message: /standard input/ });
});

test('standard input over the limit is refused without reading it all', async () => {
  let chunks = 0;
  // An endless stream: only stopping at the limit ends this test.
  async function* endless() {
    for (;;) {
      chunks++;
      yield Buffer.alloc(64 * 1024, 0x41);
    }
  }
  await assert.rejects(readReport('-', { maxBytes: 1024 * 1024 }, endless()), { code: 'TOO_LARGE', message: /limit is 1 MB/ });
  assert.equal(chunks, 17);
});
