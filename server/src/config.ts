import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseSettingOverrides, type Settings } from './modules/settings/index.ts';
import {
  httpGatewayPresetNames,
  parseSmppUrl,
  resolveHttpGateway,
  type HttpGatewaySettings,
  type MessagingConfig,
} from './modules/messaging/index.ts';

// The one place that reads the environment. Everything else receives a Config (a module its
// own part of it: messaging its MessagingConfig).

export type { MessagingConfig };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).optional(),
  TAWASUL_DATA_DIR: z.string().min(1).default('./data'),
  TAWASUL_LOG_LEVEL: z.enum(logLevels).default('info'),
  TAWASUL_PUBLIC_URL: z.url().optional(),
  TAWASUL_TRUSTED_PROXIES: z.string().optional(),
  TAWASUL_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  TAWASUL_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  TAWASUL_SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  TAWASUL_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(2).max(3600).default(900),
  TAWASUL_LOGIN_MAX_DELAY_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  TAWASUL_WEB_DIST: z.string().min(1).optional(),
  TAWASUL_PG_BIN_DIR: z.string().min(1).optional(),
  // Messaging channels (X5). Adapters are chosen and configured here, never by NODE_ENV.
  TAWASUL_SMS_ADAPTER: z.enum(['log', 'smpp', 'http']).default('log'),
  TAWASUL_SMPP_URL: z
    .string()
    .regex(/^smpp:\/\/[^:@/]+(:[^@/]*)?@[^/]+$/, 'expected smpp://user:pass@host:port')
    .optional(),
  TAWASUL_SMPP_THROTTLE: z.coerce.number().int().min(0).max(100_000).default(0),
  TAWASUL_SMPP_WINDOW: z.coerce.number().int().min(1).max(1000).default(50),
  TAWASUL_SMS_HTTP_PRESET: z.enum(httpGatewayPresetNames as [string, ...string[]]).optional(),
  TAWASUL_SMS_HTTP_URL: z.url().optional(),
  TAWASUL_SMS_HTTP_METHOD: z.enum(['POST', 'GET']).optional(),
  TAWASUL_SMS_HTTP_FORMAT: z.enum(['json', 'form']).optional(),
  TAWASUL_SMS_HTTP_BODY: z.string().min(1).optional(),
  TAWASUL_SMS_HTTP_AUTH_HEADER: z.string().min(3).optional(),
  TAWASUL_SMS_HTTP_API_KEY: z.string().min(1).optional(),
  TAWASUL_SMS_HTTP_ID_PATH: z.string().min(1).optional(),
  TAWASUL_SMS_HTTP_SUCCESS_PATH: z.string().min(1).optional(),
  TAWASUL_SMS_HTTP_ERROR_PATH: z.string().min(1).optional(),
  TAWASUL_SMS_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  TAWASUL_SMS_HTTP_WINDOW: z.coerce.number().int().min(1).max(200).default(10),
  TAWASUL_SMS_HTTP_DLR_ID_PATH: z.string().min(1).optional(),
  TAWASUL_SMS_HTTP_DLR_STATUS_PATH: z.string().min(1).optional(),
  TAWASUL_SMS_DLR_SECRET: z.string().min(16, 'at least 16 characters').optional(),
  TAWASUL_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'expected smtp://user:pass@host:587 or smtps://…')
    .optional(),
  TAWASUL_IMAP_URL: z
    .string()
    .regex(/^imaps?:\/\//, 'expected imaps://user:pass@host:993 or imap://…')
    .optional(),
  TAWASUL_IMAP_MAILBOX: z.string().min(1).default('INBOX'),
  TAWASUL_IMAP_POLL_SECONDS: z.coerce.number().int().min(10).max(3600).default(60),
  TAWASUL_MAIL_FROM: z.string().min(3).default('Tawasul <no-reply@tawasul.local>'),
  TAWASUL_FAX_GATEWAY_FROM: z.email().optional(),
  TAWASUL_MAIL_MAX_ATTACHMENT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  TAWASUL_OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  TAWASUL_OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  // Imports read and written at once by one process; the others wait as `queued`.
  TAWASUL_IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  // Telephony (T1): the adapter is chosen here, never by NODE_ENV.
  TAWASUL_TELEPHONY: z.enum(['simulator', 'ari']).default('simulator'),
  TAWASUL_ARI_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+\/.*$/, 'expected http://user:pass@127.0.0.1:8088/ari?app=tawasul')
    .optional(),
  /** The dial string for customers' numbers through the trunk: `{number}` E.164, `{digits}` without the plus. */
  TAWASUL_ARI_TRUNK: z.string().min(3).default('PJSIP/{digits}@trunk'),
  /** An agent's endpoint when the seat names none: `{agent}` is the username. */
  TAWASUL_ARI_AGENT_ENDPOINT: z.string().min(3).default('PJSIP/{agent}'),
  TAWASUL_ARI_MOH: z.string().min(1).default('default'),
  TAWASUL_SIM_SEED: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .default(1),
  TAWASUL_SIM_SPEED: z.coerce.number().min(0.1).max(1000).default(1),
  /** Simulated callers and colleagues: `demo` (a living center), `none` (a quiet switch). */
  TAWASUL_SIM_TRAFFIC: z.enum(['demo', 'none']).optional(),
});

