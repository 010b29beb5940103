import type { FastifyRequest } from 'fastify';
import type { Actor } from '../shared/actor.ts';
import type { Role } from '../shared/roles.ts';
import { AppError } from './errors.ts';

/**
 * Who may call a route. Every route under /api declares one (the app refuses to start
 * otherwise): `public`, `authenticated` (any signed-in user), or the list of roles.
 */
export type Access = 'public' | 'authenticated' | readonly Role[];

export type AuthUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  skills: string[];
  teams: string[];
  locale: 'ar' | 'en';
};

export type AuthContext =
  | { via: 'session'; user: AuthUser; csrfToken: string; sessionHash: string }
  | { via: 'token'; user: AuthUser; tokenName: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** A multipart upload route: needs the X-CSRF-Token header with cookie sessions. */
    upload?: boolean;
    /**
     * A public route that a form on another site or a mail client may POST to (RFC 8058 one-click
     * unsubscribe): no same-origin or JSON rule. Its URL must carry the unguessable token that
     * authorises the change, and it must change nothing but what that token names.
     */
    crossSiteForm?: boolean;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('unauthenticated');
  return request.auth;
}

export function actorOf(request: FastifyRequest): Actor {
  const auth = request.auth;
  return {
    id: auth?.user.id ?? null,
    label: auth
      ? auth.via === 'token'
        ? `${auth.user.username} (token:${auth.tokenName})`
        : auth.user.username
      : 'anonymous',
    role: auth?.user.role ?? null,
    ip: request.ip,
    requestId: request.id,
  };
}

export function isAllowed(access: Access, role: Role): boolean {
  if (access === 'public' || access === 'authenticated') return true;
  return access.includes(role);
}
