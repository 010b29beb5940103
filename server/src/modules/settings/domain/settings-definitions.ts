import { z } from 'zod';
import { calendarDate } from '../../../shared/calendar-date.ts';

// The typed settings store (X3). Each setting has one schema, a default, and a stable
// environment variable that overrides the stored value (SPEC §5).

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];

export const callingWindowSchema = z
  .object({ start: z.string().regex(hhmm), end: z.string().regex(hhmm) })
  .strict()
  .refine((w) => w.start < w.end, { message: 'start must be before end' });
export type CallingWindow = z.infer<typeof callingWindowSchema>;

const isoDate = calendarDate();

// Marketing SMS per country (issue 16): the advertising sender mark and the local hours, weekend
// and holidays. Enforced by the messaging outbox on every message whose purpose is `marketing`.
export const marketingSmsRuleSchema = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166 alpha-2, e.g. SA'),
    timezone: z.string().min(1).max(64).refine(isTimeZone, { message: 'not an IANA time zone' }),
    window: callingWindowSchema,
    weekend: z.array(z.enum(weekdays)).max(6),
    holidays: z.array(z.object({ date: isoDate, name: z.string().trim().max(100) }).strict()).max(200),
    sender_prefix: z
      .string()
      .max(5)
      .regex(/^[A-Za-z0-9 ._-]*$/),
    sender_suffix: z
      .string()
      .max(5)
      .regex(/^[A-Za-z0-9 ._-]*$/),
    sender: z.string().trim().max(11),
  })
  .strict();
export type MarketingSmsRuleSetting = z.infer<typeof marketingSmsRuleSchema>;

export const sendRateLimitsSchema = z
  .object({
    // 0: no limit.
    sms_per_second: z.number().int().min(0).max(10_000),
    sms_per_minute: z.number().int().min(0).max(600_000),
    email_per_minute: z.number().int().min(0).max(100_000),
  })
  .strict();
export type SendRateLimits = z.infer<typeof sendRateLimitsSchema>;

export const defaultMarketingSmsRules: MarketingSmsRuleSetting[] = [
  {
    country: 'SA',
    timezone: 'Asia/Riyadh',
    window: { start: '07:00', end: '22:00' },
    weekend: [],
    holidays: [],
    sender_prefix: '',
    sender_suffix: '-AD',
    sender: '',
  },
  {
    country: 'AE',
    timezone: 'Asia/Dubai',
    window: { start: '07:00', end: '21:00' },
    weekend: [],
    holidays: [],
    sender_prefix: 'AD-',
    sender_suffix: '',
    sender: '',
  },
  {
    country: 'JO',
    timezone: 'Asia/Amman',
    window: { start: '08:00', end: '21:00' },
    weekend: ['fri', 'sat'],
    holidays: [],
    sender_prefix: 'adv',
    sender_suffix: '',
    sender: '',
  },
];

