import type { CleanPass } from '../pass.js';

/**
 * The cleaning chain, in order (chrono-style configuration). Each pass sees the output of the one before:
 * width first so later passes see half-width digits; traditional before swapped characters so the
 * swapped-character pass judges simplified context.
 */
export const cleanPasses: readonly CleanPass[] = [];
