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
} from './tickets.schema.ts';
export { ticketCategories, shipmentCategories, mandatoryFieldsOf, type TicketCategory } from './domain/categories.ts';
export { groupCodes } from './domain/routing.ts';
export { ticketStatuses, ticketNumber } from './domain/status.ts';
export { setGroupCountries, setUserGroups, assertGroupCodes, groupsView, groupCodesOfUser } from './groups.service.ts';
export { createTicket, addNote, closeTicket, type TicketsDeps } from './tickets.service.ts';
export { createInquiry } from './inquiries.service.ts';
export { processInboundEmails, syncDataCorrectionTickets } from './intake.service.ts';
// The satisfaction-survey hook, read by the surveys module.
export {
  findPendingSurveyRequests,
  markSurveyRequestConsumed,
  type PendingSurveyRequest,
} from './tickets.repository.ts';
// The screen pop's open tickets of the caller.
export { findOpenTicketsOfCustomer } from './tickets.repository.ts';
export { sweepSla } from './sla-sweep.service.ts';
export { keyAccountsReport, weeklyReport, emailReport } from './reports.service.ts';
// The day's counts for the wallboard and the dashboards.
export { countTicketsOfDay, type TicketDayCounts } from './day-counts.repository.ts';
