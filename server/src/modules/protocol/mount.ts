// What the HTTP app mounts of the protocol module (routes); other modules use index.ts.
export { protocolRoutes } from './protocol.routes.ts';
