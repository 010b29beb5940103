import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, unwrap, type QueryOf, type ResponseOf, type Schemas } from '../../../api/client';
import { invalidateOnLive } from '../../../live/live-keys';
import { queryString } from '../../../ui/api-client';

export type CallRecord = Schemas['CallRecord'];
export type CallDetail = ResponseOf<'getCall'>;
export type CallEventItem = CallDetail['events'][number];
/** The list's filters (days in the installation's time zone, both included). */
export type CallFilter = Omit<QueryOf<'listCalls'>, 'limit' | 'offset'>;

const callsKey = ['calls'] as const;
export const callsPageSize = 50;

/** One page of call records, newest first (an agent gets his own; the server decides). */
export function useCalls(filter: CallFilter, page: number) {
  return useQuery({
    queryKey: [...callsKey, 'list', filter, page],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/calls', {
          params: { query: { ...filter, limit: callsPageSize, offset: page * callsPageSize } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** A call with its events, while the drawer shows it. */
export function useCall(id: string | null) {
  return useQuery({
    queryKey: [...callsKey, 'detail', id],
    queryFn: () => unwrap(client.GET('/api/v1/calls/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
  });
}

export type AgentTimeline = ResponseOf<'getAgentTimeline'>;

/** An agent's states over a day (an agent may ask only for his own). */
export function useAgentTimeline(agent: string | null, date: string) {
  return useQuery({
    queryKey: [...agentStateKey, agent, date],
    queryFn: () =>
      unwrap(client.GET('/api/v1/agents/{agent}/timeline', { params: { path: { agent: agent! }, query: { date } } })),
    enabled: agent !== null,
  });
}

const agentStateKey = ['agent-state'] as const;
invalidateOnLive(['agent.state'], agentStateKey);

export const callsExportHref = (filter: CallFilter, format: 'xlsx' | 'csv') =>
  `/api/v1/calls/export${queryString({ ...filter, format })}`;

// A call that changes anywhere (the runtime, an import) refreshes the list and the open call.
invalidateOnLive(['call.updated'], callsKey);
