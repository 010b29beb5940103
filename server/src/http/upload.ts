import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import { assertSafeText } from './validation.ts';

/**
 * The one uploaded file of a multipart request (field "file"). Its name is text we keep, so it
 * follows the input rule for all text (no NUL, no lone surrogate) like any JSON field.
 */
export async function uploadedFile(request: FastifyRequest, maxBytes: number): Promise<MultipartFile> {
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!part || part.fieldname !== 'file') throw new AppError('file_required');
  assertSafeText({ filename: part.filename, ...fieldValues(part) }, 'file');
  return part;
}

// Text fields sent before the file.
function fieldValues(part: MultipartFile): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(part.fields)) {
    const fields = [field].flat();
    out[name] = fields.map((f) => (f && f.type === 'field' ? f.value : undefined));
  }
  return out;
}
