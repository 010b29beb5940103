import type { Database, Tx } from '../../db/client.ts';
import { audit, type Actor } from '../audit/index.ts';
import { publish } from '../events/index.ts';
import {
  countryOfE164,
  currencyDecimals,
  findCustomerContacts,
  isValidMobile,
  type CustomerContact,
  minorToUnits,
  zonedWallTimeToInstant,
} from '../customers/index.ts';
import type { Outbox } from '../messaging/index.ts';
import type { Settings, SettingsService } from '../settings/index.ts';
import {
  addItems,
  assignItems,
  completeSettledSmsListsOf,
  countSmsMessagesOfDate,
  findItemsOfList,
  findListsOfDate,
  findOrCreateList,
  findUnassignedItems,
  markItemQueued,
  markItemRefused,
  markItemWaitingForNumber,
  markListDistributed,
  markPendingItemQueued,
  moveItemToList,
  openDataCorrectionTask,
  setListStatus,
  type NewItem,
  workListChanged,
} from '../worklists/index.ts';
import {
  followupWindow,
  isBusinessDay,
  phoneOrder,
  reminderWindow,
  thanksWindow,
  tierOf,
  addDays,
  type Purpose,
} from './domain/daily-rules.ts';
import { callOrder, distributeEqually, distributeFairly } from './domain/distribution.ts';
import {
  findCollectionAgents,
  findLastCompletedRunBefore,
  finishRun,
  findRun,
  selectPaidInFull,
  selectUnpaidDue,
  startRun,
  type SelectedInstallment,
} from './daily-run.repository.ts';

// يوم التحصيل — the collections day for a business date (SPEC P, exact rules).

export type ListSummary = {
  purpose: Purpose;
  channel: 'sms' | 'phone';
  items: number;
  installments: number;
  amount: number;
};
export type RunSummary = {
  date: string;
  previous_date: string | null;
  business_day: boolean;
  notes: string[];
  /** When the date was already run: the first run (whose summary holds the work); `lists` then holds only what is new. */
  first_run: { started_at: string; started_by: string | null; started_by_name: string | null } | null;
  lists: ListSummary[];
  skipped: { do_not_call: number; sms_opt_out_to_phone: number; no_usable_number: number };
  agents: string[];
  /** The display names of `agents`, in the same order. */
  agent_names: string[];
  undistributed_phone_items: number;
  sms: {
    queued: number;
    duplicates: number;
    refused: number;
    refused_reasons: Record<string, number>;
    moved_to_phone: number;
  } | null;
};

const DAILY_RUN_LOCK = 72_430_100;

function lockKeyOf(date: string): number {
  return DAILY_RUN_LOCK + (Number(date.replaceAll('-', '')) % 1_000_000);
}

type Options = { send: boolean; agents?: string[]; today?: string };

/**
 * Runs the collections day for `date`: selects the reminder, follow-up and thanks work,
 * creates one item per customer per list, sends by SMS where the customer has a valid mobile
 * and no opt-out, distributes the phone lists. Running a date again creates and sends nothing
 * new. Two runs of one date never interleave: the second waits for the first.
 */
