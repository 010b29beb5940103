export { audit, listAuditEntries, systemActor, type Actor } from './audit.service.ts';
