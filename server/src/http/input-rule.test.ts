// The input rule for all text (no NUL, no lone surrogate: 400 invalid_text wherever it comes
// in) and the errors raised before a route runs (bad URL encoding, a too long address or
// headers, a wrong media type, a too large or malformed body): each has a code and a message
// in Arabic and in English, on app.inject and on a real socket.
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../testing/db-harness.ts';
import { loadImport } from '../testing/import-fixture.ts';
import { multipartFile } from '../testing/multipart.ts';

const arabic = /[\u0600-\u06ff]/;

function expectError(
  response: LightMyRequestResponse | { statusCode: number; body: string },
  status: number,
  code: string,
) {
  expect({ status: response.statusCode, body: response.body.slice(0, 300) }).toMatchObject({ status });
  const body = JSON.parse(response.body) as { code: string; message: string; message_ar: string };
  expect(body.code).toBe(code);
  expect(body.message).toMatch(/[a-z]/i);
  expect(body.message_ar).toMatch(arabic);
  expect(response.body).not.toMatch(/\n\s+at |\.ts:\d+/);
}

/** Sends raw bytes to the server and returns what comes back before the connection closes. */
function rawRequest(port: number, request: string): Promise<{ statusCode: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
      if (!m) return reject(new Error(`no HTTP answer: ${JSON.stringify(data.slice(0, 200))}`));
      resolve({ statusCode: Number(m[1]), body: data.slice(data.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(request);
  });
}

describeEachDatabase('the input rule for all text and the errors before a route', (get) => {
  let admin = '';
  let supervisor = '';
  let csrf = '';

  beforeAll(async () => {
    const { app, database } = get();
    await addUser(database, 'ir.admin', 'admin');
    await addUser(database, 'ir.sup', 'supervisor');
    await loadImport(database, 'customers', ['customer_no,name,category,mobile', 'IR1,عميل القاعدة,A,0551111111']);
    admin = await loginCookie(app, 'ir.admin');
    supervisor = await loginCookie(app, 'ir.sup');
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: supervisor } });
    csrf = (me.json() as { csrf_token: string }).csrf_token;
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: string, cookie = admin) =>
    get().app.inject({
      method,
      url,
      headers: { cookie, ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(payload !== undefined ? { payload } : {}),
    });

  describe('NUL and lone surrogates are refused with 400 invalid_text', () => {
    it.each([
      ['the login username (signed out)', 'POST', '/api/v1/auth/login', '{"username":"ad\\u0000min","password":"x"}'],
      ['an unsubscribe token (signed out)', 'GET', '/api/v1/messaging/unsubscribe/abc%00def', undefined],
      ['the customer search', 'GET', '/api/v1/customers?q=a%00', undefined],
      ['the customer export before it streams', 'GET', '/api/v1/customers/export.xlsx?q=a%00', undefined],
      ['the user search', 'GET', '/api/v1/users?q=%00', undefined],
      ['the audit filter', 'GET', '/api/v1/audit?entity=a%00', undefined],
      ['the outbox filter', 'GET', '/api/v1/messaging/outbox?purpose=a%00', undefined],
      ['a customer number in the path', 'GET', '/api/v1/customers/IR%00', undefined],
      ['a group code in the path', 'PATCH', '/api/v1/ticket-groups/a%00b', '{"active":true}'],
      ['a note with a NUL', 'POST', '/api/v1/customers/IR1/notes', '{"text":"a\\u0000b"}'],
      ['a note with a lone high surrogate', 'POST', '/api/v1/customers/IR1/notes', '{"text":"a\\ud800"}'],
      ['a note with a lone low surrogate', 'POST', '/api/v1/customers/IR1/notes', '{"text":"\\udc00b"}'],
      ['a key with a NUL', 'PATCH', '/api/v1/settings', '{"company\\u0000":"x"}'],
      ['a nested value', 'PATCH', '/api/v1/settings', '{"holidays":[{"date":"2027-01-01","name":"\\ud800"}]}'],
      ['an API token name', 'POST', '/api/v1/api-tokens', '{"name":"t\\u0000"}'],
      ['a body the use case validates', 'POST', '/api/v1/messaging/templates/preview', '{"body":"hi\\u0000"}'],
    ] as const)('%s', async (_name, method, url, payload) => {
      const response = await call(method, url, payload, url.includes('ticket-groups') ? supervisor : admin);
      expectError(response, 400, 'invalid_text');
      expect((response.json() as { errors: unknown[] }).errors).toHaveLength(1);
    });

    it('names the field that broke the rule', async () => {
      const response = await call('PATCH', '/api/v1/settings', '{"holidays":[{"date":"2027-01-01","name":"\\ud800"}]}');
      expect(response.json()).toMatchObject({ errors: [{ field: 'holidays.0.name', code: 'invalid_text' }] });
    });

    it('in a header used as input', async () => {
      const response = await get().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json', 'user-agent': 'evil\u0000agent' },
        payload: { username: 'ir.admin', password: 'x' },
      });
      expectError(response, 400, 'invalid_text');
    });

    it('in the name of an uploaded file', async () => {
      const body = multipartFile('file', 'a\u0000b.csv', 'customer_no,name\nX1,x\n');
      const response = await get().app.inject({
        method: 'POST',
        url: '/api/v1/imports/customers/uploads',
        headers: { cookie: supervisor, 'content-type': body.contentType, 'x-csrf-token': csrf },
        payload: body.payload,
      });
      expectError(response, 400, 'invalid_text');
    });
  });

  describe('dates outside 1900–2199 are refused before any calculation or the database (422 date_out_of_range)', () => {
    it.each([
      ['the day run, year 1', 'POST', '/api/v1/collections/runs', '{"date":"0001-01-01","send":false}'],
      ['the day run, year 9999', 'POST', '/api/v1/collections/runs', '{"date":"9999-12-31","send":false}'],
      ['the KPIs', 'GET', '/api/v1/collections/kpis?date=0001-01-01', undefined],
      ['the outbox from', 'GET', '/api/v1/messaging/outbox?from=0001-01-01', undefined],
      ['the outbox to', 'GET', '/api/v1/messaging/outbox?to=9999-12-31', undefined],
      ['the weekly report', 'GET', '/api/v1/ticket-reports/weekly?week_start=9999-12-31', undefined],
      ['the key-accounts report', 'GET', '/api/v1/ticket-reports/key-accounts?month=0001-01', undefined],
      ['a holiday', 'PATCH', '/api/v1/settings', '{"holidays":[{"date":"9999-12-31","name":"x"}]}'],
    ] as const)('%s', async (_name, method, url, payload) => {
      const response = await call(method, url, payload);
      expectError(response, 422, 'validation_failed');
      expect((response.json() as { errors: Array<{ code: string; message_ar: string }> }).errors[0]).toMatchObject({
        code: 'date_out_of_range',
        message_ar: expect.stringMatching(arabic) as unknown,
      });
    });

    it('the first and last accepted days are accepted', async () => {
      expect((await call('GET', '/api/v1/collections/kpis?date=1900-01-01')).statusCode).toBe(200);
      expect((await call('GET', '/api/v1/messaging/outbox?from=1900-01-01&to=2199-12-31')).statusCode).toBe(200);
    });
  });

  it('a template preview of {__proto__} names an unknown variable (not a 500)', async () => {
    const response = await call('POST', '/api/v1/messaging/templates/preview', '{"body":"hi {__proto__}"}', supervisor);
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('__proto__');
  });

  describe('the customer export answers an error before it starts streaming', () => {
    it('a database failure on the first page is a JSON 500, not a cut connection', async () => {
      const { database } = get();
      await database.executeSql('alter table customers rename to customers_away');
      try {
        const response = await call('GET', '/api/v1/customers/export.xlsx');
        expectError(response, 500, 'internal');
        expect(response.headers['content-type']).toMatch(/application\/json/);
      } finally {
        await database.executeSql('alter table customers_away rename to customers');
      }
    });

    it('and streams the file when all is well', async () => {
      const response = await call('GET', '/api/v1/customers/export.xlsx');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/spreadsheetml/);
      expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
    });
  });

  it('bidi controls are text like any other: stored and returned as sent', async () => {
    const text = '\u202Eevil\u202C \u2066عربي\u2069 \u200f';
    const added = await call('POST', '/api/v1/customers/IR1/notes', JSON.stringify({ text }));
    expect(added.statusCode).toBe(201);
    const customer = await call('GET', '/api/v1/customers/IR1');
    const summaries = (customer.json() as { timeline: Array<{ summary: string }> }).timeline.map((t) => t.summary);
    expect(summaries).toContain(text);
  });

  describe('errors raised before the route, with a code and both languages', () => {
    it('a malformed percent-encoding in the path → 400 bad_url', async () => {
      expectError(await call('GET', '/api/v1/customers/%E0%A4%A'), 400, 'bad_url');
    });
    it('a path parameter over the length limit → 414 uri_too_long', async () => {
      expectError(await call('GET', `/api/v1/customers/${'x'.repeat(500)}`), 414, 'uri_too_long');
    });
    it('a POST that is not JSON → 415', async () => {
      const response = await get().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'text/plain' },
        payload: 'username=a',
      });
      expectError(response, 415, 'unsupported_media_type');
    });
    it('a body over 1 MB → 413', async () => {
      const payload = JSON.stringify({ text: 'x'.repeat(1_100_000) });
      expectError(await call('POST', '/api/v1/customers/IR1/notes', payload), 413, 'body_too_large');
    });
    it('invalid JSON → 400 malformed_body', async () => {
      expectError(await call('POST', '/api/v1/customers/IR1/notes', '{"text": '), 400, 'malformed_body');
    });

    describe('on a real socket (refused by Node’s HTTP parser)', () => {
      let port = 0;
      beforeAll(async () => {
        await get().app.listen({ port: 0, host: '127.0.0.1' });
        port = (get().app.server.address() as AddressInfo).port;
      });

      it('an address longer than the header limit → 414 uri_too_long', async () => {
        const response = await rawRequest(
          port,
          `GET /api/v1/customers?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
        );
        expectError(response, 414, 'uri_too_long');
      });
      it('headers over the limit → 431 headers_too_large', async () => {
        const response = await rawRequest(
          port,
          `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
        );
        expectError(response, 431, 'headers_too_large');
      });
      it('a malformed request line → 400 bad_request', async () => {
        expectError(await rawRequest(port, 'GARBAGE\r\n\r\n'), 400, 'bad_request');
      });
      it('a malformed percent-encoding → 400 bad_url', async () => {
        const response = await rawRequest(
          port,
          'GET /api/v1/customers/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
        );
        expectError(response, 400, 'bad_url');
      });
    });
  });
});
