export { surveys, surveyVersions, surveyInvitations, surveyResponses, surveyBriefingAcks } from './surveys.schema.ts';
export { csat, nps, ces, responseRate } from './domain/metrics.ts';
/**
 * The post-call survey: telephony (or the lead's wiring) calls this after an answered call with
 * `surveysDepsOf(ctx)` from mount.ts; it invites under the survey's sampling and cool-down.
 */
export { inviteAfterCall, consumeTicketClosings, type SurveysDeps, type AutoOutcome } from './invitations.service.ts';
