import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../../ui/api-client';

// The inquiries API (server/src/modules/tickets/inquiries.service.ts): log and list.

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

export function useCreateInquiry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewInquiry) => api.post<Inquiry>('/inquiries', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: inquiriesKey }),
  });
}
