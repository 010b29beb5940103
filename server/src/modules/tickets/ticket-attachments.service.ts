import { createHash } from 'node:crypto';
import type { AuthUser } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { audit, type Actor } from '../audit/index.ts';
import { findAttachmentContent, insertAttachment } from './tickets.repository.ts';
import { accessOf, canWork, visibleTicket, type TicketsDeps } from './ticket-access.ts';
import { changeTicket } from './tickets.service.ts';

// ---- attachments -------------------------------------------------------------------------------

export const TICKET_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

const allowedTypes: Record<string, { type: string; magic?: (b: Buffer) => boolean }> = {
  pdf: { type: 'application/pdf', magic: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  png: { type: 'image/png', magic: (b) => b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])) },
  jpg: { type: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  jpeg: { type: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  gif: { type: 'image/gif', magic: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  tif: { type: 'image/tiff', magic: isTiff },
  tiff: { type: 'image/tiff', magic: isTiff },
  txt: { type: 'text/plain; charset=utf-8', magic: isText },
  csv: { type: 'text/csv; charset=utf-8', magic: isText },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: isZip,
  },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: isZip },
};

function isTiff(b: Buffer) {
  const h = b.subarray(0, 4).toString('latin1');
  return h === 'II*\u0000' || h === 'MM\u0000*';
}
function isZip(b: Buffer) {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}
function isText(b: Buffer) {
  return !b.subarray(0, 8192).includes(0);
}

/** The stored type of an upload, or null when its name or its bytes are not an accepted kind. */
export function attachmentTypeOf(filename: string, content: Buffer): string | null {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(filename)?.[1]?.toLowerCase();
  const entry = ext ? allowedTypes[ext] : undefined;
  if (!entry) return null;
  if (entry.magic && !entry.magic(content)) return null;
  return entry.type;
}

export async function addAttachment(
  deps: TicketsDeps,
  actor: Actor,
  user: AuthUser,
  id: string,
  file: { filename: string; content: Buffer },
) {
  const a = await accessOf(deps.database.db, user);
  const t = await visibleTicket(deps.database.db, a, id);
  if (!canWork(a, t)) throw new AppError('forbidden');
  const filename = file.filename.replace(/[\u0000-\u001f\u007f/\\]/g, '_').slice(0, 200) || 'attachment';
  const type = attachmentTypeOf(filename, file.content);
  if (!type) throw new AppError('attachment_type');
  let attachmentId = '';
  await changeTicket(deps, actor, id, undefined, () => ({
    patch: {},
    event: { kind: 'attachment_added', data: { filename, size: file.content.length, content_type: type } },
    after: async (tx) => {
      const created = await insertAttachment(tx, {
        ticketId: id,
        filename,
        contentType: type,
        size: file.content.length,
        sha256: createHash('sha256').update(file.content).digest('hex'),
        content: new Uint8Array(file.content),
        uploadedBy: actor.id,
        uploadedByLabel: user.displayName,
      });
      attachmentId = created.id;
    },
  }));
  return { id: attachmentId, filename, content_type: type, size: file.content.length };
}

export async function getAttachment(deps: TicketsDeps, actor: Actor, user: AuthUser, id: string, attachmentId: string) {
  const a = await accessOf(deps.database.db, user);
  await visibleTicket(deps.database.db, a, id);
  const row = await findAttachmentContent(deps.database.db, attachmentId);
  if (!row || row.ticketId !== id) throw new AppError('not_found');
  // A customer's document is a sensitive read: who opened which file, and when.
  await audit(deps.database.db, actor, 'ticket.attachment_read', {
    entity: 'ticket',
    id,
    after: { attachment_id: attachmentId, filename: row.filename },
  });
  return { filename: row.filename, contentType: row.contentType, content: Buffer.from(row.content) };
}
