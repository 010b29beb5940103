// What the HTTP app mounts of the dashboards module (routes).
export { dashboardsRoutes } from './dashboards.routes.ts';
