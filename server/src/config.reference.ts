// The environment reference (docs/environment.md) is generated from config.ts: names, defaults
// and allowed values from its schema, meanings from the map below (a variable added to the
// schema without a meaning here does not compile). `npm run docs:env` writes the file; a test
// fails when the file and config.ts differ.
import { z } from 'zod';
import { envSchema } from './config.ts';
import { settingDefaults, settingEnvNames, settingKeys } from './modules/settings/index.ts';

type EnvName = keyof typeof envSchema.shape;

const meanings: Record<EnvName, string> = {
  DATABASE_URL:
    'PostgreSQL (`postgres://user:pass@host:5432/db`) instead of the embedded database; needed for several app processes',
  PORT: 'the HTTP port (`--port` wins)',
  HOST: 'the address to listen on; unset: `0.0.0.0` (`127.0.0.1` with `--demo`); `--host` wins',
  TAWASUL_DATA_DIR: 'the embedded database directory (`--data-dir` wins); also where import reports are written',
  TAWASUL_LOG_LEVEL: 'how much the server logs (JSON lines on stdout, one per request with its `reqId`)',
  TAWASUL_PUBLIC_URL: 'the address users open (behind a proxy); `https://…` makes the session cookie `Secure`',
  TAWASUL_TRUSTED_PROXIES:
    'whose `X-Forwarded-For`/`-Proto`/`X-Request-Id` are believed: addresses and networks (`10.0.0.5, 192.168.0.0/24, ::1`) or a hop count (`1`, only when the server is reachable through its proxy alone); unset: nobody',
  TAWASUL_SESSION_HOURS: 'sliding session lifetime, hours',
  TAWASUL_SESSION_CACHE_SECONDS:
    'how long each process keeps a session it has read (sign-outs and user changes reach every process at once through PostgreSQL); `0`: no cache',
  TAWASUL_JOB_EXPIRE_SECONDS:
    'how long a claimed job may run before another process takes it over (a process killed mid-job)',
  TAWASUL_LOGIN_MAX_FAILURES: 'wrong passwords in a row before each further attempt must wait',
  TAWASUL_LOGIN_MAX_DELAY_MINUTES: 'the longest wait between sign-in attempts (it doubles from one second)',
  TAWASUL_WEB_DIST: 'the built web app to serve; unset: `web/dist` of this checkout',
  TAWASUL_PG_BIN_DIR:
    'the folder of `pg_dump` and `pg_restore` for `tawasul backup`/`restore` on PostgreSQL; unset: the PATH, then the newest `/usr/lib/postgresql/*/bin`',
  TAWASUL_SMS_ADAPTER: 'how SMS leave: `log` (written to the log only), `smpp`, `http` (a gateway)',
  TAWASUL_SMPP_URL: 'the SMSC: `smpp://system_id:password@host:2775` (`tawasul doctor` tries the bind)',
  TAWASUL_SMPP_THROTTLE: 'submit_sm per second at most (0: no limit but the window)',
  TAWASUL_SMPP_WINDOW: 'submit_sm awaiting their response at once',
  TAWASUL_SMS_HTTP_PRESET: 'a known HTTP gateway whose fields are filled in',
  TAWASUL_SMS_HTTP_URL: 'the HTTP gateway’s send address',
  TAWASUL_SMS_HTTP_METHOD: 'the HTTP method of a send',
  TAWASUL_SMS_HTTP_FORMAT: 'the body’s format',
  TAWASUL_SMS_HTTP_BODY: 'the body template (`{to}`, `{body}`, `{sender}`, `{id}`)',
  TAWASUL_SMS_HTTP_AUTH_HEADER: 'the authorisation header template (`{api_key}`)',
  TAWASUL_SMS_HTTP_API_KEY: 'the gateway’s key',
  TAWASUL_SMS_HTTP_ID_PATH: 'where the message id is in the gateway’s answer',
  TAWASUL_SMS_HTTP_SUCCESS_PATH: 'where success is said in the answer',
  TAWASUL_SMS_HTTP_ERROR_PATH: 'where the error is said in the answer',
  TAWASUL_SMS_HTTP_TIMEOUT_MS: 'how long a send may take, milliseconds',
  TAWASUL_SMS_HTTP_WINDOW: 'sends in flight at once',
  TAWASUL_SMS_HTTP_DLR_ID_PATH: 'where the message id is in a delivery report',
  TAWASUL_SMS_HTTP_DLR_STATUS_PATH: 'where the status is in a delivery report',
  TAWASUL_SMS_DLR_SECRET: 'the shared secret a gateway’s delivery reports carry',
  TAWASUL_SMTP_URL:
    'outgoing mail: `smtp://user:pass@host:587` (STARTTLS) or `smtps://…:465` (`tawasul doctor` tries the login)',
  TAWASUL_IMAP_URL: 'incoming mail: `imaps://user:pass@host:993` or `imap://…` (`tawasul doctor` tries the login)',
  TAWASUL_IMAP_MAILBOX: 'the mailbox read for new mail',
  TAWASUL_IMAP_POLL_SECONDS: 'how often the mailbox is read, seconds',
  TAWASUL_MAIL_FROM: 'the sender of outgoing mail',
  TAWASUL_FAX_GATEWAY_FROM: 'the address a fax-to-mail gateway sends from: its mails become fax tickets',
  TAWASUL_MAIL_MAX_ATTACHMENT_BYTES: 'the largest attachment kept from incoming mail, bytes',
  TAWASUL_OUTBOX_LEASE_SECONDS: 'how long a process holds a message it is sending before another may take it',
  TAWASUL_OUTBOX_MAX_ATTEMPTS: 'attempts of a message before it is failed',
  TAWASUL_IMPORT_CONCURRENCY: 'imports one server process reads and writes at once; later uploads wait as queued',
  TAWASUL_TELEPHONY: 'the telephone: `simulator` or `ari` (Asterisk)',
  TAWASUL_ARI_URL: 'Asterisk ARI: `http://user:pass@127.0.0.1:8088/ari?app=tawasul`',
  TAWASUL_ARI_TRUNK: 'the dial string of customers’ numbers (`{number}` E.164, `{digits}` without the plus)',
  TAWASUL_ARI_AGENT_ENDPOINT: 'an agent’s endpoint when the seat names none (`{agent}` is the username)',
  TAWASUL_ARI_MOH: 'the music-on-hold class',
  TAWASUL_SIM_SEED: 'the simulator’s random seed',
  TAWASUL_SIM_SPEED: 'the simulator’s clock speed (2: twice as fast)',
  TAWASUL_SIM_TRAFFIC: 'simulated callers and colleagues: `demo` or `none`; unset: with `start --demo` only',
};

