import type { DbOrTx } from '../../db/client.ts';
import { insertAuditEntry, findAuditEntries, type AuditFilter } from './audit.repository.ts';

/** Who is acting: a signed-in user, an API token's user, or the system (CLI, jobs). */
export type Actor = {
  id: string | null;
  /** username, `token:<name>` or `system:<command>` */
  label: string;
  role: string | null;
  ip?: string | null;
  requestId?: string | null;
};

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
    action: r.action,
    entity: r.entity,
    entity_id: r.entityId,
    before: r.before,
    after: r.after,
    ip: r.ip,
  }));
}
