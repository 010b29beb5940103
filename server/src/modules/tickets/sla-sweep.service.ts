import { sql } from 'drizzle-orm';
import { audit, systemActor } from '../audit/index.ts';
import { publish } from '../events/index.ts';
import { ticketChanged, type TicketFacts } from './domain/live-audience.ts';
import type { TicketsDeps } from './tickets.service.ts';
import { rowsOf as rows } from '../../db/client.ts';

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
    const warned = rows<AudienceRow>(
      await tx.execute(sql`
        update tickets t set sla_warned_at = ${now}::timestamptz, version = t.version + 1
         where t.id in (select id from tickets
                         where status in ('new','open','escalated') and sla_warned_at is null and sla_breached_at is null
                           and sla_warn_at <= ${now}::timestamptz and sla_due_at > ${now}::timestamptz
                         order by sla_warn_at limit 1000 for update skip locked)
        returning ${audienceColumns}`),
    );
    const escalated = rows<AudienceRow & { sla_due_at: string }>(
      await tx.execute(sql`
        update tickets t set sla_breached_at = t.sla_due_at, escalated_at = ${now}::timestamptz, status = 'escalated',
                             version = t.version + 1, updated_at = ${now}::timestamptz
         where t.id in (select id from tickets
                         where status in ('new','open') and sla_breached_at is null and sla_due_at <= ${now}::timestamptz
                         order by sla_due_at limit 1000 for update skip locked)
        returning ${audienceColumns}, t.sla_due_at`),
    );
    if (warned.length) {
      await tx.execute(sql`
        insert into ticket_events (ticket_id, at, kind, actor, data)
        select id, ${now}::timestamptz, 'sla_warning', ${actor.label}, null
          from unnest(${sql`array[${sql.join(
            warned.map((w) => sql`${w.id}::uuid`),
            sql`, `,
          )}]`}) as id`);
    }
    for (const e of escalated) {
      await tx.execute(sql`
        insert into ticket_events (ticket_id, at, kind, actor, data)
        values (${e.id}::uuid, ${now}::timestamptz, 'escalated', ${actor.label},
                ${JSON.stringify({ reason: 'sla_breached', due_at: new Date(e.sla_due_at).toISOString(), to: 'supervisor' })}::jsonb)`);
      await audit(tx, actor, 'ticket.escalated', { entity: 'ticket', id: e.id, after: { status: 'escalated' } });
    }
    for (const t of [...warned, ...escalated]) await publish(tx, ticketChanged(factsOf(t)));
    return { warned: warned.length, escalated: escalated.length };
  });
}

const audienceColumns = sql`t.id, t.assignee_id, t.created_by, t.group_code, t.category, t.claim_approval`;
type AudienceRow = {
  id: string;
  assignee_id: string | null;
  created_by: string | null;
  group_code: string;
  category: string;
  claim_approval: string;
};

function factsOf(r: AudienceRow): TicketFacts {
  return {
    id: r.id,
    assigneeId: r.assignee_id,
    createdBy: r.created_by,
    groupCode: r.group_code,
    category: r.category,
    claimApproval: r.claim_approval,
  };
}
