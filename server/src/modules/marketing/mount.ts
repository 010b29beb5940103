// What the application mounts of this module: its HTTP routes and jobs (kept out of index.ts:
// the routes import the HTTP layer).
export { marketingRoutes } from './marketing.routes.ts';
export { registerMarketingJobs, MARKETING_MINUTE } from './marketing.jobs.ts';
