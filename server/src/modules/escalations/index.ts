// The escalations module (SPEC A5) as other modules see it.
export { escalations } from './escalations.schema.ts';
export { escalationSummary, handlerRoles as escalationHandlerRoles } from './escalations.service.ts';
