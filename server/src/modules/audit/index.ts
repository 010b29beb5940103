export { audit, listAuditEntries, systemActor, type Actor } from './audit.service.ts';
export { auditRoutes } from './audit.routes.ts';
