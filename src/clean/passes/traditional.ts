import type { CleanPass } from '../pass.js';
import { simplifiedForm } from '../tables/traditional-forms.js';
import { repairCharacters } from './repair.js';

/**
 * Traditional → simplified (國 → 国), for characters outside the standard simplified set only, and only
 * where the simplified form reads at least as well as any other candidate: 人財 is left to the swapped pass
 * (才, not 财), 鈈 too (its simplified form 钚 is rare; 不得鈈说 means 不).
 */
export const traditionalPass: CleanPass = {
  name: 'traditional',
  run: (text) =>
    repairCharacters(
      text,
      'traditional',
      (code) => simplifiedForm(String.fromCharCode(code)) !== undefined,
      (type) => type === 'traditional',
    ),
};
