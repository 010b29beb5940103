import { existsSync } from 'node:fs';
import { maxHeaderSize, STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import { compile as compileTrust } from '@fastify/proxy-addr';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { auditRoutes } from '../modules/audit/mount.ts';
import { collectionsRoutes } from '../modules/collections/mount.ts';
import { worklistsRoutes } from '../modules/worklists/mount.ts';
import { customersRoutes, importsRoutes, MAX_UPLOAD_BYTES } from '../modules/customers/mount.ts';
import fastifyMultipart from '@fastify/multipart';
import { AttemptThrottle, SessionCache } from '../modules/auth/index.ts';
import { authRoutes } from '../modules/auth/mount.ts';
import { messagingRoutes } from '../modules/messaging/mount.ts';
import { SettingsService } from '../modules/settings/index.ts';
import { settingsRoutes } from '../modules/settings/mount.ts';
import { surveysRoutes } from '../modules/surveys/mount.ts';
import { marketingRoutes } from '../modules/marketing/mount.ts';
import { ticketsRoutes } from '../modules/tickets/mount.ts';
import { usersRoutes } from '../modules/users/mount.ts';
import { closeTelephony } from '../modules/telephony/index.ts';
import { callbacksRoutes, callsRoutes, routingAdminRoutes, telephonyRoutes } from '../modules/telephony/mount.ts';
import { protocolRoutes } from '../modules/protocol/mount.ts';
import { escalationsRoutes } from '../modules/escalations/mount.ts';
import { kpiRoutes } from '../modules/kpi/mount.ts';
import { dashboardsRoutes } from '../modules/dashboards/mount.ts';
import { closeDialer, dialerRoutes } from '../modules/dialer/mount.ts';
import type { AppContext } from './context.ts';
import { contractTransform, contractTransformObject, registerContract } from './contract.ts';
import { AppError, isAppError } from './errors.ts';
import { liveRoutes } from './live.ts';
import { registerMetrics } from './metrics.ts';
import { registerSecurity } from './security.ts';
import { assertSafeText, validationError } from './validation.ts';

export const defaultWebDist = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export type BuildAppOptions = {
  database: Database;
  config: Config;
  logger?: FastifyServerOptions['logger'];
  loginRatePerMinute?: number;
};

export async function buildApp(options: BuildAppOptions): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const { database, config } = options;
  const ctx: AppContext = {
    database,
    config,
    settings: new SettingsService(database, config.settingOverrides),
    authPolicy: { sessionHours: config.sessionHours, loginMaxFailures: config.loginMaxFailures },
    sessions: new SessionCache(config.sessionCacheSeconds * 1000),
    attempts: new AttemptThrottle({
      freeFailures: config.loginMaxFailures,
      maxDelayMs: config.loginMaxDelayMinutes * 60_000,
    }),
    loginRatePerMinute: options.loginRatePerMinute ?? 20,
    routes: [],
  };

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1_048_576,
    trustProxy: trustProxyOption(config.trustedProxies),
    genReqId: requestIdOf(config.trustedProxies),
    routerOptions: { maxParamLength: 200 },
    // Refused before routing (bad URL encoding, a path parameter over maxParamLength): the same error body.
    frameworkErrors: (error, _request, reply) => {
      const appError = toAppError(error);
      void (reply as FastifyReply).code(appError.status).send(appError.toBody());
    },
    clientErrorHandler: answerClientError,
  });

  // Route schemas are zod; a failed validation becomes a 422 naming each field.
  app.setValidatorCompiler(({ schema }) => (data) => {
    const result = (schema as z.ZodType).safeParse(data);
    return result.success ? { value: result.data } : { error: validationError(result.error.issues) };
  });
  app.setSerializerCompiler(serializerCompiler);

  registerErrorHandling(app);
  registerTextRule(app);
  // br or gzip for JSON, the web app's scripts and styles, and anything else over 1 kB
  // (the main script alone was 797 kB uncompressed).
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', { headers: { 'retry-after': String(Math.ceil(context.ttl / 1000)) } }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tawasul API',
        description:
          'Tawasul (تواصل) contact-center API. Sign in with a session cookie or an API token (Authorization: Bearer tw_…).',
        version: '0.1.0',
      },
      servers: [{ url: config.publicUrl ?? '/', description: 'This Tawasul server' }],
      tags: apiTags,
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tawasul_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: contractTransform,
    transformObject: contractTransformObject as never,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  // Before the security hooks: a refused upgrade (401, 403) must still close its socket.
  await app.register(fastifyWebsocket, { options: { maxPayload: 1024 } });
  await ctx.sessions.start(database);
  app.addHook('onClose', () => ctx.sessions.stop());
  registerSecurity(app, ctx);
  registerContract(app);
  registerSecurityHeaders(app);
  registerMetrics(app, ctx);

  const health = z.object({ status: z.enum(['ok', 'unavailable']), database: z.enum(['pglite', 'postgres']) });
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: {
          200: health.meta({ description: 'The server runs and reaches its database' }),
          503: health.meta({ description: 'The database cannot be reached' }),
        },
      },
      config: { access: 'public' },
    },
    async (_request, reply) => {
      try {
        await database.ping();
        return { status: 'ok' as const, database: database.kind };
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const, database: database.kind });
      }
    },
  );

  await app.register(authRoutes, ctx);
  await app.register(usersRoutes, ctx);
  await app.register(settingsRoutes, ctx);
  await app.register(auditRoutes, ctx);
  await app.register(messagingRoutes, ctx);
  await app.register(customersRoutes, ctx);
  await app.register(importsRoutes, ctx);
  await app.register(collectionsRoutes, ctx);
  await app.register(worklistsRoutes, ctx);
  await app.register(ticketsRoutes, ctx);
  await app.register(surveysRoutes, ctx);
  await app.register(marketingRoutes, ctx);
  await app.register(callsRoutes, ctx);
  await app.register(telephonyRoutes, ctx);
  await app.register(callbacksRoutes, ctx);
  await app.register(escalationsRoutes, ctx);
  await app.register(routingAdminRoutes, ctx);
  await app.register(protocolRoutes, ctx);
  await app.register(kpiRoutes, ctx);
  await app.register(dashboardsRoutes, ctx);
  await app.register(dialerRoutes, ctx);
  app.addHook('onClose', async () => {
    closeDialer(ctx);
    await closeTelephony(ctx);
  });
  await app.register(liveRoutes, ctx);

  await registerWebApp(app, config.webDist ?? defaultWebDist);
  return { app, ctx };
}

