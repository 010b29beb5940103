import { beforeAll, expect, it } from 'vitest';
import { roles, type Role } from '../modules/users/index.ts';
import { addUser, describeEachDatabase, loginCookie } from '../testing/db-harness.ts';

// The role × route matrix. Every route of the API is listed here with the roles it admits;
// a route added without an entry, or whose access changes, fails this test.
const everyone = 'authenticated' as const;
const allRoles = roles;
const ticketWork = ['admin', 'manager', 'supervisor', 'agent', 'it', 'claims'] as const;
const expected: Record<string, 'public' | typeof everyone | readonly Role[]> = {
  'GET /api/health': 'public',
  'GET /metrics': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': everyone,
  'GET /api/v1/auth/me': everyone,
  'PATCH /api/v1/auth/me': everyone,
  'GET /api/v1/auth/profile': everyone,
  'POST /api/v1/auth/password': everyone,
  'GET /api/v1/users': ['admin', 'manager'],
  'POST /api/v1/users': ['admin', 'manager'],
  'GET /api/v1/users/:id': ['admin', 'manager'],
  'PATCH /api/v1/users/:id': ['admin', 'manager'],
  'DELETE /api/v1/users/:id': ['admin', 'manager'],
  'GET /api/v1/settings': everyone,
  'PATCH /api/v1/settings': ['admin', 'manager'],
  'GET /api/v1/audit': ['admin', 'manager'],
  'GET /api/v1/audit/export.xlsx': ['admin', 'manager'],
  'GET /api/v1/customers': ['admin', 'manager', 'supervisor', 'it'],
  'GET /api/v1/customers/lookup': ['admin', 'manager', 'supervisor', 'it', 'agent'],
  'GET /api/v1/customers/export.xlsx': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/customers/:customer_no': allRoles,
  'GET /api/v1/customers/:customer_no/export/:kind': allRoles,
  'PATCH /api/v1/customers/:customer_no': ['admin', 'manager', 'supervisor', 'it'],
  'POST /api/v1/customers/:customer_no/notes': allRoles,
  'POST /api/v1/customers/:customer_no/contact-points/:id/reveal': ['admin', 'manager', 'supervisor', 'it'],
  'POST /api/v1/customers/:customer_no/contact-points/:id/wrong': allRoles,
  'POST /api/v1/customers/:customer_no/contact-points/:id/correct': ['admin', 'it'],
  'POST /api/v1/imports/:kind/uploads': ['admin', 'manager', 'supervisor', 'it'],
  'GET /api/v1/imports': ['admin', 'manager', 'supervisor', 'it'],
  'GET /api/v1/imports/:id': ['admin', 'manager', 'supervisor', 'it'],
  'GET /api/v1/imports/:id/report': ['admin', 'manager', 'supervisor', 'it'],
  'POST /api/v1/collections/runs': ['admin', 'manager'],
  'GET /api/v1/collections/runs': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/collections/kpis': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/collections/agents': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/worklists': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/worklists/:id/items': ['admin', 'manager', 'supervisor'],
  'POST /api/v1/worklists/:id/send': ['admin', 'manager'],
  'GET /api/v1/worklists/:id/export.xlsx': ['admin', 'manager', 'supervisor'],
  'POST /api/v1/worklists/:id/distribute': ['admin', 'manager', 'supervisor'],
  'POST /api/v1/worklists/:id/reassign': ['admin', 'manager', 'supervisor'],
  'POST /api/v1/worklists/:id/sign-off': ['admin', 'manager', 'supervisor'],
  'POST /api/v1/work-items/:id/send-back': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/work-lists': ['admin', 'manager', 'supervisor', 'marketing'],
  'GET /api/v1/work-lists/:id': ['admin', 'manager', 'supervisor', 'marketing'],
  'POST /api/v1/work-lists/preview': ['admin', 'manager', 'supervisor', 'marketing'],
  'POST /api/v1/work-lists/from-filter': ['admin', 'manager', 'supervisor', 'marketing'],
  'POST /api/v1/work-lists/from-file': ['admin', 'manager', 'supervisor', 'marketing'],
  'GET /api/v1/work-lists/:id/rejections': ['admin', 'manager', 'supervisor', 'marketing'],
  'POST /api/v1/work-lists/:id/approve': ['manager', 'supervisor'],
  'DELETE /api/v1/work-lists/:id': ['admin', 'manager', 'supervisor', 'marketing'],
  'GET /api/v1/my/items': ['agent'],
  'POST /api/v1/work-items/:id/attempts': ['agent'],
  'GET /api/v1/data-corrections': ['admin', 'it', 'supervisor', 'manager'],
  'POST /api/v1/data-corrections/:id/resolve': ['admin', 'it'],
  'GET /api/v1/customers/:customer_no/promises': allRoles,
  'GET /api/v1/api-tokens': ['admin'],
  'POST /api/v1/api-tokens': ['admin'],
  'DELETE /api/v1/api-tokens/:id': ['admin'],
  'GET /api/v1/messaging/templates': ['admin', 'manager', 'supervisor', 'marketing'],
  'POST /api/v1/messaging/templates': ['manager', 'supervisor', 'marketing'],
  'POST /api/v1/messaging/templates/preview': ['admin', 'manager', 'supervisor', 'marketing', 'it'],
  'GET /api/v1/messaging/templates/:id': ['admin', 'manager', 'supervisor', 'marketing'],
  'PATCH /api/v1/messaging/templates/:id': ['manager', 'supervisor', 'marketing'],
  'POST /api/v1/messaging/templates/:id/approve': ['manager'],
  'POST /api/v1/messaging/templates/:id/archive': ['manager'],
  'GET /api/v1/messaging/outbox': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/messaging/outbox/stats': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/messaging/outbox/:id': ['admin', 'manager', 'supervisor'],
  'POST /api/v1/messaging/outbox/:id/retry': ['manager', 'supervisor'],
  'GET /api/v1/messaging/provider': ['admin', 'manager', 'it'],
  'POST /api/v1/messaging/sms/test': ['admin', 'manager', 'it'],
  'POST /api/v1/messaging/email/test': ['admin', 'manager', 'it'],
  'GET /api/v1/messaging/webhooks/sms/:secret': 'public',
  'POST /api/v1/messaging/webhooks/sms/:secret': 'public',
  'POST /api/v1/messaging/webhooks/sms': 'public',
  'GET /api/v1/messaging/unsubscribe/:token': 'public',
  'POST /api/v1/messaging/unsubscribe/:token': 'public',
  'GET /api/v1/messaging/opt-outs': ['admin', 'manager', 'supervisor', 'marketing'],
  'POST /api/v1/messaging/opt-outs': ['admin', 'manager', 'supervisor', 'agent', 'marketing'],
  'GET /api/v1/messaging/inbound-emails': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/messaging/inbound-emails/:id': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/messaging/inbound-emails/:id/attachments/:attachmentId': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/tickets': ticketWork,
  'POST /api/v1/tickets': ['manager', 'supervisor', 'agent', 'it'],
  'GET /api/v1/tickets/:id': ticketWork,
  'POST /api/v1/tickets/:id/status': ticketWork,
  'POST /api/v1/tickets/:id/transfer': ticketWork,
  'POST /api/v1/tickets/:id/assign': ticketWork,
  'POST /api/v1/tickets/:id/close': ticketWork,
  'POST /api/v1/tickets/:id/notes': ticketWork,
  'POST /api/v1/tickets/:id/replies': ticketWork,
  'POST /api/v1/tickets/:id/claim-approval': ['manager'],
  'POST /api/v1/tickets/:id/attachments': ticketWork,
  'GET /api/v1/tickets/:id/attachments/:attachmentId': ticketWork,
  'GET /api/v1/ticket-groups': ticketWork,
  'PATCH /api/v1/ticket-groups/:code': ['admin', 'manager'],
  'PUT /api/v1/ticket-groups/:code/members': ['admin', 'manager'],
  'GET /api/v1/ticket-settings': ['admin', 'manager', 'supervisor'],
  'PATCH /api/v1/ticket-settings': ['admin', 'manager'],
  'GET /api/v1/inquiries': ['admin', 'manager', 'supervisor', 'agent'],
  'POST /api/v1/inquiries': ['admin', 'manager', 'supervisor', 'agent'],
  'GET /api/v1/inquiries/:id': ['admin', 'manager', 'supervisor', 'agent'],
  'PATCH /api/v1/inquiries/:id': ['admin', 'manager', 'supervisor', 'agent'],
  'POST /api/v1/inquiries/:id/attachments': ['admin', 'manager', 'supervisor', 'agent'],
  'GET /api/v1/inquiries/:id/attachments/:attachmentId': ['admin', 'manager', 'supervisor', 'agent'],
  'POST /api/v1/inquiries/:id/replies': ['admin', 'manager', 'supervisor', 'agent'],
  'POST /api/v1/inquiries/:id/ticket': ['manager', 'supervisor', 'agent'],
  'GET /api/v1/ticket-reports/key-accounts': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/ticket-reports/weekly': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/calls': ['admin', 'manager', 'supervisor', 'agent'],
  'GET /api/v1/calls/export': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/calls/:id': ['admin', 'manager', 'supervisor', 'agent'],
  'GET /api/v1/agents/:agent/timeline': ['admin', 'manager', 'supervisor', 'agent'],
  // The telephone: a seat for those who take calls; the live view and its actions for those who supervise.
  'GET /api/v1/telephony/seat': ['agent', 'supervisor'],
  'GET /api/v1/telephony/seat/caller': ['agent', 'supervisor'],
  'POST /api/v1/telephony/seat/state': ['agent', 'supervisor'],
  'POST /api/v1/telephony/seat/answer': ['agent', 'supervisor'],
  'POST /api/v1/telephony/seat/hold': ['agent', 'supervisor'],
  'POST /api/v1/telephony/seat/hangup': ['agent', 'supervisor'],
  'POST /api/v1/telephony/seat/wrap-up-done': ['agent', 'supervisor'],
  'POST /api/v1/telephony/seat/transfer': ['agent', 'supervisor'],
  'POST /api/v1/telephony/seat/dial': ['agent', 'supervisor'],
  'GET /api/v1/telephony/seat/dial': ['agent', 'supervisor'],
  'GET /api/v1/telephony/seat/callbacks': ['agent', 'supervisor'],
  'POST /api/v1/telephony/seat/callbacks/:id/dial': ['agent', 'supervisor'],
  'GET /api/v1/telephony/callbacks': ['supervisor', 'manager', 'admin'],
  'POST /api/v1/dialer/lists/:id/start': ['supervisor', 'manager'],
  'POST /api/v1/dialer/lists/:id/stop': ['supervisor', 'manager'],
  'GET /api/v1/dialer/campaigns': ['supervisor', 'manager', 'admin'],
  'POST /api/v1/escalations': ['agent', 'supervisor'],
  'GET /api/v1/escalations': ['agent', 'supervisor', 'manager', 'admin'],
  'GET /api/v1/escalations/summary': ['supervisor', 'manager', 'admin'],
  'POST /api/v1/escalations/:id/take': ['supervisor', 'manager', 'admin'],
  'POST /api/v1/escalations/:id/done': ['supervisor', 'manager', 'admin'],
  'GET /api/v1/telephony/live': ['supervisor', 'manager', 'admin'],
  // The call-protocol assistant: the library for everyone on the telephone, edited by managers; the seat's call.
  'GET /api/v1/protocol/phrases': ['agent', 'supervisor', 'manager', 'admin'],
  'POST /api/v1/protocol/phrases': ['manager', 'admin'],
  'PATCH /api/v1/protocol/phrases/:id': ['manager', 'admin'],
  'GET /api/v1/protocol/call': ['agent', 'supervisor'],
  'POST /api/v1/protocol/call/steps': ['agent', 'supervisor'],
  'POST /api/v1/protocol/call/outcome': ['agent', 'supervisor'],
  'POST /api/v1/telephony/agents/:agent/state': ['supervisor', 'manager', 'admin'],
  'POST /api/v1/telephony/calls/:id/move': ['supervisor', 'manager', 'admin'],
  'POST /api/v1/telephony/agents/:agent/snoop': ['supervisor', 'manager', 'admin'],
  'GET /api/v1/telephony/queues': ['supervisor', 'manager', 'admin'],
  'PUT /api/v1/telephony/queues/:code': ['manager', 'admin'],
  'GET /api/v1/telephony/break-reasons': ['supervisor', 'manager', 'admin'],
  'PUT /api/v1/telephony/break-reasons/:code': ['manager', 'admin'],
  'GET /api/v1/telephony/ivr-menus': ['supervisor', 'manager', 'admin'],
  'GET /api/v1/telephony/ivr-menus/:code': ['supervisor', 'manager', 'admin'],
  'PUT /api/v1/telephony/ivr-menus/:code': ['manager', 'admin'],
  'DELETE /api/v1/telephony/ivr-menus/:code': ['manager', 'admin'],
  'POST /api/v1/telephony/ivr-menus/:code/try': ['manager', 'admin'],
  'GET /api/v1/telephony/routes': ['supervisor', 'manager', 'admin'],
  'PUT /api/v1/telephony/routes/:dnis': ['manager', 'admin'],
  'DELETE /api/v1/telephony/routes/:dnis': ['manager', 'admin'],
  // KPI report and staffing calculator (SPEC K1, K4).
  'GET /api/v1/kpi/report': ['admin', 'manager', 'supervisor'],
  'POST /api/v1/kpi/staffing': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/kpi/staffing/plan': ['admin', 'manager', 'supervisor'],
  // The live wallboard (K2) and the role dashboards of the home page.
  'GET /api/v1/wallboard': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/wallboard/day': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/dashboards/agent': ['agent', 'supervisor'],
  'GET /api/v1/dashboards/team': ['supervisor', 'manager', 'admin'],
  'GET /api/v1/dashboards/center': ['manager', 'admin'],
  // Surveys (Q1–Q4): supervisors and managers build; agents enter phone answers after the briefing.
  'GET /api/v1/surveys': ['admin', 'manager', 'supervisor', 'agent'],
  'POST /api/v1/surveys': ['manager', 'supervisor'],
  'POST /api/v1/surveys/preview': ['manager', 'supervisor'],
  'GET /api/v1/surveys/:id': ['admin', 'manager', 'supervisor', 'agent'],
  'PUT /api/v1/surveys/:id': ['manager', 'supervisor'],
  'POST /api/v1/surveys/:id/briefing/acknowledge': ['manager', 'supervisor', 'agent'],
  'POST /api/v1/surveys/:id/invitations': ['manager', 'supervisor'],
  'POST /api/v1/surveys/:id/responses': ['manager', 'supervisor', 'agent'],
  'GET /api/v1/surveys/:id/analysis': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/surveys/:id/export.xlsx': ['admin', 'manager', 'supervisor'],
  'GET /api/v1/marketing/offers': ['admin', 'manager', 'marketing', 'supervisor', 'agent'],
  'POST /api/v1/marketing/offers': ['admin', 'manager', 'marketing'],
  'GET /api/v1/marketing/offers/:id': ['admin', 'manager', 'marketing', 'supervisor', 'agent'],
  'PUT /api/v1/marketing/offers/:id': ['admin', 'manager', 'marketing'],
  'GET /api/v1/marketing/work-items/:id/offer': ['agent'],
  'GET /api/v1/marketing/target-lists': ['admin', 'manager', 'marketing', 'supervisor'],
  'GET /api/v1/marketing/templates': ['admin', 'manager', 'marketing', 'supervisor'],
  'GET /api/v1/marketing/campaigns': ['admin', 'manager', 'marketing', 'supervisor'],
  'POST /api/v1/marketing/campaigns': ['admin', 'manager', 'marketing'],
  'GET /api/v1/marketing/campaigns/:id': ['admin', 'manager', 'marketing', 'supervisor'],
  'PUT /api/v1/marketing/campaigns/:id': ['admin', 'manager', 'marketing'],
  'POST /api/v1/marketing/campaigns/:id/launch': ['admin', 'manager', 'marketing'],
  'POST /api/v1/marketing/campaigns/:id/pause': ['admin', 'manager', 'marketing'],
  'POST /api/v1/marketing/campaigns/:id/end': ['admin', 'manager', 'marketing'],
  'POST /api/v1/marketing/campaigns/:id/responses': ['admin', 'manager', 'marketing'],
  'GET /api/v1/marketing/campaigns/:id/results': ['admin', 'manager', 'marketing', 'supervisor'],
  'GET /api/v1/marketing/campaigns/:id/export.xlsx': ['admin', 'manager', 'marketing', 'supervisor'],
  // The customer's survey page, its script and its answers: the link is the only key.
  'GET /s/:token': 'public',
  'GET /api/v1/public/survey-page.js': 'public',
  'POST /api/v1/public/surveys/:token/answers': 'public',
  // A WebSocket; each user receives only the events of what he or she may see.
  'GET /api/v1/live': everyone,
};

