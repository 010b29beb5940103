import { beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie, testPassword } from '../../testing/db-harness.ts';

describeEachDatabase('users API', (get) => {
  let admin = '';
  let manager = '';
  beforeAll(async () => {
    const { app, database } = get();
    await addUser(database, 'root.admin', 'admin');
    await addUser(database, 'boss', 'manager');
    admin = await loginCookie(app, 'root.admin');
    manager = await loginCookie(app, 'boss');
  });

  const post = (cookie: string, payload: unknown) =>
    get().app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie }, payload: payload as object });

  it('lets an admin create a supervisor and an agent, who can then sign in', async () => {
    const { app } = get();
    const supervisor = await post(admin, {
      username: 'noura',
      display_name: 'نورة القحطاني',
      role: 'supervisor',
      password: 'Palm-Tree-Riyadh-7',
      teams: ['التحصيل'],
    });
    expect(supervisor.statusCode).toBe(201);
    expect(supervisor.json()).toMatchObject({
      username: 'noura',
      role: 'supervisor',
      active: true,
      teams: ['التحصيل'],
    });
    expect(supervisor.json()).not.toHaveProperty('password_hash');
    const agent = await post(admin, {
      username: 'fahad',
      display_name: 'فهد',
      role: 'agent',
      password: 'Palm-Tree-Riyadh-7',
      skills: ['collections'],
    });
    expect(agent.statusCode).toBe(201);
    expect(await loginCookie(app, 'fahad', 'Palm-Tree-Riyadh-7')).toMatch(/^tawasul_session=/);
  });

  it.each([
    ['the published demo password', 'Tawasul-Demo-2026'],
    ['the demo password in lower case', 'tawasul-demo-2026'],
    ['a leaked password', 'Qwertyuiop'],
  ])('refuses %s for a new user with 422 too_common', async (_name, password) => {
    const response = await post(admin, { username: 'demo.copy', display_name: 'x', role: 'agent', password });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'weak_password',
      errors: [{ field: 'password', code: 'too_common' }],
    });
  });

  it('refuses an agent (403) and an anonymous caller (401) on the users API', async () => {
    const { app } = get();
    const agent = await loginCookie(app, 'fahad', 'Palm-Tree-Riyadh-7');
    const list = await app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: agent } });
    expect(list.statusCode).toBe(403);
    expect(list.json()).toMatchObject({ code: 'forbidden' });
    expect((await app.inject({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(401);
    const create = await post(agent, {
      username: 'sneaky',
      display_name: 'x',
      role: 'admin',
      password: 'Palm-Tree-Riyadh-7',
    });
    expect(create.statusCode).toBe(403);
    const check = await app.inject({ method: 'GET', url: '/api/v1/users?q=sneaky', headers: { cookie: admin } });
    expect(check.json().total).toBe(0);
  });

  it('searches by username or Arabic display name and paginates', async () => {
    const { app } = get();
    const byName = await app.inject({
      method: 'GET',
      url: `/api/v1/users?q=${encodeURIComponent('نورة')}`,
      headers: { cookie: manager },
    });
    expect(byName.json().items.map((u: { username: string }) => u.username)).toEqual(['noura']);
    const page = await app.inject({
      method: 'GET',
      url: '/api/v1/users?limit=1&offset=1',
      headers: { cookie: manager },
    });
    expect(page.json().items).toHaveLength(1);
    expect(page.json().total).toBeGreaterThanOrEqual(4);
    const likeWildcard = await app.inject({
      method: 'GET',
      url: `/api/v1/users?q=${encodeURIComponent('%')}`,
      headers: { cookie: manager },
    });
    expect(likeWildcard.json().total).toBe(0);
    const bad = await app.inject({ method: 'GET', url: '/api/v1/users?limit=100000', headers: { cookie: manager } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('limit');
  });

  it.each([
    ['a weak password', { username: 'weak', display_name: 'x', role: 'agent', password: 'short' }, 'password'],
    [
      'a password containing the username',
      { username: 'mariam', display_name: 'x', role: 'agent', password: 'mariam-2026-xx' },
      'password',
    ],
    [
      'an unknown role',
      { username: 'bad.role', display_name: 'x', role: 'root', password: 'Palm-Tree-Riyadh-7' },
      'role',
    ],
    [
      'an unknown skill',
      { username: 'bad.skill', display_name: 'x', role: 'agent', password: 'Palm-Tree-Riyadh-7', skills: ['hacking'] },
      'skills.0',
    ],
    [
      'a username with script',
      { username: '<script>', display_name: 'x', role: 'agent', password: 'Palm-Tree-Riyadh-7' },
      'username',
    ],
    [
      'an over-long display name',
      { username: 'long.name', display_name: 'ع'.repeat(101), role: 'agent', password: 'Palm-Tree-Riyadh-7' },
      'display_name',
    ],
    [
      'an unknown field',
      { username: 'extra', display_name: 'x', role: 'agent', password: 'Palm-Tree-Riyadh-7', is_admin: true },
      'is_admin',
    ],
    ['a missing field', { username: 'missing', role: 'agent', password: 'Palm-Tree-Riyadh-7' }, 'display_name'],
  ])('refuses %s with 422 naming the field, and creates nothing', async (_name, payload, field) => {
    const response = await post(admin, payload);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(response.json().errors[0].message_ar).toMatch(/[\u0600-\u06ff]/);
    const list = await get().app.inject({
      method: 'GET',
      url: `/api/v1/users?q=${encodeURIComponent(payload.username)}`,
      headers: { cookie: admin },
    });
    expect(list.json().total).toBe(0);
  });

  it('stores script and SQL text in a display name as data', async () => {
    const hostile = `<script>alert(1)</script>'; DROP TABLE users; -- =HYPERLINK("x")`;
    const response = await post(admin, {
      username: 'hostile',
      display_name: hostile,
      role: 'agent',
      password: 'Palm-Tree-Riyadh-7',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().display_name).toBe(hostile);
    const again = await get().app.inject({
      method: 'GET',
      url: `/api/v1/users/${response.json().id}`,
      headers: { cookie: admin },
    });
    expect(again.json().display_name).toBe(hostile);
  });

  it('refuses a duplicate username in any case with 409', async () => {
    const response = await post(admin, {
      username: 'NOURA',
      display_name: 'x',
      role: 'agent',
      password: 'Palm-Tree-Riyadh-7',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('username_taken');
  });

  it('does not let a manager create or change an admin', async () => {
    const { app } = get();
    const create = await post(manager, {
      username: 'new.admin',
      display_name: 'x',
      role: 'admin',
      password: 'Palm-Tree-Riyadh-7',
    });
    expect(create.statusCode).toBe(403);
    const list = await app.inject({ method: 'GET', url: '/api/v1/users?role=admin', headers: { cookie: manager } });
    const adminId = list.json().items[0].id;
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${adminId}`,
      headers: { cookie: manager },
      payload: { active: false },
    });
    expect(patch.statusCode).toBe(403);
    const promote = await app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${list.json().items[0].id}`,
      headers: { cookie: manager },
      payload: { role: 'agent' },
    });
    expect(promote.statusCode).toBe(403);
  });

  it('does not let an admin deactivate himself', async () => {
    const { app } = get();
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: admin } });
    const response = await app.inject({
      method: 'DELETE',
      url: `/api/v1/users/${me.json().user.id}`,
      headers: { cookie: admin },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('cannot_change_self');
  });

  it('deactivates a user: the session ends, login fails, the change is audited with before and after', async () => {
    const { app } = get();
    const agentCookie = await loginCookie(app, 'fahad', 'Palm-Tree-Riyadh-7');
    const list = await app.inject({ method: 'GET', url: '/api/v1/users?q=fahad', headers: { cookie: admin } });
    const id = list.json().items[0].id;
    const response = await app.inject({ method: 'DELETE', url: `/api/v1/users/${id}`, headers: { cookie: admin } });
    expect(response.statusCode).toBe(200);
    expect(response.json().active).toBe(false);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: agentCookie } })).statusCode,
    ).toBe(401);
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'fahad', password: 'Palm-Tree-Riyadh-7' },
    });
    expect(login.statusCode).toBe(401);
    const auditLog = await app.inject({
      method: 'GET',
      url: `/api/v1/audit?entity=user&entity_id=${id}`,
      headers: { cookie: admin },
    });
    const entry = auditLog.json().items.find((e: { action: string }) => e.action === 'user.update');
    expect(entry).toMatchObject({ actor: 'root.admin', before: { active: true }, after: { active: false } });
    expect(JSON.stringify(auditLog.json())).not.toContain('argon2');
  });

  it('resets a password: old sessions end and the new password works', async () => {
    const { app } = get();
    const list = await app.inject({ method: 'GET', url: '/api/v1/users?q=noura', headers: { cookie: admin } });
    const id = list.json().items[0].id;
    const old = await loginCookie(app, 'noura', 'Palm-Tree-Riyadh-7');
    await new Promise((r) => setTimeout(r, 5));
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: { cookie: admin },
      payload: { password: 'Date-Palm-Jeddah-8' },
    });
    expect(response.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: old } })).statusCode).toBe(
      401,
    );
    expect(await loginCookie(app, 'noura', 'Date-Palm-Jeddah-8')).toMatch(/tawasul_session/);
  });

  it('answers 404 for an unknown id and 422 for a malformed one', async () => {
    const { app } = get();
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/v1/users/00000000-0000-4000-8000-000000000000',
      headers: { cookie: admin },
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await app.inject({
      method: 'GET',
      url: "/api/v1/users/1'%20or%201=1",
      headers: { cookie: admin },
    });
    expect(malformed.statusCode).toBe(422);
  });

  it('lets an integration call the API with a token, shown once and stored hashed', async () => {
    const { app, database } = get();
    const bot = await addUser(database, 'core.system', 'manager');
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: { cookie: admin },
      payload: { name: 'core credit system', user_id: bot.id },
    });
    expect(created.statusCode).toBe(201);
    const token: string = created.json().token;
    expect(token).toMatch(/^tw_/);
    const listed = await app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: { cookie: admin } });
    expect(JSON.stringify(listed.json())).not.toContain(token);
    const stored = await database.executeSql('select token_hash from api_tokens');
    expect(JSON.stringify(stored.rows)).not.toContain(token);
    // A token needs no CSRF defence: it is not sent by browsers on their own.
    const users = await app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(users.statusCode).toBe(200);
    const write = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { authorization: `Bearer ${token}` },
      payload: { username: 'via.token', display_name: 'x', role: 'agent', password: testPassword },
    });
    expect(write.statusCode).toBe(201);
    const revoke = await app.inject({
      method: 'DELETE',
      url: `/api/v1/api-tokens/${created.json().id}`,
      headers: { cookie: admin },
    });
    expect(revoke.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/users', headers: { authorization: `Bearer ${token}` } }))
        .statusCode,
    ).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/users', headers: { authorization: 'Bearer tw_forged' } }))
        .statusCode,
    ).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/users', headers: { authorization: 'Basic abc' } })).statusCode,
    ).toBe(401);
  });
});
