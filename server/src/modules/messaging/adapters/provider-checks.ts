// `tawasul doctor`: each configured provider is tried the way the app uses it (an SMPP bind, an
// SMTP login, an IMAP login), and what went wrong is said in plain Arabic and English.
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { SmppSmsProvider } from './smpp/smpp-sms.adapter.ts';
import { SmsProviderError } from './sms-provider.ts';

export type ProviderCheck = { ok: true; detail: string } | { ok: false; en: string; ar: string; technical: string };

type NetError = Error & {
  code?: string;
  responseCode?: number;
  authenticationFailed?: boolean;
  serverResponseCode?: string;
};

function where(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '(default port)'}`;
}

/** The network failures every protocol shares, said plainly; undefined when it is something else. */
function networkProblem(error: NetError, name: string, variable: string, url: string): ProviderCheck | undefined {
  const at = where(url);
  const technical = `${error.code ?? ''} ${error.message}`.trim();
  // nodemailer reports a refused connection as ESOCKET with the system's code in the message.
  const code = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT)\b/.exec(error.message)?.[1] ?? error.code;
  switch (code) {
    case 'ECONNREFUSED':
      return {
        ok: false,
        en: `Nothing answers at ${at}: the ${name} server is not running there, or the port in ${variable} is wrong.`,
        ar: `لا يوجد ما يجيب على ${at}: خادم ${name} لا يعمل هناك، أو المنفذ في ${variable} خاطئ.`,
        technical,
      };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return {
        ok: false,
        en: `The host name in ${variable} (${new URL(url).hostname}) cannot be found: check its spelling and this machine's DNS.`,
        ar: `تعذّر العثور على اسم الخادم في ${variable} ‏(${new URL(url).hostname}): تحقّق من كتابته ومن إعدادات DNS لهذا الجهاز.`,
        technical,
      };
    case 'ETIMEDOUT':
    case 'ETIMEOUT':
    case 'ECONNECTION':
    case 'CONNECT_TIMEOUT':
      return {
        ok: false,
        en: `The ${name} server at ${at} did not answer in time: a firewall may block the port, or the server is overloaded.`,
        ar: `لم يُجب خادم ${name} على ${at} في الوقت المحدد: ربما يحجب جدار ناري المنفذ، أو الخادم مثقل.`,
        technical,
      };
    default:
      if (/certificate|self[- ]signed|TLS|SSL/i.test(error.message))
        return {
          ok: false,
          en: `The secure connection to ${at} failed (${error.message}): the server's certificate is not trusted, or it does not speak TLS on this port.`,
          ar: `فشل الاتصال الآمن بـ ${at} ‏(${error.message}): شهادة الخادم غير موثوقة، أو أنه لا يستخدم TLS على هذا المنفذ.`,
          technical,
        };
      return undefined;
  }
}

function wrongLogin(name: string, variable: string, url: string, technical: string): ProviderCheck {
  const user = decodeURIComponent(new URL(url).username);
  return {
    ok: false,
    en: `The ${name} server refused the user name "${user}" or its password: correct the password (or user) in ${variable}. The server answered: ${technical}`,
    ar: `رفض خادم ${name} اسم المستخدم "${user}" أو كلمة مروره: صحّح كلمة المرور (أو اسم المستخدم) في ${variable}. ردّ الخادم: ${technical}`,
    technical,
  };
}

function otherProblem(name: string, technical: string): ProviderCheck {
  return {
    ok: false,
    en: `The ${name} check failed: ${technical}`,
    ar: `فشل فحص ${name}: ${technical}`,
    technical,
  };
}

export async function checkSmtpLogin(url: string, timeoutMs = 10_000): Promise<ProviderCheck> {
  const transport = nodemailer.createTransport(
    `${url}${url.includes('?') ? '&' : '?'}connectionTimeout=${timeoutMs}&greetingTimeout=${timeoutMs}&socketTimeout=${timeoutMs}`,
  );
  try {
    await transport.verify();
    return {
      ok: true,
      detail: `signed in to ${where(url)} as ${decodeURIComponent(new URL(url).username) || '(no login)'}`,
    };
  } catch (error) {
    const e = error as NetError;
    if (e.code === 'EAUTH' || e.responseCode === 535 || e.responseCode === 534)
      return wrongLogin('SMTP', 'TAWASUL_SMTP_URL', url, e.message);
    return networkProblem(e, 'SMTP', 'TAWASUL_SMTP_URL', url) ?? otherProblem('SMTP', e.message);
  } finally {
    transport.close();
  }
}

export async function checkImapLogin(url: string, mailbox: string, timeoutMs = 10_000): Promise<ProviderCheck> {
  const u = new URL(url);
  const secure = u.protocol === 'imaps:';
  const client = new ImapFlow({
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 993 : 143,
    secure,
    auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
    logger: false,
    tls: { rejectUnauthorized: secure },
    doSTARTTLS: secure ? undefined : false,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const e = error as NetError;
    if (
      e.authenticationFailed ||
      /AUTHENTICATIONFAILED|authentication failed/i.test(`${e.serverResponseCode} ${e.message}`)
    )
      return wrongLogin('IMAP', 'TAWASUL_IMAP_URL', url, e.message);
    return networkProblem(e, 'IMAP', 'TAWASUL_IMAP_URL', url) ?? otherProblem('IMAP', e.message);
  }
  try {
    const status = await client.status(mailbox, { messages: true, unseen: true });
    if (!status) throw new Error(`no STATUS for ${mailbox}`);
    return {
      ok: true,
      detail: `signed in to ${where(url)}; ${mailbox}: ${status.messages} messages, ${status.unseen} unread`,
    };
  } catch (error) {
    return {
      ok: false,
      en: `Signed in, but the mailbox "${mailbox}" cannot be opened: check TAWASUL_IMAP_MAILBOX.`,
      ar: `تم تسجيل الدخول، لكن تعذّر فتح صندوق البريد "${mailbox}": تحقّق من TAWASUL_IMAP_MAILBOX.`,
      technical: (error as Error).message,
    };
  } finally {
    await client.logout().catch(() => undefined);
  }
}

export async function checkSmppBind(
  options: { url: string; host: string; port: number; systemId: string; password: string },
  timeoutMs = 10_000,
): Promise<ProviderCheck> {
  const provider = new SmppSmsProvider({ ...options, responseTimeoutMs: timeoutMs, reconnectMinMs: 60_000 });
  try {
    await provider.verifyBind();
    return { ok: true, detail: `bound to ${options.host}:${options.port} as ${options.systemId}` };
  } catch (error) {
    if (error instanceof SmsProviderError && error.errorClass === 'auth')
      return wrongLogin('SMPP', 'TAWASUL_SMPP_URL', options.url, error.message);
    const e = error as NetError;
    return networkProblem(e, 'SMPP', 'TAWASUL_SMPP_URL', options.url) ?? otherProblem('SMPP', e.message);
  } finally {
    await provider.close().catch(() => undefined);
  }
}
