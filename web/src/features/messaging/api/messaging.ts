import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type BodyOf, type QueryOf, type ResponseOf, type Schemas } from '../../../api/client';
import { invalidateOnLive } from '../../../live/live-keys';

// The messaging API (server/src/modules/messaging): templates, the outbox, the provider
// settings and the tests, inbound mail. Every shape and vocabulary is the contract's
// (web/src/api/schema.d.ts, `npm run api:types`); the lists below only give the contract's
// sets an order for the menus, and fail to compile when they leave out or add a value.

type Exactly<List extends readonly string[], Union extends string> = [Union] extends [List[number]]
  ? List
  : { missing: Exclude<Union, List[number]> };
const every =
  <Union extends string>() =>
  <const List extends readonly Union[]>(list: Exactly<List, Union>) =>
    list as List;

export type MessagePurpose = Schemas['Template']['purpose'];
export const messagePurposes = every<MessagePurpose>()([
  'reminder',
  'followup',
  'thanks',
  'marketing',
  'survey_invitation',
  'complaint_ack',
  'resolution_notice',
  'general',
]);
/** Outbox rows also carry the operator's tests. */
export const outboxPurposes = [...messagePurposes, 'test'] as const;
export type OutboxPurpose = (typeof outboxPurposes)[number];

export type Channel = Schemas['Template']['channel'];
export const channels = every<Channel>()(['sms', 'email']);
export type TemplateStatus = Schemas['Template']['status'];
export const templateStatuses = every<TemplateStatus>()(['draft', 'approved', 'archived']);
export type TemplateLanguage = Schemas['Template']['language'];
export const templateLanguages = every<TemplateLanguage>()(['ar', 'en']);
export type OutboxStatus = Schemas['OutboundMessage']['status'];
export const outboxStatuses = every<OutboxStatus>()([
  'queued',
  'sending',
  'sent',
  'delivered',
  'failed',
  'expired',
  'rejected',
]);
/** message_events.type as the server writes them (the contract says string: the names the page knows). */
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

export type Template = Schemas['Template'];
export type TemplateFilter = QueryOf<'listTemplates'>;
export type CreateTemplateInput = BodyOf<'createTemplate'>;
export type UpdateTemplateInput = BodyOf<'updateTemplate'>;

const templatesKey = ['messaging', 'templates'] as const;

export function useTemplates(filter: TemplateFilter) {
  return useQuery({
    queryKey: [...templatesKey, filter],
    queryFn: () => unwrap(client.GET('/api/v1/messaging/templates', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTemplateInput) => unwrap(client.POST('/api/v1/messaging/templates', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}

/** Edits a draft; on an approved version the server makes (or updates) the next draft version. */
export function useUpdateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateTemplateInput }) =>
      unwrap(client.PATCH('/api/v1/messaging/templates/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}

export function useTemplateAction(action: 'approve' | 'archive') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        action === 'approve'
          ? client.POST('/api/v1/messaging/templates/{id}/approve', { params: { path: { id } } })
          : client.POST('/api/v1/messaging/templates/{id}/archive', { params: { path: { id } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}

/** The counter's answer: the rendered body, its encoding, segments and their sizes, and the worst case. */
export type Preview = Schemas['TemplatePreview'];
export type SmsEncoding = Preview['encoding'];
export type PreviewInput = BodyOf<'previewTemplate'>;

/** The live counter: the body rendered with sample values, its encoding and segments, and the worst case. */
export function usePreview(input: PreviewInput | null) {
  return useQuery({
    queryKey: ['messaging', 'preview', input],
    queryFn: () => unwrap(client.POST('/api/v1/messaging/templates/preview', { body: input! })),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  });
}

// ---- outbox ----

export type OutboxMessage = Schemas['OutboundMessage'];
export type MessageDetail = ResponseOf<'getOutboxMessage'>;
export type MessageEvent = MessageDetail['events'][number];
export type OutboxFilter = Omit<QueryOf<'listOutbox'>, 'purpose'> & {
  purpose?: OutboxPurpose;
  limit: number;
  offset: number;
};
export type OutboxStats = ResponseOf<'getOutboxStats'>;

const outboxKey = ['messaging', 'outbox'] as const;
// Not the open message: reading it is audited, and a refresh would be a read nobody made.
invalidateOnLive(['outbox.message.changed'], [...outboxKey, 'list']);
invalidateOnLive(['outbox.message.changed'], [...outboxKey, 'stats']);

export function useOutbox(filter: OutboxFilter) {
  return useQuery({
    queryKey: [...outboxKey, 'list', filter],
    queryFn: () => unwrap(client.GET('/api/v1/messaging/outbox', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useOutboxStats() {
  return useQuery({
    queryKey: [...outboxKey, 'stats'],
    queryFn: () => unwrap(client.GET('/api/v1/messaging/outbox/stats')),
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
    queryFn: () => unwrap(client.GET('/api/v1/messaging/outbox/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useRetryMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(client.POST('/api/v1/messaging/outbox/{id}/retry', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxKey }),
  });
}

// ---- provider ----

export type ProviderSettings = ResponseOf<'getProviderSettings'>;

export function useProviderSettings() {
  return useQuery({
    queryKey: ['messaging', 'provider'],
    queryFn: () => unwrap(client.GET('/api/v1/messaging/provider')),
  });
}

export function useSendTestSms() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'sendTestSms'>) => unwrap(client.POST('/api/v1/messaging/sms/test', { body: input })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: outboxKey }),
  });
}

export function useSendTestEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'sendTestEmail'>) =>
      unwrap(client.POST('/api/v1/messaging/email/test', { body: input })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: outboxKey }),
  });
}

// ---- inbound mail ----

export type InboundEmail = ResponseOf<'listInboundEmails'>['items'][number];
export type InboundEmailDetail = ResponseOf<'getInboundEmail'>;
export type InboundAttachment = InboundEmailDetail['attachments'][number];
export type InboundFilter = QueryOf<'listInboundEmails'> & { limit: number; offset: number };

export function useInboundEmails(filter: InboundFilter) {
  return useQuery({
    queryKey: ['messaging', 'inbound', 'list', filter],
    queryFn: () => unwrap(client.GET('/api/v1/messaging/inbound-emails', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useInboundEmail(id: string | null) {
  return useQuery({
    queryKey: ['messaging', 'inbound', 'one', id],
    queryFn: () => unwrap(client.GET('/api/v1/messaging/inbound-emails/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
  });
}

export function attachmentHref(emailId: string, attachmentId: string): string {
  return `/api/v1/messaging/inbound-emails/${emailId}/attachments/${attachmentId}`;
}
