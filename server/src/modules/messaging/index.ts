export {
  outboundMessages,
  messageEvents,
  deliveryReports,
  messageTemplates,
  inboundEmails,
  inboundEmailAttachments,
  emailUnsubscribes,
  smsOptOuts,
  emailBounces,
} from './messaging.schema.ts';
export {
  analyseSms,
  detectEncoding,
  fitsSegments,
  splitSegments,
  type SmsAnalysis,
  type SmsEncoding,
} from './domain/sms-encoding.ts';
export {
  renderTemplate,
  previewTemplate,
  templateVariables,
  messagePurposes,
  TemplateError,
} from './domain/templates.ts';
export { normaliseMobile } from './domain/recipients.ts';
export { sendingWindow, type WindowDecision } from './domain/sending-window.ts';
export { deliveryStatuses, type DeliveryStatus } from './domain/delivery-status.ts';
export {
  SmsProviderError,
  ChannelError,
  smsErrorClasses,
  type SmsProvider,
  type SmsMessage,
  type DeliveryReport,
  type SmsErrorClass,
} from './adapters/sms-provider.ts';
export type { EmailSender, EmailMessage } from './adapters/email-sender.ts';
export { parseSmppUrl } from './adapters/smpp/smpp-sms.adapter.ts';
export {
  httpGatewayPresets,
  httpGatewayPresetNames,
  resolveHttpGateway,
  type HttpGatewaySettings,
} from './adapters/http/http-gateway-presets.ts';
export {
  Outbox,
  smsBodyRefusal,
  type SmsRequest,
  type EmailRequest,
  type EnqueueResult,
  type DispatchReport,
} from './outbox.service.ts';
export { createMessagingRuntime, messagingRuntimeOf, type MessagingRuntime } from './messaging.runtime.ts';
export { sendTestSms, sendTestEmail } from './messaging.service.ts';
export { ingestRawEmail } from './inbound-email.service.ts';
export { findBusinessRefsOfSentEmails, findMessagesToRecipients } from './messaging.repository.ts';
export {
  findTemplateById,
  findMessageFigures,
  findApprovedTemplatesOf,
  type MessageFigures,
} from './campaign-figures.repository.ts';
export { AUTO_GENERATED, AUTO_REPLIED, mayAutoReply } from './domain/auto-submitted.ts';
export { fetchUnseenMail } from './adapters/email/imap-inbox.adapter.ts';
export type { MessagingConfig, MessagingDeployment } from './messaging.config.ts';
// The day's SMS for the manager's dashboard.
export { countSmsOfDay, type SmsDayCounts } from './day-counts.repository.ts';
export { checkSmppBind, checkSmtpLogin, checkImapLogin, type ProviderCheck } from './adapters/provider-checks.ts';
