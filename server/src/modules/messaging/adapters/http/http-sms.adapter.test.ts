import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSmsProvider } from './http-sms.adapter.ts';
import { resolveHttpGateway, statusFromWord } from './http-gateway-presets.ts';

// A local HTTP gateway that answers by path: fast JSON, slow, errors, HTML instead of JSON.
type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
const requests: { path: string; body: string; headers: IncomingMessage['headers'] }[] = [];
const routes: Record<string, Handler> = {
  '/ok': (_req, _body, res) => json(res, 200, { success: true, data: { MessageID: 4711 } }),
  '/slow': (_req, _body, res) => setTimeout(() => json(res, 200, { messageId: 'late' }), 1500),
  '/401': (_req, _body, res) => json(res, 401, { message: 'Invalid token' }),
  '/429': (_req, _body, res) => json(res, 429, { message: 'Too many requests' }),
  '/503': (_req, _body, res) => json(res, 503, { message: 'maintenance' }),
  '/400-number': (_req, _body, res) => json(res, 400, { message: 'Invalid recipient number' }),
  '/html-200': (_req, _body, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html><head><title>Captive portal</title></head><body>Sign in</body></html>');
  },
  '/html-502': (_req, _body, res) => {
    res.writeHead(502, { 'content-type': 'text/html' });
    res.end('<html><head><title>502 Bad Gateway</title></head></html>');
  },
  '/no-id': (_req, _body, res) => json(res, 200, { success: true, data: {} }),
  '/success-false': (_req, _body, res) => json(res, 200, { success: false, message: 'Sender ID not approved' }),
  '/reset': (req) => req.socket.destroy(),
};
function json(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0]!;
      requests.push({ path, body, headers: req.headers });
      (routes[path] ?? ((_r, _b, s: ServerResponse) => json(s, 404, { message: 'no route' })))(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function provider(path: string, overrides: Partial<Parameters<typeof resolveHttpGateway>[0]> = {}) {
  const { settings, problems } = resolveHttpGateway({
    url: `${base}${path}`,
    body: '{"to":"{{to_digits}}","text":"{{body}}","from":"{{sender}}","ref":"{{idempotency_key}}"}',
    authHeader: 'Authorization: Bearer {{api_key}}',
    apiKey: 'k-123',
    idPath: 'data.MessageID',
    successPath: 'success',
    errorPath: 'message',
    timeoutMs: 500,
    window: 4,
    ...overrides,
  });
  expect(problems).toEqual([]);
  return new HttpSmsProvider(settings!);
}

const sms = {
  to: '+966551234567',
  body: 'قسطكم "مستحق"\nغدًا',
  sender: 'Tawasul',
  idempotencyKey: 'reminder:i1:+966551234567',
};

describe('HTTP SMS gateway adapter against a local server', () => {
  it('posts the filled JSON template with the auth header and reads the message id', async () => {
    const result = await provider('/ok').send(sms);
    expect(result).toEqual({ providerMessageId: '4711' });
    const last = requests.at(-1)!;
    expect(JSON.parse(last.body)).toEqual({
      to: '966551234567',
      text: sms.body,
      from: 'Tawasul',
      ref: 'reminder:i1:+966551234567',
    });
    expect(last.headers.authorization).toBe('Bearer k-123');
    expect(last.headers['content-type']).toBe('application/json');
  });

  it('form-encodes for form presets (Unifonic-style example)', async () => {
    const p = provider('/ok', {
      preset: 'unifonic',
      url: `${base}/ok`,
      body: undefined,
      authHeader: undefined,
      idPath: undefined,
    });
    await p.send(sms);
    const body = new URLSearchParams(requests.at(-1)!.body);
    expect(body.get('Recipient')).toBe('966551234567');
    expect(body.get('Body')).toBe(sms.body);
    expect(body.get('AppSid')).toBe('k-123');
  });

  it.each([
    ['a slow answer (timeout)', '/slow', 'temporary', true],
    ['401', '/401', 'auth', false],
    ['429', '/429', 'rate_limited', true],
    ['503', '/503', 'temporary', true],
    ['400 naming the number', '/400-number', 'bad_recipient', false],
    ['HTML with 200 (unknown whether sent)', '/html-200', 'unknown', false],
    ['HTML with 502', '/html-502', 'temporary', true],
    ['JSON without a message id', '/no-id', 'unknown', false],
    ['success: false', '/success-false', 'unknown', false],
    ['a dropped connection', '/reset', 'temporary', true],
  ])('classifies %s', async (_name, path, errorClass, retryable) => {
    const error = await provider(path)
      .send(sms)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ errorClass, retryable });
  });

  it('says what the HTML page was', async () => {
    await expect(provider('/html-200').send(sms)).rejects.toThrow(/text\/html.*Captive portal/);
  });

  it('parses webhook delivery reports with the configured paths', () => {
    const p = provider('/ok', { dlrIdPath: 'data.id', dlrStatusPath: 'data.state' });
    expect(p.parseDeliveryReport({ data: { id: 4711, state: 'DELIVRD' } })).toEqual({
      providerMessageId: '4711',
      status: 'delivered',
    });
    expect(p.parseDeliveryReport({ data: { id: 4711, state: 'weird' } })).toBeUndefined();
    expect(statusFromWord('Undelivered')).toBe('failed');
  });

  it('reports missing settings as configuration problems', () => {
    expect(resolveHttpGateway({ timeoutMs: 1000, window: 1 }).problems).toHaveLength(3);
    expect(resolveHttpGateway({ preset: 'taqnyat', timeoutMs: 1000, window: 1 }).problems).toEqual([]);
    expect(
      resolveHttpGateway({ preset: 'taqnyat', authHeader: 'nonsense', timeoutMs: 1000, window: 1 }).problems,
    ).toHaveLength(1);
  });
});
