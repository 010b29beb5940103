import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AriBridge, AriChannel, AriEvent, AriLiveRecording, AriPlayback } from '../ari-types.ts';

// A fake Asterisk for the ARI adapter's tests (Asterisk cannot be installed on these machines):
// the same REST paths under /ari, basic auth, and the events WebSocket at /ari/events. It keeps
// a small model of channels and bridges and answers each REST call with the events Asterisk
// sends for it, in Asterisk's order (StasisStart, ChannelStateChange, Dial, ChannelEnteredBridge,
// ChannelHangupRequest, ChannelLeftBridge, StasisEnd, ChannelDestroyed …). Its clock is virtual
// (`setTime`, `advance`) and stamps every event's `timestamp` the way Asterisk writes it
// (`2026-12-06T09:00:00.000+0300`), so tests can tell the switch's time from the local clock.
// Every REST request is recorded for assertions.

export type RecordedRequest = { method: string; path: string; query: Record<string, string> };

/** What a dialled endpoint does when Tawasul originates to it. */
export type EndpointScript =
  | { outcome: 'answer'; ringMs?: number }
  | { outcome: 'busy' }
  | { outcome: 'no_answer'; ringMs?: number }
  | { outcome: 'failed'; cause?: number }
  /** Nothing happens until the test calls `ringRemote` / `answerRemote` / `remoteHangup`. */
  | { outcome: 'manual' };

type Channel = AriChannel & { inStasis: boolean; bridgeId?: string; args: string[] };
type Bridge = AriBridge & { moh?: string };

const causeText: Record<number, string> = {
  16: 'Normal Clearing',
  17: 'User busy',
  18: 'No user responding',
  19: 'No answer',
  21: 'Call Rejected',
  34: 'Circuit/channel congestion',
  38: 'Network out of order',
};

const reasonCause: Record<string, number> = { normal: 16, busy: 17, no_answer: 19, congestion: 34 };

export class FakeAriServer {
  readonly requests: RecordedRequest[] = [];
  /** Every event sent (or that would have been sent while no WebSocket was open). */
  readonly events: { event: AriEvent; delivered: boolean }[] = [];
  readonly channels = new Map<string, Channel>();
  readonly bridges = new Map<string, Bridge>();
  readonly playbacks = new Map<string, AriPlayback>();
  readonly recordings = new Map<string, AriLiveRecording>();
  /** How many times the events WebSocket was opened. */
  connections = 0;
  /** WebSocket pings received (answered with a pong, as Asterisk does). */
  pings = 0;
  private readonly sockets = new Set<WebSocket>();
  private readonly scripts = new Map<string, EndpointScript>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private time: number;
  private seq = 0;
  private rawSockets = new Set<Socket>();
  private closed = false;

  private constructor(
    private readonly server: Server,
    private readonly options: { username: string; password: string; app: string; refuseAuth: boolean },
    start: string,
  ) {
    this.time = Date.parse(start);
  }

