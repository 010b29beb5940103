import WebSocket from 'ws';
import type { AriConnection } from './ari-config.ts';
import type { AriBridge, AriChannel, AriEvent, AriLiveRecording, AriPlayback } from './ari-types.ts';

// A typed client for the few ARI resources Tawasul drives: REST through fetch with basic auth,
// events through one WebSocket per Stasis application. It knows nothing of legs or calls; the
// adapter (ari-telephony.adapter.ts) does.

/** ARI answered with a status other than 2xx (`message` is ARI's own `{"message": …}` when given). */
export class AriHttpError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    message: string,
  ) {
    super(`ARI ${method} ${path} → ${status}: ${message}`);
    this.name = 'AriHttpError';
  }
}

/** ARI could not be reached at all (refused, reset, timed out). */
export class AriUnreachableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AriUnreachableError';
  }
}

type Query = Record<string, string | number | boolean | undefined>;

export type OriginateParams = {
  endpoint: string;
  app: string;
  appArgs?: string;
  channelId?: string;
  callerId?: string;
  timeout?: number;
  variables?: Record<string, string>;
};

export type SnoopParams = {
  spy: 'none' | 'both' | 'out' | 'in';
  whisper: 'none' | 'both' | 'out' | 'in';
  app: string;
  appArgs?: string;
  snoopId?: string;
};

export type RecordParams = {
  name: string;
  format: string;
  ifExists?: 'fail' | 'overwrite' | 'append';
  beep?: boolean;
  maxDurationSeconds?: number;
};

export type AriRestResponse<T> = { body: T; date: Date | undefined };

export class AriClient {
  private readonly authorization: string;

  constructor(
    private readonly connection: AriConnection,
    private readonly options: { requestTimeoutMs?: number; fetchImpl?: typeof fetch } = {},
  ) {
    this.authorization = `Basic ${Buffer.from(`${connection.username}:${connection.password}`).toString('base64')}`;
  }

  // ── channels ──────────────────────────────────────────────────────────────
  listChannels(): Promise<AriRestResponse<AriChannel[]>> {
    return this.request<AriChannel[]>('GET', '/channels');
  }

  async originate(params: OriginateParams): Promise<AriChannel> {
    const { variables, ...query } = params;
    const body = variables ? { variables } : undefined;
    return (await this.request<AriChannel>('POST', '/channels', query, body)).body;
  }

  async answer(channelId: string): Promise<void> {
    await this.request('POST', `/channels/${enc(channelId)}/answer`);
  }

  /** `reason`: normal, busy, congestion, no_answer … (ARI's hangup reasons). */
  async hangup(channelId: string, reason = 'normal'): Promise<void> {
    await this.request('DELETE', `/channels/${enc(channelId)}`, { reason });
  }

  async play(channelId: string, media: string, playbackId: string): Promise<AriPlayback> {
    return (await this.request<AriPlayback>('POST', `/channels/${enc(channelId)}/play`, { media, playbackId })).body;
  }

  async recordChannel(channelId: string, params: RecordParams): Promise<AriLiveRecording> {
    return (await this.request<AriLiveRecording>('POST', `/channels/${enc(channelId)}/record`, params)).body;
  }

  async snoop(channelId: string, params: SnoopParams): Promise<AriChannel> {
    return (await this.request<AriChannel>('POST', `/channels/${enc(channelId)}/snoop`, params)).body;
  }

  async ring(channelId: string): Promise<void> {
    await this.request('POST', `/channels/${enc(channelId)}/ring`);
  }

  // ── bridges ───────────────────────────────────────────────────────────────
  listBridges(): Promise<AriRestResponse<AriBridge[]>> {
    return this.request<AriBridge[]>('GET', '/bridges');
  }

  async createBridge(type: 'mixing' | 'holding', bridgeId: string, name: string): Promise<AriBridge> {
    return (await this.request<AriBridge>('POST', '/bridges', { type, bridgeId, name })).body;
  }

  async destroyBridge(bridgeId: string): Promise<void> {
    await this.request('DELETE', `/bridges/${enc(bridgeId)}`);
  }

  async addChannel(bridgeId: string, channelIds: string[], role?: string): Promise<void> {
    await this.request('POST', `/bridges/${enc(bridgeId)}/addChannel`, { channel: channelIds.join(','), role });
  }

