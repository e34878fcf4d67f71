import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from '../../src/clean/index.js';

/**
 * A copy annotated with pinyin and wrapped at a column (a PDF of the page): the column counted the annotations, and
 * the wrap may part one from its character or cut it. The lines join and the annotations go (our own text).
 */
const paragraph =
  '今年全县地区生产总值增长百分之八，规模以上工(gōng)业(yè)增加值增长百分之七以上。到二〇二七年地区生产总值要突破六百亿元，城乡居民收入及农(nóng)民人均纯收入将分别达到五万元和两万元。届时人民群众的获得感将更加充实，县城面貌将焕然一新。';
const plain = paragraph.replace(/\([a-zāáǎàōóǒòēéěèīíǐìūúǔùü]+\)/g, '');
/** The paragraph wrapped every `width` characters, annotations counted, after `shift` characters of a lead. */
const wrapped = (width: number, shift: number) => `${'注'.repeat(shift)}${paragraph}`.match(new RegExp(`[^]{1,${width}}`, 'g'))!.join('\n');

test('a wrapped copy annotated with pinyin reads as the text without them', () => {
  // every cut: before an annotation, inside one, after one (a break after a full stop may stay: it parts sentences)
  for (let shift = 0; shift < 8; shift++) {
    assert.equal(clean({ text: wrapped(24, shift) }).text.replace(/。\n/g, '。'), `${'注'.repeat(shift)}${plain}`, `lead of ${shift}`);
  }
});
