/**
 * Hostile files are refused within the read limits, each with one LuoshiError naming the limit: a flate bomb in a
 * PDF, a zip bomb named .docx, too many pages, a page nested 200,000 deep, a read past its deadline or its heap.
 * The limits are made small here so that the inputs stay small; the sizes are in scripts/bench-hostile.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readBytes } from '../../src/read/index.js';
import { domText, type DomNode } from '../../src/read/dom-text.js';
import type { ReadOptions } from '../../src/read/source.js';
import { makePdf, reportPages } from '../fixtures/read/make-pdf.js';
import { flateBombPdf, nestedHtml, zipBombDocx } from '../fixtures/read/make-hostile.js';

const MB = 1024 * 1024;

interface Case {
  name: string;
  file: string;
  bytes: () => Uint8Array;
  options?: ReadOptions;
  code: string;
  mentions?: string[];
}

const cases: Case[] = [
  {
    name: 'a PDF whose content stream inflates past the limit',
    file: 'bomb.pdf',
    bytes: () => flateBombPdf(4 * MB),
    options: { limits: { decompressedBytes: 1 * MB } },
    code: 'DECOMPRESSED_TOO_LARGE',
    mentions: ['bomb.pdf', 'limit is 1 MB'],
  },
  {
    name: 'a zip bomb named .docx',
    file: 'bomb.docx',
    bytes: () => zipBombDocx(4 * MB),
    options: { limits: { decompressedBytes: 1 * MB } },
    code: 'DECOMPRESSED_TOO_LARGE',
    mentions: ['bomb.docx', 'limit is 1 MB'],
  },
  {
    name: 'a zip bomb whose headers understate its size',
    file: 'liar.docx',
    bytes: () => zipBombDocx(4 * MB, 1000),
    options: { limits: { decompressedBytes: 1 * MB } },
    code: 'DECOMPRESSED_TOO_LARGE',
  },
  {
    name: 'a PDF with more pages than the limit',
    file: 'long.pdf',
    bytes: () => makePdf([...reportPages, ...reportPages]),
    options: { limits: { pages: 3 } },
    code: 'TOO_MANY_PAGES',
    mentions: ['limit is 3, it has 4'],
  },
  {
    name: 'a page nested 200,000 deep (the default limit)',
    file: 'nested.html',
    bytes: () => Buffer.from(nestedHtml(200_000)),
    code: 'TOO_DEEP',
    mentions: ['limit is 1000 levels'],
  },
  {
    name: 'a read past its deadline',
    file: 'report.pdf',
    bytes: () => makePdf(reportPages),
    options: { limits: { seconds: 0.001 } },
    code: 'READ_TIMEOUT',
    mentions: ['limit is 0.001 s'],
  },
  {
    name: 'a read past its heap',
    file: 'runs.pdf',
    bytes: () => flateBombPdf(1 * MB), // 30,000 text runs, within the decompression limit
    options: { limits: { heapMb: 16 } },
    code: 'READ_OUT_OF_MEMORY',
    mentions: ['limit is 16 MB'],
  },
];

test('every hostile file is one LuoshiError naming the limit it passed', async () => {
  for (const c of cases) {
    await assert.rejects(readBytes(c.bytes(), c.file, c.options), (e: Error & { code?: string }) => {
      assert.equal(e.name, 'LuoshiError', `${c.name}: ${e.stack}`);
      assert.equal(e.code, c.code, `${c.name}: ${e.message}`);
      for (const word of c.mentions ?? []) assert.ok(e.message.includes(word), `${c.name}: "${word}" not in "${e.message}"`);
      return true;
    }, c.name);
  }
});

test('within the limits the same kinds of file are read: an image stream is not counted, a deep page keeps its text', async () => {
  // the bomb as an image XObject: refused only for having no text, not for its size
  await assert.rejects(readBytes(flateBombPdf(4 * MB, { asImage: true }), 'scan.pdf', { limits: { decompressedBytes: 1 * MB } }), { code: 'NO_TEXT' });
  // deeper than Readability is given (its time grows with the cube of the depth), within the limit
  const page = await readBytes(Buffer.from(nestedHtml(900)), 'deep.html', { limits: { seconds: 20 } });
  assert.equal(page.text, '全县新建幼儿园两所。');
});

test('after a worker was stopped, the next file is read', async () => {
  await assert.rejects(readBytes(makePdf(reportPages), 'slow.pdf', { limits: { seconds: 0.001 } }), { code: 'READ_TIMEOUT' });
  assert.ok((await readBytes(makePdf(reportPages), 'report.pdf')).text.startsWith('某县2024年政府工作报告'));
});

test('the text of a DOM nested 200,000 deep is walked without recursion', () => {
  const text = { nodeType: 3, nodeName: '#text', nodeValue: '全县新建幼儿园两所。', childNodes: [] };
  let node: DomNode = { nodeType: 1, nodeName: 'P', nodeValue: null, childNodes: [text] };
  for (let i = 0; i < 200_000; i++) node = { nodeType: 1, nodeName: 'DIV', nodeValue: null, childNodes: [node] };
  assert.equal(domText(node), '全县新建幼儿园两所。');
});
