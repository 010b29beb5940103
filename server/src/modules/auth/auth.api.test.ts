import { describe, expect, it, vi } from 'vitest';
import { addUser, describeEachDatabase, loginCookie, sessionCookieOf, testPassword } from '../../testing/db-harness.ts';

describeEachDatabase('auth API', (get) => {
  it('signs in with the right password and sets an HttpOnly SameSite cookie', async () => {
    const { app, database } = get();
    await addUser(database, 'sara', 'supervisor');
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'sara', password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ username: 'sara', role: 'supervisor', locale: 'ar' });
    const cookie = response.cookies.find((c) => c.name === 'tawasul_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: sessionCookieOf(response) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe('sara');
    expect(me.json().csrf_token).toMatch(/^[\w-]{40,}$/);
  });

  it('accepts the username in another case', async () => {
    const { app } = get();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'SARA', password: testPassword },
    });
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['a wrong password', { username: 'sara', password: 'wrong-password-1' }],
    ['an unknown user', { username: 'nobody', password: testPassword }],
  ])('answers 401 for %s with the same code', async (_name, payload) => {
    const { app } = get();
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'invalid_credentials' });
    expect(response.json().message_ar).toMatch(/[\u0600-\u06ff]/);
    expect(response.cookies).toHaveLength(0);
  });

  it('refuses a 10,000-character password with 422 before hashing it', async () => {
    const { app } = get();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'sara', password: 'x'.repeat(10_000) },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({ field: 'password', code: 'too_big' });
  });

  it('answers malformed JSON with 400, unknown fields and wrong types with 422 naming the field', async () => {
    const { app } = get();
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "sara",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('malformed_body');
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'sara', password: 'x', admin: true },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toContainEqual(expect.objectContaining({ field: 'admin', code: 'unknown_field' }));
    const wrongType = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 42, password: ['x'] },
    });
    expect(wrongType.statusCode).toBe(422);
    expect(
      wrongType
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['password', 'username']);
  });

  it('takes SQL fragments in the username as plain text', async () => {
    const { app } = get();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: "sara' OR '1'='1", password: "' OR 1=1 --" },
    });
    expect(response.statusCode).toBe(401);
  });

  // Five wrong passwords used to lock the account for 15 minutes with 423 — for real names
  // only, so a stranger could both find the admin's name and lock the admin out.
  const wrongLogins = async (username: string, n: number) => {
    const { app } = get();
    const codes: number[] = [];
    for (let i = 0; i < n; i++) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: `wrong-${i}-password` },
      });
      codes.push(r.statusCode);
    }
    return codes;
  };

  // The waits are measured on a clock the test holds still (only Date is faked), so a slow
  // machine does not outwait them between two requests.
  const withClock = async (body: (advance: (ms: number) => void) => Promise<void>) => {
    let now = Date.now();
    vi.useFakeTimers({ toFake: ['Date'], now });
    try {
      await body((ms) => {
        now += ms;
        vi.setSystemTime(now);
      });
    } finally {
      vi.useRealTimers();
    }
  };

  it('answers a known and an unknown username alike while the attempts grow: 401, then 429 with Retry-After', async () => {
    const { app, database } = get();
    await addUser(database, 'known.user', 'agent');
    await withClock(async () => {
      const answers = [];
      for (const username of ['known.user', 'never.existed']) {
        expect(await wrongLogins(username, 5)).toEqual([401, 401, 401, 401, 401]);
        const next = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username, password: testPassword },
        });
        answers.push({ status: next.statusCode, code: next.json().code, retryAfter: next.headers['retry-after'] });
      }
      expect(answers[0]).toEqual({ status: 429, code: 'too_many_attempts', retryAfter: '1' });
      expect(answers[1]).toEqual(answers[0]);
    });
  });

  it('lets the owner in once the wait is over, and each wrong password doubles the wait', async () => {
    const { app, database } = get();
    await addUser(database, 'slowed.user', 'agent');
    await withClock(async (advance) => {
      await wrongLogins('slowed.user', 5);
      advance(1100);
      expect(await wrongLogins('slowed.user', 2)).toEqual([401, 429]);
      const waiting = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'slowed.user', password: testPassword },
      });
      expect(waiting.statusCode).toBe(429);
      expect(waiting.headers['retry-after']).toBe('2');
      advance(2100);
      expect(await loginCookie(app, 'slowed.user')).toMatch(/^tawasul_session=/);
      // A right password clears the count.
      expect(await wrongLogins('slowed.user', 1)).toEqual([401]);
    });
  });

  it('audits a failed sign-in for an unknown username like one for a known username', async () => {
    const { app, database } = get();
    await addUser(database, 'audit.reader', 'admin');
    await wrongLogins('ghost.name', 1);
    const cookie = await loginCookie(app, 'audit.reader');
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/audit?action=auth.login_failed',
      headers: { cookie },
    });
    const entry = response.json().items.find((e: { actor: string }) => e.actor === 'ghost.name');
    expect(entry).toMatchObject({ action: 'auth.login_failed', entity: 'user' });
  });

  it('answers 401 without a session, with a forged cookie, and after logout', async () => {
    const { app } = get();
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const forged = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: 'tawasul_session=forged-value' },
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().code).toBe('unauthenticated');
    const cookie = await loginCookie(app, 'sara');
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie }, payload: {} });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('keeps a session in the database: a second app on the same database accepts it', async () => {
    const { app, database, config } = get();
    const cookie = await loginCookie(app, 'sara');
    const { buildApp } = await import('../../http/app.ts');
    const { app: second } = await buildApp({ database, config });
    const me = await second.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    await second.close();
  });

  describe('CSRF defence for cookie-authenticated writes', () => {
    it('refuses a cross-site form post (urlencoded) with 415 and changes nothing', async () => {
      const { app } = get();
      const cookie = await loginCookie(app, 'sara');
      const response = await app.inject({
        method: 'PATCH',
        url: '/api/v1/auth/me',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'locale=en',
      });
      expect(response.statusCode).toBe(415);
      const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
      expect(me.json().user.locale).toBe('ar');
    });

    it('refuses text/plain (the other form encoding) with 415', async () => {
      const { app } = get();
      const cookie = await loginCookie(app, 'sara');
      const response = await app.inject({
        method: 'PATCH',
        url: '/api/v1/auth/me',
        headers: { cookie, 'content-type': 'text/plain' },
        payload: '{"locale":"en"}',
      });
      expect(response.statusCode).toBe(415);
    });

    it('refuses a foreign Origin and a cross-site fetch with 403', async () => {
      const { app } = get();
      const cookie = await loginCookie(app, 'sara');
      for (const headers of [
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { 'sec-fetch-site': 'cross-site' },
      ]) {
        const response = await app.inject({
          method: 'PATCH',
          url: '/api/v1/auth/me',
          headers: { cookie, ...headers },
          payload: { locale: 'en' },
        });
        expect(response.statusCode).toBe(403);
        expect(response.json().code).toBe('csrf_origin');
      }
    });

    it('accepts the same Origin', async () => {
      const { app } = get();
      const cookie = await loginCookie(app, 'sara');
      const response = await app.inject({
        method: 'PATCH',
        url: '/api/v1/auth/me',
        headers: { cookie, origin: 'http://localhost:80', host: 'localhost:80' },
        payload: { locale: 'en' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().locale).toBe('en');
      await app.inject({ method: 'PATCH', url: '/api/v1/auth/me', headers: { cookie }, payload: { locale: 'ar' } });
    });
  });

  it('renews the session after the user changes his own password; old sessions end', async () => {
    const { app, database } = get();
    await addUser(database, 'huda', 'agent');
    const other = await loginCookie(app, 'huda');
    const cookie = await loginCookie(app, 'huda');
    const weak = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { current_password: testPassword, new_password: 'huda-12345678' },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json()).toMatchObject({
      code: 'weak_password',
      errors: [{ field: 'new_password', code: 'contains_username' }],
    });
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { current_password: 'not-the-password', new_password: 'Palm-Tree-Riyadh-7' },
    });
    expect(wrong.statusCode).toBe(403);
    // Sessions are compared by creation time; let the clock move on.
    await new Promise((r) => setTimeout(r, 5));
    const changed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { current_password: testPassword, new_password: 'Palm-Tree-Riyadh-7' },
    });
    expect(changed.statusCode).toBe(204);
    const renewed = sessionCookieOf(changed);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: renewed } })).statusCode).toBe(
      200,
    );
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: other } })).statusCode).toBe(
      401,
    );
    expect(await loginCookie(app, 'huda', 'Palm-Tree-Riyadh-7')).toMatch(/^tawasul_session=/);
  });

  it('throttles guesses of the current password per user and audits each wrong one', async () => {
    const { app, database } = get();
    const user = await addUser(database, 'guesser', 'agent');
    const cookie = await loginCookie(app, 'guesser');
    const codes: number[] = [];
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    for (let i = 0; i < 6; i++) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: { cookie },
        payload: { current_password: `guess-${i}-password`, new_password: 'Palm-Tree-Riyadh-7' },
      });
      codes.push(r.statusCode);
      if (r.statusCode === 429) {
        expect(r.json().code).toBe('too_many_attempts');
        expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect(codes).toEqual([403, 403, 403, 403, 403, 429]);
    // Even the right password waits its turn.
    const right = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { current_password: testPassword, new_password: 'Palm-Tree-Riyadh-7' },
    });
    expect(right.statusCode).toBe(429);
    vi.useRealTimers();
    await addUser(database, 'password.auditor', 'admin');
    const adminCookie = await loginCookie(app, 'password.auditor');
    const audit = await app.inject({
      method: 'GET',
      url: `/api/v1/audit?actor_id=${user.id}`,
      headers: { cookie: adminCookie },
    });
    const actions = audit.json().items.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'user.password_failed')).toHaveLength(4);
    expect(actions).toContain('user.password_throttled');
  });

  it('writes login, failure and logout to the audit log', async () => {
    const { app } = get();
    const admin = await addUser(get().database, 'audit.admin', 'admin');
    const cookie = await loginCookie(app, 'audit.admin');
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/audit?actor_id=${admin.id}`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((e: { action: string }) => e.action)).toContain('auth.login');
  });
});

describeEachDatabase(
  'login rate limit',
  (get) => {
    it('answers 429 with an Arabic message after too many attempts from one address', async () => {
      const { app } = get();
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: `u${i}`, password: 'whatever-123' },
        });
        codes.push(r.statusCode);
        if (r.statusCode === 429) {
          expect(r.json().code).toBe('rate_limited');
          expect(r.json().message_ar).toMatch(/[\u0600-\u06ff]/);
        }
      }
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes.slice(3)).toEqual([429, 429]);
    });
  },
  { loginRatePerMinute: 3 },
);
