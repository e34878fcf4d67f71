import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { readBytes } from '../../src/read/index.js';

// Sentences written for these tests, in the style of a county work report.
const SIMPLIFIED = '2024年全县地区生产总值增长6.5%左右，城镇新增就业3000人以上。';
const TRADITIONAL = '全縣糧食產量穩定在10萬噸以上，新建農村公路120公里。';

const encode = (text: string, encoding: string, bom = false): Buffer => iconv.encode(text, encoding, { addBOM: bom });

test('round trips: each encoding a report comes in is detected and decoded', async () => {
  const cases: { bytes: Buffer; text: string; encoding: string }[] = [
    { bytes: encode(SIMPLIFIED, 'utf-8'), text: SIMPLIFIED, encoding: 'utf-8' },
    { bytes: encode(SIMPLIFIED, 'utf-8', true), text: SIMPLIFIED, encoding: 'utf-8' },
    { bytes: encode(SIMPLIFIED, 'utf-16le', true), text: SIMPLIFIED, encoding: 'utf-16le' },
    { bytes: encode(SIMPLIFIED, 'utf-16be', true), text: SIMPLIFIED, encoding: 'utf-16be' },
    { bytes: encode(SIMPLIFIED, 'gb18030'), text: SIMPLIFIED, encoding: 'gb18030' },
    // GBK is read as GB18030, its superset.
    { bytes: encode(SIMPLIFIED, 'gbk'), text: SIMPLIFIED, encoding: 'gb18030' },
    { bytes: encode(TRADITIONAL, 'utf-8'), text: TRADITIONAL, encoding: 'utf-8' },
    { bytes: encode(TRADITIONAL, 'big5'), text: TRADITIONAL, encoding: 'big5' },
    { bytes: encode(TRADITIONAL, 'gb18030'), text: TRADITIONAL, encoding: 'gb18030' },
    { bytes: encode(TRADITIONAL, 'utf-16le', true), text: TRADITIONAL, encoding: 'utf-16le' },
  ];
  for (const { bytes, text, encoding } of cases) {
    const source = await readBytes(bytes, 'report.txt');
    assert.equal(source.text, text, `${encoding}: ${bytes.subarray(0, 8).toString('hex')}`);
    assert.equal(source.encoding, encoding);
    assert.equal(source.format, 'text');
    assert.equal(source.bytes, bytes.length);
  }
});

test('a byte order mark is declared: confidence 1, and the BOM is not part of the text', async () => {
  for (const encoding of ['utf-8', 'utf-16le', 'utf-16be']) {
    const source = await readBytes(encode(SIMPLIFIED, encoding, true), 'report.txt');
    assert.equal(source.confidence, 1, encoding);
    assert.notEqual(source.text.charCodeAt(0), 0xfeff, encoding);
  }
});

test('confidence: ASCII is certain, detected UTF-8 nearly so, a detected legacy encoding less', async () => {
  assert.equal((await readBytes(Buffer.from('GDP grew 6.5% in 2024.'), 'a.txt')).confidence, 1);
  assert.equal((await readBytes(encode(SIMPLIFIED, 'utf-8'), 'a.txt')).confidence, 0.99);
  const legacy = await readBytes(encode(SIMPLIFIED, 'gbk'), 'a.txt');
  assert.ok(legacy.confidence > 0 && legacy.confidence < 1, String(legacy.confidence));
});

test('short files: a few characters of GBK or Big5 are decoded right', async () => {
  // Each of these fools jschardet alone (its guess in the comment); the share of common characters in the
  // candidate decodings settles it.
  const cases: { text: string; encoding: string }[] = [
    { text: '造林', encoding: 'gbk' }, // CP949
    { text: '增长', encoding: 'gbk' }, // EUC-JP
    { text: '代表城乡', encoding: 'gbk' }, // CP949
    { text: '审议', encoding: 'gbk' }, // Big5
    { text: '全省', encoding: 'gbk' }, // valid UTF-8 ("ȫʡ")
    { text: '农业', encoding: 'gbk' }, // valid UTF-8 ("ũҵ")
    { text: '停車', encoding: 'big5' }, // GB18030
    { text: '審議', encoding: 'big5' }, // GB18030
    { text: '萬畝目標', encoding: 'big5' }, // Johab
    { text: '環境', encoding: 'big5' }, // CP874
    // A whole sentence is easy for the detector, and must stay right.
    { text: '新建学校两所，改造老旧小区15个。', encoding: 'gbk' },
    { text: '全縣新建幼兒園兩所。', encoding: 'big5' },
  ];
  for (const { text, encoding } of cases) {
    const source = await readBytes(encode(text, encoding), 'short.txt');
    assert.equal(source.text, text, `${text} in ${encoding}`);
    assert.equal(source.encoding, encoding === 'gbk' ? 'gb18030' : 'big5', text);
  }
});

test('--encoding overrides detection and is reported with confidence 1', async () => {
  const cases: { bytes: Buffer; encoding: string; text: string; reported: string }[] = [
    // GB18030 bytes that the detector reads right: forcing Big5 gives the Big5 reading of them.
    { bytes: encode('新建学校', 'gb18030'), encoding: 'big5', text: '陔膘悝苺', reported: 'big5' },
    // Names are matched without regard to case, and GBK's aliases mean GB18030.
    { bytes: encode(SIMPLIFIED, 'gbk'), encoding: 'GBK', text: SIMPLIFIED, reported: 'gb18030' },
    { bytes: encode(SIMPLIFIED, 'gbk'), encoding: 'cp936', text: SIMPLIFIED, reported: 'gb18030' },
    { bytes: encode(TRADITIONAL, 'big5'), encoding: 'Big5', text: TRADITIONAL, reported: 'big5' },
    { bytes: encode(SIMPLIFIED, 'utf-16le'), encoding: 'utf-16le', text: SIMPLIFIED, reported: 'utf-16le' },
    // A BOM matching the forced encoding is still dropped.
    { bytes: encode(SIMPLIFIED, 'utf-8', true), encoding: 'utf8', text: SIMPLIFIED, reported: 'utf-8' },
  ];
  for (const { bytes, encoding, text, reported } of cases) {
    const source = await readBytes(bytes, 'report.txt', { encoding });
    assert.equal(source.text, text, encoding);
    assert.equal(source.encoding, reported, encoding);
    assert.equal(source.confidence, 1, encoding);
  }
});

test('a real U+FFFD in valid UTF-8 is text, not an encoding error', async () => {
  const text = '增长\uFFFD左右';
  const source = await readBytes(encode(text, 'utf-8'), 'report.txt', { encoding: 'utf-8' });
  assert.equal(source.text, text);
});

test('a large UTF-8 file is decoded whole, though detection only samples its start', async () => {
  // Past the sample, a character that only a UTF-8 reading gets right.
  const text = 'GDP grew. '.repeat(10_000) + SIMPLIFIED;
  const source = await readBytes(encode(text, 'utf-8'), 'report.txt');
  assert.equal(source.text, text);
  const gbk = 'a '.repeat(40_000) + SIMPLIFIED;
  assert.equal((await readBytes(encode(gbk, 'gbk'), 'report.txt')).text, gbk);
});
