// The app's one live socket (GET /api/v1/live): it says which things changed, by id, and the
// screens reload them. It reconnects with a growing pause and asks for a full reload after.

/** What the server sends: a change, `ready` once events flow, `resync` when some were lost. */
export type LiveMessage = { type: string; id?: string };
export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

/** 1 s, 2 s, 4 s … up to 30 s, each with up to a quarter more at random (clients do not return in step). */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, failures));
  return Math.round(base * (1 + random() / 4));
}

type SocketLike = {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: unknown) => void) | null;
  close(): void;
};

export type LiveHandlers = {
  onMessage: (message: LiveMessage) => void;
  onStatus: (status: LiveStatus) => void;
  /** Events may have been missed (a reconnect, or the server's own listener reconnected). */
  onResync: () => void;
};

type Timers = {
  setTimeout: (run: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimeout: (id: ReturnType<typeof setTimeout> | undefined) => void;
};

// The window's timers called on their own: called as methods of another object (the way
// `this.timers.clearTimeout(…)` calls them) the browser throws "TypeError: Illegal invocation".
const windowTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id),
};

export class LiveConnection {
  private socket: SocketLike | undefined;
  private failures = 0;
  private everLive = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly handlers: LiveHandlers,
    private readonly open: (url: string) => SocketLike = (u) => new WebSocket(u) as unknown as SocketLike,
    private readonly timers: Timers = windowTimers,
  ) {}

  start() {
    this.stopped = false;
    this.handlers.onStatus('connecting');
    this.connect();
  }

  stop() {
    this.stopped = true;
    this.timers.clearTimeout(this.retry);
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
  }

  private connect() {
    const socket = this.open(this.url);
    this.socket = socket;
    socket.onmessage = (event) => {
      const message = parse(event.data);
      if (!message) return;
      if (message.type === 'ready') {
        this.failures = 0;
        this.handlers.onStatus('live');
        if (this.everLive) this.handlers.onResync();
        this.everLive = true;
      } else if (message.type === 'resync') this.handlers.onResync();
      else this.handlers.onMessage(message);
    };
    socket.onclose = () => {
      if (this.socket !== socket || this.stopped) return;
      this.socket = undefined;
      this.handlers.onStatus('reconnecting');
      this.retry = this.timers.setTimeout(() => this.connect(), backoffDelay(this.failures++));
    };
  }
}

function parse(data: unknown): LiveMessage | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const value = JSON.parse(data) as unknown;
    return value && typeof value === 'object' && typeof (value as LiveMessage).type === 'string'
      ? (value as LiveMessage)
      : undefined;
  } catch {
    return undefined;
  }
}

/** ws:// or wss:// on the page's own host (the server checks the Origin). */
export function liveUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/v1/live`;
}
