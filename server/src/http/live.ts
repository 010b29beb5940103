import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { resolveApiToken, sessionUser } from '../modules/auth/index.ts';
import { mayReceive, subscribe, toClientEvent, type ClientEvent, type Recipient } from '../modules/events/index.ts';
import { groupCodesOfUser } from '../modules/tickets/index.ts';
import type { AuthUser } from './access.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';

export const LIVE_PATH = '/api/v1/live';

/** How often each socket is pinged, its user read again (role, groups) and its session checked. */
const CHECK_EVERY_MS = 30_000;
/** A client this far behind is dropped; it reconnects and reloads. */
const MAX_BUFFERED_BYTES = 1_048_576;

type LiveClient = { socket: WebSocket; recipient: Recipient; alive: boolean };

/**
 * GET /api/v1/live: a WebSocket that forwards the events of every process (ids only) to the
 * signed-in user, filtered by what the user may see. The session cookie and Origin are checked
 * by `registerSecurity` before the upgrade. Nothing the client sends is read.
 */
export async function liveRoutes(app: FastifyInstance, ctx: AppContext) {
  const clients = new Set<LiveClient>();

  const send = (client: LiveClient, text: string) => {
    if (client.socket.readyState !== client.socket.OPEN) return;
    if (client.socket.bufferedAmount > MAX_BUFFERED_BYTES) client.socket.terminate();
    else client.socket.send(text);
  };
  const resync = JSON.stringify({ type: 'resync' } satisfies ClientEvent);
  const unlisten = await subscribe(
    ctx.database,
    (event) => {
      let text: string | undefined;
      for (const client of clients) {
        if (!mayReceive(client.recipient, event.to)) continue;
        text ??= JSON.stringify(toClientEvent(event));
        send(client, text);
      }
    },
    () => {
      for (const client of clients) send(client, resync);
    },
  );
  app.addHook('onClose', async () => {
    for (const client of clients) client.socket.terminate();
    await unlisten();
  });

  app.route({
    method: 'GET',
    url: LIVE_PATH,
    // A WebSocket upgrade is not an operation OpenAPI can describe: it is left out of the document
    // and described in docs/api-contract.md and the operator's guide.
    schema: { hide: true, tags: ['live'], summary: 'Live updates (WebSocket): which things changed, by id' },
    config: { access: 'authenticated' },
    handler: () => {
      throw new AppError('websocket_required');
    },
    wsHandler: async (socket, request) => {
      const userOf = currentUser(ctx, request);
      const recipient = await recipientOf(ctx, request.auth!.user);
      if (socket.readyState !== socket.OPEN) return;
      const client: LiveClient = { socket, recipient, alive: true };
      clients.add(client);
      socket.on('pong', () => (client.alive = true));
      const timer = setInterval(() => {
        if (!client.alive) return socket.terminate();
        client.alive = false;
        socket.ping();
        // A failed check keeps the socket as it is until the next one.
        userOf()
          .then(async (user) => {
            if (!user) socket.close(4401, 'unauthenticated');
            else client.recipient = await recipientOf(ctx, user);
          })
          .catch(() => undefined);
      }, CHECK_EVERY_MS);
      socket.on('close', () => {
        clearInterval(timer);
        clients.delete(client);
      });
      // From here on every event reaches this socket.
      send(client, JSON.stringify({ type: 'ready' } satisfies ClientEvent));
    },
  });
}

/** Reads the socket's user again: the session can end, the user can be deactivated or moved. */
function currentUser(ctx: AppContext, request: FastifyRequest): () => Promise<AuthUser | undefined> {
  const auth = request.auth!;
  if (auth.via === 'session') return () => sessionUser(ctx.database, auth.sessionHash);
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
  return async () => (await resolveApiToken(ctx.database, token))?.user;
}

async function recipientOf(ctx: AppContext, user: AuthUser): Promise<Recipient> {
  return { id: user.id, role: user.role, skills: user.skills, groups: await groupCodesOfUser(ctx.database, user.id) };
}
