import { useInfiniteQuery } from '@tanstack/react-query';
import { api, queryString } from '../../../ui/api-client';

export type AuditEntry = {
  id: string;
  at: string;
  actor_id: string | null;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

export const auditPageSize = 50;

/** The audit log, newest first, a page at a time ("load more"). */
export function useAuditLog() {
  return useInfiniteQuery({
    queryKey: ['audit'],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      api.get<{ items: AuditEntry[] }>(`/audit${queryString({ limit: auditPageSize, offset: pageParam })}`),
    getNextPageParam: (last, pages) => (last.items.length < auditPageSize ? undefined : pages.length * auditPageSize),
  });
}
