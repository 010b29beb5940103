import { z } from 'zod';

// The ARI adapter's configuration: where Asterisk's REST interface is, and how Tawasul names
// endpoints. `src/config.ts` parses TAWASUL_ARI_URL with `parseAriUrl`; the adapter only ever
// receives the typed object (STYLE: no process.env inside adapters).

/** `http://user:pass@127.0.0.1:8088/ari?app=tawasul`, parsed. */
export type AriConnection = {
  /** REST base without a trailing slash: `http://127.0.0.1:8088/ari`. */
  baseUrl: string;
  /** The events WebSocket without its query: `ws://127.0.0.1:8088/ari/events`. */
  eventsUrl: string;
  username: string;
  password: string;
  /** The Stasis application (the dialplan sends calls to `Stasis(<app>)`). */
  app: string;
};

const appName = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'the Stasis application name is letters, digits, _ . - (at most 64)');

const ariUrl = z
  .string()
  .trim()
  .transform((text, ctx) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected http://user:pass@host:8088/ari?app=tawasul' });
      return z.NEVER;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: `the ARI URL is http:// or https://, not ${url.protocol}//` });
      return z.NEVER;
    }
    if (!url.username || !url.password) {
      ctx.addIssue({
        code: 'custom',
        message: 'the ARI URL needs the ari.conf user and password (http://user:pass@…)',
      });
      return z.NEVER;
    }
    const app = appName.safeParse(url.searchParams.get('app') ?? 'tawasul');
    if (!app.success) {
      ctx.addIssue({ code: 'custom', message: app.error.issues[0]?.message ?? 'bad app' });
      return z.NEVER;
    }
    const path = url.pathname.replace(/\/+$/, '') || '/ari';
    const base = `${url.protocol}//${url.host}${path}`;
    const connection: AriConnection = {
      baseUrl: base,
      eventsUrl: `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}${path}/events`,
      username: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      app: app.data,
    };
    return connection;
  });

/** Parses TAWASUL_ARI_URL; throws an Error naming what is wrong. */
export function parseAriUrl(text: string): AriConnection {
  const parsed = ariUrl.safeParse(text);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

/** How Tawasul's destinations become Asterisk endpoints, and what callers hear while they wait. */
export const ariDialPlanSchema = z.object({
  /**
   * The dial string for a customer's number: `{number}` is the E.164 number as given
   * (`+966551234567`), `{digits}` the same without the plus (`966551234567`).
   */
  trunkTemplate: z
    .string()
    .regex(
      /^[A-Za-z0-9]+\/.*\{(number|digits)\}/,
      'expected a dial string with {number} or {digits}, e.g. PJSIP/{digits}@trunk',
    ),
  /** The musiconhold.conf class played in the holding bridge. */
  mohClass: z.string().min(1).max(80).default('default'),
  /** The file format of call recordings (Asterisk writes them under /var/spool/asterisk/recording). */
  recordingFormat: z.enum(['wav', 'wav49', 'gsm', 'ulaw', 'alaw', 'g722', 'sln16']).default('wav'),
});

export type AriDialPlan = z.output<typeof ariDialPlanSchema>;

export type AriAdapterOptions = AriConnection &
  AriDialPlan & {
    /** An agent's (or supervisor's) endpoint: `PJSIP/1001`, the WebRTC endpoint of his browser. */
    agentEndpoint: (agent: string) => string;
    /** Reconnection back-off after the events WebSocket drops (defaults 500 ms → 30 s). */
    reconnectMinMs?: number;
    reconnectMaxMs?: number;
    /** A ping on the events WebSocket this often; no pong before the next one → reconnect (default 15 s). */
    heartbeatMs?: number;
    /** Each REST request gives up after this long (default 5 s) → `switch_unavailable`. */
    requestTimeoutMs?: number;
    log?: (level: 'info' | 'warn' | 'error', fields: Record<string, unknown>, message: string) => void;
  };

/** The customer's dial string for `number` from the template. */
export function trunkEndpoint(template: string, number: string): string {
  return template.replaceAll('{number}', number).replaceAll('{digits}', number.replace(/^\+/, ''));
}