export async function runDailyCollections(
  database: Database,
  settings: SettingsService,
  outbox: Outbox | null,
  actor: Actor,
  date: string,
  options: Options,
): Promise<RunSummary> {
  return database.withExclusiveLock(lockKeyOf(date), async () => {
    const s = await settings.all();
    const previous = await findLastCompletedRunBefore(database.db, date);
    const summary: RunSummary = {
      date,
      previous_date: previous,
      business_day: isBusinessDay(
        date,
        s.weekend,
        s.holidays.map((h) => h.date),
      ),
      notes: [],
      first_run: null,
      lists: [],
      skipped: { do_not_call: 0, sms_opt_out_to_phone: 0, no_usable_number: 0 },
      agents: [],
      agent_names: [],
      undistributed_phone_items: 0,
      sms: null,
    };
    const today = options.today ?? new Intl.DateTimeFormat('en-CA', { timeZone: s.timezone }).format(new Date());
    if (date > today) summary.notes.push('future_date');
    if (date < addDays(today, -60)) summary.notes.push('far_past_date');
    if (!summary.business_day) summary.notes.push('not_a_business_day');
    const earlier = await findRun(database.db, date);
    const rerun = earlier?.status === 'completed';
    if (rerun) {
      summary.notes.push('already_run');
      summary.first_run = {
        started_at: new Date(earlier.started_at).toISOString(),
        started_by: earlier.started_by,
        started_by_name: earlier.started_by_name,
      };
    }

    await startRun(database.db, date, previous, actor.label);
    try {
      const cutoff = zonedWallTimeToInstant(Date.parse(`${date}T00:00:00Z`), s.timezone);
      const reminder = await selectUnpaidDue(
        database.db,
        'reminder',
        reminderWindow(date, previous, s.reminder_days_before),
        cutoff,
        false,
      );
      const followup = await selectUnpaidDue(
        database.db,
        'followup',
        followupWindow(date, previous, s.followup_days_after),
        cutoff,
        true,
      );
      const thanksDates = thanksWindow(date, previous);
      const thanks = await selectPaidInFull(
        database.db,
        zonedWallTimeToInstant(Date.parse(`${thanksDates.fromDate}T00:00:00Z`), s.timezone),
        cutoff,
      );
      const contacts = await findCustomerContacts(database.db, [
        ...new Set([...reminder, ...followup, ...thanks].map((i) => i.customerId)),
      ]);
      const agents = await findCollectionAgents(database.db, options.agents);
      summary.agents = agents.map((a) => a.username);
      summary.agent_names = agents.map((a) => a.display_name);

      for (const [purpose, selected] of [
        ['reminder', reminder],
        ['followup', followup],
        ['thanks', thanks],
      ] as const) {
        await database.db.transaction(async (tx) => {
          await buildLists(tx, purpose, date, groupByCustomer(selected), contacts, s, actor, summary, agents);
        });
      }
      if (agents.length === 0 && summary.lists.some((l) => l.channel === 'phone' && l.items > 0))
        summary.notes.push('no_active_agents');

      if (options.send && outbox) summary.sms = await sendSmsLists(database, outbox, actor, date);
      const added = summary.lists.reduce((n, l) => n + l.items, 0);
      await finishRun(database.db, date, 'completed', summary, rerun ? { by: actor.label, items: added } : null);
      await audit(database.db, actor, 'collections.daily_run', { entity: 'daily_run', id: date, after: summary });
      await publish(database.db, workListChanged(undefined));
      return summary;
    } catch (error) {
      await finishRun(
        database.db,
        date,
        rerun ? 'completed' : 'failed',
        { ...summary, error: (error as Error).message },
        rerun ? { by: actor.label, items: 0 } : null,
      );
      throw error;
    }
  });
}

function groupByCustomer(selected: SelectedInstallment[]): Map<string, SelectedInstallment[]> {
  const byCustomer = new Map<string, SelectedInstallment[]>();
  for (const s of selected) {
    const list = byCustomer.get(s.customerId);
    if (list) list.push(s);
    else byCustomer.set(s.customerId, [s]);
  }
  return byCustomer;
}

function validMobileOf(contact: CustomerContact): string | null {
  for (const p of contact.phones) {
    if (p.kind !== 'mobile' || !p.e164) continue;
    if (
      isValidMobile(
        { valid: p.valid, numberType: p.numberType, wrong: p.wrong, e164: p.e164 },
        contact.country,
        countryOfE164(p.e164),
      )
    )
      return p.e164;
  }
  return null;
}

