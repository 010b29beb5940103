import { useQuery } from '@tanstack/react-query';
import { client, unwrap, type ResponseOf } from '../../../api/client';
import { invalidateOnLive } from '../../../live/live-keys';
import { clockSkew } from '../../telephony/domain/timing';

// The live wallboard (K2) and the role dashboards through the typed client. Nothing polls: each
// query is reloaded by the live socket's events (and all of them after a reconnect).

export type Wallboard = ResponseOf<'getWallboard'>;
export type WallboardQueue = Wallboard['queues'][number];
export type WallboardDay = ResponseOf<'getWallboardDay'>;
export type AgentDashboard = ResponseOf<'getAgentDashboard'>;
export type TeamDashboard = ResponseOf<'getTeamDashboard'>;
export type CenterDashboard = ResponseOf<'getCenterDashboard'>;

const wallboardKey = ['dashboards', 'wallboard'] as const;
const wallboardDayKey = ['dashboards', 'wallboard-day'] as const;
const agentKey = ['dashboards', 'agent'] as const;
const teamKey = ['dashboards', 'team'] as const;
const centerKey = ['dashboards', 'center'] as const;

// A call queued, answered or ended, an agent's state: the calls side. A ticket or a collections
// item: the day's side.
invalidateOnLive(['call.updated', 'agent.state'], wallboardKey);
invalidateOnLive(['ticket.changed', 'work-item.changed', 'import.progress'], wallboardDayKey);
invalidateOnLive(['call.updated', 'agent.state', 'ticket.changed', 'work-item.changed'], agentKey);
invalidateOnLive(['call.updated', 'agent.state'], teamKey);
invalidateOnLive(['call.updated', 'ticket.changed', 'work-item.changed', 'outbox.message.changed'], centerKey);

export type WallboardAnswer = Wallboard & { skewMs: number };

export function useWallboard() {
  return useQuery({
    queryKey: wallboardKey,
    queryFn: async (): Promise<WallboardAnswer> => {
      const board = await unwrap(client.GET('/api/v1/wallboard'));
      return { ...board, skewMs: clockSkew(Date.parse(board.now), Date.now()) };
    },
  });
}

export function useWallboardDay() {
  return useQuery({ queryKey: wallboardDayKey, queryFn: () => unwrap(client.GET('/api/v1/wallboard/day')) });
}

export function useAgentDashboard(enabled: boolean) {
  return useQuery({ queryKey: agentKey, queryFn: () => unwrap(client.GET('/api/v1/dashboards/agent')), enabled });
}

export type TeamAnswer = TeamDashboard & { skewMs: number };

export function useTeamDashboard(enabled: boolean) {
  return useQuery({
    queryKey: teamKey,
    queryFn: async (): Promise<TeamAnswer> => {
      const team = await unwrap(client.GET('/api/v1/dashboards/team'));
      return { ...team, skewMs: clockSkew(Date.parse(team.now), Date.now()) };
    },
    enabled,
  });
}

export function useCenterDashboard(enabled: boolean) {
  return useQuery({ queryKey: centerKey, queryFn: () => unwrap(client.GET('/api/v1/dashboards/center')), enabled });
}
