export { surveys, surveyVersions, surveyInvitations, surveyResponses, surveyBriefingAcks } from './surveys.schema.ts';
export { csat, nps, ces, responseRate } from './domain/metrics.ts';
/**
 * The post-call survey: the call protocol's outcome calls this after an answered call with
 * `surveysDepsOf(ctx)`; it invites under the survey's sampling and cool-down.
 */
export {
  inviteAfterCall,
  consumeTicketClosings,
  surveysDepsOf,
  type SurveysDeps,
  type AutoOutcome,
} from './invitations.service.ts';
