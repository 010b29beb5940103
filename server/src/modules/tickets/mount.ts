// What the application mounts of this module: its HTTP routes and jobs. Kept out of index.ts so
// that other modules (and the HTTP layer's own types) can use the module without its routes,
// which import the HTTP layer: no circle between http/ and the modules.
export { ticketsRoutes, ticketsDepsOf } from './tickets.routes.ts';
export { registerTicketsJobs, TICKETS_MINUTE, TICKETS_WEEKLY_REPORT, TICKETS_MONTHLY_REPORT } from './tickets.jobs.ts';
