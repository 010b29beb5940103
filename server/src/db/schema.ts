// The one schema of the application, assembled from each module's tables. drizzle-kit
// reads this file, so it imports the table files themselves rather than the modules' index.ts.
export { users } from '../modules/users/users.schema.ts';
export { sessions, apiTokens } from '../modules/auth/auth.schema.ts';
export { auditLog } from '../modules/audit/audit.schema.ts';
export { settings } from '../modules/settings/settings.schema.ts';
export {
  customers,
  contactPoints,
  contracts,
  installments,
  payments,
  customerTimeline,
  imports,
  importRejections,
} from '../modules/customers/customers.schema.ts';
export {
  outboundMessages,
  outboundMessageAttachments,
  messageEvents,
  deliveryReports,
  messageTemplates,
  inboundEmails,
  inboundEmailAttachments,
  emailUnsubscribes,
  smsOptOuts,
  emailBounces,
} from '../modules/messaging/messaging.schema.ts';
export {
  workLists,
  workItems,
  workItemInstallments,
  workAttempts,
  paymentPromises,
  dataCorrectionTasks,
} from '../modules/worklists/worklists.schema.ts';
export { dailyRuns } from '../modules/collections/collections.schema.ts';
export {
  ticketGroups,
  ticketGroupMembers,
  ticketSlaPolicies,
  ticketSettings,
  inquiries,
  tickets,
  ticketMessages,
  ticketAttachments,
  ticketEvents,
  ticketInboundEmails,
  ticketSurveyRequests,
} from '../modules/tickets/tickets.schema.ts';
export {
  callQueues,
  agentSkills,
  telephonyAgents,
  agentQueueLogins,
  breakReasons,
  agentStateChanges,
  calls,
  callEvents,
  callCallbacks,
  ivrMenus,
  dialRoutes,
} from '../modules/telephony/telephony.schema.ts';
export { protocolPhrases, ratingInvitations } from '../modules/protocol/protocol.schema.ts';
export { escalations } from '../modules/escalations/escalations.schema.ts';
export {
  surveys,
  surveyVersions,
  surveyInvitations,
  surveyResponses,
  surveyBriefingAcks,
} from '../modules/surveys/surveys.schema.ts';
export { offers, campaigns, campaignContacts } from '../modules/marketing/marketing.schema.ts';
