import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../api/client';
import { api, queryString } from '../../../ui/api-client';
import { invalidateOnLive } from '../../../live/live-keys';

// The messaging API (server/src/modules/messaging): templates, the outbox, the provider
// settings and the tests, inbound mail. The vocabularies are the server's.

/** server/src/modules/messaging/domain/templates.ts `messagePurposes`. */
export const messagePurposes = [
  'reminder',
  'followup',
  'thanks',
  'marketing',
  'survey_invitation',
  'complaint_ack',
  'resolution_notice',
  'general',
] as const;
export type MessagePurpose = (typeof messagePurposes)[number];
/** Outbox rows also carry the operator's tests. */
export const outboxPurposes = [...messagePurposes, 'test'] as const;
export type OutboxPurpose = (typeof outboxPurposes)[number];

export const channels = ['sms', 'email'] as const;
export type Channel = (typeof channels)[number];
export const templateStatuses = ['draft', 'approved', 'archived'] as const;
export type TemplateStatus = (typeof templateStatuses)[number];
export const templateLanguages = ['ar', 'en'] as const;
export type TemplateLanguage = (typeof templateLanguages)[number];
export const outboxStatuses = ['queued', 'sending', 'sent', 'delivered', 'failed', 'expired', 'rejected'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];
/** message_events.type as the server writes them. */
export const eventTypes = [
  'queued',
  'submitted',
  'sent',
  'retry_scheduled',
  'failed',
  'receipt',
  'recovered',
  'retry_requested',
] as const;
export type EventType = (typeof eventTypes)[number];

export function pick<T extends string>(list: readonly T[], value: string | null | undefined): T | undefined {
  return list.find((item) => item === value);
}

// ---- templates ----

export type Template = {
  id: string;
  group_id: string;
  version: number;
  name: string;
  purpose: MessagePurpose;
  channel: Channel;
  language: TemplateLanguage;
  subject: string | null;
  body: string;
  html: string | null;
  max_segments: number | null;
  status: TemplateStatus;
  drafted_by: string | null;
  approved_by: string | null;
  approved_at: string | null;
  created_at: string;
  updated_at: string;
};

export type TemplateFilter = {
  purpose?: MessagePurpose;
  channel?: Channel;
  status?: TemplateStatus;
  language?: TemplateLanguage;
};

export type CreateTemplateInput = {
  name: string;
  purpose: MessagePurpose;
  channel: Channel;
  language: TemplateLanguage;
  subject?: string;
  body: string;
  html?: string;
  max_segments: number;
};

export type UpdateTemplateInput = Partial<{
  name: string;
  subject: string | null;
  body: string;
  html: string | null;
  max_segments: number;
}>;

const templatesKey = ['messaging', 'templates'] as const;

export function useTemplates(filter: TemplateFilter) {
  return useQuery({
    queryKey: [...templatesKey, filter],
    queryFn: () => api.get<{ items: Template[] }>(`/messaging/templates${queryString(filter)}`),
    placeholderData: keepPreviousData,
  });
}

export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTemplateInput) => api.post<Template>('/messaging/templates', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}

/** Edits a draft; on an approved version the server makes (or updates) the next draft version. */
export function useUpdateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateTemplateInput }) =>
      api.patch<Template>(`/messaging/templates/${id}`, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}

