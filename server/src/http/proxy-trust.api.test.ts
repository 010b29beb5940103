import { expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie, testPassword } from '../testing/db-harness.ts';

// A TAWASUL_PUBLIC_URL used to believe every client's X-Forwarded-For: 30 failed logins with a
// rotating header were never rate-limited and the audit log kept the forged address.

const proxy = '10.0.0.5';
const stranger = '203.0.113.9';

describeEachDatabase(
  'X-Forwarded-* from a stranger',
  (get) => {
    it('does not move the rate limit or the audit log off the real address', async () => {
      const { app, database } = get();
      const admin = await addUser(database, 'xff.admin', 'admin');
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress: stranger,
          headers: { 'x-forwarded-for': `198.51.100.${i + 1}`, 'x-forwarded-proto': 'https' },
          payload: { username: 'xff.admin', password: i === 0 ? testPassword : 'wrong-password-1' },
        });
        codes.push(r.statusCode);
        if (i === 0) {
          // X-Forwarded-Proto from a stranger does not make the cookie Secure either.
          expect(r.cookies.find((c) => c.name === 'tawasul_session')?.secure).toBeFalsy();
        }
      }
      expect(codes).toEqual([200, 401, 401, 429, 429]);
      const cookie = await loginCookie(app, 'xff.admin');
      const audit = await app.inject({ method: 'GET', url: `/api/v1/audit?actor_id=${admin.id}`, headers: { cookie } });
      const ips = audit
        .json()
        .items.filter((e: { action: string }) => e.action.startsWith('auth.login'))
        .map((e: { ip: string }) => e.ip);
      expect(ips).toContain(stranger);
      expect(ips.some((ip: string) => ip.startsWith('198.51.100.'))).toBe(false);
    });

    it('gives each request its own id, whatever X-Request-Id a stranger sends', async () => {
      const { app } = get();
      const r = await app.inject({
        method: 'GET',
        url: '/api/health',
        remoteAddress: stranger,
        headers: { 'x-request-id': 'forged-request-id-1' },
      });
      expect(r.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  },
  { env: { TAWASUL_PUBLIC_URL: 'http://cc.example.sa', TAWASUL_TRUSTED_PROXIES: proxy }, loginRatePerMinute: 3 },
);

describeEachDatabase(
  'X-Forwarded-* from a trusted proxy',
  (get) => {
    it('takes the client address and the https scheme from the proxy', async () => {
      const { app, database } = get();
      const admin = await addUser(database, 'proxied.admin', 'admin');
      const codes: number[] = [];
      let secure: boolean | undefined;
      for (let i = 0; i < 4; i++) {
        const r = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress: proxy,
          headers: { 'x-forwarded-for': `198.51.100.${i + 1}`, 'x-forwarded-proto': 'https' },
          payload: { username: 'proxied.admin', password: testPassword },
        });
        codes.push(r.statusCode);
        secure ??= r.cookies.find((c) => c.name === 'tawasul_session')?.secure;
      }
      // Four clients behind one proxy: each has its own rate limit.
      expect(codes).toEqual([200, 200, 200, 200]);
      expect(secure).toBe(true);
      const cookie = await loginCookie(app, 'proxied.admin');
      const audit = await app.inject({ method: 'GET', url: `/api/v1/audit?actor_id=${admin.id}`, headers: { cookie } });
      const ips = audit.json().items.map((e: { ip: string }) => e.ip);
      expect(ips).toEqual(expect.arrayContaining(['198.51.100.1', '198.51.100.4']));
      expect(ips).not.toContain(proxy);
    });

    it("keeps the proxy's X-Request-Id in the response and in the audit entry the request writes", async () => {
      const { app, database } = get();
      await addUser(database, 'reqid.admin', 'admin');
      const requestId = 'proxy-7f3a9c21-0001';
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: proxy,
        headers: { 'x-forwarded-for': '198.51.100.30', 'x-request-id': requestId },
        payload: { username: 'reqid.admin', password: testPassword },
      });
      expect(r.statusCode).toBe(200);
      expect(r.headers['x-request-id']).toBe(requestId);
      const { rows } = await database.executeSql('select action from audit_log where request_id = $1', [requestId]);
      expect(rows.map((row) => row.action)).toContain('auth.login');
      // A malformed id is replaced by one of the server's own.
      const bad = await app.inject({
        method: 'GET',
        url: '/api/health',
        remoteAddress: proxy,
        headers: { 'x-request-id': 'bad id with spaces' },
      });
      expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  },
  { env: { TAWASUL_TRUSTED_PROXIES: `${proxy}, 192.168.0.0/24` }, loginRatePerMinute: 3 },
);

describeEachDatabase(
  'X-Forwarded-* with a hop count',
  (get) => {
    it('believes the nearest hop only', async () => {
      const { app, database } = get();
      const admin = await addUser(database, 'hop.admin', 'admin');
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: proxy,
        headers: { 'x-forwarded-for': '192.0.2.77, 198.51.100.20' },
        payload: { username: 'hop.admin', password: testPassword },
      });
      expect(r.statusCode).toBe(200);
      const cookie = await loginCookie(app, 'hop.admin');
      const audit = await app.inject({ method: 'GET', url: `/api/v1/audit?actor_id=${admin.id}`, headers: { cookie } });
      expect(audit.json().items.map((e: { ip: string }) => e.ip)).toContain('198.51.100.20');
    });
  },
  { env: { TAWASUL_TRUSTED_PROXIES: '1' } },
);
