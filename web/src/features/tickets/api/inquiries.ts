import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type BodyOf, type ResponseOf, type Schemas } from '../../../api/client';
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

export type Inquiry = Schemas['Inquiry'];
export type NewInquiry = BodyOf<'createInquiry'>;

const inquiriesKey = ['tickets', 'inquiries'] as const;
invalidateOnLive(['inquiry.changed'], inquiriesKey);
const pageSize = 50;

export function useInquiries(page: number) {
  return useQuery({
    queryKey: [...inquiriesKey, page],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/inquiries', { params: { query: { limit: pageSize, offset: (page - 1) * pageSize } } }),
      ),
  });
}

/** One inquiry with its conversation (the customer's mail, our answers) and its documents. */
type ContractInquiry = ResponseOf<'getInquiry'>;
type ContractMessage = ContractInquiry['messages'][number];
// The contract says string for a message's kind: the web narrows it to the three it shows.
export type InquiryDetail = Omit<ContractInquiry, 'messages'> & {
  messages: (Omit<ContractMessage, 'kind'> & { kind: 'inbound' | 'reply' | 'note' })[];
};

export const inquiryKey = (id: string) => [...inquiriesKey, 'one', id] as const;

export function useInquiry(id: string) {
  return useQuery({
    queryKey: inquiryKey(id),
    queryFn: async () =>
      (await unwrap(client.GET('/api/v1/inquiries/{id}', { params: { path: { id } } }))) as InquiryDetail,
  });
}

export const inquiryAttachmentUrl = (inquiryId: string, attachmentId: string) =>
  `/api/v1/inquiries/${inquiryId}/attachments/${attachmentId}`;

export type InquiryChange =
  | { kind: 'answer'; body: BodyOf<'updateInquiry'> }
  | { kind: 'reply'; body: BodyOf<'replyToInquiry'> }
  | {
      kind: 'ticket';
      // No category yet is sent as '' on purpose: the server's answer names the missing field.
      body: Omit<TicketFromInquiry, 'category'> & { category: TicketFromInquiry['category'] | '' };
    };
type TicketFromInquiry = BodyOf<'createTicketFromInquiry'>;

/** Answering, answering by email, or turning the inquiry into a ticket; the list and the page reload. */
export function useInquiryChange(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      change: InquiryChange,
    ): Promise<
      ResponseOf<'updateInquiry'> | ResponseOf<'replyToInquiry'> | ResponseOf<'createTicketFromInquiry', 201>
    > => {
      const params = { path: { id } };
      return change.kind === 'answer'
        ? unwrap(client.PATCH('/api/v1/inquiries/{id}', { params, body: change.body }))
        : change.kind === 'reply'
          ? unwrap(client.POST('/api/v1/inquiries/{id}/replies', { params, body: change.body }))
          : unwrap(client.POST('/api/v1/inquiries/{id}/ticket', { params, body: change.body as TicketFromInquiry }));
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['tickets'] }),
  });
}

export function useCreateInquiry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewInquiry) => unwrap(client.POST('/api/v1/inquiries', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: inquiriesKey }),
  });
}

/**
 * A caller found while logging a call (GET /customers/lookup: the exact customer or contract
 * number or any form of the phone; audited). `readable`: the user may open the customer's page.
 */
export type CustomerMatch = ResponseOf<'lookupCustomer'>['items'][number];

/** The caller with exactly the number the agent typed (three characters at least). */
export function useCustomerLookup(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['tickets', 'customer-lookup', q],
    queryFn: () => unwrap(client.GET('/api/v1/customers/lookup', { params: { query: { q } } })),
    enabled: q.length >= 3,
    staleTime: 30_000,
  });
}
