import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpLoopback, type SmtpLoopback } from '../../../testing/smtp-loopback-server.ts';
import { checkSmtpLogin } from './provider-checks.ts';

describe('tawasul doctor: the SMTP check against a real SMTP server with authentication', () => {
  let smtp: SmtpLoopback;
  beforeAll(async () => {
    smtp = await startSmtpLoopback();
  });
  afterAll(() => smtp.close());

  it('signs in with the right password', async () => {
    const result = await checkSmtpLogin(smtp.url);
    expect(result).toMatchObject({ ok: true });
  });

  it('explains a wrong password in plain words, in Arabic and English', async () => {
    const result = await checkSmtpLogin(`smtp://mailer:wrong@127.0.0.1:${smtp.port}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.en).toContain('refused the user name "mailer" or its password');
    expect(result.en).toContain('TAWASUL_SMTP_URL');
    expect(result.ar).toContain('كلمة المرور');
    expect(result.technical).toMatch(/535|Invalid username or password/);
  });

  it('says when nothing answers at the address', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const result = await checkSmtpLogin(`smtp://mailer:pw-123@127.0.0.1:${port}`, 3000);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.en).toContain('Nothing answers at 127.0.0.1');
  });
});
