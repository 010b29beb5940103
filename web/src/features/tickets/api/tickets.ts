import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString, uploadWithProgress } from '../../../ui/api-client';
import { invalidateOnLive } from '../../../live/live-keys';

// The tickets API (server/src/modules/tickets/tickets.routes.ts): queues, the ticket page, changes.

export const queues = ['mine', 'group', 'all'] as const;
export type Queue = (typeof queues)[number];

export const ticketStatuses = ['new', 'open', 'pending', 'escalated', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketCategories = [
  'service_failure',
  'address_change',
  'claim',
  'advance_notice',
  'inquiry',
  'complaint',
  'data_correction',
] as const;
export type TicketCategory = (typeof ticketCategories)[number];

/** The four shipment categories need the shipper's and the consignee's details (key-accounts policy). */
const shipmentCategories: readonly TicketCategory[] = ['service_failure', 'address_change', 'claim', 'advance_notice'];
export const shipmentFields = [
  'waybill_no',
  'shipper_name',
  'shipper_phone',
  'consignee_name',
  'consignee_phone',
] as const;
export const ticketFields = [...shipmentFields, 'claim_amount'] as const;
export type TicketField = (typeof ticketFields)[number];
export const phoneFields: readonly TicketField[] = ['shipper_phone', 'consignee_phone'];

/** The mandatory fields of a category, in the order the form shows them (as the server's categories.ts). */
export function mandatoryFieldsOf(category: TicketCategory | null): TicketField[] {
  if (!category) return [];
  const fields: TicketField[] = shipmentCategories.includes(category) ? [...shipmentFields] : [];
  if (category === 'claim') fields.push('claim_amount');
  return fields;
}

export const groupCodes = ['key_accounts', 'tracking', 'customer_care', 'operations', 'retail_sales', 'it'] as const;
export type GroupCode = (typeof groupCodes)[number];
export const slaStates = ['ok', 'warning', 'breached', 'paused', 'met', 'missed'] as const;
export type SlaState = (typeof slaStates)[number];
export const priorities = ['low', 'normal', 'high', 'urgent'] as const;

export const isStatus = (v: string): v is TicketStatus => (ticketStatuses as readonly string[]).includes(v);
export const isCategory = (v: string): v is TicketCategory => (ticketCategories as readonly string[]).includes(v);
export const isGroup = (v: string): v is GroupCode => (groupCodes as readonly string[]).includes(v);
export const isField = (v: string): v is TicketField => (ticketFields as readonly string[]).includes(v);
export const isPriority = (v: string): v is (typeof priorities)[number] =>
  (priorities as readonly string[]).includes(v);

export type Person = { id: string; name: string | null };

export type QueueItem = {
  id: string;
  number: string;
  customer_no: string | null;
  customer_name: string | null;
  key_account: boolean;
  country: string;
  category: string;
  subject: string;
  group: string;
  assignee: Person | null;
  status: string;
  priority: string;
  claim_approval: string | null;
  sla_due_at: string;
  sla_state: SlaState;
  breached: boolean;
  created_at: string;
  updated_at: string;
  version: number;
  can_take: boolean;
  can_assign: boolean;
};

export type QueuePage = { queue: Queue; groups: string[]; has_more: boolean; items: QueueItem[] };

export type QueueFilter = {
  queue: Queue;
  status?: string;
  category?: TicketCategory;
  breached?: 'true' | 'false';
};

export type TicketMessage = {
  id: string;
  kind: 'note' | 'reply' | 'inbound';
  body: string;
  author: string | null;
  created_at: string;
  delivery_status: string | null;
};

export type Ticket = {
  id: string;
  number: string;
  customer: { customer_no: string; name: string; key_account: boolean; country: string } | null;
  category: string;
  subject: string;
  description: string | null;
  fields: Record<string, unknown>;
  group: string;
  assignee: Person | null;
  status: string;
  priority: string;
  resolution: string | null;
  claim: { amount: number | null; approval: string | null; decided_at: string | null } | null;
  sla: { due_at: string; paused_at: string | null; remaining_minutes_when_paused: number | null; state: SlaState };
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  messages: TicketMessage[];
  attachments: { id: string; filename: string; content_type: string; size: number; created_at: string }[];
  history: { at: string; kind: string; actor: string | null; data: unknown }[];
  permissions: {
    can_work: boolean;
    can_resolve: boolean;
    can_transfer: boolean;
    can_reply: boolean;
    can_approve_claim: boolean;
    can_take: boolean;
    can_assign: boolean;
    can_hand_back: boolean;
  };
  /** The group's active members, when the user may assign (supervisors, managers). */
  assignees: Person[];
  transfer_targets: string[];
};

export type NewTicket = {
  customer_no: string;
  category: TicketCategory | '';
  subject: string;
  description: string;
  fields: Record<string, string>;
};
export type CreatedTicket = {
  id: string;
  number: string;
  group: string;
  status: string;
  sla_due_at: string;
  created_at: string;
};

const pageSize = 50;

export const ticketsKeys = {
  all: ['tickets'] as const,
  queue: (filter: QueueFilter) => ['tickets', 'queue', filter] as const,
  ticket: (id: string) => ['tickets', 'ticket', id] as const,
};
invalidateOnLive(['ticket.changed'], ['tickets', 'queue']);
invalidateOnLive(['ticket.changed'], ['tickets', 'ticket']);
invalidateOnLive(['ticket.changed'], ['tickets', 'reports']);

/** One page of 50 of a queue (the server has no total; `has_more` says whether there is a next page). */
export function useQueue(filter: QueueFilter, page: number) {
  return useQuery({
    queryKey: [...ticketsKeys.queue(filter), page],
    queryFn: () =>
      api.get<QueuePage>(`/tickets${queryString({ ...filter, limit: pageSize, offset: (page - 1) * pageSize })}`),
    placeholderData: keepPreviousData,
  });
}

export function useTicket(id: string) {
  return useQuery({ queryKey: ticketsKeys.ticket(id), queryFn: () => api.get<Ticket>(`/tickets/${id}`) });
}

export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTicket) => api.post<CreatedTicket>('/tickets', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ticketsKeys.all }),
  });
}

