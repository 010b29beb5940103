// What the screen pop shows about the call on an agent's seat (issue #13, item 1): why the call
// is there (the queue and the IVR keys of an inbound call, the work list of a placed one), and
// for a known customer the open tickets, the open work items, the promises still running and the
// last five interactions of the timeline. From the first ring to the end of the wrap-up.
import type { AppContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { currencyDecimals, findCustomerSummary, findTimeline, minorToUnits, todayIn } from '../customers/index.ts';
import { findOpenTicketsOfCustomer, ticketNumber } from '../tickets/index.ts';
import { findItemPurpose, findOpenItemsOfCustomer, promisesOf } from '../worklists/index.ts';
import { findCallByExternalId } from './calls.repository.ts';
import { findQueues } from './routing.repository.ts';
import { telephonyOf } from './telephony.instance.ts';

type Host = Pick<AppContext, 'database' | 'config' | 'settings'>;

const LAST_INTERACTIONS = 5;
const OPEN_TICKETS = 5;
const OPEN_ITEMS = 5;

export async function callerContext(ctx: Host, agent: string) {
  const runtime = await telephonyOf(ctx);
  const seat = runtime.center.agent(agent);
  if (!seat) throw new AppError('not_in_queue');
  const live = seat.callId ? runtime.center.call(seat.callId) : null;
  if (!seat.callId || !live) throw new AppError('no_call');
  const db = ctx.database.db;
  const record = await findCallByExternalId(db, ctx.config.telephony.adapter, seat.callId);
  const queueCode = live.queue ?? record?.queue ?? null;
  const queue = queueCode ? (await findQueues(db)).find((q) => q.code === queueCode) : undefined;
  const workItemId = record?.workItemId ?? null;
  const reason = {
    kind: workItemId ? ('work_item' as const) : queueCode ? ('queue' as const) : ('none' as const),
    purpose: workItemId ? await findItemPurpose(db, workItemId) : null,
    queue: queueCode,
    queue_name_ar: queue?.nameAr ?? null,
    queue_name_en: queue?.nameEn ?? null,
    ivr_path: record?.ivrPath ?? null,
    dnis: live.dnis,
  };
  const base = { call_id: seat.callId, direction: live.direction, reason };
  const customerId = live.customerId ?? record?.customerId ?? null;
  const customer = customerId ? await findCustomerSummary(db, customerId) : null;
  if (!customer) {
    return { ...base, customer_no: null, open_tickets: [], work_items: [], promises: [], last_interactions: [] };
  }
  const { timezone, currency } = await ctx.settings.all();
  const [tickets, items, promises, timeline] = await Promise.all([
    findOpenTicketsOfCustomer(db, customer.id, OPEN_TICKETS),
    findOpenItemsOfCustomer(db, customer.id, OPEN_ITEMS),
    promisesOf(ctx.database, customer.customerNo, todayIn(timezone), timezone, currency),
    findTimeline(db, customer.id, LAST_INTERACTIONS),
  ]);
  return {
    ...base,
    customer_no: customer.customerNo,
    open_tickets: tickets.map((t) => ({
      number: ticketNumber(t.number),
      subject: t.subject,
      status: t.status,
      sla_due_at: t.slaDueAt.toISOString(),
    })),
    work_items: items.map((i) => ({
      id: i.id,
      purpose: i.purpose,
      channel: i.channel,
      business_date: i.businessDate,
      status: i.status,
      amount: minorToUnits(i.amountMinor, currencyDecimals(i.currency)),
      currency: i.currency,
      attempts: i.attempts,
    })),
    // The promises still to keep, and those broken (the agent should know); kept ones stay on the 360 page.
    promises: promises
      .filter((p) => p.status !== 'kept')
      .slice(0, 3)
      .map((p) => ({
        promised_date: p.promised_date,
        amount: p.amount,
        paid: p.paid,
        currency,
        status: p.status === 'broken' ? ('broken' as const) : ('open' as const),
      })),
    last_interactions: timeline.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      summary: e.summary,
      actor_name: e.actorName ?? e.actor ?? null,
    })),
  };
}
