// The client side of the live benchmark, in a process of its own so that the server's CPU is
// the server's: opens the WebSocket clients, publishes events at a steady rate through
// pg_notify, and prints the event-to-client latencies as one JSON line. Run by live.bench.ts.
import pg from 'pg';
import WebSocket from 'ws';

type Plan = {
  databaseUrl: string;
  channel: string;
  liveUrl: string;
  /** One cookie per client. */
  cookies: string[];
  /** For each event, the user it is addressed to (with the supervisors by role). */
  agents: string[];
  rate: number;
  seconds: number;
};

const plan = JSON.parse(process.env.LIVE_BENCH_PLAN!) as Plan;
const now = () => performance.timeOrigin + performance.now();

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

/** Sends `rate` notifications a second for `seconds`, each carrying its send time as its id. */
async function publishSteadily(channel: string, payloadOf: (sentAt: string, n: number) => string) {
  const publisher = new pg.Client({ connectionString: plan.databaseUrl });
  await publisher.connect();
  const total = plan.rate * plan.seconds;
  const start = now();
  for (let n = 0; n < total; n++) {
    const due = start + (n * 1000) / plan.rate;
    const wait = due - now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await publisher.query('select pg_notify($1, $2)', [channel, payloadOf(String(now()), n)]);
  }
  await new Promise((r) => setTimeout(r, 1000)); // the last ones arrive
  await publisher.end();
  return total;
}

// 1. The ceiling: a bare pg_notify → LISTEN round trip, same rate, same machine.
const listener = new pg.Client({ connectionString: plan.databaseUrl });
await listener.connect();
await listener.query('listen bench_bare');
const bare: number[] = [];
listener.on('notification', (m) => bare.push(now() - Number(m.payload)));
await publishSteadily('bench_bare', (sentAt) => sentAt);
await listener.end();

// 2. The app: the clients connect and wait for `ready`.
const latencies: number[] = [];
let delivered = 0;
const sockets = await Promise.all(
  plan.cookies.map(
    (cookie) =>
      new Promise<WebSocket>((resolve, reject) => {
        const ws = new WebSocket(plan.liveUrl, { headers: { cookie } });
        ws.on('message', (data) => {
          const event = JSON.parse(String(data)) as { type: string; id?: string };
          if (event.type === 'ready') return resolve(ws);
          if (event.type !== 'ticket.changed') return;
          delivered++;
          latencies.push(now() - Number(event.id));
        });
        ws.on('error', reject);
      }),
  ),
);
console.log('PHASE live start');
const published = await publishSteadily(plan.channel, (sentAt, n) =>
  JSON.stringify({
    type: 'ticket.changed',
    id: sentAt,
    to: { roles: ['supervisor'], users: [plan.agents[n % plan.agents.length]] },
  }),
);
console.log('PHASE live end');
for (const ws of sockets) ws.terminate();

bare.sort((x, y) => x - y);
latencies.sort((x, y) => x - y);
console.log(
  'RESULT ' +
    JSON.stringify({
      bare: { p50: percentile(bare, 50), p99: percentile(bare, 99), received: bare.length },
      live: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), delivered },
      published,
    }),
);
process.exit(0);
