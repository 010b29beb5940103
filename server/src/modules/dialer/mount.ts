// What the HTTP app mounts of the dialer module (routes); other modules use index.ts.
export { dialerRoutes } from './dialer.routes.ts';
export { closeDialer } from './runtime/dialer.instance.ts';