async function buildLists(
  tx: Tx,
  purpose: Purpose,
  date: string,
  byCustomer: Map<string, SelectedInstallment[]>,
  contacts: Map<string, CustomerContact>,
  s: Settings,
  actor: Actor,
  summary: RunSummary,
  agents: Array<{ id: string; username: string }>,
) {
  const sms: NewItem[] = [];
  const phone: Array<NewItem & { noNumber: boolean }> = [];
  for (const [customerId, installments] of byCustomer) {
    const contact = contacts.get(customerId);
    if (!contact) continue;
    const amountMinor = installments.reduce((sum, i) => sum + i.amountMinor, 0);
    const currency = installments[0]!.currency;
    const amount = minorToUnits(amountMinor, currencyDecimals(currency));
    const base = {
      customerId,
      amountMinor,
      currency,
      tier: purpose === 'followup' ? tierOf(amount, { tier1Above: s.tier1_above, tier2From: s.tier2_from }) : null,
      priority: 0,
      installments: installments.map((i) => ({ installmentId: i.installmentId, outstandingMinor: i.amountMinor })),
    };
    const mobile = validMobileOf(contact);
    if (purpose !== 'followup' && mobile && !contact.smsOptOut) {
      sms.push({ ...base, phones: [mobile] });
      continue;
    }
    if (purpose !== 'followup' && mobile && contact.smsOptOut) summary.skipped.sms_opt_out_to_phone++;
    if (contact.doNotCall) {
      summary.skipped.do_not_call++;
      continue;
    }
    const phones = phoneOrder(
      purpose,
      contact.phones.map((p) => ({
        kind: p.kind as 'mobile',
        e164: p.e164,
        valid: p.valid,
        wrong: p.wrong,
        validMobile: p.e164 !== null && isValidMobile({ ...p }, contact.country, countryOfE164(p.e164)),
      })),
    );
    if (phones.length === 0) summary.skipped.no_usable_number++;
    phone.push({ ...base, phones, noNumber: phones.length === 0 });
  }

  const ordered = callOrder(phone.map((p) => ({ ...p, amount: p.amountMinor })));
  ordered.forEach((item, i) => (item.priority = i));

  for (const [channel, items] of [
    ['sms', sms],
    ['phone', ordered],
  ] as const) {
    if (items.length === 0) continue;
    const list = await findOrCreateList(tx, { purpose, channel, businessDate: date, source: 'daily' }, actor.label);
    const itemOf = await addItems(tx, list.id, purpose, items);
    summary.lists.push({
      purpose,
      channel,
      items: items.length,
      installments: items.reduce((n, i) => n + i.installments.length, 0),
      amount: minorToUnits(
        items.reduce((n, i) => n + i.amountMinor, 0),
        currencyDecimals(items[0]!.currency),
      ),
    });
    if (channel === 'phone') {
      for (const item of items as typeof ordered) {
        if (item.noNumber) {
          // Nothing to dial: the item waits for IT, whose correction reopens it (and sign-off
          // counts it as explained meanwhile).
          await markItemWaitingForNumber(tx, itemOf.get(item.customerId)!);
          await openDataCorrectionTask(tx, {
            customerId: item.customerId,
            contactPointId: null,
            itemId: itemOf.get(item.customerId) ?? null,
            reason: 'no_usable_number',
            createdBy: actor.label,
          });
        }
      }
      await distributeList(tx, list.id, purpose, agents, actor.label, summary);
    }
  }
}

/** Deals a phone list's unassigned items to the agents: follow-up fairly, others equally. */
export async function distributeList(
  tx: Tx,
  listId: string,
  purpose: string,
  agents: Array<{ id: string; username: string }>,
  by: string,
  summary?: RunSummary,
) {
  const unassigned = await findUnassignedItems(tx, listId);
  if (agents.length === 0) {
    if (summary) summary.undistributed_phone_items += unassigned.length;
    return;
  }
  const ids = agents.map((a) => a.id);
  const shares =
    purpose === 'followup'
      ? distributeFairly(
          unassigned.map((i) => ({ ...i, tier: (i.tier ?? 3) as 1 | 2 | 3, amount: i.amountMinor })),
          ids,
        )
      : distributeEqually(unassigned, ids);
  await assignItems(
    tx,
    [...shares].flatMap(([agentId, items]) => items.map((i) => ({ itemId: i.id, agentId }))),
  );
  await markListDistributed(tx, listId, by);
  await publish(tx, workListChanged(listId, [...shares.keys()]));
}

// ---- sending ---------------------------------------------------------------------------

/**
 * Queues the day's SMS items through the outbox with the approved template of their purpose.
 * A customer whose message is refused (too long for one segment, opted out …) moves to the
 * phone list of the same day.
 */
export async function sendSmsLists(database: Database, outbox: Outbox, actor: Actor, date: string) {
  const result = emptySendResult();
  for (const list of await findListsOfDate(database.db, date)) {
    if (list.channel !== 'sms' || list.source !== 'daily') continue;
    await queueSmsList(database, outbox, actor, list, result);
  }
  result.moved_to_phone = await moveUnsentToPhone(database, actor, date);
  return result;
}

function emptySendResult() {
  return { queued: 0, duplicates: 0, refused: 0, refused_reasons: {} as Record<string, number>, moved_to_phone: 0 };
}

/** "Send now" of one SMS list (its items not yet queued); refused items move to the phone list. */
export async function sendSmsList(
  database: Database,
  outbox: Outbox,
  actor: Actor,
  list: { id: string; purpose: string; businessDate: string },
) {
  const result = emptySendResult();
  await queueSmsList(database, outbox, actor, list, result);
  result.moved_to_phone = await moveUnsentToPhone(database, actor, list.businessDate);
  return result;
}