export type TelephonyConfig = {
  adapter: 'simulator' | 'ari';
  ariUrl: string | undefined;
  ari: { trunkTemplate: string; agentEndpoint: string; mohClass: string };
  simulator: {
    seed: number;
    speed: number;
    /** undefined: simulated traffic with `start --demo` only. */
    traffic: 'demo' | 'none' | undefined;
  };
};

export type Config = {
  databaseUrl: string | undefined;
  port: number;
  /** Where to listen; unset, `tawasul start` listens on 0.0.0.0 (127.0.0.1 with --demo). */
  host: string | undefined;
  dataDir: string;
  logLevel: (typeof logLevels)[number];
  publicUrl: string | undefined;
  /**
   * Whose X-Forwarded-For and X-Forwarded-Proto are believed: nobody (false), the proxies
   * at these addresses or networks, or the nearest N hops. The client's address (rate
   * limits, audit) and the scheme (Secure cookies) come from the headers only through them.
   */
  trustedProxies: false | number | string[];
  /** Secure cookies always (an https public URL); behind a trusted TLS proxy they are Secure per request. */
  cookieSecure: boolean;
  sessionHours: number;
  /** How long a process serves a session from memory (0: read it on every request); see decision 012. */
  sessionCacheSeconds: number;
  /**
   * A background job still running after this long is taken as lost (its process was killed)
   * and is run again by any process; checked every two minutes, or as often as this if less.
   */
  jobExpireSeconds: number;
  /** Wrong passwords in a row before each further attempt must wait. */
  loginMaxFailures: number;
  /** The longest wait between attempts; the wait doubles from one second up to it. */
  loginMaxDelayMinutes: number;
  webDist: string | undefined;
  /** Where pg_dump and pg_restore are (`tawasul backup`/`restore` on PostgreSQL); unset: the PATH. */
  pgBinDir: string | undefined;
  settingOverrides: Partial<Settings>;
  messaging: MessagingConfig;
  importConcurrency: number;
  telephony: TelephonyConfig;
};

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  flags: { dataDir?: string; port?: number; host?: string } = {},
): Config {
  const problems: string[] = [];
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path.join('.');
      problems.push(`${name}=${JSON.stringify(cleaned[name] ?? '')}: ${issue.message}`);
    }
  }
  const { overrides, problems: settingProblems } = parseSettingOverrides(env);
  for (const p of settingProblems) problems.push(`${p.env}=${JSON.stringify(p.value)}: ${p.message}`);
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);

  const e = parsed.data;
  const trustedProxies = parseTrustedProxies(e.TAWASUL_TRUSTED_PROXIES, problems);
  const messaging = messagingConfig(e, problems);
  if (e.TAWASUL_TELEPHONY === 'ari' && !e.TAWASUL_ARI_URL)
    problems.push('TAWASUL_ARI_URL: required when TAWASUL_TELEPHONY=ari');
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    databaseUrl: e.DATABASE_URL,
    port: flags.port ?? e.PORT,
    host: flags.host ?? e.HOST,
    dataDir: resolve(flags.dataDir ?? e.TAWASUL_DATA_DIR),
    logLevel: e.TAWASUL_LOG_LEVEL,
    publicUrl: e.TAWASUL_PUBLIC_URL,
    trustedProxies,
    cookieSecure: e.TAWASUL_PUBLIC_URL?.startsWith('https:') ?? false,
    sessionHours: e.TAWASUL_SESSION_HOURS,
    sessionCacheSeconds: e.TAWASUL_SESSION_CACHE_SECONDS,
    jobExpireSeconds: e.TAWASUL_JOB_EXPIRE_SECONDS,
    loginMaxFailures: e.TAWASUL_LOGIN_MAX_FAILURES,
    loginMaxDelayMinutes: e.TAWASUL_LOGIN_MAX_DELAY_MINUTES,
    webDist: e.TAWASUL_WEB_DIST,
    pgBinDir: e.TAWASUL_PG_BIN_DIR,
    settingOverrides: overrides,
    messaging,
    importConcurrency: e.TAWASUL_IMPORT_CONCURRENCY,
    telephony: {
      adapter: e.TAWASUL_TELEPHONY,
      ariUrl: e.TAWASUL_ARI_URL,
      ari: {
        trunkTemplate: e.TAWASUL_ARI_TRUNK,
        agentEndpoint: e.TAWASUL_ARI_AGENT_ENDPOINT,
        mohClass: e.TAWASUL_ARI_MOH,
      },
      simulator: { seed: e.TAWASUL_SIM_SEED, speed: e.TAWASUL_SIM_SPEED, traffic: e.TAWASUL_SIM_TRAFFIC },
    },
  };
}