export const settingSchemas = {
  company_name: z.string().trim().min(1).max(100),
  sms_sender: z
    .string()
    .trim()
    .min(1)
    .max(16)
    .regex(/^[\p{L}\p{N} ._-]+$/u, 'letters, digits, space, dot, dash'),
  timezone: z.string().min(1).max(64).refine(isTimeZone, { message: 'not an IANA time zone' }),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .refine(isCurrency, { message: 'not an ISO 4217 currency' }),
  weekend: z.array(z.enum(weekdays)).max(6),
  holidays: z.array(z.object({ date: isoDate, name: z.string().trim().max(100) }).strict()).max(200),
  calling_window: callingWindowSchema,
  reminder_days_before: z.number().int().min(1).max(60),
  followup_days_after: z.number().int().min(1).max(60),
  tier1_above: z.number().nonnegative().max(1e9),
  tier2_from: z.number().nonnegative().max(1e9),
  // L3: an item whose every number went unanswered comes back after the delay, up to the maximum a day.
  retry_delay_minutes: z.number().int().min(5).max(1440),
  max_attempts_per_day: z.number().int().min(1).max(20),
  // The scheduled collections day, local time on business days (SPEC P: default 09:00).
  daily_run_time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 00:00–23:59'),
  // The call protocol (seed 003): a hold asked for this long, a greeting within this many seconds.
  hold_seconds: z.number().int().min(10).max(600),
  greeting_target_seconds: z.number().int().min(1).max(30),
  // One rating invitation by SMS per customer within this many days (0: after every answered call).
  rating_cooldown_days: z.number().int().min(0).max(365),
  // The wallboard's colours (SPEC K2): a call waiting this long is red (amber from half of it); an
  // abandonment rate above this percent is red (amber from half of it). The service level target is the queue's own.
  wallboard_max_wait_seconds: z.number().int().min(5).max(3600),
  wallboard_max_abandon_percent: z.number().min(0).max(100),
  // An agent's day against targets (the agent's dashboard): calls handled, and an AHT not above this.
  agent_target_calls: z.number().int().min(1).max(1000),
  agent_target_aht_seconds: z.number().int().min(10).max(7200),
  marketing_sms_rules: z
    .array(marketingSmsRuleSchema)
    .max(50)
    .refine((rules) => new Set(rules.map((r) => r.country)).size === rules.length, {
      message: 'one rule per country',
    }),
  send_rate_limits: sendRateLimitsSchema,
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type Settings = { [K in SettingKey]: z.infer<(typeof settingSchemas)[K]> };

export const settingKeys = Object.keys(settingSchemas) as SettingKey[];

export const settingDefaults: Settings = {
  company_name: 'تواصل',
  sms_sender: 'Tawasul',
  timezone: 'Asia/Riyadh',
  currency: 'SAR',
  weekend: ['fri', 'sat'],
  holidays: [],
  calling_window: { start: '09:00', end: '21:00' },
  reminder_days_before: 5,
  followup_days_after: 1,
  tier1_above: 3000,
  tier2_from: 1000,
  retry_delay_minutes: 120,
  max_attempts_per_day: 3,
  daily_run_time: '09:00',
  hold_seconds: 40,
  greeting_target_seconds: 3,
  rating_cooldown_days: 30,
  wallboard_max_wait_seconds: 60,
  wallboard_max_abandon_percent: 5,
  agent_target_calls: 40,
  agent_target_aht_seconds: 300,
  marketing_sms_rules: defaultMarketingSmsRules,
  send_rate_limits: { sms_per_second: 0, sms_per_minute: 0, email_per_minute: 0 },
};

export const settingEnvNames: Record<SettingKey, string> = {
  company_name: 'TAWASUL_COMPANY_NAME',
  sms_sender: 'TAWASUL_SMS_SENDER',
  timezone: 'TAWASUL_TIMEZONE',
  currency: 'TAWASUL_CURRENCY',
  weekend: 'TAWASUL_WEEKEND',
  holidays: 'TAWASUL_HOLIDAYS',
  calling_window: 'TAWASUL_CALLING_WINDOW',
  reminder_days_before: 'TAWASUL_REMINDER_DAYS_BEFORE',
  followup_days_after: 'TAWASUL_FOLLOWUP_DAYS_AFTER',
  tier1_above: 'TAWASUL_TIER1_ABOVE',
  tier2_from: 'TAWASUL_TIER2_FROM',
  retry_delay_minutes: 'TAWASUL_RETRY_DELAY_MINUTES',
  max_attempts_per_day: 'TAWASUL_MAX_ATTEMPTS_PER_DAY',
  daily_run_time: 'TAWASUL_DAILY_RUN_TIME',
  hold_seconds: 'TAWASUL_HOLD_SECONDS',
  greeting_target_seconds: 'TAWASUL_GREETING_TARGET_SECONDS',
  rating_cooldown_days: 'TAWASUL_RATING_COOLDOWN_DAYS',
  wallboard_max_wait_seconds: 'TAWASUL_WALLBOARD_MAX_WAIT_SECONDS',
  wallboard_max_abandon_percent: 'TAWASUL_WALLBOARD_MAX_ABANDON_PERCENT',
  agent_target_calls: 'TAWASUL_AGENT_TARGET_CALLS',
  agent_target_aht_seconds: 'TAWASUL_AGENT_TARGET_AHT_SECONDS',
  marketing_sms_rules: 'TAWASUL_MARKETING_SMS_RULES',
  send_rate_limits: 'TAWASUL_SEND_RATE_LIMITS',
};

// Environment values are text; each setting reads its own text form:
// TAWASUL_CALLING_WINDOW=09:00-21:00, TAWASUL_WEEKEND=fri,sat | none,
// TAWASUL_HOLIDAYS=2026-12-02,2026-12-03 (or JSON), numbers as digits.
export function parseSettingText(key: SettingKey, text: string): unknown {
  const raw = text.trim();
  switch (key) {
    case 'calling_window': {
      const m = /^(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/.exec(raw);
      return m ? { start: m[1], end: m[2] } : raw;
    }
    case 'weekend':
      if (raw === '' || raw.toLowerCase() === 'none') return [];
      return raw.split(',').map((d) => d.trim().toLowerCase());
    case 'holidays':
      if (raw === '' || raw.toLowerCase() === 'none') return [];
      if (raw.startsWith('[')) return safeJson(raw);
      return raw.split(',').map((d) => ({ date: d.trim(), name: '' }));
    case 'reminder_days_before':
    case 'followup_days_after':
    case 'tier1_above':
    case 'tier2_from':
    case 'retry_delay_minutes':
    case 'max_attempts_per_day':
    case 'hold_seconds':
    case 'greeting_target_seconds':
    case 'rating_cooldown_days':
    case 'wallboard_max_wait_seconds':
    case 'wallboard_max_abandon_percent':
    case 'agent_target_calls':
    case 'agent_target_aht_seconds':
      return raw === '' ? raw : Number(raw);
    case 'marketing_sms_rules':
    case 'send_rate_limits':
      return safeJson(raw);
    default:
      return raw;
  }
}

export type SettingProblem = { key: SettingKey; env: string; value: string; message: string };

export function parseSettingOverrides(env: Record<string, string | undefined>): {
  overrides: Partial<Settings>;
  problems: SettingProblem[];
} {
  const overrides: Partial<Settings> = {};
  const problems: SettingProblem[] = [];
  for (const key of settingKeys) {
    const name = settingEnvNames[key];
    const text = env[name];
    if (text === undefined) continue;
    const result = settingSchemas[key].safeParse(parseSettingText(key, text));
    if (result.success) {
      (overrides as Record<string, unknown>)[key] = result.data;
    } else {
      problems.push({
        key,
        env: name,
        value: text,
        message: result.error.issues.map((i) => i.message).join('; '),
      });
    }
  }
  return { overrides, problems };
}

// Cross-field rule: tier 1 starts above tier 2's lower bound.
export function settingsConsistencyProblems(s: Settings): string[] {
  const problems: string[] = [];
  if (s.tier2_from > s.tier1_above) problems.push('tier2_from must not exceed tier1_above');
  if (s.weekend.length > 6) problems.push('at least one working day is needed');
  return problems;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function isCurrency(code: string): boolean {
  try {
    return Intl.supportedValuesOf('currency').includes(code);
  } catch {
    return true;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
