import { expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../testing/db-harness.ts';

describeEachDatabase('HTTP server', (get) => {
  it('answers /api/health with the database kind', async () => {
    const { app, kind } = get();
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: kind });
  });

  it('exposes Prometheus metrics, including request durations', async () => {
    const { app } = get();
    await app.inject({ method: 'GET', url: '/api/health' });
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('tawasul_http_request_duration_seconds_bucket');
    expect(response.body).toMatch(/route="\/api\/health"/);
    expect(response.body).toContain('tawasul_database_up{app="tawasul"} 1');
  });

  it('describes the API in OpenAPI 3 generated from the zod schemas', async () => {
    const { app } = get();
    const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    const create = doc.paths['/api/v1/users'].post;
    const schema = create.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['username', 'display_name', 'role', 'password']));
    expect(schema.properties.role.enum).toContain('supervisor');
    expect(doc.paths['/api/v1/auth/login']).toBeDefined();
    const ui = await app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });

  it('answers an unknown API route with 404 and a stable code', async () => {
    const { app } = get();
    for (const [method, url] of [
      ['GET', '/api/v1/nothing-here'],
      ['POST', '/api/v1/nothing-here'],
      ['GET', '/api/nope'],
    ] as const) {
      const response = await app.inject({ method, url });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'route_not_found' });
    }
  });

  it('never leaks internals: a body over the limit is 413, and no error body carries a stack', async () => {
    const { app, database } = get();
    await addUser(database, 'big.body', 'admin');
    const cookie = await loginCookie(app, 'big.body');
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie, 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x'.repeat(2_000_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('body_too_large');
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a body-less POST without JSON content type (a cross-site no-cors fetch)', async () => {
    const { app, database } = get();
    await addUser(database, 'no.cors', 'agent');
    const cookie = await loginCookie(app, 'no.cors');
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(response.statusCode).toBe(415);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
  });

  it('sets defensive headers', async () => {
    const { app } = get();
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
