/**
 * What an office may give with a report in place of what its text says (form fields of an upload, options of
 * `luoshi import` and `luoshi extract`): the year, the government's level, its region as named in Chinese. The API
 * and the CLI validate them with this one schema.
 */
import { z } from 'zod';
import { LEVELS } from '../ledger/enums.js';

/** The years a report can be of: from the first people's governments' to next year's (a report delivered in December plans for it). */
export const FIRST_YEAR = 1949;
const lastYear = () => new Date().getFullYear() + 1;
const yearProblem = () => `a year from ${FIRST_YEAR} to ${lastYear()}`;

export const ReportFields = z.object({
  year: z
    .string({ error: yearProblem })
    .trim()
    .regex(/^\d{4}$/, { error: yearProblem, abort: true })
    .transform(Number)
    .pipe(z.number().refine((y) => y >= FIRST_YEAR && y <= lastYear(), { error: yearProblem }))
    .optional(),
  level: z.enum(LEVELS, { error: `one of ${LEVELS.join(', ')}` }).optional(),
  region: z
    .string()
    .trim()
    .regex(/^\p{Script=Han}{2,30}$/u, { error: 'the region’s name in Chinese characters, such as 青岭县' })
    .optional(),
});
