// The call on an agent's seat as other modules see it (the call-protocol assistant): the live
// leg from the routing runtime, and its stored record with its events. Only the agent's own call
// that is connected, on hold or in its wrap-up is given; anything else is `no_call`.
import type { AppContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { findCallByExternalId, findCallEventRows, type CallEventRow, type CallRow } from './calls.repository.ts';
import { recordCallEvents } from './calls.service.ts';
import type { CallEvent } from './domain/call-events.ts';
import { findQueues } from './routing.repository.ts';
import { telephonyOf } from './telephony.instance.ts';

type Host = Pick<AppContext, 'database' | 'config' | 'settings'>;

export type SeatCall = {
  agent: string;
  /** connected (talking or on hold) or wrap_up (the call has ended, the agent is finishing it). */
  phase: 'connected' | 'wrap_up';
  held: boolean;
  /** The switch's leg id (the seat's `call.id`). */
  legId: string;
  /** The call record's id, once its first event is stored. */
  callId: string | null;
  record: CallRow | null;
  events: Pick<CallEventRow, 'seq' | 'type' | 'at' | 'agent' | 'data'>[];
  queue: { code: string; nameAr: string; nameEn: string } | null;
  /** The telephone's clock (the simulator's virtual time, or the wall clock with a switch). */
  now: Date;
};

/** The agent's own current call (connected, on hold, or in wrap-up); `no_call` otherwise. */
export async function seatCallOf(ctx: Host, agent: string): Promise<SeatCall> {
  const runtime = await telephonyOf(ctx);
  const seat = runtime.center.agent(agent);
  if (!seat) throw new AppError('not_in_queue');
  const phase =
    seat.state === 'on_call' || seat.state === 'hold' ? 'connected' : seat.state === 'wrap_up' ? 'wrap_up' : null;
  if (!phase || !seat.callId) throw new AppError('no_call');
  const live = runtime.center.call(seat.callId);
  const source = ctx.config.telephony.adapter;
  let record = await findCallByExternalId(ctx.database.db, source, seat.callId);
  if (!record || (phase === 'connected' && !record.answeredAt)) {
    // The runtime writes call events in the background: the answer may be on its way.
    await runtime.center.flush();
    record = await findCallByExternalId(ctx.database.db, source, seat.callId);
  }
  const events = record ? await findCallEventRows(ctx.database.db, record.id) : [];
  const queueRow = record?.queue ? (await findQueues(ctx.database.db)).find((q) => q.code === record.queue) : undefined;
  return {
    agent,
    phase,
    held: phase === 'connected' && (live?.held ?? seat.state === 'hold'),
    legId: seat.callId,
    callId: record?.id ?? null,
    record: record ?? null,
    events: events.map((e) => ({ seq: e.seq, type: e.type, at: e.at, agent: e.agent, data: e.data })),
    queue: queueRow ? { code: queueRow.code, nameAr: queueRow.nameAr, nameEn: queueRow.nameEn } : null,
    now: runtime.simulator ? runtime.simulator.now() : new Date(),
  };
}

/** Adds events (protocol steps, the outcome) to the seat's call record; its id back. */
export async function recordSeatCallEvents(ctx: Host, call: SeatCall, events: CallEvent[]): Promise<string> {
  const stored = await recordCallEvents(ctx.database, ctx.config.telephony.adapter, call.legId, events);
  return stored?.callId ?? call.callId ?? '';
}
