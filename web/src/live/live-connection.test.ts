import { describe, expect, it } from 'vitest';
import { backoffDelay, LiveConnection, liveUrl, type LiveMessage, type LiveStatus } from './live-connection';

describe('backoffDelay', () => {
  const cases: [name: string, failures: number, random: number, expected: number][] = [
    ['the first retry waits a second', 0, 0, 1000],
    ['then two', 1, 0, 2000],
    ['then four', 2, 0, 4000],
    ['never more than 30 s', 10, 0, 30_000],
    ['a huge count does not overflow', 1000, 0, 30_000],
    ['jitter adds at most a quarter', 1, 1, 2500],
    ['jitter at the cap', 10, 1, 37_500],
  ];
  it.each(cases)('%s', (_name, failures, random, expected) => {
    expect(backoffDelay(failures, () => random)).toBe(expected);
  });
});

describe('liveUrl', () => {
  it('follows the page: wss behind https, ws on plain http', () => {
    expect(liveUrl({ protocol: 'https:', host: 'cc.example.com' })).toBe('wss://cc.example.com/api/v1/live');
    expect(liveUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/api/v1/live');
  });
});

type FakeSocket = {
  onopen: ((e: unknown) => void) | null;
  onmessage: ((e: { data: unknown }) => void) | null;
  onclose: ((e: unknown) => void) | null;
  close: () => void;
  closed: boolean;
};

function harness() {
  const sockets: FakeSocket[] = [];
  const delays: number[] = [];
  const pendingTimers: Array<() => void> = [];
  const messages: LiveMessage[] = [];
  const statuses: LiveStatus[] = [];
  let resyncs = 0;
  const connection = new LiveConnection(
    'ws://x/api/v1/live',
    {
      onMessage: (m) => messages.push(m),
      onStatus: (s) => statuses.push(s),
      onResync: () => resyncs++,
    },
    () => {
      const socket: FakeSocket = {
        onopen: null,
        onmessage: null,
        onclose: null,
        closed: false,
        close() {
          this.closed = true;
        },
      };
      sockets.push(socket);
      return socket;
    },
    {
      setTimeout: ((fn: () => void, ms: number) => {
        delays.push(ms);
        pendingTimers.push(fn);
        return pendingTimers.length as unknown as ReturnType<typeof setTimeout>;
      }) as unknown as typeof setTimeout,
      clearTimeout: (() => undefined) as typeof clearTimeout,
    },
  );
  const send = (socket: FakeSocket, data: object | string) =>
    socket.onmessage!({ data: typeof data === 'string' ? data : JSON.stringify(data) });
  return { connection, sockets, delays, pendingTimers, messages, statuses, send, resyncs: () => resyncs };
}

describe('LiveConnection', () => {
  it('is live once the server is ready, and passes events on', () => {
    const h = harness();
    h.connection.start();
    h.send(h.sockets[0]!, { type: 'ready' });
    h.send(h.sockets[0]!, { type: 'ticket.changed', id: 't1' });
    h.send(h.sockets[0]!, 'not json');
    expect(h.statuses).toEqual(['connecting', 'live']);
    expect(h.messages).toEqual([{ type: 'ticket.changed', id: 't1' }]);
    expect(h.resyncs()).toBe(0);
  });

  it('reconnects with a growing pause and reloads everything once back', () => {
    const h = harness();
    h.connection.start();
    h.send(h.sockets[0]!, { type: 'ready' });
    h.sockets[0]!.onclose!({});
    expect(h.statuses.at(-1)).toBe('reconnecting');
    h.pendingTimers.shift()!();
    h.sockets[1]!.onclose!({}); // the server is still away
    h.pendingTimers.shift()!();
    expect(h.delays.map((d) => Math.floor(d / 1000))).toEqual([1, 2]);
    h.send(h.sockets[2]!, { type: 'ready' });
    expect(h.statuses.at(-1)).toBe('live');
    expect(h.resyncs()).toBe(1);
    // Back to a short pause after a success.
    h.sockets[2]!.onclose!({});
    expect(Math.floor(h.delays.at(-1)! / 1000)).toBe(1);
  });

  it("reloads everything when the server's own listener lost events", () => {
    const h = harness();
    h.connection.start();
    h.send(h.sockets[0]!, { type: 'ready' });
    h.send(h.sockets[0]!, { type: 'resync' });
    expect(h.resyncs()).toBe(1);
    expect(h.messages).toEqual([]);
  });

  it('stops for good: no reconnect after stop()', () => {
    const h = harness();
    h.connection.start();
    h.connection.stop();
    expect(h.sockets[0]!.closed).toBe(true);
    h.sockets[0]!.onclose?.({});
    expect(h.pendingTimers).toHaveLength(0);
  });
});
