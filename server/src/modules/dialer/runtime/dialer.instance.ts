// The campaign dialer of an app context: made once per process, on first use (the routes).
import type { AppContext } from '../../../http/context.ts';
import { telephonyOf } from '../../telephony/index.ts';
import { CampaignDialer } from './campaign-dialer.ts';

type DialerHost = Pick<AppContext, 'database' | 'config' | 'settings'>;

const dialers = new WeakMap<object, CampaignDialer>();

/** The dialer of `ctx`; `intervalMs` 0 (tests) leaves the rounds to explicit `tick` calls. */
export function dialerOf(ctx: DialerHost, options: { intervalMs?: number; now?: () => Date } = {}): CampaignDialer {
  let dialer = dialers.get(ctx);
  if (!dialer) {
    dialer = new CampaignDialer(
      {
        database: ctx.database,
        telephony: () => telephonyOf(ctx),
        rules: async () => {
          const s = await ctx.settings.all();
          return {
            timezone: s.timezone,
            window: s.calling_window,
            weekend: s.weekend,
            holidays: s.holidays.map((h) => h.date),
          };
        },
        ...(options.now ? { now: options.now } : {}),
      },
      options.intervalMs ?? 1000,
    );
    dialers.set(ctx, dialer);
  }
  return dialer;
}

export function closeDialer(ctx: DialerHost): void {
  dialers.get(ctx)?.close();
  dialers.delete(ctx);
}
