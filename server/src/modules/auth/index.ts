export { sessions, apiTokens } from './auth.schema.ts';
export {
  createApiToken,
  login,
  resolveSession,
  resolveApiToken,
  sessionUser,
  type AuthPolicy,
} from './auth.service.ts';
export { deleteExpiredSessions } from './auth.repository.ts';
export { sameSecret } from './domain/tokens.ts';
export { AttemptThrottle } from './domain/attempt-throttle.ts';
export { SessionCache } from './session-cache.ts';