export type TicketChange =
  | { path: 'notes' | 'replies'; body: { body: string } }
  | { path: 'transfer'; body: { group: string; note?: string } }
  | { path: 'assign'; body: { assignee_id: string | null } }
  | { path: 'status'; body: { action: 'open' | 'pending' | 'resolve' | 'reopen'; resolution?: string } }
  | { path: 'close'; body: { resolution: string } }
  | { path: 'claim-approval'; body: { approve: boolean; note?: string } };

/**
 * Every change carries the version the page shows: a stale one is answered 409, and the page
 * reloads the ticket (nothing is lost on the server; the text stays in the form).
 */
export function useTicketChange(ticket: Pick<Ticket, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: TicketChange) =>
      api.post<unknown>(`/tickets/${ticket.id}/${change.path}`, { ...change.body, version: ticket.version }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ticketsKeys.all }),
  });
}

/** The server's limit for one attachment (TICKET_ATTACHMENT_MAX_BYTES). */
export const attachmentMaxBytes = 10 * 1024 * 1024;

export const attachmentUrl = (ticketId: string, attachmentId: string) =>
  `/api/v1/tickets/${ticketId}/attachments/${attachmentId}`;

/** Multipart upload (field `file`, X-CSRF-Token) with progress; the ticket reloads afterwards. */
export function useUploadAttachment(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (fraction: number) => void }) => {
      const form = new FormData();
      form.append('file', file);
      return uploadWithProgress<unknown>(`/tickets/${ticketId}/attachments`, form, onProgress);
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ticketsKeys.ticket(ticketId) }),
  });
}
