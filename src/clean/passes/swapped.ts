import type { CleanPass } from '../pass.js';
import { repairCharacters } from './repair.js';

/**
 * Swapped characters: rare homophones and shape relatives (忣 → 及, 噺 → 新, 垺 → 服), common characters
 * standing for a part of themselves (囚 → 人 in 囚大代表), and look-alike symbols (┿ → 十, Φ → 中).
 * Runs after the traditional pass, so it judges simplified context.
 */
export const swappedPass: CleanPass = {
  name: 'swapped',
  run: (text) => repairCharacters(text, 'swapped', () => true, () => true),
};
