import { useInfiniteQuery } from '@tanstack/react-query';
import { client, unwrap, type ResponseOf } from '../../../api/client';

export type AuditEntry = ResponseOf<'listAuditEntries'>['items'][number];

export const auditPageSize = 50;

/** The audit log, newest first, a page at a time ("load more"). */
export function useAuditLog() {
  return useInfiniteQuery({
    queryKey: ['audit'],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      unwrap(client.GET('/api/v1/audit', { params: { query: { limit: auditPageSize, offset: pageParam } } })),
    getNextPageParam: (last, pages) => (last.items.length < auditPageSize ? undefined : pages.length * auditPageSize),
  });
}