/**
 * `TAWASUL_TRUSTED_PROXIES`: a hop count (`1`: the one proxy in front) or a comma-separated
 * list of addresses and networks (`10.0.0.5, 192.168.0.0/24, ::1`). Unset trusts nobody.
 */
export function parseTrustedProxies(value: string | undefined, problems: string[]): false | number | string[] {
  const text = value?.trim() ?? '';
  if (text === '') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops >= 1 && hops <= 10) return hops;
    problems.push(`TAWASUL_TRUSTED_PROXIES=${JSON.stringify(value)}: a hop count is between 1 and 10`);
    return false;
  }
  const entries = text.split(',').map((s) => s.trim());
  const bad = entries.filter((entry) => !isAddressOrNetwork(entry));
  if (bad.length > 0) {
    problems.push(
      `TAWASUL_TRUSTED_PROXIES=${JSON.stringify(value)}: not an address or network: ${bad.map((b) => JSON.stringify(b)).join(', ')} (expected e.g. 10.0.0.5, 192.168.0.0/24, ::1 or a hop count)`,
    );
    return false;
  }
  return entries;
}

function isAddressOrNetwork(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (version === 4 ? 32 : 128);
}

function messagingConfig(e: z.infer<typeof envSchema>, problems: string[]): MessagingConfig {
  let smpp: MessagingConfig['sms']['smpp'];
  if (e.TAWASUL_SMPP_URL) {
    try {
      smpp = {
        url: e.TAWASUL_SMPP_URL,
        ...parseSmppUrl(e.TAWASUL_SMPP_URL),
        window: e.TAWASUL_SMPP_WINDOW,
        throttlePerSecond: e.TAWASUL_SMPP_THROTTLE,
      };
    } catch (error) {
      problems.push(`TAWASUL_SMPP_URL: ${(error as Error).message}`);
    }
  } else if (e.TAWASUL_SMS_ADAPTER === 'smpp') {
    problems.push('TAWASUL_SMPP_URL: required when TAWASUL_SMS_ADAPTER=smpp (smpp://user:pass@host:port)');
  }
  let http: HttpGatewaySettings | undefined;
  if (e.TAWASUL_SMS_ADAPTER === 'http' || e.TAWASUL_SMS_HTTP_URL || e.TAWASUL_SMS_HTTP_PRESET) {
    const resolved = resolveHttpGateway({
      preset: e.TAWASUL_SMS_HTTP_PRESET as Parameters<typeof resolveHttpGateway>[0]['preset'],
      url: e.TAWASUL_SMS_HTTP_URL,
      method: e.TAWASUL_SMS_HTTP_METHOD,
      format: e.TAWASUL_SMS_HTTP_FORMAT,
      body: e.TAWASUL_SMS_HTTP_BODY,
      authHeader: e.TAWASUL_SMS_HTTP_AUTH_HEADER,
      apiKey: e.TAWASUL_SMS_HTTP_API_KEY,
      idPath: e.TAWASUL_SMS_HTTP_ID_PATH,
      successPath: e.TAWASUL_SMS_HTTP_SUCCESS_PATH,
      errorPath: e.TAWASUL_SMS_HTTP_ERROR_PATH,
      timeoutMs: e.TAWASUL_SMS_HTTP_TIMEOUT_MS,
      window: e.TAWASUL_SMS_HTTP_WINDOW,
      dlrIdPath: e.TAWASUL_SMS_HTTP_DLR_ID_PATH,
      dlrStatusPath: e.TAWASUL_SMS_HTTP_DLR_STATUS_PATH,
    });
    problems.push(...resolved.problems);
    http = resolved.settings;
  }
  return {
    sms: { adapter: e.TAWASUL_SMS_ADAPTER, smpp, http, dlrSecret: e.TAWASUL_SMS_DLR_SECRET },
    mail: {
      smtpUrl: e.TAWASUL_SMTP_URL,
      imapUrl: e.TAWASUL_IMAP_URL,
      imapMailbox: e.TAWASUL_IMAP_MAILBOX,
      imapPollSeconds: e.TAWASUL_IMAP_POLL_SECONDS,
      from: e.TAWASUL_MAIL_FROM,
      faxGatewayFrom: e.TAWASUL_FAX_GATEWAY_FROM?.toLowerCase(),
      maxAttachmentBytes: e.TAWASUL_MAIL_MAX_ATTACHMENT_BYTES,
    },
    outbox: { leaseSeconds: e.TAWASUL_OUTBOX_LEASE_SECONDS, maxAttempts: e.TAWASUL_OUTBOX_MAX_ATTEMPTS },
  };
}
