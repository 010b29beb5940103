import { useQuery } from '@tanstack/react-query';
import { client, unwrap, type Schemas } from '../../../api/client';

export type CallerContext = Schemas['CallerContext'];

/** The screen pop's context of the call on the seat: read once per call (it does not change while it rings). */
export function useCallerContext(callId: string | null) {
  return useQuery({
    queryKey: ['telephony', 'caller', callId],
    enabled: callId !== null,
    queryFn: () => unwrap(client.GET('/api/v1/telephony/seat/caller')),
    staleTime: 60_000,
    retry: false,
  });
}