type Row = { name: string; default: string; values: string; meaning: string };

function describeField(name: EnvName): Row {
  let field: z.ZodType = envSchema.shape[name];
  let fallback: unknown;
  for (;;) {
    if (field instanceof z.ZodDefault) {
      fallback = field.def.defaultValue;
      field = field.def.innerType as z.ZodType;
    } else if (field instanceof z.ZodOptional) field = field.def.innerType as z.ZodType;
    else break;
  }
  let values = field.def.type === 'number' ? 'a number' : 'text';
  if (field instanceof z.ZodEnum) values = (field.options as string[]).map((o) => `\`${o}\``).join(', ');
  else if (field.def.type === 'number') {
    const { minValue, maxValue } = field as z.ZodNumber;
    if (minValue !== null && maxValue !== null && Number.isFinite(minValue) && Number.isFinite(maxValue))
      values = `${minValue}–${maxValue}`;
  }
  return {
    name,
    default: fallback === undefined ? '—' : `\`${String(fallback)}\``,
    values,
    meaning: meanings[name],
  };
}

function settingText(value: unknown): string {
  // A list of rules (objects) is JSON, as its environment variable takes it; docs/messaging.md explains it.
  if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null))
    return 'JSON (see docs/messaging.md)';
  if (Array.isArray(value)) return value.length === 0 ? '—' : `\`${value.join(',')}\``;
  if (value && typeof value === 'object' && 'start' in value) {
    const w = value as { start: string; end: string };
    return `\`${w.start}-${w.end}\``;
  }
  if (value && typeof value === 'object') return `\`${JSON.stringify(value)}\``;
  return `\`${String(value)}\``;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** docs/environment.md, as it must read. */
export function environmentReference(): string {
  const rows = (Object.keys(envSchema.shape) as EnvName[]).map(describeField);
  const lines = [
    '# Environment reference',
    '',
    '<!-- Generated from server/src/config.ts by `npm run docs:env`; do not edit by hand. -->',
    '',
    'The environment is read once at start-up by `server/src/config.ts` and validated: a bad value',
    'stops the command with exit code 2 and names the variable. An empty value counts as unset.',
    '',
    '## Server',
    '',
    '| variable | default | values | meaning |',
    '|---|---|---|---|',
    ...rows.map((r) => `| \`${r.name}\` | ${cell(r.default)} | ${cell(r.values)} | ${cell(r.meaning)} |`),
    '',
    '## Settings overrides',
    '',
    'Settings are edited in the web app and stored in the database; each of these variables',
    'overrides its setting (the settings page then shows it read-only with the variable’s name).',
    '',
    '| variable | setting | default |',
    '|---|---|---|',
    ...settingKeys.map(
      (key) => `| \`${settingEnvNames[key]}\` | \`${key}\` | ${cell(settingText(settingDefaults[key]))} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
