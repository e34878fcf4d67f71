import type { LocalEdit } from '../edit.js';
import type { CleanPass } from '../pass.js';
import { LONE_BRACE, SPACE_IN_FIGURE, STRAY_MARKER, ZERO_WIDTH } from '../tables/artifacts.js';

const removeAll = (text: string, pattern: RegExp, rule: string): LocalEdit[] =>
  [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, to: '', type: 'artifact', rule }));

/** Stray markers ("22M"), lone braces, zero-width characters and spaces inside figures, removed. */
export const strayMarkersPass: CleanPass = {
  name: 'stray-markers',
  run(text) {
    return [
      ...removeAll(text, STRAY_MARKER, 'stray-marker'),
      ...removeAll(text, LONE_BRACE, 'lone-brace'),
      ...removeAll(text, ZERO_WIDTH, 'zero-width'),
      ...removeAll(text, SPACE_IN_FIGURE, 'space-in-figure'),
    ];
  },
};
