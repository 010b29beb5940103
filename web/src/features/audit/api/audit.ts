import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, queryString } from '../../../ui/api-client';
import ar from '../../../i18n/locales/ar/audit.json';

export type AuditEntry = {
  id: number;
  at: string;
  actor_id: string | null;
  /** As recorded: a username, `token:<name>` or `system:<job>`. */
  actor: string;
  /** The person's name today (null for the system and API tokens). */
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  /** The record by its own name: a ticket's number, a customer's name … */
  entity_label: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

export type AuditFilter = {
  actor_id?: string;
  action?: string;
  entity?: string;
  /** Days (YYYY-MM-DD) in the installation's time zone, both included. */
  from?: string;
  to?: string;
};

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
      api.get<{ items: AuditEntry[] }>(`/audit${queryString({ ...filter, limit: auditPageSize, offset: pageParam })}`),
    getNextPageParam: (last, pages) => (last.items.length < auditPageSize ? undefined : pages.length * auditPageSize),
    placeholderData: keepPreviousData,
  });
}

export const auditExportHref = (filter: AuditFilter) => `/api/v1/audit/export.xlsx${queryString({ ...filter })}`;
