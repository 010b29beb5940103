import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type ResponseOf, type Schemas } from '../../../api/client';
import { invalidateOnLive } from '../../../live/live-keys';

export type CallProtocol = ResponseOf<'getCallProtocol'>;
export type Phrase = Schemas['ProtocolPhrase'];
export type ProtocolStep = Schemas['ProtocolStepRecord']['step'];
export type PhraseKind = Phrase['kind'];
export type CallPurpose = NonNullable<Phrase['purpose']>;

export const phraseKinds = [
  'greeting',
  'empathy',
  'positive',
  'hold',
  'second_hold',
  'hold_return',
  'late_apology',
  'callback',
  'closing',
  'escalation',
  'script',
] as const satisfies readonly PhraseKind[];
export const callPurposes = [
  'reminder',
  'follow_up',
  'thanks',
  'marketing',
  'survey',
  'inquiry',
  'complaint',
] as const satisfies readonly CallPurpose[];
export const closingItems = ['resolved_confirmed', 'more_help_offered', 'rating_invited'] as const;
export const callOutcomes = [
  'resolved',
  'information_given',
  'escalated',
  'callback_promised',
  'promise_to_pay',
  'not_resolved',
  'wrong_number',
  'other',
] as const;
export type CallOutcome = (typeof callOutcomes)[number];

const protocolKey = ['protocol', 'call'] as const;
const phrasesKey = ['protocol', 'phrases'] as const;

// A step, an outcome, a hang-up: every change of the call reloads its protocol.
invalidateOnLive(['call.updated', 'agent.state'], protocolKey);

/** The protocol of the call on my seat, with the server's clock skew for the countdowns. */
export function useCallProtocol(enabled: boolean) {
  return useQuery({
    queryKey: protocolKey,
    enabled,
    queryFn: async () => {
      const view = await unwrap(client.GET('/api/v1/protocol/call'));
      return { ...view, skewMs: Date.parse(view.now) - Date.now() };
    },
    retry: 1,
    // A call's protocol is not kept once its panel closes: the next call never shows the last one's steps.
    gcTime: 0,
  });
}

export type CallProtocolAnswer = CallProtocol & { skewMs: number };

export function usePhrases() {
  return useQuery({
    queryKey: phrasesKey,
    queryFn: () => unwrap(client.GET('/api/v1/protocol/phrases')),
    staleTime: 60_000,
  });
}

function useProtocolCommand<TInput>(run: (input: TInput) => Promise<CallProtocol>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (view) => queryClient.setQueryData(protocolKey, { ...view, skewMs: Date.parse(view.now) - Date.now() }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: protocolKey }),
  });
}

export function useRecordStep() {
  return useProtocolCommand((step: ProtocolStep) =>
    unwrap(client.POST('/api/v1/protocol/call/steps', { body: { step } })),
  );
}

export function useRecordOutcome() {
  return useProtocolCommand((body: { outcome: CallOutcome; note?: string }) =>
    unwrap(client.POST('/api/v1/protocol/call/outcome', { body })),
  );
}

export type PhraseInput = {
  kind: PhraseKind;
  purpose: CallPurpose | null;
  title_ar: string | null;
  title_en: string | null;
  text_ar: string;
  text_en: string;
  sort: number;
  active: boolean;
};

export function useSavePhrase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: PhraseInput & { id?: string }) => {
      if (!id) return unwrap(client.POST('/api/v1/protocol/phrases', { body }));
      const { kind: _kind, ...patch } = body;
      return unwrap(client.PATCH('/api/v1/protocol/phrases/{id}', { params: { path: { id } }, body: patch }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: phrasesKey }),
  });
}
