// What the HTTP app mounts of the escalations module; other modules use index.ts.
export { escalationsRoutes } from './escalations.routes.ts';
