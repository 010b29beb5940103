import { resolve } from 'node:path';
import { z } from 'zod';
import { parseSettingOverrides, type Settings } from './modules/settings/index.ts';

// The one place that reads the environment. Everything else receives a Config.

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  TAWASUL_DATA_DIR: z.string().min(1).default('./data'),
  TAWASUL_LOG_LEVEL: z.enum(logLevels).default('info'),
  TAWASUL_PUBLIC_URL: z.url().optional(),
  TAWASUL_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  TAWASUL_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  TAWASUL_LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  TAWASUL_WEB_DIST: z.string().min(1).optional(),
});

export type Config = {
  databaseUrl: string | undefined;
  port: number;
  host: string;
  dataDir: string;
  logLevel: (typeof logLevels)[number];
  publicUrl: string | undefined;
  cookieSecure: boolean;
  sessionHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  webDist: string | undefined;
  settingOverrides: Partial<Settings>;
};

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  flags: { dataDir?: string; port?: number } = {},
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
  return {
    databaseUrl: e.DATABASE_URL,
    port: flags.port ?? e.PORT,
    host: e.HOST,
    dataDir: resolve(flags.dataDir ?? e.TAWASUL_DATA_DIR),
    logLevel: e.TAWASUL_LOG_LEVEL,
    publicUrl: e.TAWASUL_PUBLIC_URL,
    cookieSecure: e.TAWASUL_PUBLIC_URL?.startsWith('https:') ?? false,
    sessionHours: e.TAWASUL_SESSION_HOURS,
    loginMaxFailures: e.TAWASUL_LOGIN_MAX_FAILURES,
    loginLockMinutes: e.TAWASUL_LOGIN_LOCK_MINUTES,
    webDist: e.TAWASUL_WEB_DIST,
    settingOverrides: overrides,
  };
}