export function useTemplateAction(action: 'approve' | 'archive') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Template>(`/messaging/templates/${id}/${action}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}

export type SmsEncoding = 'gsm7' | 'ucs2';

export type Preview = {
  rendered: string;
  encoding: SmsEncoding;
  units: number;
  segments: number;
  remaining: number;
  max_segments: number;
  fits: boolean;
  non_gsm_characters: string[];
  variables: { name: string; max_length: number; sample: string; sample_length: number }[];
  worst_case: { encoding: SmsEncoding; units: number; segments: number; fits: boolean };
};

export type PreviewInput = { body: string; max_segments: number; samples?: Record<string, string> };

/** The live counter: the body rendered with sample values, its encoding and segments, and the worst case. */
export function usePreview(input: PreviewInput | null) {
  return useQuery({
    queryKey: ['messaging', 'preview', input],
    queryFn: () => api.post<Preview>('/messaging/templates/preview', input),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  });
}

// ---- outbox ----

export type OutboxMessage = {
  id: string;
  channel: Channel;
  purpose: string;
  business_ref: string | null;
  recipient: string;
  subject: string | null;
  body: string;
  encoding: SmsEncoding | null;
  segments: number | null;
  sender: string | null;
  template_id: string | null;
  status: OutboxStatus;
  attempts: number;
  max_attempts: number;
  provider_message_id: string | null;
  last_error: string | null;
  error_class: string | null;
  not_before: string;
  submitted_at: string | null;
  acknowledged_at: string | null;
  final_at: string | null;
  created_at: string;
  updated_at: string;
};

export type MessageEvent = { at: string; type: string; status: string | null; detail: string | null };
export type MessageDetail = OutboxMessage & { events: MessageEvent[] };

export type OutboxFilter = {
  status?: OutboxStatus;
  purpose?: OutboxPurpose;
  channel?: Channel;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
};

export type OutboxStats = { by_status: Record<OutboxStatus, number>; recovered_after_crash: number };

const outboxKey = ['messaging', 'outbox'] as const;
// Not the open message: reading it is audited, and a refresh would be a read nobody made.
invalidateOnLive(['outbox.message.changed'], [...outboxKey, 'list']);
invalidateOnLive(['outbox.message.changed'], [...outboxKey, 'stats']);

export function useOutbox(filter: OutboxFilter) {
  return useQuery({
    queryKey: [...outboxKey, 'list', filter],
    queryFn: () => api.get<{ total: number; items: OutboxMessage[] }>(`/messaging/outbox${queryString(filter)}`),
    placeholderData: keepPreviousData,
  });
}

export function useOutboxStats() {
  return useQuery({
    queryKey: [...outboxKey, 'stats'],
    queryFn: () => api.get<OutboxStats>('/messaging/outbox/stats'),
  });
}

/**
 * Whether bulk messages may go now, and if not why and until when: the work-lists overview of
 * today says it (the same roles read it). Asked only when a queued message is on screen.
 */
export function useSendingWindow(enabled: boolean) {
  return useQuery({
    queryKey: [...outboxKey, 'sending-window'],
    queryFn: async () => (await unwrap(client.GET('/api/v1/worklists'))).sending_window ?? null,
    enabled,
    staleTime: 60_000,
  });
}

/** One message with the full recipient and its history: the server writes this read to the audit log. */
export function useMessage(id: string | null) {
  return useQuery({
    queryKey: [...outboxKey, 'message', id],
    queryFn: () => api.get<MessageDetail>(`/messaging/outbox/${id}`),
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useRetryMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<OutboxMessage>(`/messaging/outbox/${id}/retry`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxKey }),
  });
}

// ---- provider ----

export type ProviderSettings = {
  sms: {
    adapter: 'log' | 'smpp' | 'http';
    sender: string;
    smpp: { url: string | null; window: number; throttle_per_second: number } | null;
    http: { url: string | null; method: string; format: string; window: number } | null;
    delivery_report_webhook: { enabled: boolean; path: string; header: string };
  };
  email: {
    smtp: string | null;
    imap: string | null;
    mailbox: string;
    from: string;
    fax_gateway_from: string | null;
  };
  outbox: { lease_seconds: number; max_attempts: number };
};

export function useProviderSettings() {
  return useQuery({
    queryKey: ['messaging', 'provider'],
    queryFn: () => api.get<ProviderSettings>('/messaging/provider'),
  });
}

export function useSendTestSms() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { to: string; body: string; max_segments: number }) =>
      api.post<OutboxMessage>('/messaging/sms/test', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: outboxKey }),
  });
}

export function useSendTestEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { to: string }) => api.post<OutboxMessage>('/messaging/email/test', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: outboxKey }),
  });
}

// ---- inbound mail ----

export type InboundEmail = {
  id: string;
  message_id: string;
  thread_id: string;
  from_address: string | null;
  from_name: string | null;
  subject: string | null;
  is_fax: boolean;
  attachments: number;
  sent_at: string | null;
  received_at: string;
};

export type InboundAttachment = {
  id: string;
  filename: string | null;
  content_type: string;
  size: number;
  sha256: string;
  stored: boolean;
};

export type InboundEmailDetail = Omit<InboundEmail, 'attachments'> & {
  mailbox: string;
  in_reply_to: string | null;
  references: string[];
  to: string[];
  text: string | null;
  html: string | null;
  size: number;
  problems: string[];
  attachments: InboundAttachment[];
};

export type InboundFilter = { fax?: 'true'; thread_id?: string; limit: number; offset: number };

export function useInboundEmails(filter: InboundFilter) {
  return useQuery({
    queryKey: ['messaging', 'inbound', 'list', filter],
    queryFn: () => api.get<{ total: number; items: InboundEmail[] }>(`/messaging/inbound-emails${queryString(filter)}`),
    placeholderData: keepPreviousData,
  });
}

export function useInboundEmail(id: string | null) {
  return useQuery({
    queryKey: ['messaging', 'inbound', 'one', id],
    queryFn: () => api.get<InboundEmailDetail>(`/messaging/inbound-emails/${id}`),
    enabled: id !== null,
  });
}

export function attachmentHref(emailId: string, attachmentId: string): string {
  return `/api/v1/messaging/inbound-emails/${emailId}/attachments/${attachmentId}`;
}
