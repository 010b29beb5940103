// What the HTTP app mounts of the telephony module (routes); other modules use index.ts.
export { callsRoutes } from './calls.routes.ts';
export { telephonyRoutes } from './telephony.routes.ts';
export { routingAdminRoutes } from './routing-admin.routes.ts';
export { callbacksRoutes } from './callbacks.routes.ts';
