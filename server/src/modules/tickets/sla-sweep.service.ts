import { audit, systemActor } from '../audit/index.ts';
import { publish } from '../events/index.ts';
import { ticketChanged } from './domain/live-audience.ts';
import {
  claimTicketsToEscalate,
  claimTicketsToWarn,
  insertEscalationEvent,
  insertSlaWarningEvents,
} from './sla.repository.ts';
import type { TicketsDeps } from './tickets.service.ts';

/**
 * The SLA watch, every minute: a warning when a ticket reaches its warning time, and after the
 * due time the breach is recorded and the ticket is escalated to the supervisors (status
 * `escalated`, in their queue). Pending tickets are skipped: their clock is stopped. Rows are
 * claimed with SKIP LOCKED, so several processes share the work and nothing is done twice.
 */
export async function sweepSla(deps: TicketsDeps): Promise<{ warned: number; escalated: number }> {
  const now = (deps.now ? deps.now() : new Date()).toISOString();
  const actor = systemActor('sla');
  return deps.database.db.transaction(async (tx) => {
    const warned = await claimTicketsToWarn(tx, now);
    const escalated = await claimTicketsToEscalate(tx, now);
    await insertSlaWarningEvents(
      tx,
      warned.map((w) => w.id),
      now,
      actor.label,
    );
    for (const e of escalated) {
      await insertEscalationEvent(tx, e.id, now, actor.label, e.dueAt);
      await audit(tx, actor, 'ticket.escalated', { entity: 'ticket', id: e.id, after: { status: 'escalated' } });
    }
    for (const t of [...warned, ...escalated]) await publish(tx, ticketChanged(t));
    return { warned: warned.length, escalated: escalated.length };
  });
}
