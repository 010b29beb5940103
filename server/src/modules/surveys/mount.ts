// What the application mounts of this module: its HTTP routes and jobs (kept out of index.ts:
// the routes import the HTTP layer).
export { surveysRoutes, surveysDepsOf } from './surveys.routes.ts';
export { registerSurveysJobs, SURVEYS_MINUTE } from './surveys.jobs.ts';