  static async start(
    options: { username?: string; password?: string; app?: string; refuseAuth?: boolean; time?: string } = {},
  ): Promise<FakeAriServer> {
    const server = createServer();
    const fake = new FakeAriServer(
      server,
      {
        username: options.username ?? 'tawasul',
        password: options.password ?? 's3cret',
        app: options.app ?? 'tawasul',
        refuseAuth: options.refuseAuth ?? false,
      },
      options.time ?? '2026-12-06T09:00:00.000+03:00',
    );
    server.on('request', (req, res) => fake.onRequest(req, res));
    server.on('upgrade', (req, socket, head) => fake.onUpgrade(req, socket as Socket, head));
    server.on('connection', (socket) => {
      fake.rawSockets.add(socket);
      socket.on('close', () => fake.rawSockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The TAWASUL_ARI_URL of this server (with the right or given credentials). */
  url(credentials = `${this.options.username}:${this.options.password}`): string {
    return `http://${credentials}@127.0.0.1:${this.port}/ari?app=${this.options.app}`;
  }

  get openSockets(): number {
    return this.sockets.size;
  }

  // ── the switch's clock ────────────────────────────────────────────────────
  setTime(iso: string): void {
    this.time = Date.parse(iso);
  }

  advance(ms: number): void {
    this.time += ms;
  }

  /** Asterisk's format: local time (here +03:00, Riyadh) with the offset written without a colon. */
  timestamp(ms = this.time): string {
    const local = new Date(ms + 3 * 3600_000).toISOString().replace('Z', '');
    return `${local}+0300`;
  }

  // ── what the outside world does ───────────────────────────────────────────
  script(endpoint: string, script: EndpointScript): void {
    this.scripts.set(endpoint, script);
  }

  /** A call from the trunk reaches the dialplan's `Stasis(tawasul)`: ANI calls DNIS. */
  inboundCall(call: { ani: string; dnis: string; id?: string }): string {
    const id = call.id ?? `1733464800.${++this.seq}`;
    const channel = this.newChannel(id, `PJSIP/trunk-${pad(++this.seq)}`, 'Ring', {
      caller: { name: '', number: call.ani },
      context: 'from-trunk',
      exten: call.dnis,
    });
    this.enterStasis(channel, []);
    return id;
  }

  /** The far end hangs up (a caller putting the phone down: Q.850 16). */
  remoteHangup(channelId: string, cause = 16): void {
    const channel = this.channels.get(channelId);
    if (!channel) throw new Error(`no channel ${channelId}`);
    this.emit({ type: 'ChannelHangupRequest', cause, channel: this.view(channel) });
    this.destroy(channel, cause);
  }

  sendDtmf(channelId: string, digit: string): void {
    const channel = this.channels.get(channelId);
    if (!channel) throw new Error(`no channel ${channelId}`);
    this.emit({ type: 'ChannelDtmfReceived', digit, duration_ms: 120, channel: this.view(channel) });
  }

  /** A prompt plays to its end. */
  finishPlayback(playbackId: string): void {
    const playback = this.playbacks.get(playbackId);
    if (!playback) throw new Error(`no playback ${playbackId}`);
    this.playbacks.delete(playbackId);
    this.emit({ type: 'PlaybackFinished', playback: { ...playback, state: 'done' } });
  }

  ringRemote(channelId: string): void {
    const channel = this.channels.get(channelId)!;
    this.setState(channel, 'Ringing');
    this.emit({ type: 'Dial', dialstatus: 'RINGING', dialstring: channel.name, peer: this.view(channel) });
  }

  answerRemote(channelId: string): void {
    const channel = this.channels.get(channelId)!;
    this.setState(channel, 'Up');
    this.emit({ type: 'Dial', dialstatus: 'ANSWER', dialstring: channel.name, peer: this.view(channel) });
    this.enterStasis(channel, channel.args);
  }

  /** Cuts every events WebSocket (a network drop); events meanwhile are lost, as with Asterisk. */
  dropConnections(): void {
    for (const socket of this.sockets) socket.terminate();
    this.sockets.clear();
  }

  /** The connections stay open but nothing more is read from them (pings go unanswered): a half-dead link. */
  muteConnections(): void {
    for (const socket of this.sockets) socket.pause();
  }

  requestsTo(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pathPattern.test(r.path));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const socket of this.sockets) socket.terminate();
    for (const socket of this.rawSockets) socket.destroy();
    this.wss.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ── HTTP ──────────────────────────────────────────────────────────────────
  private authorised(req: IncomingMessage, url: URL): boolean {
    if (this.options.refuseAuth) return false;
    const expected = `${this.options.username}:${this.options.password}`;
    const header = req.headers.authorization ?? '';
    if (header.startsWith('Basic ') && Buffer.from(header.slice(6), 'base64').toString() === expected) return true;
    return url.searchParams.get('api_key') === expected;
  }

  private onUpgrade(req: IncomingMessage, socket: Socket, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/ari/events' || !this.authorised(req, url)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    if (url.searchParams.get('app') !== this.options.app) {
      socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.connections++;
      this.sockets.add(ws);
      ws.on('close', () => this.sockets.delete(ws));
      ws.on('ping', () => this.pings++);
    });
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const query = Object.fromEntries(url.searchParams.entries());
    res.sendDate = false;
    res.setHeader('date', new Date(this.time).toUTCString());
    const reply = (status: number, body?: unknown) => {
      if (body === undefined) {
        res.writeHead(status).end();
        return;
      }
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json' }).end(text);
    };
    if (!this.authorised(req, url)) {
      res.setHeader('www-authenticate', 'Basic realm="Asterisk REST Interface"');
      reply(401, { message: 'Authentication required' });
      return;
    }
    const path = url.pathname.replace(/^\/ari/, '');
    this.requests.push({ method: req.method ?? 'GET', path, query });
    req.resume();
    req.on('end', () => {
      // Asterisk answers first and then sends the events the request caused.
      const pending: AriEvent[] = [];
      this.collecting = pending;
      let status: number;
      let body: unknown;
      try {
        [status, body] = this.route(req.method ?? 'GET', path, query);
      } finally {
        this.collecting = undefined;
      }
      res.on('finish', () => setImmediate(() => pending.forEach((e) => this.send(e))));
      reply(status, body);
    });
  }

  private collecting: AriEvent[] | undefined;

  private route(method: string, path: string, q: Record<string, string>): [number, unknown?] {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const [resource, id, action, sub] = parts;
    const notFound = (what: string): [number, unknown] => [404, { message: `${what} not found` }];

    if (resource === 'channels') {
      if (method === 'GET' && !id) return [200, [...this.channels.values()].map((c) => this.view(c))];
      if (method === 'POST' && !id) return this.originate(q);
      const channel = id ? this.channels.get(id) : undefined;
      if (!channel) return notFound('Channel');
      if (method === 'DELETE' && !action) {
        this.destroy(channel, reasonCause[q.reason ?? 'normal'] ?? 16);
        return [204];
      }
      if (!channel.inStasis) return [409, { message: 'Channel not in Stasis application' }];
      if (method === 'POST' && action === 'answer') {
        this.setState(channel, 'Up');
        return [204];
      }
      if (method === 'POST' && action === 'ring') return [204];
      if (method === 'POST' && action === 'play') {
        if (!q.media) return [400, { message: 'media is required' }];
        const playback: AriPlayback = {
          id: sub ?? q.playbackId ?? `pb-${++this.seq}`,
          media_uri: q.media,
          target_uri: `channel:${channel.id}`,
          language: 'ar',
          state: 'playing',
        };
        this.playbacks.set(playback.id, playback);
        this.emit({ type: 'PlaybackStarted', playback });
        return [201, { ...playback, state: 'queued' }];
      }
      if (method === 'POST' && action === 'record') return this.record(q, `channel:${channel.id}`);
      if (method === 'POST' && action === 'snoop') {
        if (!q.app) return [400, { message: 'app is required' }];
        const snoopId = q.snoopId ?? `snoop-${++this.seq}`;
        const snoop = this.newChannel(snoopId, `Snoop/${channel.id}-${pad(++this.seq)}`, 'Up', {
          caller: { name: '', number: '' },
          context: 'default',
          exten: 's',
        });
        this.enterStasis(snoop, q.appArgs ? q.appArgs.split(',') : []);
        return [200, this.view(snoop)];
      }
      return notFound('Route');
    }

    if (resource === 'bridges') {
      if (method === 'GET' && !id) return [200, [...this.bridges.values()].map((b) => bridgeView(b))];
      if (method === 'POST' && !id) {
        const bridgeId = q.bridgeId ?? `bridge-${++this.seq}`;
        if (this.bridges.has(bridgeId)) return [200, bridgeView(this.bridges.get(bridgeId)!)];
        const type = q.type === 'holding' ? 'holding' : 'mixing';
        const bridge: Bridge = {
          id: bridgeId,
          technology: type === 'holding' ? 'holding_bridge' : 'simple_bridge',
          bridge_type: type,
          bridge_class: 'stasis',
          creator: 'Stasis',
          name: q.name ?? '',
          channels: [],
          creationtime: this.timestamp(),
        };
        this.bridges.set(bridgeId, bridge);
        return [200, bridgeView(bridge)];
      }
      const bridge = id ? this.bridges.get(id) : undefined;
      if (!bridge) return notFound('Bridge');
      if (method === 'DELETE' && !action) {
        for (const channelId of [...bridge.channels]) this.leave(this.channels.get(channelId)!);
        this.bridges.delete(bridge.id);
        this.emit({ type: 'BridgeDestroyed', bridge: bridgeView(bridge) });
        return [204];
      }
      if (method === 'POST' && action === 'addChannel') {
        const ids = (q.channel ?? '').split(',').filter(Boolean);
        for (const channelId of ids) {
          const channel = this.channels.get(channelId);
          if (!channel) return [400, { message: 'Channel not found' }];
          if (!channel.inStasis) return [422, { message: 'Channel not in Stasis application' }];
        }
        for (const channelId of ids) {
          const channel = this.channels.get(channelId)!;
          if (channel.bridgeId === bridge.id) continue;
          if (channel.bridgeId) this.leave(channel);
          channel.bridgeId = bridge.id;
          bridge.channels.push(channel.id);
          this.emit({ type: 'ChannelEnteredBridge', bridge: bridgeView(bridge), channel: this.view(channel) });
        }
        return [204];
      }
      if (method === 'POST' && action === 'removeChannel') {
        const ids = (q.channel ?? '').split(',').filter(Boolean);
        for (const channelId of ids) {
          if (!this.channels.has(channelId)) return [400, { message: 'Channel not found' }];
          if (!bridge.channels.includes(channelId)) return [422, { message: 'Channel not in this bridge' }];
        }
        for (const channelId of ids) this.leave(this.channels.get(channelId)!);
        return [204];
      }
      if (action === 'moh') {
        if (method === 'POST') bridge.moh = q.mohClass ?? 'default';
        else delete bridge.moh;
        return [204];
      }
      if (method === 'POST' && action === 'record') return this.record(q, `bridge:${bridge.id}`);
      return notFound('Route');
    }

    if (resource === 'playbacks' && id) {
      const playback = this.playbacks.get(id);
      if (!playback) return notFound('Playback');
      if (method === 'GET') return [200, playback];
      if (method === 'DELETE') {
        this.playbacks.delete(id);
        this.emit({ type: 'PlaybackFinished', playback: { ...playback, state: 'done' } });
        return [204];
      }
    }

    if (resource === 'recordings' && id === 'live' && action && sub === 'stop' && method === 'POST') {
      const recording = this.recordings.get(action);
      if (!recording) return notFound('Recording');
      this.recordings.delete(action);
      this.emit({ type: 'RecordingFinished', recording: { ...recording, state: 'done', duration: 0 } });
      return [204];
    }
    return notFound('Route');
  }

  private originate(q: Record<string, string>): [number, unknown?] {
    if (!q.endpoint) return [400, { message: 'Endpoint must be specified' }];
    if (!q.app) return [400, { message: 'app is required' }];
    const script = this.scripts.get(q.endpoint);
    if (!script) return [400, { message: 'Invalid endpoint' }];
    const id = q.channelId ?? `1733464800.${++this.seq}`;
    if (this.channels.has(id)) return [409, { message: 'Channel with given unique ID already exists' }];
    const channel = this.newChannel(id, `${q.endpoint.split('@')[0]}-${pad(++this.seq)}`, 'Down', {
      caller: { name: '', number: q.callerId ?? '' },
      context: 'default',
      exten: 's',
    });
    channel.args = q.appArgs ? q.appArgs.split(',') : [];
    this.emit({ type: 'ChannelCreated', channel: this.view(channel) });
    this.emit({ type: 'Dial', dialstatus: '', dialstring: q.endpoint, peer: this.view(channel) });
    switch (script.outcome) {
      case 'answer':
        this.ringRemote(id);
        this.advance(script.ringMs ?? 0);
        this.answerRemote(id);
        break;
      case 'busy':
        this.emit({ type: 'Dial', dialstatus: 'BUSY', dialstring: q.endpoint, peer: this.view(channel) });
        this.remoteHangup(id, 17);
        break;
      case 'no_answer':
        this.ringRemote(id);
        this.advance(script.ringMs ?? 0);
        this.emit({ type: 'Dial', dialstatus: 'NOANSWER', dialstring: q.endpoint, peer: this.view(channel) });
        this.destroy(channel, 19);
        break;
      case 'failed':
        this.emit({ type: 'Dial', dialstatus: 'CHANUNAVAIL', dialstring: q.endpoint, peer: this.view(channel) });
        this.destroy(channel, script.cause ?? 34);
        break;
      case 'manual':
        break;
    }
    return [200, this.view(channel)];
  }

  private record(q: Record<string, string>, target: string): [number, unknown?] {
    if (!q.name || !q.format) return [400, { message: 'name and format are required' }];
    if (this.recordings.has(q.name) && q.ifExists === 'fail')
      return [409, { message: 'Recording already in progress' }];
    const recording: AriLiveRecording = { name: q.name, format: q.format, target_uri: target, state: 'queued' };
    this.recordings.set(q.name, recording);
    this.emit({ type: 'RecordingStarted', recording: { ...recording, state: 'recording' } });
    return [201, recording];
  }

  // ── the model ─────────────────────────────────────────────────────────────
  private newChannel(
    id: string,
    name: string,
    state: AriChannel['state'],
    at: { caller: { name: string; number: string }; context: string; exten: string },
  ): Channel {
    const channel: Channel = {
      id,
      name,
      state,
      caller: at.caller,
      connected: { name: '', number: '' },
      accountcode: '',
      dialplan: { context: at.context, exten: at.exten, priority: 1 },
      creationtime: this.timestamp(),
      language: 'ar',
      inStasis: false,
      args: [],
    };
    this.channels.set(id, channel);
    return channel;
  }

  private enterStasis(channel: Channel, args: string[]): void {
    channel.inStasis = true;
    channel.args = args;
    channel.dialplan = { ...channel.dialplan, app_name: 'Stasis', app_data: [this.options.app, ...args].join(',') };
    this.emit({ type: 'StasisStart', args, channel: this.view(channel) });
  }

  private setState(channel: Channel, state: AriChannel['state']): void {
    if (channel.state === state) return;
    channel.state = state;
    this.emit({ type: 'ChannelStateChange', channel: this.view(channel) });
  }

  private leave(channel: Channel): void {
    const bridge = channel.bridgeId ? this.bridges.get(channel.bridgeId) : undefined;
    channel.bridgeId = undefined;
    if (!bridge) return;
    bridge.channels = bridge.channels.filter((c) => c !== channel.id);
    this.emit({ type: 'ChannelLeftBridge', bridge: bridgeView(bridge), channel: this.view(channel) });
  }

  private destroy(channel: Channel, cause: number): void {
    this.leave(channel);
    if (channel.inStasis) {
      channel.inStasis = false;
      this.emit({ type: 'StasisEnd', channel: this.view(channel) });
    }
    for (const [id, playback] of this.playbacks)
      if (playback.target_uri === `channel:${channel.id}`) this.playbacks.delete(id);
    this.channels.delete(channel.id);
    this.emit({
      type: 'ChannelDestroyed',
      cause,
      cause_txt: causeText[cause] ?? 'Unknown',
      channel: this.view(channel),
    });
  }

  private view(channel: Channel): AriChannel {
    const { inStasis: _s, bridgeId: _b, args: _a, ...rest } = channel;
    return structuredClone(rest);
  }

  private emit(partial: DistributiveOmitBase<AriEvent>): void {
    const event = {
      ...partial,
      timestamp: this.timestamp(),
      application: this.options.app,
      asterisk_id: '00:11:22:33:44:55',
    } as AriEvent;
    if (this.collecting) this.collecting.push(event);
    else this.send(event);
  }

  private send(event: AriEvent): void {
    this.events.push({ event, delivered: this.sockets.size > 0 });
    const text = JSON.stringify(event);
    for (const socket of this.sockets) socket.send(text);
  }
}

type DistributiveOmitBase<T> = T extends unknown ? Omit<T, 'timestamp' | 'application' | 'asterisk_id'> : never;

function bridgeView(bridge: Bridge): AriBridge {
  const { moh: _m, ...rest } = bridge;
  return structuredClone(rest);
}

function pad(n: number): string {
  return n.toString(16).padStart(8, '0');
}
