import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../../ui/api-client';
import { invalidateOnLive } from '../../../live/live-keys';

// The inquiries API (server/src/modules/tickets/inquiries.service.ts): log and list, and the
// customer search (GET /customers) the form uses to find the caller.

export const inquiryChannels = ['phone', 'fax', 'email'] as const;
export type InquiryChannel = (typeof inquiryChannels)[number];
export const inquiryCategories = ['account', 'installments', 'products', 'shipment', 'complaint', 'other'] as const;
export type InquiryCategory = (typeof inquiryCategories)[number];

export const isInquiryChannel = (v: string): v is InquiryChannel => (inquiryChannels as readonly string[]).includes(v);
export const isInquiryCategory = (v: string): v is InquiryCategory =>
  (inquiryCategories as readonly string[]).includes(v);

export type Inquiry = {
  id: string;
  number: string;
  channel: string;
  customer_no: string | null;
  customer_name: string | null;
  category: string;
  subject: string;
  question: string;
  answer: string | null;
  first_contact_resolved: boolean;
  status: string;
  requester_email: string | null;
  ticket_id: string | null;
  created_by: string | null;
  created_at: string;
  answered_at: string | null;
  version: number;
};

export type NewInquiry = {
  channel: InquiryChannel;
  customer_no?: string;
  prospect?: { name: string; phone?: string; email?: string; country: string };
  category: InquiryCategory;
  subject: string;
  question: string;
  answer?: string;
  first_contact_resolved: boolean;
};

const inquiriesKey = ['tickets', 'inquiries'] as const;
invalidateOnLive(['inquiry.changed'], inquiriesKey);
const pageSize = 50;

export function useInquiries(page: number) {
  return useQuery({
    queryKey: [...inquiriesKey, page],
    queryFn: () =>
      api.get<{ items: Inquiry[]; has_more: boolean }>(
        `/inquiries${queryString({ limit: pageSize, offset: (page - 1) * pageSize })}`,
      ),
  });
}

/** One inquiry with its conversation (the customer's mail, our answers) and its documents. */
export type InquiryDetail = Inquiry & {
  messages: {
    id: string;
    kind: 'inbound' | 'reply' | 'note';
    body: string;
    author: string | null;
    created_at: string;
  }[];
  attachments: { id: string; filename: string; content_type: string; size: number; created_at: string }[];
};

export const inquiryKey = (id: string) => [...inquiriesKey, 'one', id] as const;

export function useInquiry(id: string) {
  return useQuery({ queryKey: inquiryKey(id), queryFn: () => api.get<InquiryDetail>(`/inquiries/${id}`) });
}

export const inquiryAttachmentUrl = (inquiryId: string, attachmentId: string) =>
  `/api/v1/inquiries/${inquiryId}/attachments/${attachmentId}`;

export type InquiryChange =
  | {
      kind: 'answer';
      body: {
        customer_no?: string;
        answer?: string;
        category?: InquiryCategory;
        first_contact_resolved?: boolean;
        version: number;
      };
    }
  | { kind: 'reply'; body: { body: string } }
  | {
      kind: 'ticket';
      body: { category: string; subject?: string; description?: string; fields: Record<string, string> };
    };

/** Answering, answering by email, or turning the inquiry into a ticket; the list and the page reload. */
export function useInquiryChange(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: InquiryChange) =>
      change.kind === 'answer'
        ? api.patch<InquiryDetail>(`/inquiries/${id}`, change.body)
        : change.kind === 'reply'
          ? api.post<InquiryDetail>(`/inquiries/${id}/replies`, change.body)
          : api.post<{ id: string; number: string }>(`/inquiries/${id}/ticket`, change.body),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['tickets'] }),
  });
}

export function useCreateInquiry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewInquiry) => api.post<Inquiry>('/inquiries', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: inquiriesKey }),
  });
}

/**
 * A caller found while logging a call (GET /customers/lookup: the exact customer or contract
 * number or any form of the phone; audited). `readable`: the user may open the customer's page.
 */
export type CustomerMatch = {
  customer_no: string;
  name: string;
  type: string;
  country: string;
  mobile_masked: string | null;
  readable: boolean;
};

/** The caller with exactly the number the agent typed (three characters at least). */
export function useCustomerLookup(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['tickets', 'customer-lookup', q],
    queryFn: () => api.get<{ items: CustomerMatch[] }>(`/customers/lookup${queryString({ q })}`),
    enabled: q.length >= 3,
    staleTime: 30_000,
  });
}
