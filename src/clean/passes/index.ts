import type { CleanPass } from '../pass.js';
import { htmlEntitiesPass } from './html-entities.js';
import { widthPass } from './width.js';
import { letterSpacingPass } from './letter-spacing.js';
import { pinyinPass } from './pinyin.js';
import { semicolonQuotesPass } from './quote-semicolons.js';
import { strayMarkersPass } from './stray-markers.js';
import { lineBreaksPass } from './line-breaks.js';
import { spamKeywordsPass } from './spam-keywords.js';
import { traditionalPass } from './traditional.js';
import { swappedPass } from './swapped.js';

/**
 * The cleaning chain, in order (chrono-style configuration). Each pass sees the output of the one before:
 * HTML character references first, so every later pass sees the characters they name; width next so later
 * passes see half-width digits; letter spacing then, so later passes see words; scraping artifacts and spam keywords before character
 * repair so that it judges the context the report really had; traditional before swapped characters. Pinyin
 * annotations go after the line breaks are joined: a copy's column counted them, and its wrap may part an annotation
 * from its character (农⏎(nóng)民) or cut it (农(nó⏎ng)民).
 */
export const cleanPasses: readonly CleanPass[] = [
  htmlEntitiesPass,
  widthPass,
  letterSpacingPass,
  semicolonQuotesPass,
  strayMarkersPass,
  lineBreaksPass,
  pinyinPass,
  spamKeywordsPass,
  traditionalPass,
  swappedPass,
];
