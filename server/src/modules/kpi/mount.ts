// What the HTTP app mounts of the KPI module (routes); other modules use index.ts.
export { kpiRoutes } from './kpi.routes.ts';