describeEachDatabase('role × route matrix', (get) => {
  const cookies = new Map<Role, string>();
  beforeAll(async () => {
    const { app, database } = get();
    for (const role of roles) {
      await addUser(database, `m.${role}`, role, { skills: role === 'agent' ? ['service'] : [] });
      cookies.set(role, await loginCookie(app, `m.${role}`));
    }
  });

  it('lists every registered route with its declared access', () => {
    const declared = Object.fromEntries(get().ctx.routes.map((r) => [`${r.method} ${r.url}`, r.access]));
    expect(declared).toEqual(expected);
  });

  const request = (method: string, url: string, cookie?: string) =>
    get().app.inject({
      method: method as 'GET',
      url: url
        .replace(':id', '00000000-0000-4000-8000-000000000000')
        .replace(':customer_no', 'NO-SUCH')
        .replace(':kind', 'customers'),
      ...(url.endsWith('/lookup') ? { query: { q: 'NO-SUCH' } } : {}),
      headers: cookie ? { cookie } : {},
      ...(method === 'POST' || method === 'PATCH' || method === 'PUT' ? { payload: {} } : {}),
    });

  const routes = Object.entries(expected).filter(([key]) => key !== 'POST /api/v1/auth/logout');
  it.each(routes)('%s answers each role as declared', async (key, access) => {
    const [method, url] = key.split(' ') as [string, string];
    const anonymous = await request(method, url);
    if (access === 'public') expect(anonymous.statusCode).not.toBe(401);
    else expect(anonymous.statusCode).toBe(401);
    for (const role of roles) {
      const response = await request(method, url, cookies.get(role));
      const allowed = access === 'public' || access === everyone || access.includes(role);
      if (allowed) expect([401, 403], `${role} on ${key}: ${response.body}`).not.toContain(response.statusCode);
      else expect(response.statusCode, `${role} on ${key}`).toBe(403);
    }
  });

  // Customer scope (SPEC §1): past the route's roles, a customer nobody works is read only by
  // the roles that browse every customer; an agent, claims and marketing get 403 on it.
  const scoped = [
    ['GET', '/api/v1/customers/SCOPE1'],
    ['GET', '/api/v1/customers/SCOPE1/promises'],
    ['POST', '/api/v1/customers/SCOPE1/notes', { text: 'ملاحظة' }],
    ['POST', '/api/v1/customers/SCOPE1/contact-points/:cp/wrong', {}],
  ] as const;
  it.each(scoped)('%s %s on a customer nobody works answers the browsing roles only', async (method, url, ...rest) => {
    const { app, database } = get();
    await database.executeSql(
      `insert into customers (customer_no, name, name_norm) values ('SCOPE1', 'عميل', 'عميل') on conflict do nothing`,
    );
    await database.executeSql(
      `insert into contact_points (customer_id, kind, source, raw, e164, valid)
       select id, 'mobile', 'import', '0551112233', '+966551112233', true from customers c
       where customer_no = 'SCOPE1' and not exists (select 1 from contact_points p where p.customer_id = c.id)`,
    );
    const cp = (
      await database.executeSql(
        `select p.id from contact_points p join customers c on c.id = p.customer_id where c.customer_no = 'SCOPE1'`,
      )
    ).rows[0]!.id as string;
    const payload = rest[0];
    for (const role of roles) {
      const response = await app.inject({
        method,
        url: url.replace(':cp', cp),
        headers: { cookie: cookies.get(role)! },
        ...(payload ? { payload } : {}),
      });
      const browses = ['admin', 'manager', 'supervisor', 'it'].includes(role);
      if (browses) expect(response.statusCode, `${role} on ${url}: ${response.body}`).toBeLessThan(300);
      else expect(response.statusCode, `${role} on ${url}`).toBe(403);
    }
  });

  it('logout is open to every role', async () => {
    for (const role of roles) {
      const response = await request('POST', '/api/v1/auth/logout', cookies.get(role));
      expect(response.statusCode).toBe(204);
    }
  });
});
