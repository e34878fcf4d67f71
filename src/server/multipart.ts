/** Reading a multipart/form-data request whole: its files (bytes, within the upload limit) and its text fields. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiError, invalidFields } from './errors.js';
import { textProblem } from '../ledger/index.js';
import { BOUNDS } from './schemas/common.js';

export interface UploadedFile {
  field: string;
  filename: string;
  mimetype: string;
  bytes: Buffer;
}

export interface MultipartContent {
  files: UploadedFile[];
  fields: Record<string, string>;
}

/** The parts of a form; a text field or a file name that could not be stored as sent (NUL, a lone surrogate, too long) → 400 naming it. */
export async function readMultipart(request: FastifyRequest): Promise<MultipartContent> {
  if (!request.isMultipart()) throw new ApiError('UNSUPPORTED_MEDIA', 'send multipart/form-data');
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  const problems: { path: string[]; message: string }[] = [];
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const filename = part.filename || part.fieldname;
      const problem = textProblem(filename) ?? (filename.length > BOUNDS.fileName ? `longer than ${BOUNDS.fileName} characters` : undefined);
      if (problem) problems.push({ path: [part.fieldname], message: `the file name ${problem}` });
      // toBuffer throws 413 (FST_REQ_FILE_TOO_LARGE) past the limit
      files.push({ field: part.fieldname, filename, mimetype: part.mimetype, bytes: await part.toBuffer() });
    } else {
      fields[part.fieldname] = String(part.value);
      const problem = textProblem(fields[part.fieldname]!);
      if (problem) problems.push({ path: [part.fieldname], message: problem });
    }
  }
  if (problems.length) throw invalidFields(problems);
  return { files, fields };
}

/** A text field read by `schema` (an id, a year: forms carry text), absent when not given or blank; else 400 naming it. */
export function formField<T extends z.ZodType>(content: MultipartContent, name: string, schema: T): z.output<T> | undefined {
  const value = content.fields[name];
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidFields(parsed.error.issues.map((i) => ({ path: [name, ...i.path], message: i.message })));
  return parsed.data;
}

/** The one file in `field`, or 400. */
export function fileIn(content: MultipartContent, field = 'file'): UploadedFile {
  const file = content.files.find((f) => f.field === field);
  if (!file) throw new ApiError('NO_FILE', `multipart field "${field}"`, { fields: [{ field: `body.${field}`, message: 'required' }] });
  return file;
}

/** For the OpenAPI description of a multipart body (request.body itself stays undefined: routes read the parts). */
export const multipartBody = (properties: Record<string, z.ZodType>, description: string) =>
  z.object(properties).nullish().meta({ description });

export const binary = (description: string) => z.string().meta({ format: 'binary', description });
