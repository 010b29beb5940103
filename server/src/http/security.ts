import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveApiToken, resolveSession, sameSecret } from '../modules/auth/index.ts';
import { isAllowed } from './access.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';

export const SESSION_COOKIE = 'tawasul_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Authentication, role checks and CSRF defence, applied to every /api route before its
 * body is read. Routes say who may call them with `config.access`; a route under /api/v1
 * without one stops the app at start-up.
 */
export function registerSecurity(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('auth', null);

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (access === undefined) {
      if (route.url.startsWith('/api/v1')) {
        throw new Error(`route ${route.method} ${route.url} does not declare its access (config.access)`);
      }
      return;
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') ctx.routes.push({ method, url: route.url, access });
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    const config = request.routeOptions.config;
    const access = config?.access;
    if (access === undefined) return;
    const bearer = bearerToken(request);
    const unsafe = UNSAFE.has(request.method) && !(config.crossSiteForm && access === 'public');

    // A browser sends Origin (and Sec-Fetch-Site) with cross-site writes and with every
    // WebSocket handshake, which no CORS rule guards; refuse those from another site.
    if ((unsafe || isUpgrade(request)) && !bearer) checkSameOrigin(request, ctx);

    if (bearer) {
      const found = await resolveApiToken(ctx.database, bearer);
      if (!found) throw new AppError('unauthenticated');
      request.auth = { via: 'token', user: found.user, tokenName: found.tokenName };
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) {
        const found = await resolveSession(ctx.database, ctx.authPolicy, cookie, new Date(), ctx.sessions);
        if (found) request.auth = { via: 'session', ...found };
        else if (access !== 'public') clearSessionCookie(request, reply, ctx);
      }
    }

    if (access !== 'public') {
      if (!request.auth) throw new AppError('unauthenticated');
      if (!isAllowed(access, request.auth.user.role)) throw new AppError('forbidden');
    }

    if (unsafe && !bearer) {
      // A cross-site form can send only urlencoded, multipart or text/plain bodies:
      // JSON-only writes cannot be forged, and uploads must echo the session's CSRF token.
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (config.upload) {
        if (type !== 'multipart/form-data') throw new AppError('unsupported_media_type');
        const sent = request.headers['x-csrf-token'];
        const auth = request.auth;
        if (auth?.via === 'session' && (typeof sent !== 'string' || !sameSecret(sent, auth.csrfToken))) {
          throw new AppError('csrf_token');
        }
      } else if ((request.method === 'POST' || hasBody(request)) && type !== 'application/json') {
        // A body-less DELETE/PATCH/PUT is let through: browsers send those cross-site only
        // after a CORS preflight, which this server never grants. A POST is always JSON.
        throw new AppError('unsupported_media_type');
      }
    }
  });
}

function isUpgrade(request: FastifyRequest): boolean {
  return request.headers.upgrade !== undefined;
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) throw new AppError('unauthenticated');
  return m[1];
}

function checkSameOrigin(request: FastifyRequest, ctx: AppContext) {
  if (request.headers['sec-fetch-site'] === 'cross-site') throw new AppError('csrf_origin');
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('csrf_origin'); // includes the opaque origin "null"
  }
  const expected = ctx.config.publicUrl ? new URL(ctx.config.publicUrl).host : hostOf(request.headers.host, origin);
  if (!expected || host.toLowerCase() !== expected.toLowerCase()) throw new AppError('csrf_origin');
}

// The Host header in the form URL.host has (a default port for the origin's scheme dropped).
function hostOf(header: string | undefined, origin: string): string | undefined {
  if (!header) return undefined;
  try {
    return new URL(`${new URL(origin).protocol}//${header}`).host;
  } catch {
    return undefined;
  }
}

/**
 * Secure when the public URL is https, or when this request came over TLS — directly or
 * through a trusted proxy's X-Forwarded-Proto (request.protocol believes only those).
 */
function secureCookie(request: FastifyRequest, ctx: AppContext): boolean {
  return ctx.config.cookieSecure || request.protocol === 'https';
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: AppContext,
  token: string,
  expiresAt: Date,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookie(request, ctx),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply, ctx: AppContext) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: secureCookie(request, ctx), path: '/' });
}
