import ExcelJS from 'exceljs';
import type { Actor } from '../../shared/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { neutralizeFormula } from '../../shared/spreadsheet.ts';
import { insertAuditEntry, findAuditEntries, type AuditFilter } from './audit.repository.ts';
import { actionNamesAr, actorNameAr, entityNamesAr } from './domain/audit-names.ts';

export type { Actor };

export const systemActor = (what: string): Actor => ({ id: null, label: `system:${what}`, role: null });

/**
 * Writes one audit entry. Called inside the transaction of the change it records, so a
 * change and its audit entry are committed together or not at all.
 */
export async function audit(
  db: DbOrTx,
  actor: Actor,
  action: string,
  target: { entity: string; id?: string | null; before?: unknown; after?: unknown },
): Promise<void> {
  await insertAuditEntry(db, {
    actorId: actor.id,
    actor: actor.label,
    action,
    entity: target.entity,
    entityId: target.id ?? null,
    before: target.before,
    after: target.after,
    ip: actor.ip ?? null,
    requestId: actor.requestId ?? null,
  });
}

export async function listAuditEntries(db: DbOrTx, filter: AuditFilter, limit: number, offset: number) {
  const rows = await findAuditEntries(db, filter, limit, offset);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor_id: r.actorId,
    actor: r.actor,
    actor_name: r.actorName,
    action: r.action,
    entity: r.entity,
    entity_id: r.entityId,
    entity_label: r.entityLabel,
    before: r.before,
    after: r.after,
    ip: r.ip,
  }));
}

/** The most rows one export holds; a narrower filter gets the rest. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

/**
 * The filtered log as an XLSX workbook (right-to-left, Arabic names, formulas neutralised).
 * The export is itself audited, in the same transaction as the read.
 */
export async function exportAuditXlsx(
  db: DbOrTx,
  actor: Actor,
  filter: AuditFilter,
  timeZone: string,
): Promise<{ content: Buffer; rows: number }> {
  const rows = await findAuditEntries(db, filter, AUDIT_EXPORT_MAX_ROWS, 0);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('سجل التدقيق', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'الوقت', key: 'at', width: 20 },
    { header: 'المنفّذ', key: 'actor', width: 24 },
    { header: 'الإجراء', key: 'action', width: 28 },
    { header: 'الكيان', key: 'entity', width: 16 },
    { header: 'السجل', key: 'record', width: 30 },
    { header: 'رمز الإجراء', key: 'code', width: 24 },
    { header: 'عنوان IP', key: 'ip', width: 16 },
  ];
  sheet.getRow(1).font = { bold: true };
  const local = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const text = (v: string | null) => neutralizeFormula(v ?? '');
  for (const r of rows) {
    sheet.addRow({
      at: local.format(r.at).replace(',', ''),
      actor: text(actorNameAr(r.actor, r.actorName)),
      action: text(actionNamesAr[r.action] ?? r.action),
      entity: text(entityNamesAr[r.entity] ?? r.entity),
      record: text(r.entityLabel ?? r.entityId),
      code: text(r.action),
      ip: text(r.ip),
    });
  }
  await audit(db, actor, 'audit.export', {
    entity: 'audit_log',
    after: { filter: exportedFilter(filter), rows: rows.length },
  });
  return { content: Buffer.from(await workbook.xlsx.writeBuffer()), rows: rows.length };
}

function exportedFilter(filter: AuditFilter) {
  return Object.fromEntries(Object.entries(filter).filter(([k, v]) => v !== undefined && k !== 'timeZone'));
}