/**
 * X-Forwarded-For/-Proto are believed only from the configured proxies (none by default).
 * A hop count trusts that many nearest hops whatever their address: only for a server that
 * can be reached through its proxies alone (Fastify's own number option trusts nothing).
 */
function trustProxyOption(
  trusted: Config['trustedProxies'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trusted === 'number') return (_address, hop) => hop < trusted;
  return trusted;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Each request's id: in every log line of the request (`reqId`), in the audit entries it writes,
 * and in the `x-request-id` response header. A trusted proxy's `X-Request-Id` is kept, so that
 * the proxy's access log, the app's log and the audit log share one id; from anyone else it is
 * ignored.
 */
function requestIdOf(trusted: Config['trustedProxies']): (raw: IncomingMessage) => string {
  const trust = trusted === false ? () => false : typeof trusted === 'number' ? () => true : compileTrust(trusted);
  return (raw) => {
    const header = raw.headers['x-request-id'];
    if (typeof header === 'string' && REQUEST_ID.test(header) && trust(raw.socket.remoteAddress ?? '', 0))
      return header;
    return crypto.randomUUID();
  };
}

/** The tags of the document, in the order an integrator reads them. */
const apiTags = [
  { name: 'system', description: 'Liveness' },
  { name: 'auth', description: 'Sign-in, the signed-in user, passwords' },
  { name: 'api tokens', description: 'Tokens for integrations (admin)' },
  { name: 'users', description: 'User accounts and roles' },
  { name: 'settings', description: 'Company settings' },
  { name: 'audit', description: 'The audit log' },
  { name: 'customers', description: 'Customer 360, contact points, export' },
  { name: 'imports', description: 'CSV/XLSX imports of customers, installments and payments' },
  { name: 'collections', description: 'The collections day: runs, work lists, agents, data corrections' },
  {
    name: 'work lists',
    description: 'Work lists made from a filter or a target file, their approval and lifecycle (L1)',
  },
  { name: 'messaging', description: 'Templates, outbox, providers, inbound mail, delivery reports' },
  { name: 'tickets', description: 'Tickets, groups and SLA settings' },
  { name: 'inquiries', description: 'Inquiries (S1)' },
  { name: 'ticket reports', description: 'Key-accounts and weekly reports' },
  {
    name: 'telephony',
    description:
      'The agent’s seat, the supervisor’s live view, and routing set-up: queues, break reasons, IVR menus, DNIS routes',
  },
  { name: 'surveys', description: 'Satisfaction surveys: builder, links, manual entry, analysis (Q1–Q4)' },
  { name: 'marketing', description: 'Offers, campaigns on phone, SMS and email, results and A/B tests (M1)' },
  { name: 'calls', description: 'Call records, their export, and agent timelines (T4, A1)' },
  { name: 'escalations', description: 'Escalations to supervisors with the promised follow-up time (A5)' },
  { name: 'dashboards', description: 'The live wallboard (K2) and each role’s dashboard' },
];

function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    if (appError.headers) void reply.headers(appError.headers);
    return reply.code(appError.status).send(appError.toBody());
  });
}

