import { beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';

describeEachDatabase(
  'settings API',
  (get) => {
    let manager = '';
    let agent = '';
    beforeAll(async () => {
      const { app, database } = get();
      await addUser(database, 's.manager', 'manager');
      await addUser(database, 's.agent', 'agent');
      manager = await loginCookie(app, 's.manager');
      agent = await loginCookie(app, 's.agent');
    });

    const read = async (cookie: string) => {
      const response = await get().app.inject({ method: 'GET', url: '/api/v1/settings', headers: { cookie } });
      expect(response.statusCode).toBe(200);
      return Object.fromEntries(response.json().items.map((i: { key: string }) => [i.key, i]));
    };

    it('shows defaults, and which values the environment overrides', async () => {
      const items = await read(agent);
      expect(items.timezone).toMatchObject({ value: 'Asia/Riyadh', overridden_by: null });
      expect(items.calling_window).toMatchObject({
        value: { start: '00:00', end: '24:00' },
        overridden_by: 'TAWASUL_CALLING_WINDOW',
      });
      expect(items.weekend).toMatchObject({ value: [], overridden_by: 'TAWASUL_WEEKEND' });
    });

    it('lets a manager change settings; every module reads the new value through the service', async () => {
      const { app, ctx } = get();
      const response = await app.inject({
        method: 'PATCH',
        url: '/api/v1/settings',
        headers: { cookie: manager },
        payload: { company_name: 'شركة الأمل للتقسيط', holidays: [{ date: '2026-12-02', name: 'عطلة' }] },
      });
      expect(response.statusCode).toBe(200);
      expect(await ctx.settings.get('company_name')).toBe('شركة الأمل للتقسيط');
      expect((await read(agent)).holidays.value).toEqual([{ date: '2026-12-02', name: 'عطلة' }]);
      const auditLog = await app.inject({
        method: 'GET',
        url: '/api/v1/audit?entity=setting',
        headers: { cookie: manager },
      });
      expect(auditLog.json().items[0]).toMatchObject({ action: 'settings.update', actor: 's.manager' });
    });

    it('refuses to change a value set by the environment (409) and changes nothing else', async () => {
      const { app, ctx } = get();
      const response = await app.inject({
        method: 'PATCH',
        url: '/api/v1/settings',
        headers: { cookie: manager },
        payload: { company_name: 'اسم آخر', calling_window: { start: '10:00', end: '18:00' } },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toContain('TAWASUL_CALLING_WINDOW');
      expect(await ctx.settings.get('company_name')).toBe('شركة الأمل للتقسيط');
    });

    it.each([
      ['an unknown setting', { colour: 'red' }, 'colour'],
      ['a bad time zone', { timezone: 'Asia/Nowhere' }, 'timezone'],
      ['a bad holiday date', { holidays: [{ date: '2026-13-01', name: 'x' }] }, 'holidays.0.date'],
      ['a tier 2 above tier 1', { tier2_from: 5000 }, 'tier2_from'],
      ['a wrong type', { reminder_days_before: '5' }, 'reminder_days_before'],
    ])('refuses %s with 422', async (_name, payload, field) => {
      const response = await get().app.inject({
        method: 'PATCH',
        url: '/api/v1/settings',
        headers: { cookie: manager },
        payload,
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('refuses a company name that breaks an approved SMS template, with the reason (P1-1)', async () => {
      const { app, ctx } = get();
      // The seeded reminder says {company}, which holds 20 characters: 27 would break every reminder.
      const response = await app.inject({
        method: 'PATCH',
        url: '/api/v1/settings',
        headers: { cookie: manager },
        payload: { company_name: 'شركة الأمل للتقسيط والتمويل' },
      });
      expect(response.statusCode).toBe(422);
      const [error] = response.json().errors;
      expect(error).toMatchObject({ field: 'company_name', code: 'value_too_long' });
      expect(error.message_ar).toContain('تذكير بموعد القسط');
      expect(error.message_ar).toContain('20');
      expect(await ctx.settings.get('company_name')).toBe('شركة الأمل للتقسيط');
      // The preview with such a name is a 422 with the reason, not a 500.
      const preview = await app.inject({
        method: 'POST',
        url: '/api/v1/messaging/templates/preview',
        headers: { cookie: manager },
        payload: { body: 'مع تحيات {company}', samples: { company: 'شركة الأمل للتقسيط والتمويل' } },
      });
      expect(preview.statusCode).toBe(422);
      expect(preview.json().errors[0]).toMatchObject({ field: 'samples.company', code: 'value_too_long' });
    });

    it('the retry delay, the attempts a day and the run time are settings with their bounds (L3)', async () => {
      const { app, ctx } = get();
      const saved = await app.inject({
        method: 'PATCH',
        url: '/api/v1/settings',
        headers: { cookie: manager },
        payload: { retry_delay_minutes: 45, max_attempts_per_day: 4, daily_run_time: '08:15' },
      });
      expect(saved.statusCode).toBe(200);
      expect(await ctx.settings.all()).toMatchObject({
        retry_delay_minutes: 45,
        max_attempts_per_day: 4,
        daily_run_time: '08:15',
      });
      for (const payload of [{ retry_delay_minutes: 0 }, { max_attempts_per_day: 21 }, { daily_run_time: '9am' }]) {
        const response = await app.inject({
          method: 'PATCH',
          url: '/api/v1/settings',
          headers: { cookie: manager },
          payload,
        });
        expect(response.statusCode).toBe(422);
        expect(response.json().errors[0].field).toBe(Object.keys(payload)[0]);
      }
    });

    it('does not let an agent change settings', async () => {
      const response = await get().app.inject({
        method: 'PATCH',
        url: '/api/v1/settings',
        headers: { cookie: agent },
        payload: { company_name: 'x' },
      });
      expect(response.statusCode).toBe(403);
    });
  },
  { env: { TAWASUL_CALLING_WINDOW: '00:00-24:00', TAWASUL_WEEKEND: 'none' } },
);
