import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type ResponseOf, type Schemas } from '../../../api/client';
import { isApiError } from '../../../ui/api-client';
import { invalidateOnLive } from '../../../live/live-keys';
import { clockSkew, inCall } from '../domain/timing';

export type Seat = ResponseOf<'getSeat'>;
export type SeatCall = Schemas['SeatCall'];
export type BreakReason = Schemas['BreakReason'];
export type LiveView = ResponseOf<'getTelephonyLive'>;
export type LiveAgent = Schemas['LiveAgent'];
export type LiveCall = Schemas['LiveCall'];
export type LiveQueue = Schemas['LiveQueue'];

/** The queues an agent may send a caller to (their names come from i18n: agents do not read the queue list). */
export const transferQueues = ['service', 'collections', 'key_accounts'] as const;

/** Break reasons the runtime sets by itself (a missed call, an unreachable phone): shown, never chosen. */
export const systemBreakReasons: readonly string[] = ['missed_call', 'seat_unreachable'];

/** The seat, and how far the server's clock is ahead of the browser's (from the answer's Date header). */
export type SeatAnswer = { seat: Seat; skewMs: number } | { seat: null; notInQueue: true };

const seatKey = ['telephony', 'seat'] as const;
const liveKey = ['telephony', 'live'] as const;

// A ring, an answer, a hang-up or a colleague's state reloads the seat and the live view.
invalidateOnLive(['agent.state', 'call.updated'], seatKey);
invalidateOnLive(['agent.state', 'call.updated'], liveKey);

/** Fallback poll while a call is on the seat (or always, on the live view), should an event be lost. */
const POLL_MS = 5_000;

/** The Date header counts whole seconds: under 1.5 s of difference is taken as none. */
function skewOf(response: Response, receivedAt: number): number {
  const date = Date.parse(response.headers.get('date') ?? '');
  if (Number.isNaN(date)) return 0;
  const skew = clockSkew(date + 500, receivedAt);
  return Math.abs(skew) < 1_500 ? 0 : skew;
}

export function useSeat(enabled: boolean) {
  return useQuery({
    queryKey: seatKey,
    enabled,
    queryFn: async (): Promise<SeatAnswer> => {
      let response: Response | undefined;
      try {
        const seat = await unwrap(
          client.GET('/api/v1/telephony/seat').then((result) => {
            response = result.response;
            return result;
          }),
        );
        return { seat, skewMs: response ? skewOf(response, Date.now()) : 0 };
      } catch (error) {
        // No queue for the user's skills: not an error, the bar stays away.
        if (isApiError(error) && error.code === 'not_in_queue') return { seat: null, notInQueue: true };
        throw error;
      }
    },
    refetchInterval: (query) => {
      const answer = query.state.data;
      return answer?.seat && inCall(answer.seat.state) ? POLL_MS : false;
    },
    retry: 1,
  });
}

function useSeatCommand<TInput, TOutput>(run: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries({ queryKey: seatKey }),
  });
}

export function useSetSeatState() {
  return useSeatCommand((body: { state: 'available' | 'break' | 'offline'; reason?: string }) =>
    unwrap(client.POST('/api/v1/telephony/seat/state', { body })),
  );
}

export function useAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/telephony/seat/answer')),
    // The seat rings a moment before the phone itself does (the switch is still setting the leg
    // up): the switch refuses that answer as call_state; a second try a moment later goes through.
    retry: (failures, error) => failures < 4 && isApiError(error) && error.code === 'call_state',
    retryDelay: 300,
    onSettled: () => queryClient.invalidateQueries({ queryKey: seatKey }),
  });
}

export function useHold() {
  return useSeatCommand((on: boolean) => unwrap(client.POST('/api/v1/telephony/seat/hold', { body: { on } })));
}

export function useHangup() {
  return useSeatCommand(() => unwrap(client.POST('/api/v1/telephony/seat/hangup')));
}

export function useWrapUpDone() {
  return useSeatCommand(() => unwrap(client.POST('/api/v1/telephony/seat/wrap-up-done')));
}

export function useTransfer() {
  return useSeatCommand((queue: string) => unwrap(client.POST('/api/v1/telephony/seat/transfer', { body: { queue } })));
}

export type LiveAnswer = LiveView & { skewMs: number };

export function useLiveView() {
  return useQuery({
    queryKey: liveKey,
    queryFn: async (): Promise<LiveAnswer> => {
      const view = await unwrap(client.GET('/api/v1/telephony/live'));
      return { ...view, skewMs: clockSkew(Date.parse(view.now), Date.now()) };
    },
    refetchInterval: POLL_MS,
  });
}

function useLiveCommand<TInput>(run: (input: TInput) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries({ queryKey: liveKey }),
  });
}

export function useForceState() {
  return useLiveCommand(({ agent, state }: { agent: string; state: 'available' | 'break' | 'offline' }) =>
    unwrap(client.POST('/api/v1/telephony/agents/{agent}/state', { params: { path: { agent } }, body: { state } })),
  );
}

export function useMoveCall() {
  return useLiveCommand(({ id, queue }: { id: string; queue: string }) =>
    unwrap(client.POST('/api/v1/telephony/calls/{id}/move', { params: { path: { id } }, body: { queue } })),
  );
}

export function useSnoop() {
  return useLiveCommand(({ agent, mode }: { agent: string; mode: 'listen' | 'whisper' | 'barge' }) =>
    unwrap(client.POST('/api/v1/telephony/agents/{agent}/snoop', { params: { path: { agent } }, body: { mode } })),
  );
}