/**
 * The input rule for all text, before any route sees it: a NUL character or a lone surrogate
 * in a header, a path parameter, the query string or a JSON body is a 400 (invalid_text).
 * Registered before authentication, so that even a public route cannot forget it.
 */
function registerTextRule(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    assertSafeText(request.headers, 'header');
    assertSafeText(request.params, 'path');
    assertSafeText(request.query, 'query');
  });
  app.addHook('preValidation', async (request) => {
    assertSafeText(request.body);
  });
}

function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const e = error as { statusCode?: number; code?: string };
  const status = e.statusCode ?? 500;
  if (e.code === 'FST_ERR_BAD_URL') return new AppError('bad_url');
  if (
    e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    error instanceof SyntaxError
  ) {
    return new AppError('malformed_body');
  }
  if (status === 408) return new AppError('request_timeout');
  if (status === 413) return new AppError('body_too_large');
  if (status === 414) return new AppError('uri_too_long');
  if (status === 415) return new AppError('unsupported_media_type');
  if (status === 429) return new AppError('rate_limited');
  if (status === 431) return new AppError('headers_too_large');
  if (status === 404) return new AppError('not_found');
  if (status >= 400 && status < 500) return new AppError('bad_request');
  return new AppError('internal');
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (a request line or headers over
 * the size limit, a malformed request, a timeout) is answered with the usual error body too.
 */
function answerClientError(error: Error & { code?: string; rawPacket?: unknown }, socket: Duplex) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  let appError: AppError;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') appError = new AppError('request_timeout');
  else if (error.code === 'HPE_HEADER_OVERFLOW') {
    // The request line alone is over the limit: the address itself is too long.
    const packet = error.rawPacket;
    const lineEnd = Buffer.isBuffer(packet) ? packet.indexOf('\r\n') : 0;
    appError = new AppError(lineEnd === -1 || lineEnd >= maxHeaderSize ? 'uri_too_long' : 'headers_too_large');
  } else appError = new AppError('bad_request');
  if (socket.writable) {
    const body = JSON.stringify(appError.toBody());
    socket.write(
      `HTTP/1.1 ${appError.status} ${STATUS_CODES[appError.status] ?? 'Error'}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

function registerSecurityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (!request.url.startsWith('/api/docs')) {
      reply.header('x-frame-options', 'DENY');
      reply.header(
        'content-security-policy',
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
      );
    }
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
}

/** The built web app at `/`, with every unknown non-API path answered by index.html. */
async function registerWebApp(app: FastifyInstance, webDist: string) {
  const index = join(webDist, 'index.html');
  const hasWeb = existsSync(index);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      index: false,
      // Cache headers are set below: hashed assets for a year, everything else revalidated.
      cacheControl: false,
      setHeaders: (res, path) => {
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  if (hasWeb) {
    app.get('/', { schema: { hide: true }, config: { access: 'public' } }, (_request, reply) =>
      reply
        .header('cache-control', 'no-cache')
        .type('text/html; charset=utf-8')
        .sendFile('index.html', { cacheControl: false }),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    if (
      path.startsWith('/api/') ||
      path === '/api' ||
      path === '/metrics' ||
      !hasWeb ||
      (request.method !== 'GET' && request.method !== 'HEAD')
    ) {
      const error = new AppError('route_not_found');
      return reply.code(error.status).send(error.toBody());
    }
    return reply
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .sendFile('index.html', { cacheControl: false });
  });
}
