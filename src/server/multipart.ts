/** Reading a multipart/form-data request whole: its files (bytes, within the upload limit) and its text fields. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiError } from './errors.js';

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

export async function readMultipart(request: FastifyRequest): Promise<MultipartContent> {
  if (!request.isMultipart()) throw new ApiError('UNSUPPORTED_MEDIA', 'send multipart/form-data');
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      // toBuffer throws 413 (FST_REQ_FILE_TOO_LARGE) past the limit
      files.push({ field: part.fieldname, filename: part.filename || part.fieldname, mimetype: part.mimetype, bytes: await part.toBuffer() });
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  return { files, fields };
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
