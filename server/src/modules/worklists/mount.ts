// What the application mounts of this module: its HTTP routes. Kept out of index.ts so that
// other modules can use the engine without its routes, which import the HTTP layer.
export { worklistsRoutes } from './worklists.routes.ts';
