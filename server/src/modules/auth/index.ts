export { sessions, apiTokens } from './auth.schema.ts';
export { authRoutes } from './auth.routes.ts';
export { createApiToken, login, resolveSession, resolveApiToken, type AuthPolicy } from './auth.service.ts';