async function queueSmsList(
  database: Database,
  outbox: Outbox,
  actor: Actor,
  list: { id: string; purpose: string; businessDate: string },
  result: ReturnType<typeof emptySendResult>,
) {
  const date = list.businessDate;
  {
    const items = (await findItemsOfList(database.db, list.id)).filter((i) => i.status === 'pending');
    if (items.length === 0) return;
    for (let start = 0; start < items.length; start += 1000) {
      const chunk = items.slice(start, start + 1000);
      const enqueued = await outbox.enqueueSms(
        chunk.map((item) => ({
          purpose: list.purpose,
          businessRef: `item-${item.id}`,
          to: item.phones[0]!,
          template: {
            values: {
              name: item.name,
              amount: minorToUnits(Number(item.amount_minor), currencyDecimals(item.currency)),
              // The installment's due date (the earliest, when the item names several), not the run's date.
              due_date: item.installments.map((i) => i.due_date).sort()[0] ?? date,
            },
          },
          createdBy: actor.id,
        })),
      );
      const itemOfKey = (key: string | undefined) => /:item-([0-9a-f-]{36}):/.exec(key ?? '')?.[1];
      await database.db.transaction(async (tx) => {
        for (const q of enqueued.queued) {
          const itemId = itemOfKey(q.key);
          if (itemId) await markItemQueued(tx, itemId, q.id);
        }
        for (const d of enqueued.duplicates) {
          const itemId = itemOfKey(d.key);
          if (itemId) await markPendingItemQueued(tx, itemId);
        }
        for (const r of enqueued.refused) {
          result.refused_reasons[r.code] = (result.refused_reasons[r.code] ?? 0) + 1;
          const itemId = itemOfKey(r.key) ?? chunk.find((i) => i.phones[0] === r.to)?.id;
          if (itemId) await markItemRefused(tx, itemId, r.code);
        }
      });
      result.queued += enqueued.queued.length;
      result.duplicates += enqueued.duplicates.length;
      result.refused += enqueued.refused.length;
    }
    await setListStatus(database.db, list.id, { status: 'in_progress', startedAt: new Date() });
    await publish(database.db, workListChanged(list.id));
  }
}

/**
 * SMS items refused or permanently failed go to the phone list of the same day, their
 * installments with them (each stays in exactly one item of its purpose).
 */
export async function moveUnsentToPhone(database: Database, actor: Actor, date: string): Promise<number> {
  let moved = 0;
  const agents = await findCollectionAgents(database.db);
  for (const list of await findListsOfDate(database.db, date)) {
    // Only the collections day's lists: a marketing or survey list is its own campaign's business.
    if (list.channel !== 'sms' || list.source !== 'daily') continue;
    const stuck = (await findItemsOfList(database.db, list.id)).filter(
      (i) =>
        i.status === 'refused' ||
        (i.message_status !== null &&
          ['failed', 'rejected', 'expired'].includes(i.message_status) &&
          i.status !== 'moved'),
    );
    if (stuck.length === 0) continue;
    await database.db.transaction(async (tx) => {
      const phoneList = await findOrCreateList(
        tx,
        { purpose: list.purpose, channel: 'phone', businessDate: date, source: list.source },
        actor.label,
      );
      for (const item of stuck) {
        await moveItemToList(tx, item.id, phoneList.id, item.reason ?? item.message_status);
        moved++;
      }
      await distributeList(tx, phoneList.id, list.purpose, agents, actor.label);
    });
  }
  return moved;
}

/** The work lists of a business date, as `tawasul lists --json` prints them (SPEC §5). */
export async function listsOfDate(database: Database, date: string) {
  const lists = await findListsOfDate(database.db, date);
  return {
    date,
    lists: await Promise.all(
      lists.map(async (list) => {
        const items = await findItemsOfList(database.db, list.id);
        return {
          id: list.id,
          purpose: list.purpose,
          channel: list.channel,
          status: list.status,
          items: items
            .filter((i) => i.status !== 'moved')
            .map((i) => {
              const decimals = currencyDecimals(i.currency);
              return {
                customer_no: i.customer_no,
                amount: minorToUnits(Number(i.amount_minor), decimals),
                tier: i.tier,
                phone: i.phones[Math.min(i.next_phone, Math.max(0, i.phones.length - 1))] ?? null,
                agent: list.channel === 'phone' ? i.agent : null,
                status: i.message_status ?? i.status,
                installments: i.installments.map((inst) => ({
                  contract_no: inst.contract_no,
                  installment_no: inst.installment_no,
                  outstanding: minorToUnits(Number(inst.outstanding_minor), decimals),
                })),
              };
            }),
        };
      }),
    ),
  };
}

/** An SMS list whose every message is accepted or failed is complete. */
export async function completeSettledSmsLists(database: Database, date: string) {
  for (const id of await completeSettledSmsListsOf(database.db, date)) await publish(database.db, workListChanged(id));
}

/** Messages of the day's SMS items not yet accepted or failed. */
export async function countUnsettledMessages(
  database: Database,
  date: string,
): Promise<{ total: number; unsettled: number }> {
  return countSmsMessagesOfDate(database.db, date);
}
