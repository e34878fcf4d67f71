import { test } from 'node:test';
import { widthPass } from '../../src/clean/passes/width.js';
import { assertPassLeaves, assertPassRows, type PassCase } from '../helpers/clean.js';

/**
 * A full-width decimal point in a copy that put something else for a digit beside it, or a gap inside the figure:
 * it is still the figure's point (our own text in the style of dirty copies).
 */
const cases: PassCase[] = [
  // a letter-spaced figure
  { input: '增长1 1 ．6%', text: '增长1 1 .6%', edits: [[6, 7, '.', 'width']] },
  // a PDF's line break after the point
  { input: '强度达到3．\n1%', text: '强度达到3.\n1%', edits: [[5, 6, '.', 'width']] },
  // a zero look-alike after it
  { input: '收入7．〇8亿元', text: '收入7.08亿元', edits: [[3, 4, '.', 'width'], [4, 5, '0', 'width']] },
  // masked digits on either side
  { input: '收入1**．7亿元', text: '收入1**.7亿元', edits: [[5, 6, '.', 'width']] },
  { input: '达到2112．*亿元', text: '达到2112.*亿元', edits: [[6, 7, '.', 'width']] },
];

// A full stop after a figure and before a new line or a word stays: nothing stands for a digit on both sides.
const unchanged = ['增长3．\n二、今年工作', '第3．加强', '共2 ．其中'];

test('a full-width decimal point beside what a copy put for a digit', () => {
  assertPassRows(widthPass, cases);
});

test('a full-width stop with no figure on both sides stays', () => {
  assertPassLeaves(widthPass, unchanged);
});
