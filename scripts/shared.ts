/** Where the shared evaluation material lives (../shared beside the project), if it is there. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedRoot = process.env.LUOSHI_SHARED ?? join(projectRoot, '..', 'shared');
export const hasShared = existsSync(join(sharedRoot, 'gold')) && existsSync(join(sharedRoot, 'tools', 'score.mjs'));
