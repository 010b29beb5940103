import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type BodyOf, type Schemas } from '../../../api/client';
import { invalidateOnLive } from '../../../live/live-keys';

export type Dial = Schemas['Dial'];
export type Callback = Schemas['Callback'];
export type DialRequest = BodyOf<'dialFromSeat'>;

const dialKey = ['telephony', 'dial'] as const;
const callbacksKey = ['telephony', 'callbacks'] as const;
const seatKey = ['telephony', 'seat'] as const;

// The call's record and the agent's state change as the call rings, connects and ends.
invalidateOnLive(['call.updated', 'agent.state'], dialKey);
invalidateOnLive(['call.updated', 'agent.state'], callbacksKey);

/** While a placed call is under way the screen follows it closely (an event may be missed). */
const FOLLOW_MS = 1_000;

export function useLastDial(enabled = true) {
  return useQuery({
    queryKey: dialKey,
    enabled,
    queryFn: () => unwrap(client.GET('/api/v1/telephony/seat/dial')),
    refetchInterval: (query) => {
      const dial = query.state.data?.dial;
      return dial && dial.status !== 'ended' ? FOLLOW_MS : false;
    },
  });
}

export function useSeatCallbacks(enabled: boolean) {
  return useQuery({
    queryKey: callbacksKey,
    enabled,
    queryFn: () => unwrap(client.GET('/api/v1/telephony/seat/callbacks')),
    refetchInterval: 15_000,
  });
}

function useDialCommand<T>(run: (input: T) => Promise<Dial>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (dial) => queryClient.setQueryData(dialKey, { dial }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: dialKey }),
        queryClient.invalidateQueries({ queryKey: callbacksKey }),
        queryClient.invalidateQueries({ queryKey: seatKey }),
      ]),
  });
}

/** Click-to-call (A6): a work item or a customer's phone, never a number. */
export function useDial() {
  return useDialCommand((body: DialRequest) => unwrap(client.POST('/api/v1/telephony/seat/dial', { body })));
}

export function useDialCallback() {
  return useDialCommand((id: string) =>
    unwrap(client.POST('/api/v1/telephony/seat/callbacks/{id}/dial', { params: { path: { id } } })),
  );
}
