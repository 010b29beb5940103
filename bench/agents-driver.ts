// The load generator of the agents benchmark, in a process of its own so that it does not share
// the server's event loop. Reads its orders from AGENTS_DRIVER (JSON), prints one JSON line of
// per-endpoint latencies when done. Each simulated agent signs in (the sign-ins spread over the
// ramp), then repeats what an agent does, with a think time between requests.
type Orders = {
  baseUrl: string;
  agents: { username: string; password: string }[];
  customerNos: string[];
  seconds: number;
  rampSeconds: number;
  thinkMs: number;
  bare: boolean;
};

const orders = JSON.parse(process.env.AGENTS_DRIVER!) as Orders;

const samples = new Map<string, number[]>();
const failures = new Map<string, number>();
const failureSamples: string[] = [];

// Latencies are those of the steady state: the sign-in storm of the ramp is measured on its own.
const steadyFrom = Date.now() + (orders.rampSeconds + 5) * 1000;

async function timed(name: string, url: string, init: RequestInit, expected: number[]): Promise<Response | undefined> {
  const started = performance.now();
  const counted = name.startsWith('POST /auth/login') || Date.now() >= steadyFrom;
  try {
    const response = await fetch(url, init);
    const body = await response.arrayBuffer();
    const ms = performance.now() - started;
    if (counted) {
      if (!samples.has(name)) samples.set(name, []);
      samples.get(name)!.push(ms);
    }
    if (!expected.includes(response.status)) {
      failures.set(name, (failures.get(name) ?? 0) + 1);
      if (failureSamples.length < 5)
        failureSamples.push(`${name} ${response.status} ${Buffer.from(body).toString('utf8').slice(0, 200)}`);
      return undefined;
    }
    return new Response(body, { status: response.status, headers: response.headers });
  } catch (error) {
    failures.set(name, (failures.get(name) ?? 0) + 1);
    if (failureSamples.length < 5) failureSamples.push(`${name} ${(error as Error).message}`);
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = (ms: number) => ms * (0.5 + Math.random());
const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;

async function agent(index: number, until: number) {
  const { baseUrl } = orders;
  await sleep((orders.rampSeconds * 1000 * index) / orders.agents.length);
  if (orders.bare) {
    while (Date.now() < until) {
      await timed('GET /bare (ceiling)', `${baseUrl}/bare`, {}, [200]);
      await sleep(jitter(orders.thinkMs));
    }
    return;
  }
  const me = orders.agents[index]!;
  const login = await timed(
    'POST /auth/login',
    `${baseUrl}/api/v1/auth/login`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(me) },
    [200],
  );
  if (!login) return;
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const json = { cookie, 'content-type': 'application/json' };
  const get = (name: string, path: string) => timed(name, `${baseUrl}${path}`, { headers: { cookie } }, [200]);
  await get('GET /auth/me', '/api/v1/auth/me');
  let locale: 'ar' | 'en' = 'ar';
  while (Date.now() < until) {
    const roll = Math.random();
    if (roll < 0.3) await get('GET /my/items', '/api/v1/my/items');
    else if (roll < 0.5) await get('GET /auth/me', '/api/v1/auth/me');
    else if (roll < 0.7)
      await get(
        'GET /customers/lookup (audited)',
        `/api/v1/customers/lookup?q=${encodeURIComponent(pick(orders.customerNos))}`,
      );
    else if (roll < 0.9) await get('GET /tickets?queue=mine', '/api/v1/tickets?queue=mine');
    else {
      locale = locale === 'ar' ? 'en' : 'ar';
      await timed(
        'PATCH /auth/me (write)',
        `${baseUrl}/api/v1/auth/me`,
        { method: 'PATCH', headers: json, body: JSON.stringify({ locale }) },
        [200],
      );
    }
    await sleep(jitter(orders.thinkMs));
  }
}

const until = Date.now() + (orders.rampSeconds + orders.seconds) * 1000;
await Promise.all(orders.agents.map((_, i) => agent(i, until)));
const result: Record<string, { n: number; p50: number; p99: number; errors: number }> = {};
for (const name of new Set([...samples.keys(), ...failures.keys()])) {
  const sorted = (samples.get(name) ?? []).sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  result[name] = { n: sorted.length, p50: at(0.5), p99: at(0.99), errors: failures.get(name) ?? 0 };
}
console.log(JSON.stringify({ result, failureSamples }));
process.exit(0);
