import { sql } from 'drizzle-orm';
import { rowsOf as rows, type DbOrTx } from '../../db/client.ts';
import type { TicketFacts } from './domain/live-audience.ts';

// The SLA watch's statements. Rows are claimed with SKIP LOCKED (at most 1,000 a call), so
// several processes share the work and nothing is done twice.

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

/** Marks warned the open tickets whose warning time has come (not yet due); their facts. */
export async function claimTicketsToWarn(tx: DbOrTx, now: string): Promise<TicketFacts[]> {
  return rows<AudienceRow>(
    await tx.execute(sql`
      update tickets t set sla_warned_at = ${now}::timestamptz, version = t.version + 1
       where t.id in (select id from tickets
                       where status in ('new','open','escalated') and sla_warned_at is null and sla_breached_at is null
                         and sla_warn_at <= ${now}::timestamptz and sla_due_at > ${now}::timestamptz
                       order by sla_warn_at limit 1000 for update skip locked)
      returning ${audienceColumns}`),
  ).map(factsOf);
}

/** Records the breach of new and open tickets past their due time and escalates them; their facts and due time. */
export async function claimTicketsToEscalate(tx: DbOrTx, now: string): Promise<Array<TicketFacts & { dueAt: string }>> {
  return rows<AudienceRow & { sla_due_at: Date | string }>(
    await tx.execute(sql`
      update tickets t set sla_breached_at = t.sla_due_at, escalated_at = ${now}::timestamptz, status = 'escalated',
                           version = t.version + 1, updated_at = ${now}::timestamptz
       where t.id in (select id from tickets
                       where status in ('new','open') and sla_breached_at is null and sla_due_at <= ${now}::timestamptz
                       order by sla_due_at limit 1000 for update skip locked)
      returning ${audienceColumns}, t.sla_due_at`),
  ).map((r) => ({ ...factsOf(r), dueAt: new Date(r.sla_due_at).toISOString() }));
}

/** One `sla_warning` event per ticket. */
export async function insertSlaWarningEvents(tx: DbOrTx, ticketIds: string[], now: string, actorLabel: string) {
  if (ticketIds.length === 0) return;
  await tx.execute(sql`
    insert into ticket_events (ticket_id, at, kind, actor, data)
    select id, ${now}::timestamptz, 'sla_warning', ${actorLabel}, null
      from unnest(${sql`array[${sql.join(
        ticketIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}]`}) as id`);
}

/** The `escalated` event of a ticket whose SLA was breached at `dueAt`. */
export async function insertEscalationEvent(
  tx: DbOrTx,
  ticketId: string,
  now: string,
  actorLabel: string,
  dueAt: string,
) {
  await tx.execute(sql`
    insert into ticket_events (ticket_id, at, kind, actor, data)
    values (${ticketId}::uuid, ${now}::timestamptz, 'escalated', ${actorLabel},
            ${JSON.stringify({ reason: 'sla_breached', due_at: dueAt, to: 'supervisor' })}::jsonb)`);
}