  async removeChannel(bridgeId: string, channelIds: string[]): Promise<void> {
    await this.request('POST', `/bridges/${enc(bridgeId)}/removeChannel`, { channel: channelIds.join(',') });
  }

  async startMoh(bridgeId: string, mohClass: string): Promise<void> {
    await this.request('POST', `/bridges/${enc(bridgeId)}/moh`, { mohClass });
  }

  async stopMoh(bridgeId: string): Promise<void> {
    await this.request('DELETE', `/bridges/${enc(bridgeId)}/moh`);
  }

  async recordBridge(bridgeId: string, params: RecordParams): Promise<AriLiveRecording> {
    return (await this.request<AriLiveRecording>('POST', `/bridges/${enc(bridgeId)}/record`, params)).body;
  }

  // ── playbacks and recordings ──────────────────────────────────────────────
  async stopPlayback(playbackId: string): Promise<void> {
    await this.request('DELETE', `/playbacks/${enc(playbackId)}`);
  }

  async getPlayback(playbackId: string): Promise<AriPlayback> {
    return (await this.request<AriPlayback>('GET', `/playbacks/${enc(playbackId)}`)).body;
  }

  async stopRecording(name: string): Promise<void> {
    await this.request('POST', `/recordings/live/${enc(name)}/stop`);
  }

  // ── events ────────────────────────────────────────────────────────────────
  /**
   * Opens the events WebSocket of the application. Resolves once open; rejects with AriHttpError
   * when the upgrade is refused (401 for bad credentials) or AriUnreachableError.
   */
  openEvents(handlers: { onEvent: (event: AriEvent) => void; onClose: (reason: string) => void }): Promise<WebSocket> {
    const { eventsUrl, username, password, app } = this.connection;
    const url = `${eventsUrl}?app=${encodeURIComponent(app)}&api_key=${encodeURIComponent(`${username}:${password}`)}`;
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { handshakeTimeout: this.options.requestTimeoutMs ?? 5000 });
      let opened = false;
      socket.on('unexpected-response', (_request, response) => {
        const status = response.statusCode ?? 0;
        response.resume();
        socket.terminate();
        if (!opened) reject(new AriHttpError(status, 'GET', '/events', response.statusMessage ?? 'upgrade refused'));
      });
      socket.on('open', () => {
        opened = true;
        resolve(socket);
      });
      socket.on('message', (data) => {
        let event: AriEvent;
        try {
          event = JSON.parse(data.toString()) as AriEvent;
        } catch {
          return;
        }
        if (event && typeof event.type === 'string') handlers.onEvent(event);
      });
      socket.on('error', (error) => {
        if (!opened) reject(new AriUnreachableError(`ARI events unreachable: ${error.message}`, { cause: error }));
      });
      socket.on('close', (code, reason) => {
        if (opened) handlers.onClose(`${code} ${reason.toString()}`.trim());
      });
    });
  }

  // ── transport ─────────────────────────────────────────────────────────────
  private async request<T = unknown>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    query: Query = {},
    body?: unknown,
  ): Promise<AriRestResponse<T>> {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value));
    const qs = search.toString();
    const url = `${this.connection.baseUrl}${path}${qs ? `?${qs}` : ''}`;
    const fetchImpl = this.options.fetchImpl ?? fetch;
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(url, {
        method,
        headers: {
          authorization: this.authorization,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.requestTimeoutMs ?? 5000),
      });
      text = await response.text();
    } catch (error) {
      throw new AriUnreachableError(`ARI ${method} ${path} failed: ${(error as Error).message}`, { cause: error });
    }
    const json = parseJson(text);
    if (!response.ok) {
      const message =
        json && typeof json === 'object' && 'message' in json
          ? String(json.message)
          : text.slice(0, 200) || response.statusText;
      throw new AriHttpError(response.status, method, path, message);
    }
    const dateHeader = response.headers.get('date');
    const date = dateHeader ? new Date(dateHeader) : undefined;
    return { body: json as T, date: date && !Number.isNaN(date.getTime()) ? date : undefined };
  }
}

function enc(segment: string): string {
  return encodeURIComponent(segment);
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
