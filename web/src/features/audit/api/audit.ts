import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { client, unwrap, type QueryOf, type ResponseOf } from '../../../api/client';
import { queryString } from '../../../ui/api-client';
import ar from '../../../i18n/locales/ar/audit.json';

export type AuditEntry = ResponseOf<'listAuditEntries'>['items'][number];

/** Days (YYYY-MM-DD) in the installation's time zone, both included. */
export type AuditFilter = Pick<QueryOf<'listAuditEntries'>, 'actor_id' | 'action' | 'entity' | 'from' | 'to'>;

/** The codes the app knows how to name (the translation files list them). */
export const auditEntities = Object.keys(ar.entities) as (keyof typeof ar.entities)[];
export const auditActionKeys = Object.keys(ar.actions) as (keyof typeof ar.actions)[];
/** `ticket.create` ↔ the translation key `ticket__create` (a dot would nest the key). */
export const actionKeyOf = (action: string) => action.replace(/\./g, '__').replace(/\+/g, '_and_');
export const actionOfKey = (key: string) => key.replace(/__/g, '.').replace(/_and_/g, '+');

export const auditPageSize = 50;

/** The audit log, newest first, a page at a time ("load more"). */
export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/api/v1/audit', { params: { query: { ...filter, limit: auditPageSize, offset: pageParam } } }),
      ),
    getNextPageParam: (last, pages) => (last.items.length < auditPageSize ? undefined : pages.length * auditPageSize),
    placeholderData: keepPreviousData,
  });
}

export const auditExportHref = (filter: AuditFilter) => `/api/v1/audit/export.xlsx${queryString({ ...filter })}`;
